#pragma once

#include "store/PrintedDocuments.h"

#include "DocumentLanguage.h"
#include "domain/Expected.h"
#include "domain/KindergartenProfile.h"
#include "store/PlaceStore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class Database;
class QTextDocument;

// One daily bulletin of one kindergarten (RULES 2.4, 2.9, 4.1, 11), its entries already read, so
// that printing is a pure function of this value. Fill it by hand or with BulletinDocument::build.
struct BulletinKindergarten
{
    QString nameKk;
    QString nameRu;
    QString bin;
};

struct BulletinDocumentData
{
    BulletinKind kind = BulletinKind::Freed;
    QDate day;
    KindergartenProfile profile;
    QDateTime printedAt;
    QList<BulletinEntry> entries; // in time order
    // The queue server's bulletin of the region (`qabyldau-server bulletin --json`, printed by
    // `qabyldau-cli print bulletin --from`): every kindergarten's places with a column naming the
    // kindergarten (bulletin_region_<kk|ru>.html); profile is not used. regionKindergartenId is
    // the one kindergarten the server narrowed it to (--org), empty for the whole region.
    bool region = false;
    QString regionKindergartenId;
    QHash<QString, BulletinKindergarten> kindergartens; // by id
};

// The bulletins of freed and withdrawn places as documents (a table on landscape A4) from
// resources/templates/bulletin_<kk|ru>.html.
namespace BulletinDocument {

QString templateFileName(DocumentLanguage language, bool region = false);

// This kindergarten's (profile.id) entries of `kind` for `day` (PlaceStore::bulletin).
Expected<BulletinDocumentData> build(BulletinKind kind, const QDate &day, const std::shared_ptr<Database> &database,
                                     const KindergartenProfile &profile, const QDateTime &now);

// RULES 11: the first 10 hex digits of the SHA-256 of the canonical JSON of the bulletin's kind,
// day, kindergarten (empty for the whole region) and its places' ids in order.
QString verificationCode(const BulletinDocumentData &data);
// What the queue server keeps of a bulletin printed at the desk (RULES 11): "freed/2026-12-05"
// (kind and day), the day, the code and the number of places.
PrintedDocument printed(const BulletinDocumentData &data);

QHash<QString, QString> values(const BulletinDocumentData &data, DocumentLanguage language);
QList<QHash<QString, QString>> rowValues(const BulletinDocumentData &data, DocumentLanguage language);

QString html(const BulletinDocumentData &data, DocumentLanguage language, const QStringList &templateFolders = {});
// Landscape (DocumentRenderer::orientation).
std::unique_ptr<QTextDocument> document(const BulletinDocumentData &data, DocumentLanguage language,
                                        const QStringList &templateFolders = {});
Status writePdf(const BulletinDocumentData &data, DocumentLanguage language, const QString &filePath,
                const QStringList &templateFolders = {});

// "bulletin_freed_2026-03-26_kk.pdf"; the region's "bulletin_region_freed_2026-03-26_kk.pdf".
QString suggestedFileName(const BulletinDocumentData &data, DocumentLanguage language);

} // namespace BulletinDocument
