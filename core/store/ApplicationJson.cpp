#include "store/ApplicationJson.h"

#include "store/import/ApplicationColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

template<typename T>
std::optional<T> findCode(const QString &code, std::initializer_list<T> values, QString (*toCode)(T))
{
    for (const T value : values)
        if (toCode(value) == code)
            return value;
    return std::nullopt;
}

} // namespace

QString ApplicationJson::sexCode(Iin::Sex sex)
{
    switch (sex) {
    case Iin::Sex::Unknown: return QStringLiteral("unknown");
    case Iin::Sex::Male: return QStringLiteral("male");
    case Iin::Sex::Female: return QStringLiteral("female");
    }
    return {};
}

std::optional<Iin::Sex> ApplicationJson::sexFromCode(const QString &code)
{
    return findCode(code, {Iin::Sex::Unknown, Iin::Sex::Male, Iin::Sex::Female}, &sexCode);
}

QString ApplicationJson::languageCode(TeachingLanguage language)
{
    switch (language) {
    case TeachingLanguage::Any: return QStringLiteral("any");
    case TeachingLanguage::Kazakh: return QStringLiteral("kk");
    case TeachingLanguage::Russian: return QStringLiteral("ru");
    case TeachingLanguage::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<TeachingLanguage> ApplicationJson::languageFromCode(const QString &code)
{
    return findCode(code, {TeachingLanguage::Any, TeachingLanguage::Kazakh, TeachingLanguage::Russian,
                           TeachingLanguage::Other}, &languageCode);
}

QString ApplicationJson::statusCode(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Queued: return QStringLiteral("queued");
    case ApplicationStatus::DirectionIssued: return QStringLiteral("direction_issued");
    case ApplicationStatus::StopListed: return QStringLiteral("stop_listed");
    case ApplicationStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

std::optional<ApplicationStatus> ApplicationJson::statusFromCode(const QString &code)
{
    return findCode(code, {ApplicationStatus::Queued, ApplicationStatus::DirectionIssued,
                           ApplicationStatus::StopListed, ApplicationStatus::Archived}, &statusCode);
}

QString ApplicationJson::archiveReasonCode(ArchiveReason reason)
{
    // RULES def. 1: the archive reason codes.
    switch (reason) {
    case ArchiveReason::None: return QStringLiteral("none");
    case ArchiveReason::Enrolled: return QStringLiteral("enrolled");
    case ArchiveReason::WithdrawnByApplicant: return QStringLiteral("withdrawn_by_applicant");
    case ArchiveReason::AgeLimit: return QStringLiteral("age_limit");
    case ArchiveReason::Duplicate: return QStringLiteral("duplicate");
    case ArchiveReason::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<ArchiveReason> ApplicationJson::archiveReasonFromCode(const QString &code)
{
    return findCode(code, {ArchiveReason::None, ArchiveReason::Enrolled, ArchiveReason::WithdrawnByApplicant,
                           ArchiveReason::AgeLimit, ArchiveReason::Duplicate, ArchiveReason::Other},
                    &archiveReasonCode);
}

QJsonValue ApplicationJson::dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue ApplicationJson::timestampValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject ApplicationJson::toJson(const Application &a)
{
    QJsonObject object{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("registration_sequence"), a.registrationSequence},
        {QStringLiteral("applicant_surname"), a.applicant.surname},
        {QStringLiteral("applicant_name"), a.applicant.name},
        {QStringLiteral("applicant_patronymic"), a.applicant.patronymic},
        {QStringLiteral("applicant_iin"), a.applicantIin},
        {QStringLiteral("applicant_address"), a.applicantAddress},
        {QStringLiteral("settlement"), a.settlement},
        {QStringLiteral("child_surname"), a.child.surname},
        {QStringLiteral("child_name"), a.child.name},
        {QStringLiteral("child_patronymic"), a.child.patronymic},
        {QStringLiteral("child_iin"), a.childIin},
        {QStringLiteral("child_birth_date"), dateValue(a.childBirthDate)},
        {QStringLiteral("child_sex"), sexCode(a.childSex)},
        {QStringLiteral("category"), Categories::code(a.category)},
        {QStringLiteral("category_document_type"), a.categoryDocument.type},
        {QStringLiteral("category_document_number"), a.categoryDocument.number},
        {QStringLiteral("category_document_issuer"), a.categoryDocument.issuer},
        {QStringLiteral("category_document_issue_date"), dateValue(a.categoryDocument.issueDate)},
        {QStringLiteral("preferred_kindergartens"), QJsonArray::fromStringList(a.preferredKindergartens)},
        {QStringLiteral("language"), languageCode(a.language)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(a.phones)},
        {QStringLiteral("email"), a.email},
        {QStringLiteral("consent"), a.consent},
        {QStringLiteral("signature_date"), dateValue(a.signatureDate)},
        {QStringLiteral("filed_at"), timestampValue(a.filedAt)},
        {QStringLiteral("status"), statusCode(a.status)},
        {QStringLiteral("archive_reason"), archiveReasonCode(a.archiveReason)},
        {QStringLiteral("stop_listed_until"), dateValue(a.stopListedUntil)},
        {QStringLiteral("batch_id"), a.batchId},
    };
    // Issue 13 item 1: only when the application has a number, so that an application without
    // one (registered before numbers existed) has the JSON, and the fingerprint, it always had.
    if (!a.number.isEmpty())
        object.insert(QStringLiteral("number"), a.number);
    return object;
}

Expected<Application> ApplicationJson::fromJson(const QJsonObject &object)
{
    // The import's reader (store/import/JsonFields, driven by the import's table of columns):
    // one set of rules for a record, whichever way it comes in.
    std::optional<qint64> filedAtMsecs;
    return Import::readApplication(QJsonDocument(object).toJson(QJsonDocument::Compact), 0, filedAtMsecs);
}
