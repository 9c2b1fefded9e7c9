#include "store/PrintedDocuments.h"

#include "store/CanonicalJson.h"
#include "store/CommandTypes.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace PrintedDocuments {

bool isKnownDocument(const QString &document)
{
    static const QStringList known{
        application(),
        receipt(),
        audit(),
        register_(QStringLiteral("contracts")),
        register_(QStringLiteral("refusals")),
        register_(QStringLiteral("service_times")),
        register_(QStringLiteral("complaints")),
        bulletin(QStringLiteral("freed")),
        bulletin(QStringLiteral("withdrawn")),
    };
    return known.contains(document);
}

bool isVerificationCode(const QString &code)
{
    return code.size() == 10 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
           });
}

QString bulletinCode(const QString &kindCode, const QDate &day, const QString &kindergartenId, const QStringList &placeIds)
{
    const QJsonObject bulletin{
        {QStringLiteral("bulletin"), kindCode},
        {QStringLiteral("day"), day.isValid() ? day.toString(Qt::ISODate) : QString()},
        {QStringLiteral("kindergarten_id"), kindergartenId},
        {QStringLiteral("records"), QJsonArray::fromStringList(placeIds)},
    };
    return CanonicalJson::sha256Hex(bulletin).left(10);
}

QJsonObject toJson(const PrintedDocument &printed)
{
    QJsonObject payload{
        {QStringLiteral("document"), printed.document},
        {QStringLiteral("number"), printed.number},
        {QStringLiteral("date"), printed.date.isValid() ? printed.date.toString(Qt::ISODate) : QString()},
        {QStringLiteral("verification_code"), printed.verificationCode.toLower()},
    };
    if (printed.records >= 0)
        payload.insert(QStringLiteral("records"), printed.records);
    return payload;
}

std::optional<PrintedDocument> fromJson(const QJsonObject &payload, QString *field, QString *problem)
{
    const auto fail = [&](const QString &name, const QString &why) -> std::optional<PrintedDocument> {
        if (field)
            *field = name;
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    PrintedDocument printed;
    printed.document = payload.value(QStringLiteral("document")).toString();
    if (!isKnownDocument(printed.document))
        return fail(QStringLiteral("document"), QStringLiteral("'%1' is not a document whose code is recorded this way").arg(printed.document));
    printed.number = payload.value(QStringLiteral("number")).toString().trimmed();
    if (printed.number.isEmpty() || printed.number.size() > 64)
        return fail(QStringLiteral("number"), QStringLiteral("number must be 1 to 64 characters"));
    const QString date = payload.value(QStringLiteral("date")).toString();
    printed.date = QDate::fromString(date, Qt::ISODate);
    if (!printed.date.isValid() || date.size() != 10)
        return fail(QStringLiteral("date"), QStringLiteral("date must be a day as YYYY-MM-DD"));
    printed.verificationCode = payload.value(QStringLiteral("verification_code")).toString();
    if (!isVerificationCode(printed.verificationCode))
        return fail(QStringLiteral("verification_code"), QStringLiteral("verification_code must be 10 hexadecimal digits"));
    printed.verificationCode = printed.verificationCode.toLower();
    if (const QJsonValue records = payload.value(QStringLiteral("records")); !records.isUndefined()) {
        const double count = records.toDouble(-1);
        if (!records.isDouble() || count < 0 || count > 100000000 || count != double(qint64(count)))
            return fail(QStringLiteral("records"), QStringLiteral("records must be a whole number, 0 or more"));
        printed.records = int(count);
    }
    return printed;
}

Expected<QString> enqueue(QSqlDatabase db, const PrintedDocument &printed, const QString &clerk, const QDateTime &at)
{
    return Outbox::enqueue(db, CommandTypes::recordPrintedDocument(), toJson(printed), clerk, at);
}

Status record(const std::shared_ptr<Database> &store, const PrintedDocument &printed, const QString &actor,
              const QDateTime &at)
{
    WriteTransaction transaction(store->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    const Expected<JournalEntry> entry = Journal::append(transaction.db(), Events::documentCodeIssued(),
                                                         JournalEntities::printedDocument(),
                                                         printed.verificationCode.toLower(), toJson(printed), actor, at);
    if (!entry)
        return entry.error();
    if (const Expected<QString> queued = enqueue(transaction.db(), printed, actor, at); !queued)
        return queued.error();
    return transaction.commit();
}

} // namespace PrintedDocuments
