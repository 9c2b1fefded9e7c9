#include "store/KindergartenStore.h"

#include "store/SqlText.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

Kindergarten trimmed(const Kindergarten &k)
{
    return Kindergarten{k.id.trimmed(), k.nameKk.trimmed(), k.nameRu.trimmed(),
                        k.settlement.trimmed(), k.address.trimmed()};
}

} // namespace

QString Kindergarten::name(QLocale::Language language) const
{
    if (language == QLocale::Russian)
        return nameRu.isEmpty() ? nameKk : nameRu;
    return nameKk.isEmpty() ? nameRu : nameKk;
}

KindergartenStore::KindergartenStore(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Expected<QList<Kindergarten>> KindergartenStore::list() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT id, name_kk, name_ru, settlement, address"
                                   " FROM kindergartens ORDER BY id")))
        return writeFailed(query.lastError().text());
    QList<Kindergarten> result;
    while (query.next())
        result.append(Kindergarten{query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toString(),
                                   query.value(4).toString()});
    return result;
}

std::optional<Kindergarten> KindergartenStore::find(const QString &id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, name_kk, name_ru, settlement, address"
                                 " FROM kindergartens WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sqlText(id.trimmed()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Kindergarten{query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString()};
}

Status KindergartenStore::write(QSqlDatabase &db, const Kindergarten &kindergarten)
{
    const Kindergarten k = trimmed(kindergarten);
    if (k.id.isEmpty())
        return Issue::error(Field::None, Rule::Required, QStringLiteral("id"));
    if (k.nameKk.isEmpty() && k.nameRu.isEmpty())
        return Issue::error(Field::None, Rule::Required, QStringLiteral("name"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO kindergartens (id, name_kk, name_ru, settlement, address)"
        " VALUES (:id, :name_kk, :name_ru, :settlement, :address)"
        " ON CONFLICT (id) DO UPDATE SET name_kk = excluded.name_kk, name_ru = excluded.name_ru,"
        " settlement = excluded.settlement, address = excluded.address"));
    query.bindValue(QStringLiteral(":id"), sqlText(k.id));
    query.bindValue(QStringLiteral(":name_kk"), sqlText(k.nameKk));
    query.bindValue(QStringLiteral(":name_ru"), sqlText(k.nameRu));
    query.bindValue(QStringLiteral(":settlement"), sqlText(k.settlement));
    query.bindValue(QStringLiteral(":address"), sqlText(k.address));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return {};
}

Status KindergartenStore::upsert(const Kindergarten &kindergarten)
{
    QSqlDatabase db = m_database->connection();
    return write(db, kindergarten);
}

Status KindergartenStore::remove(const QString &id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM kindergartens WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), sqlText(id.trimmed()));
    if (!query.exec())
        return writeFailed(query.lastError().text());
    return {};
}

Expected<int> KindergartenStore::importJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return Issue::error(Field::ImportFile, Rule::ImportNotJsonArray);

    QList<Kindergarten> records;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString position = QString::number(i + 1);
        if (!array.at(i).isObject())
            return Issue::error(Field::ImportFile, Rule::ImportRecordNotObject, position);
        const QJsonObject object = array.at(i).toObject();
        const Kindergarten k = trimmed(Kindergarten{
            object.value(QLatin1String("id")).toString(),
            object.value(QLatin1String("name_kk")).toString(),
            object.value(QLatin1String("name_ru")).toString(),
            object.value(QLatin1String("settlement")).toString(),
            object.value(QLatin1String("address")).toString()});
        if (k.id.isEmpty())
            return Issue::error(Field::ImportFile, Rule::Required, position + QStringLiteral(": id"));
        if (k.nameKk.isEmpty() && k.nameRu.isEmpty())
            return Issue::error(Field::ImportFile, Rule::Required,
                                position + QStringLiteral(": name_kk / name_ru"));
        records.append(k);
    }

    WriteTransaction transaction(m_database->connection());
    if (const Status begun = transaction.begin(); !begun)
        return begun.error();
    for (const Kindergarten &k : std::as_const(records)) {
        if (const Status status = write(transaction.db(), k); !status)
            return status.error();
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(records.size());
}
