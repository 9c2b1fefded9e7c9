#include "store/PlaceJson.h"

#include "store/ApplicationJson.h"
#include "store/JsonStream.h"
#include "store/import/JsonFields.h"

#include <QJsonDocument>

namespace {

const JsonKeys &placeKeys()
{
    static const JsonKeys keys({"id", "kindergarten_id", "group_name", "birth_from", "birth_to", "language",
                                "group_type", "working_mode", "admission_mode", "attendance_restricted",
                                "attendance_note", "admission_starts_on", "temporary_until", "freed_on",
                                "published_at", "withdrawn_at", "status", "direction_number"});
    return keys;
}

std::optional<TeachingLanguage> placeLanguageFromCode(const QString &code)
{
    // A group teaches in one language: "any" is no answer for a place.
    const std::optional<TeachingLanguage> language = ApplicationJson::languageFromCode(code);
    if (language == TeachingLanguage::Any)
        return std::nullopt;
    return language;
}

std::variant<Place, Issue, JsonError> placeFromJson(QByteArrayView text, qsizetype offset = 0)
{
    JsonFields read(placeKeys(), JsonFields::Options{true, true});
    if (const std::optional<JsonError> error = read.read(text, offset))
        return *error;
    const auto key = [](const char *name) { return placeKeys().indexOf(name); };
    Place p;
    p.id = read.text(key("id"), Field::PlaceId);
    p.kindergartenId = read.text(key("kindergarten_id"), Field::PlaceKindergarten);
    p.groupName = read.text(key("group_name"), Field::PlaceGroup);
    p.birthFrom = read.date(key("birth_from"), Field::PlaceAgePeriod);
    p.birthTo = read.date(key("birth_to"), Field::PlaceAgePeriod);
    p.language = read.code(key("language"), Field::PlaceLanguage, &placeLanguageFromCode, TeachingLanguage::Any);
    p.groupType = read.code(key("group_type"), Field::PlaceGroup, &Directions::groupTypeFromCode, GroupType::General);
    p.workingMode = read.code(key("working_mode"), Field::PlaceGroup, &Directions::workingModeFromCode,
                              WorkingMode::FullDay);
    p.admissionMode = read.code(key("admission_mode"), Field::PlaceGroup, &Directions::admissionModeFromCode,
                                AdmissionMode::General);
    p.attendanceRestricted = read.boolean(key("attendance_restricted"), Field::PlaceGroup);
    p.attendanceNote = read.text(key("attendance_note"), Field::PlaceGroup);
    p.admissionStartsOn = read.date(key("admission_starts_on"), Field::PlaceStartsOn);
    p.temporaryUntil = read.date(key("temporary_until"), Field::PlaceTemporaryUntil);
    p.freedOn = read.date(key("freed_on"), Field::PlaceFreedOn);
    p.publishedAt = read.timestamp(key("published_at"), Field::None);
    p.withdrawnAt = read.timestamp(key("withdrawn_at"), Field::None);
    p.status = read.code(key("status"), Field::None, &Places::statusFromCode, PlaceStatus::Open);
    p.directionNumber = read.text(key("direction_number"), Field::None);
    if (read.error())
        return *read.error();
    return p;
}

} // namespace

namespace PlaceJson {

QJsonObject toJson(const Place &p)
{
    QJsonObject json{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("kindergarten_id"), p.kindergartenId},
        {QStringLiteral("group_name"), p.groupName},
        {QStringLiteral("birth_from"), ApplicationJson::dateValue(p.birthFrom)},
        {QStringLiteral("birth_to"), ApplicationJson::dateValue(p.birthTo)},
        {QStringLiteral("language"), ApplicationJson::languageCode(p.language)},
        {QStringLiteral("group_type"), Directions::groupTypeCode(p.groupType)},
        {QStringLiteral("working_mode"), Directions::workingModeCode(p.workingMode)},
        {QStringLiteral("admission_mode"), Directions::admissionModeCode(p.admissionMode)},
        {QStringLiteral("attendance_restricted"), p.attendanceRestricted},
        {QStringLiteral("attendance_note"), p.attendanceNote},
        {QStringLiteral("admission_starts_on"), ApplicationJson::dateValue(p.admissionStartsOn)},
        {QStringLiteral("temporary_until"), ApplicationJson::dateValue(p.temporaryUntil)},
        {QStringLiteral("freed_on"), ApplicationJson::dateValue(p.freedOn)},
        {QStringLiteral("status"), Places::statusCode(p.status)},
    };
    if (p.publishedAt.isValid())
        json.insert(QStringLiteral("published_at"), ApplicationJson::timestampValue(p.publishedAt));
    if (p.withdrawnAt.isValid())
        json.insert(QStringLiteral("withdrawn_at"), ApplicationJson::timestampValue(p.withdrawnAt));
    if (!p.directionNumber.isEmpty())
        json.insert(QStringLiteral("direction_number"), p.directionNumber);
    return json;
}

Expected<Place> fromJson(const QJsonObject &json)
{
    auto read = placeFromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (Place *place = std::get_if<Place>(&read))
        return std::move(*place);
    if (const Issue *issue = std::get_if<Issue>(&read))
        return *issue;
    return Issue::error(Field::PlacesFile, Rule::ImportRecordNotObject); // QJsonDocument wrote it: not reached
}

Expected<QList<std::variant<Place, Issue>>> readFile(const QByteArray &json)
{
    QList<JsonSpan> spans;
    if (JsonReader::splitArray(json, spans))
        return Issue::error(Field::PlacesFile, Rule::ImportNotJsonArray);
    QList<std::variant<Place, Issue>> records;
    records.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const JsonSpan &span = spans.at(i);
        const QByteArrayView text = QByteArrayView(json).sliced(span.offset, span.length);
        const QString where = QStringLiteral("record %1").arg(i + 1);
        if (!text.startsWith('{')) {
            records.append(Issue::error(Field::PlacesFile, Rule::ImportRecordNotObject, where));
            continue;
        }
        auto read = placeFromJson(text, span.offset);
        if (std::holds_alternative<JsonError>(read))
            return Issue::error(Field::PlacesFile, Rule::ImportNotJsonArray);
        if (Issue *issue = std::get_if<Issue>(&read)) {
            issue->detail = issue->detail.isEmpty() ? where : where + QStringLiteral(": ") + issue->detail;
            records.append(*issue);
            continue;
        }
        records.append(std::get<Place>(std::move(read)));
    }
    return records;
}

} // namespace PlaceJson
