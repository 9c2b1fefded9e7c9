#include "store/SettingsStore.h"

#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QString detail(const char *key, const QString &value)
{
    return QStringLiteral("%1 = %2").arg(QLatin1String(key), value);
}

} // namespace

SettingsStore::SettingsStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

LoadedSettings SettingsStore::load() const
{
    LoadedSettings loaded;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    for (const RuleSettings::Entry &entry : RuleSettings::entries()) {
        query.bindValue(QStringLiteral(":key"), QLatin1String(entry.key));
        if (!query.exec()) {
            loaded.issues.append(Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text()));
            return loaded;
        }
        if (!query.next())
            continue;
        const QString text = query.value(0).toString();
        bool ok = false;
        const int value = text.trimmed().toInt(&ok);
        if (!ok)
            loaded.issues.append(Issue::error(Field::None, Rule::InvalidNumber, detail(entry.key, text)));
        else if (value < entry.minimum || value > entry.maximum)
            loaded.issues.append(Issue::error(Field::None, Rule::OutOfRange, detail(entry.key, text)));
        else
            loaded.settings.*entry.member = value;
        query.finish();
    }
    return loaded;
}

Issues SettingsStore::check(const RuleSettings &settings)
{
    Issues issues;
    for (const RuleSettings::Entry &entry : RuleSettings::entries()) {
        const int value = settings.*entry.member;
        if (value < entry.minimum || value > entry.maximum)
            issues.append(Issue::error(Field::None, Rule::OutOfRange, detail(entry.key, QString::number(value))));
    }
    return issues;
}

Status SettingsStore::save(const RuleSettings &settings)
{
    const Issues issues = check(settings);
    if (!issues.isEmpty())
        return issues.first();

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    QSqlDatabase &db = transaction.db();

    const RuleSettings defaults;
    {
        QSqlQuery write(db);
        write.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"));
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM settings WHERE key = :key"));
        for (const RuleSettings::Entry &entry : RuleSettings::entries()) {
            const int value = settings.*entry.member;
            QSqlQuery &query = value == defaults.*entry.member ? remove : write;
            query.bindValue(QStringLiteral(":key"), QLatin1String(entry.key));
            if (&query == &write)
                query.bindValue(QStringLiteral(":value"), QString::number(value));
            if (!query.exec())
                return WriteTransaction::failed(query.lastError().text()); // the guard rolls back
        }
    }
    return transaction.commit();
}
