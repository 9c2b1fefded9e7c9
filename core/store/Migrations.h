#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One step of the local store's schema (DESIGN 4). Migration n (1-based position in the list)
// takes the store from schema version n-1 to n; Database runs it in its own transaction and
// bumps `meta.schema_version` in the same transaction. Statements are fixed SQL: never built
// from values.
struct Migration
{
    QString description;
    QStringList statements;
};

namespace Migrations {

// Every migration the program knows, in order. Append only: a released migration never changes.
const QList<Migration> &all();

// The CREATE INDEX statements of the secondary indexes of `applications` at the latest schema,
// the same text the migrations run (Database::open re-creates any that is missing).
QStringList applicationIndexes();
// Those of them ApplicationImport drops and rebuilds around a bulk load (all but the partial
// index of rows pending a name search block, which an import leaves empty).
QStringList bulkLoadIndexes();
// The indexes of `applications` that are constraints, not speed: never dropped by the bulk paths
// (the import, a first sync), so neither among the above. Issue 13 item 1: the unique index of
// application numbers (all but desk 000's, docs/sync.md "Application numbers").
QStringList applicationConstraintIndexes();

} // namespace Migrations
