#include "registers/RegisterExport.h"

#include "common/DeskDialogs.h"
#include "common/DeskStyle.h"
#include "common/DocumentPrinting.h"
#include "common/PrintAudit.h"
#include "settings/RuleSettings.h"
#include "store/KindergartenProfileStore.h"
#include "store/Registers.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

const QString csvFolderKey = QStringLiteral("export/csvFolder");

QString lastCsvFolder()
{
    const QString folder = QSettings().value(csvFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString title(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Contracts: return QCoreApplication::translate("RegisterExport", "Register of contracts");
    case RegisterKind::Refusals: return QCoreApplication::translate("RegisterExport", "Register of refusals");
    case RegisterKind::ServiceTimes: return QCoreApplication::translate("RegisterExport", "Register of service times");
    case RegisterKind::Complaints: return QCoreApplication::translate("RegisterExport", "Register of complaints");
    }
    return {};
}

} // namespace

QString RegisterExport::askCsvPath(QWidget *parent, const QString &title, const QString &suggestedName)
{
    QString path = DeskDialogs::saveFileName(parent, title, QDir(lastCsvFolder()).filePath(suggestedName),
                                             QCoreApplication::translate("RegisterExport", "CSV files (*.csv)"));
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return path;
}

Status RegisterExport::writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Registers::toCsv(header, rows)) < 0 || !file.commit())
        return Issue::error(Field::None, Rule::StoreWriteFailed, QDir::toNativeSeparators(path));
    QSettings().setValue(csvFolderKey, QFileInfo(path).absolutePath());
    return {};
}

void RegisterExport::exportCsv(QWidget *parent, QLabel *statusLabel, const QString &title,
                               const QString &suggestedName, const QStringList &header,
                               const QList<QStringList> &rows)
{
    const QString path = askCsvPath(parent, title, suggestedName);
    if (path.isEmpty())
        return;
    if (const Status written = writeCsv(path, header, rows); !written) {
        DeskStyle::setTone(statusLabel, DeskStyle::Tone::Error);
        statusLabel->setText(QCoreApplication::translate("RegisterExport", "The file could not be written: %1")
                                 .arg(written.error().message()));
    } else {
        statusLabel->setStyleSheet(QString());
        statusLabel->setText(QCoreApplication::translate("RegisterExport", "Exported %n row(s) to %1.", nullptr,
                                                         int(rows.size()))
                                 .arg(QDir::toNativeSeparators(path)));
    }
    statusLabel->show();
}

QString RegisterExport::suggestedCsvName(const QString &what, const QDate &from, const QDate &to)
{
    return QStringLiteral("%1_%2_%3.csv").arg(what, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QStringList RegisterExport::templateFolders(const DeskContext &context)
{
    if (!context.store)
        return {};
    const QString folder = KindergartenProfileStore(context.store).templatesFolder();
    return folder.isEmpty() ? QStringList() : QStringList{folder};
}

Expected<RegisterDocumentData> RegisterExport::build(const DeskContext &context, RegisterKind kind,
                                                     const QDate &from, const QDate &to)
{
    if (!context.store)
        return Issue::error(Field::Store, Rule::StoreCannotOpen);
    const KindergartenProfile profile = KindergartenProfileStore(context.store).load();
    return RegisterDocument::build(kind, from, to, context.store, profile, *context.calendar,
                                   context.ruleSettings(), context.clock->now());
}

Status RegisterExport::writePdf(const DeskContext &context, RegisterKind kind, const QDate &from,
                                const QDate &to, DocumentLanguage language, const QString &path)
{
    const Expected<RegisterDocumentData> data = build(context, kind, from, to);
    if (!data)
        return data.error();
    return RegisterDocument::writePdf(*data, language, path, templateFolders(context));
}

void RegisterExport::print(QWidget *parent, const DeskContext &context, RegisterKind kind, const QDate &from,
                           const QDate &to, DocumentLanguage language, bool pdf)
{
    const Expected<RegisterDocumentData> data = build(context, kind, from, to);
    if (!data) {
        DeskDialogs::warning(parent, title(kind), QCoreApplication::translate("RegisterExport", "The register cannot be made: %1").arg(data.error().message()));
        return;
    }
    const std::unique_ptr<QTextDocument> document = RegisterDocument::document(*data, language, templateFolders(context));
    const bool printed = pdf ? !DocumentPrinting::savePdf(parent, *document, title(kind),
                                                          RegisterDocument::suggestedFileName(*data, language))
                                    .isEmpty()
                             : DocumentPrinting::preview(parent, *document, title(kind));
    // DESIGN 9: a register lists children: who printed which period, when.
    if (printed)
        if (const Status audited =
                PrintAudit::record(context, AuditTrail::Documents::register_(RegisterDocument::kindCode(kind)),
                                   AuditTrail::periodId(from, to), RegisterDocument::printed(*data));
            !audited)
            DeskDialogs::warning(parent, title(kind),
                                 QCoreApplication::translate("RegisterExport",
                                                             "The print was not recorded in the audit: %1")
                                     .arg(audited.error().message()));
}

void RegisterExport::fillLanguageCombo(QComboBox *combo)
{
    combo->clear();
    // Each language under its own name: the document's language, not the interface's.
    combo->addItem(QStringLiteral("Қазақша"), int(DocumentLanguage::Kazakh));
    combo->addItem(QStringLiteral("Русский"), int(DocumentLanguage::Russian));
}

DocumentLanguage RegisterExport::chosenLanguage(const QComboBox *combo)
{
    return DocumentLanguage(combo->currentData().toInt());
}
