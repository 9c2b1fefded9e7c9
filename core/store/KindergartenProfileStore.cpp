#include "store/KindergartenProfileStore.h"

#include "store/CanonicalJson.h"
#include "store/Database.h"
#include "store/Events.h"
#include "store/Journal.h"
#include "store/SqlValues.h"

#include <QJsonDocument>

namespace {

QString profileKey()
{
    return QStringLiteral("kindergarten_profile");
}

QString templatesFolderKey()
{
    return QStringLiteral("templates_folder");
}

QString readSetting(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status writeSetting(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = :key"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.bindValue(QStringLiteral(":value"), value);
    }
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec())
        return SqlValues::writeFailed(query.lastError().text());
    return {};
}

} // namespace

KindergartenProfileStore::KindergartenProfileStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

KindergartenProfile KindergartenProfileStore::load() const
{
    const QString text = readSetting(m_database->connection(), profileKey());
    if (text.isEmpty())
        return KindergartenProfile{};
    return KindergartenProfile::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

Status KindergartenProfileStore::save(const KindergartenProfile &profile, const QString &clerk, const QDateTime &at)
{
    for (const Issue &issue : profile.validate())
        if (issue.isError())
            return issue;

    const QJsonObject json = profile.toJson();
    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun;
    if (const Status written = writeSetting(transaction.db(), profileKey(), QString::fromUtf8(CanonicalJson::encode(json)));
        !written)
        return written;
    // The journal keeps a fingerprint: what the contracts of a day were printed with can be told.
    const QJsonObject payload{
        {QStringLiteral("profile_sha256"), CanonicalJson::sha256Hex(json)},
        {QStringLiteral("contract_number_format"), profile.contractNumberFormat},
    };
    const Expected<JournalEntry> entry =
        Journal::append(transaction.db(), Events::kindergartenProfileSaved(),
                        JournalEntities::kindergartenProfile(), profile.id, payload, clerk, at);
    if (!entry)
        return entry.error();
    return transaction.commit();
}

QString KindergartenProfileStore::templatesFolder() const
{
    return readSetting(m_database->connection(), templatesFolderKey());
}

Status KindergartenProfileStore::setTemplatesFolder(const QString &folder)
{
    QSqlDatabase db = m_database->connection();
    return writeSetting(db, templatesFolderKey(), folder.trimmed());
}
