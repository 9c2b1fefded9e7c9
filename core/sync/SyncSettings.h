#pragma once

#include "domain/Expected.h"

#include <QString>
#include <QUrl>

#include <memory>

class Database;

// Where the desk syncs to (Settings -> Connection, qabyldau-cli sync): the server's address is
// kept in the store (sync_state, key server_url); the desk token in a file beside the store,
// `<store>.token`, readable and writable by its owner only (0600), so that a copy of the store
// handed to an inspector does not carry the token.
struct SyncConnection
{
    QUrl server;
    QString token;

    bool isComplete() const { return server.isValid() && !server.isEmpty() && !token.isEmpty(); }
};

namespace SyncSettings {

QString tokenPath(const QString &storePath);

// What is saved; an empty server or token when none. Errors: Rule::StoreCannotOpen.
Expected<SyncConnection> load(const std::shared_ptr<Database> &database);
// Saves both; the token file is written owner-only (and removed when the token is empty).
// Errors: Rule::StoreWriteFailed (the store or the token file).
Status save(const std::shared_ptr<Database> &database, const SyncConnection &connection);

} // namespace SyncSettings
