#pragma once

#include "store/ServerDb.h"

// The server store's tables (docs/server.md, "The store"), created and migrated in order, each
// migration in its own write transaction; a store written by a newer server is refused.
namespace ServerSchema {

int currentVersion();
// 0 for an empty store.
ServerResult<int> version(ServerDb &db);
// Creates or migrates the store. Error "store_too_new" when the store is newer than this program.
ServerStatus migrate(ServerDb &db);
// Refuses to serve a store that is not at this program's version ("store_not_initialised",
// "store_too_new", "store_needs_migration": run `qabyldau-server init`).
ServerStatus checkServable(ServerDb &db);
// The store's epoch: a random id made by init, changed when the store is restored from a backup;
// every changes cursor carries it (docs/api.md).
ServerResult<QString> epoch(ServerDb &db);

ServerResult<QString> metaValue(ServerDb &db, const QString &key);
ServerStatus setMetaValue(ServerDb &db, const QString &key, const QString &value);

} // namespace ServerSchema
