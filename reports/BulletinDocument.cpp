#include "BulletinDocument.h"

#include "DocumentFormat.h"
#include "DocumentRenderer.h"
#include "DocumentTemplate.h"
#include "store/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextDocument>

namespace {

using DocumentFormat::flag;

} // namespace

QString BulletinDocument::templateFileName(DocumentLanguage language)
{
    return QStringLiteral("bulletin_%1.html").arg(DocumentLanguages::code(language));
}

Expected<BulletinDocumentData> BulletinDocument::build(BulletinKind kind, const QDate &day,
                                                       const std::shared_ptr<Database> &database,
                                                       const KindergartenProfile &profile, const QDateTime &now)
{
    Expected<QList<BulletinEntry>> entries = PlaceStore(database).bulletin(day, kind, profile.id);
    if (!entries)
        return entries.error();
    return BulletinDocumentData{kind, day, profile, now, std::move(entries).value()};
}

QString BulletinDocument::verificationCode(const BulletinDocumentData &data)
{
    QJsonArray records;
    for (const BulletinEntry &entry : data.entries)
        records.append(entry.place.id);
    const QJsonObject bulletin{
        {QStringLiteral("bulletin"), PlaceStore::bulletinKindCode(data.kind)},
        {QStringLiteral("day"), data.day.isValid() ? data.day.toString(Qt::ISODate) : QString()},
        {QStringLiteral("kindergarten_id"), data.profile.id},
        {QStringLiteral("records"), records},
    };
    return CanonicalJson::sha256Hex(bulletin).left(10);
}

QHash<QString, QString> BulletinDocument::values(const BulletinDocumentData &data, DocumentLanguage language)
{
    const bool kazakh = language == DocumentLanguage::Kazakh;
    bool provisional = false;
    for (const BulletinEntry &entry : data.entries)
        provisional = provisional || entry.provisional;
    return {
        {QStringLiteral("kindergarten_name"), DocumentFormat::orBlank(kazakh ? data.profile.nameKk : data.profile.nameRu)},
        {QStringLiteral("kindergarten_bin"), data.profile.bin},
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

QList<QHash<QString, QString>> BulletinDocument::rowValues(const BulletinDocumentData &data, DocumentLanguage)
{
    QList<QHash<QString, QString>> rows;
    int index = 0;
    for (const BulletinEntry &entry : data.entries) {
        const Place &p = entry.place;
        rows << QHash<QString, QString>{
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
    return DocumentTemplate::loadFilled(templateFileName(language), templateFolders, values(data, language),
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
    return QStringLiteral("bulletin_%1_%2_%3.pdf")
        .arg(PlaceStore::bulletinKindCode(data.kind),
             data.day.isValid() ? data.day.toString(Qt::ISODate) : QStringLiteral("_"),
             DocumentLanguages::code(language));
}
