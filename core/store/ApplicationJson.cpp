#include "store/ApplicationJson.h"

#include <QJsonArray>

namespace {

// Reads an object field by field and keeps the first problem; later reads are then no-ops.
class Reader
{
public:
    explicit Reader(const QJsonObject &object) : m_object(object) { }

    const std::optional<Issue> &error() const { return m_error; }

    QString text(const QString &key, Field field)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(field, Rule::OutOfRange, key);
            return {};
        }
        return value.toString();
    }

    QStringList texts(const QString &key, Field field)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(field, Rule::OutOfRange, key);
            return {};
        }
        QStringList list;
        for (const QJsonValue &element : value.toArray()) {
            if (!element.isString()) {
                fail(field, Rule::OutOfRange, key);
                return {};
            }
            list.append(element.toString());
        }
        return list;
    }

    QDate date(const QString &key, Field field)
    {
        const QString value = text(key, field);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            fail(field, Rule::InvalidDate, detailFor(key, field, value));
        return date;
    }

    QDateTime timestamp(const QString &key, Field field)
    {
        const QString value = text(key, field);
        if (value.isEmpty())
            return {};
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!at.isValid()) {
            fail(field, Rule::InvalidDate, detailFor(key, field, value));
            return {};
        }
        // The desk works in local time; the instant is what the text says.
        return at.toLocalTime();
    }

    std::optional<qint64> integer(const QString &key, Field field)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(value.toInteger())) {
            fail(field, Rule::InvalidNumber, key);
            return std::nullopt;
        }
        return value.toInteger();
    }

    bool boolean(const QString &key, Field field)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(field, Rule::OutOfRange, key);
        return value.toBool();
    }

    // A code of one of the enumerations; fallback when absent.
    template<typename T>
    T code(const QString &key, Field field, std::optional<T> (*fromCode)(const QString &), T fallback)
    {
        const QString value = text(key, field);
        if (value.isEmpty())
            return fallback;
        const std::optional<T> result = fromCode(value);
        if (!result) {
            fail(field, Rule::OutOfRange, detailFor(key, field, value));
            return fallback;
        }
        return *result;
    }

    void fail(Field field, Rule rule, const QString &detail)
    {
        if (!m_error)
            m_error = Issue::error(field, rule, detail);
    }

private:
    // Values with no Field of their own (status...) name their key in the detail.
    static QString detailFor(const QString &key, Field field, const QString &value)
    {
        return field == Field::None ? key + QStringLiteral(": ") + value : value;
    }

    const QJsonObject &m_object;
    std::optional<Issue> m_error;
};

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
    return QJsonObject{
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
}

Expected<Application> ApplicationJson::fromJson(const QJsonObject &object)
{
    Reader read(object);
    Application a;
    a.id = read.text(QStringLiteral("id"), Field::None);
    if (const auto sequence = read.integer(QStringLiteral("registration_sequence"), Field::None)) {
        if (*sequence < 0)
            read.fail(Field::None, Rule::OutOfRange, QStringLiteral("registration_sequence"));
        a.registrationSequence = *sequence;
    }

    a.applicant.surname = read.text(QStringLiteral("applicant_surname"), Field::ApplicantSurname);
    a.applicant.name = read.text(QStringLiteral("applicant_name"), Field::ApplicantName);
    a.applicant.patronymic = read.text(QStringLiteral("applicant_patronymic"), Field::ApplicantPatronymic);
    a.applicantIin = read.text(QStringLiteral("applicant_iin"), Field::ApplicantIin);
    a.applicantAddress = read.text(QStringLiteral("applicant_address"), Field::ApplicantAddress);
    a.settlement = read.text(QStringLiteral("settlement"), Field::Settlement);

    a.child.surname = read.text(QStringLiteral("child_surname"), Field::ChildSurname);
    a.child.name = read.text(QStringLiteral("child_name"), Field::ChildName);
    a.child.patronymic = read.text(QStringLiteral("child_patronymic"), Field::ChildPatronymic);
    a.childIin = read.text(QStringLiteral("child_iin"), Field::ChildIin);
    a.childBirthDate = read.date(QStringLiteral("child_birth_date"), Field::ChildBirthDate);
    a.childSex = read.code(QStringLiteral("child_sex"), Field::ChildSex, &sexFromCode, Iin::Sex::Unknown);

    if (const auto category = read.integer(QStringLiteral("category"), Field::Category)) {
        const std::optional<Category> known =
            *category >= 1 && *category <= 10 ? Categories::fromCode(int(*category)) : std::nullopt;
        if (known)
            a.category = *known;
        else
            read.fail(Field::Category, Rule::OutOfRange, QString::number(*category));
    }
    a.categoryDocument.type = read.text(QStringLiteral("category_document_type"), Field::CategoryDocumentType);
    a.categoryDocument.number = read.text(QStringLiteral("category_document_number"), Field::CategoryDocumentNumber);
    a.categoryDocument.issuer = read.text(QStringLiteral("category_document_issuer"), Field::CategoryDocumentIssuer);
    a.categoryDocument.issueDate = read.date(QStringLiteral("category_document_issue_date"),
                                             Field::CategoryDocumentIssueDate);

    a.preferredKindergartens = read.texts(QStringLiteral("preferred_kindergartens"), Field::PreferredKindergartens);
    a.language = read.code(QStringLiteral("language"), Field::Language, &languageFromCode, TeachingLanguage::Any);
    a.phones = read.texts(QStringLiteral("phones"), Field::Phones);
    a.email = read.text(QStringLiteral("email"), Field::Email);
    a.consent = read.boolean(QStringLiteral("consent"), Field::Consent);
    a.signatureDate = read.date(QStringLiteral("signature_date"), Field::SignatureDate);
    a.filedAt = read.timestamp(QStringLiteral("filed_at"), Field::FiledAt);

    a.status = read.code(QStringLiteral("status"), Field::None, &statusFromCode, ApplicationStatus::Queued);
    a.archiveReason = read.code(QStringLiteral("archive_reason"), Field::None, &archiveReasonFromCode,
                                ArchiveReason::None);
    a.stopListedUntil = read.date(QStringLiteral("stop_listed_until"), Field::None);
    a.batchId = read.text(QStringLiteral("batch_id"), Field::None);

    if (read.error())
        return *read.error();
    return a;
}
