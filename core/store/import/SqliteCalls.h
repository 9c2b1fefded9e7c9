#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;

// The few calls of SQLite's C API the import makes on the store's own connection (the one Qt's
// QSQLITE driver opened), with errors as Issues (Rule::StoreWriteFailed).
namespace Import {

Issue writeFailed(const QString &error);
Issue sqliteFailed(sqlite3 *db);

bool execute(sqlite3 *db, const QString &sql);
// The first column of a PRAGMA's answer (fallback when it has none).
int pragmaInt(sqlite3 *db, const char *sql, int fallback);
QByteArray pragmaText(sqlite3 *db, const char *sql); // lower-cased
// Runs statements in one transaction.
Status runTransaction(sqlite3 *db, const QStringList &statements);

} // namespace Import
