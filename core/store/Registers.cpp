#include "store/Registers.h"

#include "domain/DateText.h"
#include "settings/RuleSettings.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoreRows.h"

#include <QCoreApplication>

namespace {

using namespace SqlValues;

std::optional<Issue> checkPeriod(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        return Issue::error(Field::PeriodEnd, Rule::PeriodEndBeforeStart, DateText::date(to));
    return std::nullopt;
}

// The direction of a record; a bare one with its number should it be missing.
Expected<Direction> directionOf(const QSqlDatabase &db, const QString &number)
{
    QString error;
    std::optional<Direction> direction = StoreRows::readDirection(db, number, &error);
    if (!error.isEmpty())
        return writeFailed(error);
    if (!direction) {
        Direction bare;
        bare.number = number;
        return bare;
    }
    return *direction;
}

// Records dated within the period, by date then sequence, each with its direction.
template<typename Row, typename Record>
Expected<QList<Row>> datedRows(const Database &database, const QString &selectSql, const QDate &from, const QDate &to,
                               Record (*recordFrom)(const QSqlQuery &))
{
    if (const std::optional<Issue> invalid = checkPeriod(from, to))
        return *invalid;
    const QSqlDatabase db = database.connection();
    QList<Record> records;
    {
        QSqlQuery query(db);
        query.prepare(selectSql
                      + QStringLiteral("WHERE (:from IS NULL OR date >= :from) AND (:to IS NULL OR date <= :to)"
                                       " ORDER BY date, sequence"));
        query.bindValue(QStringLiteral(":from"), date(from));
        query.bindValue(QStringLiteral(":to"), date(to));
        if (!query.exec())
            return writeFailed(query.lastError().text());
        while (query.next())
            records.append(recordFrom(query));
    }
    QList<Row> rows;
    for (Record &record : records) {
        const Expected<Direction> direction = directionOf(db, record.directionNumber);
        if (!direction)
            return direction.error();
        rows.append(Row{std::move(record), *direction});
    }
    return rows;
}

// Column headers in the UI language (texts marked with QT_TRANSLATE_NOOP for lupdate).
QStringList translated(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QCoreApplication::translate("Registers", text));
    return list;
}

QString shownDate(const QDate &date)
{
    return DateText::date(date);
}

QString shownTime(const QDateTime &at)
{
    return DateText::dateTime(at);
}

QString itemNumbers(const QList<ChecklistItem> &items)
{
    QStringList numbers;
    for (const ChecklistItem item : items)
        numbers.append(QString::number(static_cast<int>(item)));
    return numbers.join(QStringLiteral(", "));
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(const QString &text)
{
    static const QList<QChar> special = {u',', u'"', u'\r', u'\n'};
    for (const QChar c : special) {
        if (text.contains(c)) {
            QString quoted = text;
            quoted.replace(u'"', QStringLiteral("\"\""));
            return u'"' + quoted + u'"';
        }
    }
    return text;
}

} // namespace

Expected<QList<Registers::ContractRow>> Registers::contracts(const Database &database, const QDate &from, const QDate &to)
{
    return datedRows<ContractRow>(database, StoreRows::contractSelectSql(), from, to, &StoreRows::contractFrom);
}

Expected<QList<Registers::RefusalRow>> Registers::refusals(const Database &database, const QDate &from, const QDate &to)
{
    return datedRows<RefusalRow>(database, StoreRows::refusalSelectSql(), from, to, &StoreRows::refusalFrom);
}

Expected<QList<Registers::ServiceTimeRow>> Registers::serviceTimes(const Database &database, const QDate &from,
                                                                   const QDate &to)
{
    if (const std::optional<Issue> invalid = checkPeriod(from, to))
        return *invalid;
    const QSqlDatabase db = database.connection();
    QList<ServiceSession> sessions;
    {
        // The period's days in the desk's time zone: [from 00:00, the day after `to` 00:00).
        QSqlQuery query(db);
        query.prepare(StoreRows::sessionSelectSql()
                      + QStringLiteral("WHERE (:from IS NULL OR arrived_at >= :from)"
                                       " AND (:to IS NULL OR arrived_at < :to) ORDER BY arrived_at, id"));
        query.bindValue(QStringLiteral(":from"), from.isValid() ? instant(from.startOfDay()) : QVariant());
        query.bindValue(QStringLiteral(":to"), to.isValid() ? instant(to.addDays(1).startOfDay()) : QVariant());
        if (!query.exec())
            return writeFailed(query.lastError().text());
        while (query.next())
            sessions.append(StoreRows::sessionFrom(query));
    }
    QList<ServiceTimeRow> rows;
    for (ServiceSession &session : sessions) {
        const Expected<Direction> direction = directionOf(db, session.directionNumber);
        if (!direction)
            return direction.error();
        rows.append(ServiceTimeRow{std::move(session), *direction});
    }
    return rows;
}

QByteArray Registers::toCsv(const QStringList &header, const QList<QStringList> &rows)
{
    // The byte order mark makes spreadsheet programs read the file as UTF-8 (Kazakh letters).
    QByteArray csv("\xEF\xBB\xBF");
    const auto appendLine = [&csv](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(u',').toUtf8();
        csv += "\r\n";
    };
    appendLine(header);
    for (const QStringList &row : rows)
        appendLine(row);
    return csv;
}

Registers::Table Registers::contractsTable(const QList<ContractRow> &rows)
{
    Table table;
    table.header = translated({
        QT_TRANSLATE_NOOP("Registers", "Contract No."),
        QT_TRANSLATE_NOOP("Registers", "Date"),
        QT_TRANSLATE_NOOP("Registers", "Direction No."),
        QT_TRANSLATE_NOOP("Registers", "Child"),
        QT_TRANSLATE_NOOP("Registers", "Child's IIN"),
        QT_TRANSLATE_NOOP("Registers", "Group"),
        QT_TRANSLATE_NOOP("Registers", "Parent"),
        QT_TRANSLATE_NOOP("Registers", "Parent's IIN"),
        QT_TRANSLATE_NOOP("Registers", "Attends from"),
        QT_TRANSLATE_NOOP("Registers", "Documents owed"),
        QT_TRANSLATE_NOOP("Registers", "Clerk"),
        QT_TRANSLATE_NOOP("Registers", "Verification code"),
    });
    for (const ContractRow &row : rows) {
        const ContractRecord &c = row.contract;
        table.rows.append({c.number, shownDate(c.date), c.directionNumber, row.direction.child.fullName(),
                           row.direction.childIin, row.direction.groupName, c.parent.fullName(), c.parentIin,
                           shownDate(c.startsOn), itemNumbers(c.deferredItems), c.clerk, c.verificationCode});
    }
    return table;
}

Registers::Table Registers::refusalsTable(const QList<RefusalRow> &rows)
{
    Table table;
    table.header = translated({
        QT_TRANSLATE_NOOP("Registers", "Refusal No."),
        QT_TRANSLATE_NOOP("Registers", "Date"),
        QT_TRANSLATE_NOOP("Registers", "Direction No."),
        QT_TRANSLATE_NOOP("Registers", "Child"),
        QT_TRANSLATE_NOOP("Registers", "Child's IIN"),
        QT_TRANSLATE_NOOP("Registers", "Grounds"),
        QT_TRANSLATE_NOOP("Registers", "Documents missing or faulty"),
        QT_TRANSLATE_NOOP("Registers", "Reasons"),
        QT_TRANSLATE_NOOP("Registers", "Clerk"),
        QT_TRANSLATE_NOOP("Registers", "Verification code"),
    });
    for (const RefusalRow &row : rows) {
        const RefusalRecord &r = row.refusal;
        QStringList grounds;
        for (const RefusalGround ground : r.grounds)
            grounds.append(RefusalGrounds::code(ground));
        table.rows.append({r.number, shownDate(r.date), r.directionNumber, row.direction.child.fullName(),
                           row.direction.childIin, grounds.join(QStringLiteral("; ")), itemNumbers(r.faultyItems),
                           r.reasons, r.clerk, r.verificationCode});
    }
    return table;
}

Registers::Table Registers::serviceTimesTable(const QList<ServiceTimeRow> &rows, const QDateTime &now,
                                              const RuleSettings &settings)
{
    Table table;
    table.header = translated({
        QT_TRANSLATE_NOOP("Registers", "Direction No."),
        QT_TRANSLATE_NOOP("Registers", "Child"),
        QT_TRANSLATE_NOOP("Registers", "Channel"),
        QT_TRANSLATE_NOOP("Registers", "Arrived"),
        QT_TRANSLATE_NOOP("Registers", "Service started"),
        QT_TRANSLATE_NOOP("Registers", "Documents handed in"),
        QT_TRANSLATE_NOOP("Registers", "Result"),
        QT_TRANSLATE_NOOP("Registers", "Outcome"),
        QT_TRANSLATE_NOOP("Registers", "Waiting, min"),
        QT_TRANSLATE_NOOP("Registers", "Service, min"),
        QT_TRANSLATE_NOOP("Registers", "Result, min"),
        QT_TRANSLATE_NOOP("Registers", "Over the limit"),
    });
    for (const ServiceTimeRow &row : rows) {
        const ServiceSession &s = row.session;
        QStringList cells{s.directionNumber, row.direction.child.fullName(), Checklists::channelLabel(s.channel),
                          shownTime(s.arrivedAt), shownTime(s.serviceStartedAt), shownTime(s.documentsAt),
                          shownTime(s.resultAt), ServiceSessions::outcomeLabel(s.outcome)};
        // RULES 6.1: 15 / 15 / 30 minutes; a minute begun counts.
        for (const ServiceClock &clock : ServiceSessions::clocks(s, now, settings))
            cells.append(clock.isStarted() ? QString::number((clock.elapsedSeconds + 59) / 60) : QString());
        cells.append(ServiceSessions::anyExceeded(s, now, settings) ? QCoreApplication::translate("Registers", "yes")
                                                                    : QCoreApplication::translate("Registers", "no"));
        table.rows.append(cells);
    }
    return table;
}
