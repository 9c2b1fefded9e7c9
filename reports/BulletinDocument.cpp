#include "BulletinDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "store/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTextDocument>

namespace {

using DocumentFormat::flag;

} // namespace

QString BulletinDocument::templateFileName(DocumentLanguage language, bool region)
{
    return (region ? QStringLiteral("bulletin_region_%1.html") : QStringLiteral("bulletin_%1.html")).arg(DocumentLanguages::code(language));
}

Expected<BulletinDocumentData> BulletinDocument::build(BulletinKind kind, const QDate &day,
                                                       const std::shared_ptr<Database> &database,
                                                       const KindergartenProfile &profile, const QDateTime &now)
{
    Expected<QList<BulletinEntry>> entries = PlaceStore(database).bulletin(day, kind, profile.id);
    if (!entries)
        return entries.error();
    BulletinDocumentData data;
    data.kind = kind;
    data.day = day;
    data.profile = profile;
    data.printedAt = now;
    data.entries = std::move(entries).value();
    return data;
}

QString BulletinDocument::verificationCode(const BulletinDocumentData &data)
{
    QStringList ids;
    for (const BulletinEntry &entry : data.entries)
        ids.append(entry.place.id);
    return PrintedDocuments::bulletinCode(PlaceStore::bulletinKindCode(data.kind), data.day,
                                          data.region ? data.regionKindergartenId : data.profile.id, ids);
}

PrintedDocument BulletinDocument::printed(const BulletinDocumentData &data)
{
    const QString kind = PlaceStore::bulletinKindCode(data.kind);
    PrintedDocument printed;
    printed.document = PrintedDocuments::bulletin(kind);
    printed.number = kind + u'/' + data.day.toString(Qt::ISODate);
    printed.date = data.day;
    printed.verificationCode = verificationCode(data);
    printed.records = int(data.entries.size());
    return printed;
}

QHash<QString, QString> BulletinDocument::values(const BulletinDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    bool provisional = false;
    QSet<QString> kindergartens;
    for (const BulletinEntry &entry : data.entries) {
        provisional = provisional || entry.provisional;
        kindergartens.insert(entry.place.kindergartenId);
    }
    QString name = kazakh ? data.profile.nameKk : data.profile.nameRu;
    QString bin = data.profile.bin;
    if (data.region) {
        const BulletinKindergarten one = data.kindergartens.value(data.regionKindergartenId);
        name = kazakh ? one.nameKk : one.nameRu;
        if (name.isEmpty())
            name = data.regionKindergartenId;
        bin = one.bin;
    }
    return {
        {QStringLiteral("kindergarten_name"), DocumentFormat::orBlank(name)},
        {QStringLiteral("kindergarten_bin"), bin},
        {QStringLiteral("region"), flag(data.region && data.regionKindergartenId.isEmpty())},
        {QStringLiteral("one_kindergarten"), flag(data.region && !data.regionKindergartenId.isEmpty())},
        {QStringLiteral("kindergarten_count"), QString::number(kindergartens.size())},
        {QStringLiteral("freed"), flag(data.kind == BulletinKind::Freed)},
        {QStringLiteral("withdrawn"), flag(data.kind == BulletinKind::Withdrawn)},
        {QStringLiteral("day"), DocumentFormat::date(data.day)},
        {QStringLiteral("printed_at"), DocumentFormat::dateTime(data.printedAt)},
        {QStringLiteral("head_name"), DocumentFormat::orBlank(data.profile.headName)},
        {QStringLiteral("row_count"), QString::number(data.entries.size())},
        {QStringLiteral("no_rows"), flag(data.entries.isEmpty())},
        {QStringLiteral("provisional"), flag(provisional)},
        {QStringLiteral("verification_code"), verificationCode(data)},
    };
}

QList<QHash<QString, QString>> BulletinDocument::rowValues(const BulletinDocumentData &data, DocumentLanguage language)
{
    QList<QHash<QString, QString>> rows;
    int index = 0;
    for (const BulletinEntry &entry : data.entries) {
        const Place &p = entry.place;
        const BulletinKindergarten kindergarten = data.kindergartens.value(p.kindergartenId);
        QString kindergartenName = language == DocumentLanguage::Kazakh ? kindergarten.nameKk : kindergarten.nameRu;
        if (kindergartenName.isEmpty())
            kindergartenName = p.kindergartenId; // a kindergarten the list does not name: its id
        rows << QHash<QString, QString>{
            {QStringLiteral("kindergarten"), kindergartenName},
            {QStringLiteral("kindergarten_bin"), kindergarten.bin},
            {QStringLiteral("index"), QString::number(++index)},
            {QStringLiteral("at"), DocumentFormat::dateTime(entry.at)},
            {QStringLiteral("provisional"), flag(entry.provisional)},
            {QStringLiteral("group_name"), p.groupName},
            {QStringLiteral("birth_from"), DocumentFormat::date(p.birthFrom)},
            {QStringLiteral("birth_to"), DocumentFormat::date(p.birthTo)},
            {QStringLiteral("lang_kk"), flag(p.language == TeachingLanguage::Kazakh)},
            {QStringLiteral("lang_ru"), flag(p.language == TeachingLanguage::Russian)},
            {QStringLiteral("lang_other"), flag(p.language == TeachingLanguage::Other)},
            {QStringLiteral("type_general"), flag(p.groupType == GroupType::General)},
            {QStringLiteral("type_special"), flag(p.groupType == GroupType::Special)},
            {QStringLiteral("mode_full_day"), flag(p.workingMode == WorkingMode::FullDay)},
            {QStringLiteral("mode_half_day"), flag(p.workingMode == WorkingMode::HalfDay)},
            {QStringLiteral("mode_round_the_clock"), flag(p.workingMode == WorkingMode::RoundTheClock)},
            {QStringLiteral("admission_general"), flag(p.admissionMode == AdmissionMode::General)},
            {QStringLiteral("admission_early"), flag(p.admissionMode == AdmissionMode::EarlyBooking)},
            {QStringLiteral("admission_temporary"), flag(p.admissionMode == AdmissionMode::TemporaryStay)},
            {QStringLiteral("temporary_until"), DocumentFormat::date(p.temporaryUntil)},
            {QStringLiteral("freed_on"), DocumentFormat::date(p.freedOn)},
            {QStringLiteral("not_freed"), flag(p.admissionMode == AdmissionMode::EarlyBooking && !p.freedOn.isValid())},
            {QStringLiteral("restricted"), flag(p.attendanceRestricted)},
            {QStringLiteral("unrestricted"), flag(!p.attendanceRestricted)},
            {QStringLiteral("attendance_note"), p.attendanceNote},
            {QStringLiteral("starts_on"), DocumentFormat::date(p.admissionStartsOn)},
            {QStringLiteral("direction_number"), p.directionNumber},
        };
    }
    return rows;
}

QString BulletinDocument::html(const BulletinDocumentData &data, DocumentLanguage language,
                               const QStringList &templateFolders)
{
    return DocumentTemplate::loadFilled(templateFileName(language, data.region), templateFolders, values(data, language),
                                        {{QStringLiteral("rows"), rowValues(data, language)}});
}

std::unique_ptr<QTextDocument> BulletinDocument::document(const BulletinDocumentData &data, DocumentLanguage language,
                                                          const QStringList &templateFolders)
{
    std::unique_ptr<QTextDocument> rendered = DocumentRenderer::makeDocument(html(data, language, templateFolders));
    // Every attribute of RULES 2.3 in its own column: printed across the page.
    DocumentRenderer::setOrientation(*rendered, QPageLayout::Landscape);
    return rendered;
}

Status BulletinDocument::writePdf(const BulletinDocumentData &data, DocumentLanguage language, const QString &filePath,
                                  const QStringList &templateFolders)
{
    const std::unique_ptr<QTextDocument> rendered = document(data, language, templateFolders);
    return DocumentRenderer::writePdf(*rendered, filePath);
}

QString BulletinDocument::suggestedFileName(const BulletinDocumentData &data, DocumentLanguage language)
{
    return (data.region ? QStringLiteral("bulletin_region_%1_%2_%3.pdf") : QStringLiteral("bulletin_%1_%2_%3.pdf"))
        .arg(PlaceStore::bulletinKindCode(data.kind),
             data.day.isValid() ? data.day.toString(Qt::ISODate) : QStringLiteral("_"),
             DocumentLanguages::code(language));
}
