#include "store/DirectionStore.h"

#include "domain/ApplicationValidation.h"
#include "domain/DateText.h"
#include "domain/FieldLimits.h"
#include "domain/Iin.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/ChangeLog.h"
#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/SqlValues.h"
#include "store/StoreRows.h"
#include "store/import/JsonFields.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <functional>
#include <variant>

namespace {

using namespace SqlValues;
using StoreRows::readDirection;

// Every column of `directions` but the bookkeeping ones, in one order for INSERT and SELECT.
const QStringList &columns()
{
    static const QStringList list = {
        QStringLiteral("number"), QStringLiteral("application_id"), QStringLiteral("kindergarten_id"),
        QStringLiteral("group_name"), QStringLiteral("group_language"), QStringLiteral("group_type"),
        QStringLiteral("working_mode"), QStringLiteral("admission_mode"),
        QStringLiteral("admission_starts_on"), QStringLiteral("temporary_until"),
        QStringLiteral("issued_at"), QStringLiteral("freed_on"), QStringLiteral("extended_until"),
        QStringLiteral("right_confirmed_on"), QStringLiteral("status"), QStringLiteral("closed_at"),
        QStringLiteral("child_surname"), QStringLiteral("child_name"), QStringLiteral("child_patronymic"),
        QStringLiteral("child_iin"), QStringLiteral("child_birth_date"),
        QStringLiteral("applicant_surname"), QStringLiteral("applicant_name"),
        QStringLiteral("applicant_patronymic"), QStringLiteral("applicant_iin"),
        QStringLiteral("applicant_address"), QStringLiteral("phones"), QStringLiteral("category"),
    };
    return list;
}

const QString &selectSql()
{
    static const QString sql = QStringLiteral("SELECT ") + columns().join(QStringLiteral(", "))
                               + QStringLiteral(" FROM directions ");
    return sql;
}

const QString &insertSql()
{
    static const QString sql = []() -> QString {
        QStringList names = columns();
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
        QStringList placeholders;
        for (const QString &column : std::as_const(names))
            placeholders.append(QLatin1Char(':') + column);
        return QStringLiteral("INSERT INTO directions (") + names.join(QStringLiteral(", "))
               + QStringLiteral(") VALUES (") + placeholders.join(QStringLiteral(", ")) + QStringLiteral(")");
    }();
    return sql;
}

void bindDirection(QSqlQuery &query, const Direction &d, const QDateTime &now)
{
    const auto bind = [&query](const char *column, const QVariant &value) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + QLatin1String(column), nullText ? QVariant(sqlText({})) : value);
    };
    bind("number", d.number);
    bind("application_id", d.applicationId);
    bind("kindergarten_id", d.kindergartenId);
    bind("group_name", d.groupName);
    bind("group_language", ApplicationJson::languageCode(d.groupLanguage));
    bind("group_type", Directions::groupTypeCode(d.groupType));
    bind("working_mode", Directions::workingModeCode(d.workingMode));
    bind("admission_mode", Directions::admissionModeCode(d.admissionMode));
    bind("admission_starts_on", date(d.admissionStartsOn));
    bind("temporary_until", date(d.temporaryUntil));
    bind("issued_at", instant(d.issuedAt));
    bind("freed_on", date(d.freedOn));
    bind("extended_until", date(d.extendedUntil));
    bind("right_confirmed_on", date(d.rightConfirmedOn));
    bind("status", Directions::statusCode(d.status));
    bind("closed_at", instant(d.closedAt));
    bind("child_surname", d.child.surname);
    bind("child_name", d.child.name);
    bind("child_patronymic", d.child.patronymic);
    bind("child_iin", d.childIin);
    bind("child_birth_date", date(d.childBirthDate));
    bind("applicant_surname", d.applicant.surname);
    bind("applicant_name", d.applicant.name);
    bind("applicant_patronymic", d.applicant.patronymic);
    bind("applicant_iin", d.applicantIin);
    bind("applicant_address", d.applicantAddress);
    bind("phones", jsonArray(QJsonArray::fromStringList(d.phones)));
    bind("category", Categories::code(d.category));
    bind("created_at", now.toMSecsSinceEpoch());
    bind("updated_at", now.toMSecsSinceEpoch());
}

// The INSERT that overwrites every column but created_at when the number is stored: the queue
// server's version of a direction is the one the desk keeps (docs/api.md, partition org:ID).
const QString &upsertSql()
{
    static const QString sql = []() -> QString {
        QStringList updates;
        for (const QString &column : columns())
            if (column != QLatin1String("number"))
                updates.append(column + QStringLiteral(" = excluded.") + column);
        updates.append(QStringLiteral("updated_at = excluded.updated_at"));
        return insertSql() + QStringLiteral(" ON CONFLICT (number) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    }();
    return sql;
}

Direction directionFrom(const QSqlQuery &query)
{
    const auto value = [&query](const char *column) { return query.value(QLatin1String(column)); };
    Direction d;
    d.number = value("number").toString();
    d.applicationId = value("application_id").toString();
    d.kindergartenId = value("kindergarten_id").toString();
    d.groupName = value("group_name").toString();
    d.groupLanguage = ApplicationJson::languageFromCode(value("group_language").toString())
                          .value_or(TeachingLanguage::Kazakh);
    d.groupType = Directions::groupTypeFromCode(value("group_type").toString()).value_or(GroupType::General);
    d.workingMode = Directions::workingModeFromCode(value("working_mode").toString()).value_or(WorkingMode::FullDay);
    d.admissionMode = Directions::admissionModeFromCode(value("admission_mode").toString())
                          .value_or(AdmissionMode::General);
    d.admissionStartsOn = toDate(value("admission_starts_on"));
    d.temporaryUntil = toDate(value("temporary_until"));
    d.issuedAt = toInstant(value("issued_at"));
    d.freedOn = toDate(value("freed_on"));
    d.extendedUntil = toDate(value("extended_until"));
    d.rightConfirmedOn = toDate(value("right_confirmed_on"));
    d.status = Directions::statusFromCode(value("status").toString()).value_or(DirectionStatus::Issued);
    d.closedAt = toInstant(value("closed_at"));
    d.child.surname = value("child_surname").toString();
    d.child.name = value("child_name").toString();
    d.child.patronymic = value("child_patronymic").toString();
    d.childIin = value("child_iin").toString();
    d.childBirthDate = toDate(value("child_birth_date"));
    d.applicant.surname = value("applicant_surname").toString();
    d.applicant.name = value("applicant_name").toString();
    d.applicant.patronymic = value("applicant_patronymic").toString();
    d.applicantIin = value("applicant_iin").toString();
    d.applicantAddress = value("applicant_address").toString();
    for (const QJsonValue &phone : toJsonArray(value("phones")))
        d.phones.append(phone.toString());
    d.category = Categories::fromCode(value("category").toInt()).value_or(Category::None);
    return d;
}

// The keys of the direction file: the columns of `directions` (JsonFields finds them by name).
const JsonKeys &directionKeys()
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> list;
        for (const QString &column : columns())
            list.append(column.toLatin1());
        return list;
    }();
    static const JsonKeys keys = [] {
        QList<const char *> pointers;
        for (const QByteArray &name : names)
            pointers.append(name.constData());
        return JsonKeys(pointers);
    }();
    return keys;
}

// A direction's category: a number 1..10; the detail of a bad one names the key and the value.
Category readCategory(JsonFields &read, int key)
{
    const JsonValue *value = read.find(key);
    if (!value)
        return Category::None;
    const std::optional<qint64> number = value->kind == JsonKind::Number ? JsonReader::toInteger(*value) : std::nullopt;
    const std::optional<Category> known =
        number && *number >= 1 && *number <= 10 ? Categories::fromCode(int(*number)) : std::nullopt;
    if (known)
        return *known;
    QString shown;
    if (value->kind == JsonKind::Number)
        shown = QString::number(value->text.toByteArray().toDouble());
    else if (value->kind == JsonKind::String)
        shown = JsonReader::toString(*value);
    else if (value->kind != JsonKind::Array && value->kind != JsonKind::Object)
        shown = QString::fromLatin1(value->text); // true, false
    read.fail(Field::Category, Rule::OutOfRange, read.name(key) + QStringLiteral(": ") + shown);
    return Category::None;
}

// The direction object at text (its place in the file: offset), by the rules of fromJson; a JSON
// syntax error is returned as it is (the caller decides what it means).
std::variant<Direction, Issue, JsonError> directionFromJson(QByteArrayView text, qsizetype offset = 0)
{
    // An administrator's export: texts are trimmed, and every detail names its key.
    JsonFields read(directionKeys(), JsonFields::Options{true, true});
    if (const std::optional<JsonError> error = read.read(text, offset))
        return *error;
    const auto key = [](const char *name) { return directionKeys().indexOf(name); };
    Direction d;
    d.number = read.text(key("number"), Field::DirectionNumber);
    d.applicationId = read.text(key("application_id"), Field::None);
    d.kindergartenId = read.text(key("kindergarten_id"), Field::DirectionKindergarten);
    d.groupName = read.text(key("group_name"), Field::DirectionGroup);
    d.groupLanguage = read.code(key("group_language"), Field::DirectionGroup, &ApplicationJson::languageFromCode,
                                TeachingLanguage::Kazakh);
    d.groupType = read.code(key("group_type"), Field::DirectionGroup, &Directions::groupTypeFromCode, GroupType::General);
    d.workingMode = read.code(key("working_mode"), Field::DirectionGroup, &Directions::workingModeFromCode,
                              WorkingMode::FullDay);
    d.admissionMode = read.code(key("admission_mode"), Field::DirectionGroup, &Directions::admissionModeFromCode,
                                AdmissionMode::General);
    d.admissionStartsOn = read.date(key("admission_starts_on"), Field::DirectionGroup);
    d.temporaryUntil = read.date(key("temporary_until"), Field::DirectionGroup);
    d.issuedAt = read.timestamp(key("issued_at"), Field::DirectionIssuedAt);
    d.freedOn = read.date(key("freed_on"), Field::DirectionFreedOn);
    d.extendedUntil = read.date(key("extended_until"), Field::DirectionExtension);
    d.rightConfirmedOn = read.date(key("right_confirmed_on"), Field::DirectionStatus);
    d.status = read.code(key("status"), Field::DirectionStatus, &Directions::statusFromCode, DirectionStatus::Issued);
    d.closedAt = read.timestamp(key("closed_at"), Field::DirectionStatus);
    d.child.surname = read.text(key("child_surname"), Field::ChildSurname);
    d.child.name = read.text(key("child_name"), Field::ChildName);
    d.child.patronymic = read.text(key("child_patronymic"), Field::ChildPatronymic);
    d.childIin = read.text(key("child_iin"), Field::DirectionChildIin);
    d.childBirthDate = read.date(key("child_birth_date"), Field::ChildBirthDate);
    d.applicant.surname = read.text(key("applicant_surname"), Field::ApplicantSurname);
    d.applicant.name = read.text(key("applicant_name"), Field::ApplicantName);
    d.applicant.patronymic = read.text(key("applicant_patronymic"), Field::ApplicantPatronymic);
    d.applicantIin = read.text(key("applicant_iin"), Field::ApplicantIin);
    d.applicantAddress = read.text(key("applicant_address"), Field::ApplicantAddress);
    d.phones = read.texts(key("phones"), Field::Phones);
    d.category = readCategory(read, key("category"));
    if (read.error())
        return *read.error();
    return d;
}

// What an imported record must hold (docs/cli.md "directions import"), after fromJson read it.
// Also brings it to the one spelling the store keeps: IINs as 12 digits, phones E.164.
std::optional<Issue> checkAndNormalize(Direction &d)
{
    if (d.number.isEmpty())
        return Issue::error(Field::DirectionNumber, Rule::Required, QStringLiteral("number"));
    if (d.kindergartenId.isEmpty())
        return Issue::error(Field::DirectionKindergarten, Rule::Required, QStringLiteral("kindergarten_id"));
    if (d.childIin.isEmpty())
        return Issue::error(Field::DirectionChildIin, Rule::Required, QStringLiteral("child_iin"));
    const Expected<Iin> childIin = Iin::parse(d.childIin, Field::DirectionChildIin);
    if (!childIin)
        return Issue::error(childIin.error().field, childIin.error().rule, d.childIin);
    d.childIin = childIin->toString();
    if (!d.applicantIin.isEmpty()) {
        const Expected<Iin> applicantIin = Iin::parse(d.applicantIin, Field::ApplicantIin);
        if (!applicantIin)
            return Issue::error(applicantIin.error().field, applicantIin.error().rule, d.applicantIin);
        d.applicantIin = applicantIin->toString();
    }
    if (!d.issuedAt.isValid())
        return Issue::error(Field::DirectionIssuedAt, Rule::Required, QStringLiteral("issued_at"));
    if (d.groupName.isEmpty())
        return Issue::error(Field::DirectionGroup, Rule::Required, QStringLiteral("group_name"));
    // RULES def. 14: a temporary-stay place has a required end date.
    if (d.admissionMode == AdmissionMode::TemporaryStay && !d.temporaryUntil.isValid())
        return Issue::error(Field::DirectionGroup, Rule::Required, QStringLiteral("temporary_until"));
    QStringList phones;
    for (const QString &phone : std::as_const(d.phones)) {
        if (phone.trimmed().isEmpty())
            continue;
        const QString e164 = normalizeMobileNumber(phone);
        if (e164.isEmpty())
            return Issue::error(Field::Phones, Rule::PhoneNotKazakhMobile, phone);
        phones.append(e164);
    }
    d.phones = phones;
    // Issue 14 item 7: the texts within their limits (the first over it refuses the record).
    Issues tooLong;
    FieldLimits::check(tooLong, d.number, Field::DirectionNumber);
    FieldLimits::check(tooLong, d.kindergartenId, Field::DirectionKindergarten);
    FieldLimits::check(tooLong, d.groupName, Field::DirectionGroup);
    FieldLimits::check(tooLong, d.child.surname, Field::ChildSurname);
    FieldLimits::check(tooLong, d.child.name, Field::ChildName);
    FieldLimits::check(tooLong, d.child.patronymic, Field::ChildPatronymic);
    FieldLimits::check(tooLong, d.applicant.surname, Field::ApplicantSurname);
    FieldLimits::check(tooLong, d.applicant.name, Field::ApplicantName);
    FieldLimits::check(tooLong, d.applicant.patronymic, Field::ApplicantPatronymic);
    FieldLimits::check(tooLong, d.applicantAddress, Field::ApplicantAddress);
    if (!tooLong.isEmpty())
        return tooLong.constFirst();
    d.issuedAt = storedInstant(d.issuedAt);
    d.closedAt = storedInstant(d.closedAt);
    return std::nullopt;
}

// The issuing system's part of a direction: what the desk itself changes (its status and when
// it closed, the freeing date, the extension) is left out, so that a file imported again after
// the desk worked on its directions is still "the same".
bool sameIssue(Direction incoming, const Direction &stored)
{
    incoming.status = stored.status;
    incoming.closedAt = stored.closedAt;
    incoming.freedOn = stored.freedOn;
    incoming.extendedUntil = stored.extendedUntil;
    incoming.rightConfirmedOn = stored.rightConfirmedOn;
    return incoming == stored;
}

Issue withIndex(const Issue &issue, qsizetype index)
{
    Issue result = issue;
    result.detail = QLatin1Char('#') + QString::number(index)
                    + (issue.detail.isEmpty() ? QString() : QStringLiteral(": ") + issue.detail);
    return result;
}

Issue notFound(const QString &number)
{
    return Issue::error(Field::DirectionNumber, Rule::DirectionNotFound, number.trimmed());
}

} // namespace

std::optional<Direction> StoreRows::readDirection(const QSqlDatabase &db, const QString &number, QString *error)
{
    QSqlQuery query(db);
    query.prepare(selectSql() + QStringLiteral("WHERE number = :number"));
    query.bindValue(QStringLiteral(":number"), sqlText(number.trimmed()));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return directionFrom(query);
}

DirectionStore::DirectionStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

QJsonObject DirectionStore::toJson(const Direction &d)
{
    return QJsonObject{
        {QStringLiteral("number"), d.number},
        {QStringLiteral("application_id"), d.applicationId},
        {QStringLiteral("kindergarten_id"), d.kindergartenId},
        {QStringLiteral("group_name"), d.groupName},
        {QStringLiteral("group_language"), ApplicationJson::languageCode(d.groupLanguage)},
        {QStringLiteral("group_type"), Directions::groupTypeCode(d.groupType)},
        {QStringLiteral("working_mode"), Directions::workingModeCode(d.workingMode)},
        {QStringLiteral("admission_mode"), Directions::admissionModeCode(d.admissionMode)},
        {QStringLiteral("admission_starts_on"), ApplicationJson::dateValue(d.admissionStartsOn)},
        {QStringLiteral("temporary_until"), ApplicationJson::dateValue(d.temporaryUntil)},
        {QStringLiteral("issued_at"), ApplicationJson::timestampValue(d.issuedAt)},
        {QStringLiteral("freed_on"), ApplicationJson::dateValue(d.freedOn)},
        {QStringLiteral("extended_until"), ApplicationJson::dateValue(d.extendedUntil)},
        {QStringLiteral("right_confirmed_on"), ApplicationJson::dateValue(d.rightConfirmedOn)},
        {QStringLiteral("status"), Directions::statusCode(d.status)},
        {QStringLiteral("closed_at"), ApplicationJson::timestampValue(d.closedAt)},
        {QStringLiteral("child_surname"), d.child.surname},
        {QStringLiteral("child_name"), d.child.name},
        {QStringLiteral("child_patronymic"), d.child.patronymic},
        {QStringLiteral("child_iin"), d.childIin},
        {QStringLiteral("child_birth_date"), ApplicationJson::dateValue(d.childBirthDate)},
        {QStringLiteral("applicant_surname"), d.applicant.surname},
        {QStringLiteral("applicant_name"), d.applicant.name},
        {QStringLiteral("applicant_patronymic"), d.applicant.patronymic},
        {QStringLiteral("applicant_iin"), d.applicantIin},
        {QStringLiteral("applicant_address"), d.applicantAddress},
        {QStringLiteral("phones"), QJsonArray::fromStringList(d.phones)},
        {QStringLiteral("category"), Categories::code(d.category)},
    };
}

std::optional<Issue> DirectionStore::checkRecord(Direction &direction)
{
    return checkAndNormalize(direction);
}

Expected<Direction> DirectionStore::fromJson(const QJsonObject &json)
{
    // The one reader of the import file (JsonFields), over the object's text.
    auto read = directionFromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (Direction *direction = std::get_if<Direction>(&read))
        return std::move(*direction);
    if (const Issue *issue = std::get_if<Issue>(&read))
        return *issue;
    return Issue::error(Field::DirectionsFile, Rule::ImportRecordNotObject); // QJsonDocument wrote it: not reached
}

namespace {

using DirectionRecords = QList<std::variant<Direction, Issue, JsonError>>;

// The whole file is read before anything is written: a file that is not one JSON array (a record
// with a syntax error included) is refused as a whole, with where it stops being JSON, as the
// applications import says it (issue 14 item 9).
Expected<DirectionRecords> readDirectionFile(const QByteArray &json)
{
    const auto notJson = [](const JsonError &error) {
        return Issue::error(Field::DirectionsFile, Rule::ImportNotJsonArray,
                            DirectionStore::tr("byte %1: %2").arg(error.offset).arg(error.reason));
    };
    QList<JsonSpan> spans;
    if (const std::optional<JsonError> error = JsonReader::splitArray(json, spans))
        return notJson(*error);
    DirectionRecords records;
    records.reserve(spans.size());
    for (const JsonSpan &span : std::as_const(spans)) {
        const QByteArrayView text = QByteArrayView(json).sliced(span.offset, span.length);
        if (!text.startsWith('{')) {
            records.append(Issue::error(Field::DirectionsFile, Rule::ImportRecordNotObject));
            continue;
        }
        records.append(directionFromJson(text, span.offset));
        if (const JsonError *error = std::get_if<JsonError>(&records.constLast()))
            return notJson(*error);
    }
    return records;
}

} // namespace

std::optional<Issue> DirectionStore::checkJson(const QByteArray &json)
{
    const Expected<DirectionRecords> records = readDirectionFile(json);
    return records ? std::nullopt : std::optional<Issue>(records.error());
}

Expected<DirectionImportResult> DirectionStore::importJson(const QByteArray &json, const QString &clerk,
                                                          const QDateTime &at)
{
    const Expected<DirectionRecords> read = readDirectionFile(json);
    if (!read)
        return read.error();
    DirectionRecords records = *read;

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    QSqlDatabase &db = transaction.db();

    DirectionImportResult result;
    QHash<QString, Direction> written; // the file's earlier records, by number
    QStringList numbers;
    QByteArray digests;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (const Issue *refused = std::get_if<Issue>(&records.at(i))) {
            result.refused.append(withIndex(*refused, i));
            continue;
        }
        Direction direction = std::get<Direction>(std::move(records[i]));
        if (const std::optional<Issue> problem = checkAndNormalize(direction)) {
            result.refused.append(withIndex(*problem, i));
            continue;
        }

        QString error;
        std::optional<Direction> stored = written.contains(direction.number)
                                              ? std::optional<Direction>(written.value(direction.number))
                                              : readDirection(db, direction.number, &error);
        if (!error.isEmpty())
            return writeFailed(error);
        if (stored) {
            if (sameIssue(direction, *stored))
                ++result.unchanged;
            else
                result.refused.append(withIndex(Issue::error(Field::DirectionNumber, Rule::DirectionNumberExists,
                                                             direction.number), i));
            continue;
        }

        QSqlQuery insert(db);
        insert.prepare(insertSql());
        bindDirection(insert, direction, at);
        if (!insert.exec())
            return writeFailed(insert.lastError().text());
        insert.finish();
        written.insert(direction.number, direction);
        numbers.append(direction.number);
        digests += CanonicalJson::sha256Hex(toJson(direction)).toLatin1();
        ++result.imported;
    }

    if (result.imported == 0)
        return result; // nothing written: the transaction rolls back empty

    // The journal records which numbers came in and a fingerprint of their contents, not the
    // children's data.
    const QJsonObject payload{
        {QStringLiteral("count"), result.imported},
        {QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(digests, QCryptographicHash::Sha256).toHex())},
    };
    const Expected<JournalEntry> entry =
        Journal::append(db, Events::directionsImported(), JournalEntities::directionImport(),
                        QUuid::createUuid().toString(QUuid::WithoutBraces), payload, clerk, at);
    if (!entry)
        return entry.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

std::optional<Direction> DirectionStore::find(const QString &number) const
{
    return readDirection(m_database->connection(), number);
}

std::optional<Direction> DirectionStore::findByChildIin(const QString &iin) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(selectSql() + QStringLiteral("WHERE child_iin = :iin ORDER BY issued_at DESC, number DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":iin"), sqlText(normalizedIin(iin)));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return directionFrom(query);
}

Expected<QList<Direction>> DirectionStore::list(const QList<DirectionStatus> &statuses) const
{
    QStringList placeholders;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        placeholders.append(QStringLiteral(":s") + QString::number(i));
    QSqlQuery query(m_database->connection());
    query.prepare(selectSql()
                  + (statuses.isEmpty() ? QString()
                                        : QStringLiteral("WHERE status IN (") + placeholders.join(QStringLiteral(", "))
                                              + QStringLiteral(") "))
                  + QStringLiteral("ORDER BY issued_at DESC, number DESC"));
    for (qsizetype i = 0; i < statuses.size(); ++i)
        query.bindValue(placeholders.at(i), Directions::statusCode(statuses.at(i)));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    QList<Direction> result;
    while (query.next())
        result.append(directionFrom(query));
    return result;
}

namespace {

// One change the desk makes to a stored direction (RULES 5 extension, RULES def. 6 freed place):
// in one write transaction, read the row, let `check` refuse it, set the one column, and write
// the outbox command and journal entry (ChangeLog) built by `command` - all or nothing.
struct DirectionChange
{
    std::function<Status(const Direction &)> check;
    QString column; // fixed SQL, never from input
    QVariant value;
    QString commandType;
    QString event;
    std::function<QJsonObject(const Direction &)> command;
};

Status changeDirection(const std::shared_ptr<Database> &database, const QString &number, const DirectionChange &c,
                       const QString &clerk, const QDateTime &now)
{
    WriteTransaction transaction(database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QSqlDatabase &db = transaction.db();

    QString error;
    const std::optional<Direction> direction = readDirection(db, number, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!direction)
        return notFound(number);
    if (const Status allowed = c.check(*direction); !allowed)
        return allowed;

    {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE directions SET %1 = :value, updated_at = :now WHERE number = :number")
                           .arg(c.column));
        update.bindValue(QStringLiteral(":value"), c.value);
        update.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        update.bindValue(QStringLiteral(":number"), direction->number);
        if (!update.exec())
            return writeFailed(update.lastError().text());
    }

    const QJsonObject command = c.command(*direction);
    const Change change{c.commandType, command, c.event, JournalEntities::direction(), direction->number, command};
    if (const Expected<QString> logged = ChangeLog::write(db, change, clerk, now); !logged)
        return logged.error();
    return transaction.commit();
}

} // namespace

Status DirectionStore::extend(const QString &number, const QDate &until, const QString &clerk, const QDateTime &now,
                              const WorkCalendar &calendar, const RuleSettings &settings)
{
    const DirectionChange change{
        // RULES 5 [P]: once, within the allowed days, while in force.
        [&](const Direction &direction) {
            return Directions::checkExtension(direction, until, now.date(), calendar, settings);
        },
        QStringLiteral("extended_until"), date(until), CommandTypes::extendDirection(), Events::directionExtended(),
        [&](const Direction &direction) {
            return QJsonObject{
                {QStringLiteral("direction_number"), direction.number},
                {QStringLiteral("extended_until"), ApplicationJson::dateValue(until)},
            };
        }};
    return changeDirection(m_database, number, change, clerk, now);
}

Status DirectionStore::setFreedOn(const QString &number, const QDate &freedOn, const QString &clerk,
                                  const QDateTime &now)
{
    if (!freedOn.isValid())
        return Issue::error(Field::DirectionFreedOn, Rule::Required);
    // A place is freed on a day that has come, not in advance.
    if (freedOn > now.date())
        return Issue::error(Field::DirectionFreedOn, Rule::DateInFuture, DateText::date(freedOn));

    const DirectionChange change{
        [](const Direction &direction) -> Status {
            if (direction.status != DirectionStatus::Issued)
                return Issue::error(Field::DirectionStatus, Rule::DirectionClosed,
                                    Directions::statusCode(direction.status));
            // RULES def. 6: only an early-booking place waits to be freed.
            if (direction.admissionMode != AdmissionMode::EarlyBooking)
                return Issue::error(Field::DirectionFreedOn, Rule::OutOfRange,
                                    Directions::admissionModeCode(direction.admissionMode));
            return {};
        },
        QStringLiteral("freed_on"), date(freedOn), CommandTypes::markPlaceFreed(), Events::directionPlaceFreed(),
        [&](const Direction &direction) {
            return QJsonObject{
                {QStringLiteral("direction_number"), direction.number},
                {QStringLiteral("kindergarten_id"), direction.kindergartenId},
                {QStringLiteral("freed_on"), ApplicationJson::dateValue(freedOn)},
            };
        }};
    return changeDirection(m_database, number, change, clerk, now);
}

Status DirectionStore::confirmRight(const QString &number, const QDate &confirmedOn, const QString &clerk,
                                    const QDateTime &now)
{
    if (!confirmedOn.isValid())
        return Issue::error(Field::DirectionRightConfirmation, Rule::Required);
    if (confirmedOn > now.date())
        return Issue::error(Field::DirectionRightConfirmation, Rule::DateInFuture, DateText::date(confirmedOn));

    const DirectionChange change{
        [&](const Direction &direction) -> Status {
            if (direction.status != DirectionStatus::Issued)
                return Issue::error(Field::DirectionStatus, Rule::DirectionClosed, Directions::statusCode(direction.status));
            // RULES 5 [P]: only the extraordinary right (categories 1, 2) is confirmed this way.
            if (Categories::right(direction.category) != Right::Extraordinary)
                return Issue::error(Field::DirectionRightConfirmation, Rule::RightNotExtraordinary);
            if (direction.rightConfirmedOn.isValid())
                return Issue::error(Field::DirectionRightConfirmation, Rule::RightAlreadyConfirmed,
                                    DateText::date(direction.rightConfirmedOn));
            if (confirmedOn < direction.issuedAt.toLocalTime().date())
                return Issue::error(Field::DirectionRightConfirmation, Rule::OutOfRange, DateText::date(confirmedOn));
            return {};
        },
        QStringLiteral("right_confirmed_on"), date(confirmedOn), CommandTypes::confirmRight(), Events::rightConfirmed(),
        [&](const Direction &direction) {
            return QJsonObject{
                {QStringLiteral("direction_number"), direction.number},
                {QStringLiteral("confirmed_on"), ApplicationJson::dateValue(confirmedOn)},
            };
        }};
    return changeDirection(m_database, number, change, clerk, now);
}

Status DirectionStore::saveSynced(QSqlDatabase &db, const Direction &direction, const QDateTime &now)
{
    QSqlQuery query(db);
    query.prepare(upsertSql());
    bindDirection(query, direction, now);
    if (!query.exec())
        return Issue::error(Field::Store, Rule::StoreWriteFailed, query.lastError().text());
    return {};
}
