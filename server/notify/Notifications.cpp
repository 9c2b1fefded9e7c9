#include "notify/Notifications.h"

#include "domain/Direction.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationJson.h"
#include "store/ServerCalendar.h"
#include "sync/DirectionCommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace Notifications {

namespace {

// One event's text in one language: {name} the child's first name, {number} the direction's or
// registration's number, {org} the kindergarten, {until} a date, {contract} the contract number.
struct Text
{
    QString subject;
    QString body;
};

struct EventTexts
{
    Text kk;
    Text ru;
};

// The words of every message, as data (RULES 8): a parent reads them on a phone, so they are short,
// name the child by the first name only and give the numbers and dates the parent acts on.
EventTexts textsFor(Event event, bool stopListed, bool validUntilKnown)
{
    switch (event) {
    case Event::Registered:
        return {{QStringLiteral("Өтініш тіркелді"),
                 QStringLiteral("{name} есімді баланы балабақшаға кезекке қою туралы өтінішіңіз тіркелді. Тіркеу нөмірі: {number}. "
                                "Кезектілік нөміріңізді балабақшадан білуге болады.")},
                {QStringLiteral("Заявление зарегистрировано"),
                 QStringLiteral("Ваше заявление о постановке ребёнка {name} в очередь в детский сад зарегистрировано. "
                                "Регистрационный номер: {number}. Номер очередности можно узнать в детском саду.")}};
    case Event::DirectionIssued:
        if (validUntilKnown)
            return {{QStringLiteral("Балабақшаға жолдама берілді"),
                     QStringLiteral("{name} есімді балаға балабақшаға № {number} жолдама берілді. Балабақша: {org}. Жолдама {until} "
                                    "күнін қоса алғанда жарамды: осы мерзімде құжаттарыңызбен балабақшаға келіңіз.")},
                    {QStringLiteral("Выдано направление в детский сад"),
                     QStringLiteral("Ребёнку {name} выдано направление № {number} в детский сад. Детский сад: {org}. Направление действительно "
                                    "по {until} включительно: обратитесь в детский сад с документами в этот срок.")}};
        return {{QStringLiteral("Балабақшаға жолдама берілді"),
                 QStringLiteral("{name} есімді балаға балабақшаға № {number} жолдама берілді. Балабақша: {org}. Жолдама 5 жұмыс күні "
                                "ішінде жарамды: осы мерзімде құжаттарыңызбен балабақшаға келіңіз.")},
                {QStringLiteral("Выдано направление в детский сад"),
                 QStringLiteral("Ребёнку {name} выдано направление № {number} в детский сад. Детский сад: {org}. Направление действительно "
                                "5 рабочих дней: обратитесь в детский сад с документами в этот срок.")}};
    case Event::DirectionExpired:
        return {{QStringLiteral("Жолдаманың мерзімі өтті"),
                 QStringLiteral("{name} есімді балаға берілген № {number} жолдаманың мерзімі өтті. Өтініш {until} дейін тоқтату "
                                "парағында болады, содан кейін кезекке қайта оралады.")},
                {QStringLiteral("Срок направления истёк"),
                 QStringLiteral("Срок направления № {number} для ребёнка {name} истёк. Заявление находится в стоп-листе до {until}, "
                                "затем вернётся в очередь.")}};
    case Event::DirectionCancelled:
        return {{QStringLiteral("Жолдаманың күші жойылды"),
                 QStringLiteral("{name} есімді балаға берілген № {number} жолдаманың күші жойылды: кезектен тыс алу құқығы "
                                "белгіленген мерзімде расталмады. Өтініш {until} дейін тоқтату парағында болады.")},
                {QStringLiteral("Направление аннулировано"),
                 QStringLiteral("Направление № {number} для ребёнка {name} аннулировано: право на внеочередное получение места "
                                "не подтверждено в срок. Заявление находится в стоп-листе до {until}.")}};
    case Event::Requeued:
        return {{QStringLiteral("Өтініш кезекке қайтарылды"),
                 QStringLiteral("{name} есімді баланың өтініші бастапқы берілген уақытымен кезекке қайта оралды.")},
                {QStringLiteral("Заявление возвращено в очередь"),
                 QStringLiteral("Заявление ребёнка {name} возвращено в очередь с прежним временем подачи.")}};
    case Event::Enrolled:
        return {{QStringLiteral("Бала балабақшаға қабылданды"),
                 QStringLiteral("{name} есімді бала балабақшаға қабылданды, шарт № {contract}. Балабақша: {org}. Өтініш кезектен шығарылды.")},
                {QStringLiteral("Ребёнок принят в детский сад"),
                 QStringLiteral("Ребёнок {name} принят в детский сад, договор № {contract}. Детский сад: {org}. Заявление снято с очереди.")}};
    case Event::Refused:
        if (stopListed)
            return {{QStringLiteral("Балабақшаға қабылдаудан бас тартылды"),
                     QStringLiteral("№ {number} жолдама бойынша {name} есімді баланы балабақшаға қабылдаудан бас тартылды. Балабақша: {org}. "
                                    "Өтініш {until} дейін тоқтату парағында болады.")},
                    {QStringLiteral("Отказ в приёме в детский сад"),
                     QStringLiteral("В приёме ребёнка {name} в детский сад по направлению № {number} отказано. Детский сад: {org}. "
                                    "Заявление находится в стоп-листе до {until}.")}};
        return {{QStringLiteral("Балабақшаға қабылдаудан бас тартылды"),
                 QStringLiteral("№ {number} жолдама бойынша {name} есімді баланы балабақшаға қабылдаудан бас тартылды. Балабақша: {org}. "
                                "Өтініш бастапқы берілген уақытымен кезекке қайтарылды.")},
                {QStringLiteral("Отказ в приёме в детский сад"),
                 QStringLiteral("В приёме ребёнка {name} в детский сад по направлению № {number} отказано. Детский сад: {org}. "
                                "Заявление возвращено в очередь с прежним временем подачи.")}};
    }
    return {};
}

QString fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

const QString selectColumns = QStringLiteral(
    "SELECT id, application_id, event, language, channel, recipient, subject, body, state, attempts, next_attempt_at, "
    "last_error, created_at, sent_at FROM notifications ");

Message readMessage(const QSqlQuery &row)
{
    Message m;
    m.id = row.value(0).toLongLong();
    m.applicationId = row.value(1).toString();
    m.event = row.value(2).toString();
    m.language = row.value(3).toString();
    m.channel = row.value(4).toString();
    m.recipient = row.value(5).toString();
    m.subject = row.value(6).toString();
    m.body = row.value(7).toString();
    m.state = row.value(8).toString();
    m.attempts = row.value(9).toInt();
    m.nextAttemptAt = row.value(10).toLongLong();
    m.lastError = row.value(11).toString();
    m.createdAt = row.value(12).toLongLong();
    m.sentAt = row.value(13).toLongLong();
    return m;
}

} // namespace

QString eventCode(Event event)
{
    switch (event) {
    case Event::Registered: return QStringLiteral("registered");
    case Event::DirectionIssued: return QStringLiteral("direction_issued");
    case Event::DirectionExpired: return QStringLiteral("direction_expired");
    case Event::DirectionCancelled: return QStringLiteral("direction_cancelled");
    case Event::Requeued: return QStringLiteral("requeued");
    case Event::Enrolled: return QStringLiteral("enrolled");
    case Event::Refused: return QStringLiteral("refused");
    }
    return {};
}

ServerStatus enqueue(ServerDb &db, const QString &applicationId, Event event, const QJsonObject &extra, const QDateTime &now)
{
    ServerResult<QSqlQuery *> rows =
        db.exec(QStringLiteral("SELECT data, registration_sequence FROM applications WHERE id = ?"), {applicationId});
    if (!rows)
        return rows.error();
    if (!rows.value()->next())
        return {}; // nothing to tell anyone
    const qint64 registrationNumber = rows.value()->value(1).toLongLong();
    Expected<Application> parsed = ApplicationJson::fromJson(QJsonDocument::fromJson(rows.value()->value(0).toString().toUtf8()).object());
    if (!parsed)
        return ServerDb::storeError(QStringLiteral("stored application unreadable"), parsed.error().message());
    return enqueue(db, parsed.value(), registrationNumber, event, extra, now);
}

ServerStatus enqueue(ServerDb &db, const Application &application, qint64 registrationNumber, Event event,
                     const QJsonObject &extra, const QDateTime &now)
{
    // RULES 3.1: at most two numbers; a third, if an old record has one, is not written to.
    const QStringList phones = application.phones.mid(0, 2);
    const QString email = application.email.trimmed();
    if (phones.isEmpty() && email.isEmpty())
        return {};

    QHash<QString, QString> values{{QStringLiteral("name"), application.child.name},
                                   {QStringLiteral("number"), QString::number(registrationNumber)},
                                   {QStringLiteral("contract"), extra.value(QStringLiteral("contract_number")).toString()},
                                   {QStringLiteral("until"), dateText(application.stopListedUntil)}};
    bool validUntilKnown = false;
    QString orgKk, orgRu;
    const QString directionNumber = extra.value(QStringLiteral("direction_number")).toString();
    if (!directionNumber.isEmpty()) {
        values.insert(QStringLiteral("number"), directionNumber);
        ServerResult<std::optional<DirectionCommands::StoredDirection>> found = DirectionCommands::find(db, directionNumber);
        if (!found)
            return found.error();
        if (found.value()) {
            const DirectionCommands::StoredDirection &stored = *found.value();
            ServerResult<QSqlQuery *> org = db.exec(QStringLiteral("SELECT name_kk, name_ru FROM orgs WHERE id = ?"), {stored.orgId});
            if (!org)
                return org.error();
            if (org.value()->next()) {
                orgKk = org.value()->value(0).toString();
                orgRu = org.value()->value(1).toString();
            }
            if (event == Event::DirectionIssued) {
                // RULES 5: 5 working days from the issue (or from freeing, early booking); a year the
                // calendar does not know leaves the plain "5 working days".
                ServerResult<WorkCalendar> calendar = ServerCalendar::load(db);
                if (calendar) {
                    const Expected<DirectionValidity> validity =
                        Directions::validity(stored.direction, now.toLocalTime().date(), calendar.value(), RuleSettings());
                    if (validity && validity->validUntil.isValid()) {
                        values.insert(QStringLiteral("until"), dateText(validity->validUntil));
                        validUntilKnown = true;
                    }
                }
            }
        }
    }

    const bool stopListed = application.status == ApplicationStatus::StopListed;
    const EventTexts texts = textsFor(event, stopListed, validUntilKnown);
    QHash<QString, QString> kkValues = values, ruValues = values;
    kkValues.insert(QStringLiteral("org"), orgKk.isEmpty() ? orgRu : orgKk);
    ruValues.insert(QStringLiteral("org"), orgRu.isEmpty() ? orgKk : orgRu);
    const Text kk{fill(texts.kk.subject, kkValues), fill(texts.kk.body, kkValues)};
    const Text ru{fill(texts.ru.subject, ruValues), fill(texts.ru.body, ruValues)};
    QString language, subject, body;
    switch (application.language) {
    case TeachingLanguage::Kazakh:
        language = QStringLiteral("kk");
        subject = kk.subject;
        body = kk.body;
        break;
    case TeachingLanguage::Russian:
        language = QStringLiteral("ru");
        subject = ru.subject;
        body = ru.body;
        break;
    default: // any or another language: both, Kazakh first (the state language)
        language = QStringLiteral("kk+ru");
        subject = kk.subject + QStringLiteral(" / ") + ru.subject;
        body = kk.body + QStringLiteral("\n\n") + ru.body;
        break;
    }

    const qint64 at = now.toMSecsSinceEpoch();
    const auto insert = [&](const QString &channel, const QString &recipient) {
        return db.run(QStringLiteral("INSERT INTO notifications (application_id, event, language, channel, recipient, subject, "
                                     "body, state, attempts, next_attempt_at, last_error, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, '', ?)"),
                      {application.id, eventCode(event), language, channel, recipient, subject, body, at, at});
    };
    if (!email.isEmpty())
        if (ServerStatus done = insert(QStringLiteral("email"), email); !done)
            return done;
    for (const QString &phone : phones)
        if (ServerStatus done = insert(QStringLiteral("sms"), phone.trimmed()); !done)
            return done;
    return {};
}

ServerResult<QList<Message>> list(ServerDb &db, const QString &applicationId, const QString &state)
{
    ServerResult<QSqlQuery *> rows = db.exec(selectColumns + QStringLiteral("WHERE (? = '' OR application_id = ?) AND (? = '' OR state = ?) "
                                                                            "ORDER BY id"),
                                             {applicationId, applicationId, state, state});
    if (!rows)
        return rows.error();
    QList<Message> messages;
    while (rows.value()->next())
        messages.append(readMessage(*rows.value()));
    return messages;
}

namespace {

QJsonObject toDeskJson(const Message &m)
{
    const auto at = [](qint64 ms) -> QJsonValue {
        return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("event"), m.event},
                       {QStringLiteral("channel"), m.channel},
                       {QStringLiteral("recipient"), m.recipient},
                       {QStringLiteral("language"), m.language},
                       {QStringLiteral("state"), m.state},
                       {QStringLiteral("attempts"), m.attempts},
                       {QStringLiteral("created_at"), at(m.createdAt)},
                       {QStringLiteral("sent_at"), m.state == QStringLiteral("sent") ? at(m.sentAt) : QJsonValue()},
                       {QStringLiteral("next_attempt_at"), m.state == QStringLiteral("pending") ? at(m.nextAttemptAt) : QJsonValue()},
                       {QStringLiteral("last_error"), m.lastError}};
}

} // namespace

ServerResult<std::optional<QJsonObject>> forDesk(ServerDb &db, const QString &applicationId, const QString &orgId)
{
    // Seven stages, two channels, two numbers: a real application has a few dozen at most.
    constexpr int listedLimit = 200;
    ServerResult<QSqlQuery *> owned =
        db.exec(QStringLiteral("SELECT 1 FROM applications WHERE id = ? AND org_id = ?"), {applicationId, orgId});
    if (!owned)
        return owned.error();
    if (!owned.value()->next())
        return std::optional<QJsonObject>();
    db.finishStatements();
    ServerResult<QSqlQuery *> rows =
        db.exec(selectColumns + QStringLiteral("WHERE application_id = ? ORDER BY id LIMIT ?"), {applicationId, listedLimit});
    if (!rows)
        return rows.error();
    QJsonArray messages;
    while (rows.value()->next())
        messages.append(toDeskJson(readMessage(*rows.value())));
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("application_id"), applicationId},
                                                  {QStringLiteral("listed_limit"), listedLimit},
                                                  {QStringLiteral("messages"), messages}});
}

ServerResult<QList<Message>> claimDue(ServerDb &db, const QStringList &channels, qint64 now, qint64 leaseMs, int limit)
{
    ServerResult<QSqlQuery *> rows = db.exec(selectColumns + QStringLiteral("WHERE state = 'pending' AND next_attempt_at <= ? "
                                                                            "ORDER BY next_attempt_at, id LIMIT ?"),
                                             {now, limit * 4});
    if (!rows)
        return rows.error();
    QList<Message> due;
    while (rows.value()->next() && due.size() < limit) {
        Message message = readMessage(*rows.value());
        if (channels.contains(message.channel))
            due.append(message);
    }
    db.finishStatements();
    for (Message &message : due) {
        message.attempts += 1;
        message.nextAttemptAt = now + leaseMs;
        if (ServerStatus done = db.run(QStringLiteral("UPDATE notifications SET attempts = ?, next_attempt_at = ? WHERE id = ?"),
                                       {message.attempts, message.nextAttemptAt, message.id});
            !done)
            return done.error();
    }
    return due;
}

ServerStatus markSent(ServerDb &db, qint64 id, qint64 now)
{
    return db.run(QStringLiteral("UPDATE notifications SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?"), {now, id});
}

qint64 backoffMs(int attempts, qint64 baseMs)
{
    const qint64 cap = 60LL * 60 * 1000;
    qint64 delay = std::max<qint64>(baseMs, 1);
    for (int i = 1; i < attempts && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

ServerStatus markAttemptFailed(ServerDb &db, const Message &message, const QString &error, qint64 now, int maxAttempts,
                               qint64 retryBaseMs)
{
    const bool giveUp = message.attempts >= maxAttempts;
    return db.run(QStringLiteral("UPDATE notifications SET state = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"),
                  {giveUp ? QStringLiteral("failed") : QStringLiteral("pending"), now + backoffMs(message.attempts, retryBaseMs),
                   error.left(500), message.id});
}

} // namespace Notifications
