#include "store/ApplicationNumbers.h"

#include "domain/ApplicationNumber.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

} // namespace

Expected<int> ApplicationNumberStore::deskNumber(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'desk_number'")))
        return writeFailed(query.lastError().text());
    if (!query.next())
        return 0;
    bool ok = false;
    const int number = query.value(0).toString().toInt(&ok);
    return ok && number >= 0 ? number : 0;
}

Status ApplicationNumberStore::setDeskNumber(QSqlDatabase db, int number)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('desk_number', :value)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":value"), QString::number(number));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return {};
}

Expected<QString> ApplicationNumberStore::next(QSqlDatabase db, int year)
{
    const Expected<int> desk = deskNumber(db);
    if (!desk)
        return desk.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO application_numbers (year, last) VALUES (:year, 1)"
                                 " ON CONFLICT (year) DO UPDATE SET last = last + 1"));
    query.bindValue(QStringLiteral(":year"), year);
    if (!query.exec())
        return writeFailed(query.lastError().text());
    query.finish();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT last FROM application_numbers WHERE year = :year"));
    read.bindValue(QStringLiteral(":year"), year);
    if (!read.exec() || !read.next())
        return writeFailed(read.lastError().text());
    const ApplicationNumber number{year, *desk, read.value(0).toLongLong()};
    if (!number.isValid())
        return writeFailed(QStringLiteral("no application number for year %1").arg(year));
    return number.toString();
}
