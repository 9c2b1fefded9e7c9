#include "store/ServerSchema.h"

#include <QStringList>
#include <QUuid>

#include <functional>

namespace {

// Migration 4: a partition's current rows in (entity, id) order, straight from the change log
// (GET /api/v1/partition, store/PartitionRead.cpp): per (partition, entity, id) its versions in
// seq order, so a page is one index range and "is there a later version" one probe, whatever the
// partition's size. Kept apart from the list: it is meant to be the last entry, after migration
// 3 (the commands' tables); IF NOT EXISTS keeps it harmless if it ever runs twice.
QStringList partitionRowsIndex(const ServerDb &)
{
    return QStringList{
        QStringLiteral("CREATE INDEX IF NOT EXISTS changes_partition_rows ON changes (partition_key, entity, entity_id, seq)"),
    };
}

// Each migration: the statements that take the store from version i to i + 1.
QList<std::function<QStringList(const ServerDb &)>> migrations()
{
    return {
        [](const ServerDb &db) {
            const QString serial = db.autoIncrementPrimaryKey();
            const QString bytes = db.bytesType();
            return QStringList{
                QStringLiteral("CREATE TABLE orgs (id TEXT PRIMARY KEY, name_kk TEXT NOT NULL, name_ru TEXT NOT NULL, "
                               "bin TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL)"),
                // A desk: its token's SHA-256 only; last_seq = the last desk_seq with an outcome;
                // head_seq/head_at = the outbox head the desk last told us and when (filing times).
                QStringLiteral("CREATE TABLE desks (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id), "
                               "label TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, "
                               "revoked_at BIGINT, last_seq BIGINT NOT NULL DEFAULT 0, head_seq BIGINT NOT NULL DEFAULT 0, "
                               "head_at BIGINT NOT NULL DEFAULT 0, last_created_at BIGINT NOT NULL DEFAULT 0)"),
                // The authoritative queue. org_id: the kindergarten that registered it (its desks see
                // the whole record); empty for an application moved in from the old system.
                QStringLiteral("CREATE TABLE applications (id TEXT PRIMARY KEY, org_id TEXT NOT NULL DEFAULT '', "
                               "registration_sequence BIGINT NOT NULL UNIQUE, child_iin TEXT NOT NULL, "
                               "birth_year INTEGER NOT NULL, right_code TEXT NOT NULL, filed_at BIGINT NOT NULL, "
                               "status TEXT NOT NULL, archive_reason TEXT NOT NULL DEFAULT 'none', "
                               "version BIGINT NOT NULL, data TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
                // RULES 3.3: a birth year pages by index in filing order.
                QStringLiteral("CREATE INDEX applications_order ON applications (birth_year, right_code, filed_at, registration_sequence)"),
                // RULES 3.2: one active application per child in the region.
                QStringLiteral("CREATE UNIQUE INDEX applications_active_child ON applications (child_iin) WHERE status <> 'archived'"),
                // Exactly once (docs/design.md): a command's outcome, written with its effects.
                QStringLiteral("CREATE TABLE applied_commands (desk_id TEXT NOT NULL REFERENCES desks(id), desk_seq BIGINT NOT NULL, "
                               "command_id TEXT NOT NULL, command_type TEXT NOT NULL, payload_hash TEXT NOT NULL, "
                               "created_at BIGINT NOT NULL, outcome TEXT NOT NULL, applied_at BIGINT NOT NULL, "
                               "PRIMARY KEY (desk_id, desk_seq))"),
                QStringLiteral("CREATE INDEX applied_commands_id ON applied_commands (command_id)"),
                // The change log: one row per visible version of a record. scope '' = every desk
                // (the anonymous queue, the kindergartens); otherwise the one kindergarten whose
                // desks may see it. part_count/part_checksum: the partition after this change.
                QStringLiteral("CREATE TABLE changes (seq %1, scope TEXT NOT NULL, partition_key TEXT NOT NULL, "
                               "entity TEXT NOT NULL, entity_id TEXT NOT NULL, version BIGINT NOT NULL, "
                               "deleted INTEGER NOT NULL DEFAULT 0, payload %2 NOT NULL, "
                               "part_count BIGINT NOT NULL, part_checksum BIGINT NOT NULL, committed_at BIGINT NOT NULL)").arg(serial, bytes),
                QStringLiteral("CREATE INDEX changes_scope ON changes (scope, seq)"),
                QStringLiteral("CREATE TABLE partitions (partition_key TEXT PRIMARY KEY, scope TEXT NOT NULL, "
                               "row_count BIGINT NOT NULL, checksum BIGINT NOT NULL)"),
                // RULES def. 2: the hash-chained journal.
                QStringLiteral("CREATE TABLE journal (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                               "event TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL, "
                               "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            };
        },
        // 2: directions (RULES 5), imported until distribution issues them; each seen whole by
        // the desks of the kindergarten it is for.
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("CREATE TABLE directions (number TEXT PRIMARY KEY, application_id TEXT NOT NULL REFERENCES applications(id), "
                               "org_id TEXT NOT NULL REFERENCES orgs(id), status TEXT NOT NULL, version BIGINT NOT NULL, "
                               "data TEXT NOT NULL, issued_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX directions_org ON directions (org_id)"),
                QStringLiteral("CREATE INDEX directions_application ON directions (application_id)"),
            };
        },
        // 3: what the desks record of the service (RULES 6, 7): contracts and refusals, one per
        // direction they close (data: the desk's record whole, with its verification code), the
        // stages of each service session (RULES 6.5), and each kindergarten's complaints register.
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("CREATE TABLE contracts (direction_number TEXT PRIMARY KEY REFERENCES directions(number), "
                               "org_id TEXT NOT NULL REFERENCES orgs(id), number TEXT NOT NULL, date TEXT NOT NULL, "
                               "application_id TEXT NOT NULL, verification_code TEXT NOT NULL, data TEXT NOT NULL, "
                               "recorded_at BIGINT NOT NULL, desk_id TEXT NOT NULL, command_id TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX contracts_org ON contracts (org_id, number)"),
                QStringLiteral("CREATE TABLE refusals (direction_number TEXT PRIMARY KEY REFERENCES directions(number), "
                               "org_id TEXT NOT NULL REFERENCES orgs(id), number TEXT NOT NULL, date TEXT NOT NULL, "
                               "application_id TEXT NOT NULL, grounds TEXT NOT NULL, verification_code TEXT NOT NULL, "
                               "data TEXT NOT NULL, recorded_at BIGINT NOT NULL, desk_id TEXT NOT NULL, command_id TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX refusals_org ON refusals (org_id, number)"),
                QStringLiteral("CREATE TABLE service_stages (session_id TEXT NOT NULL, stage TEXT NOT NULL, "
                               "direction_number TEXT NOT NULL REFERENCES directions(number), org_id TEXT NOT NULL REFERENCES orgs(id), "
                               "channel TEXT NOT NULL, at BIGINT NOT NULL, clerk TEXT NOT NULL, desk_id TEXT NOT NULL, "
                               "command_id TEXT NOT NULL, PRIMARY KEY (session_id, stage))"),
                QStringLiteral("CREATE INDEX service_stages_direction ON service_stages (direction_number)"),
                QStringLiteral("CREATE TABLE complaints (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id), "
                               "number TEXT NOT NULL, received_on TEXT NOT NULL, status TEXT NOT NULL, version BIGINT NOT NULL, "
                               "data TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX complaints_org ON complaints (org_id, received_on)"),
            };
        },
        // 4: one partition's current rows for GET /api/v1/partition.
        partitionRowsIndex,
        // 5: free places (RULES 2.3, 4.1), data = PlaceJson whole. published_at / withdrawn_at
        // (server time, ms) are the two daily bulletins' order (RULES 2.4, 2.9) and the order of
        // distribution; the partial index keeps the open places in that order for distribution.
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("CREATE TABLE places (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id), "
                               "status TEXT NOT NULL, published_at BIGINT NOT NULL, withdrawn_at BIGINT, "
                               "freed_on TEXT NOT NULL DEFAULT '', direction_number TEXT NOT NULL DEFAULT '', "
                               "version BIGINT NOT NULL, data TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE INDEX places_published ON places (published_at, id)"),
                QStringLiteral("CREATE INDEX places_withdrawn ON places (withdrawn_at, id) WHERE withdrawn_at IS NOT NULL"),
                QStringLiteral("CREATE INDEX places_open ON places (published_at, id) WHERE status = 'open'"),
                QStringLiteral("CREATE INDEX places_org ON places (org_id, status)"),
                QStringLiteral("CREATE INDEX places_direction ON places (direction_number) WHERE direction_number <> ''"),
            };
        },
        // 6: why each direction distribution issued went where it went (issue 12 item 3): the
        // winner's position and the counts per reason (counts: JSON object), and the first of
        // those passed over, one row each, so that `explain --child` finds a child's directions.
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("CREATE TABLE direction_explanations (direction_number TEXT PRIMARY KEY REFERENCES directions(number), "
                               "place_id TEXT NOT NULL, application_id TEXT NOT NULL, position INTEGER NOT NULL, "
                               "counts TEXT NOT NULL, listed INTEGER NOT NULL, decided_at BIGINT NOT NULL)"),
                QStringLiteral("CREATE TABLE passed_over (application_id TEXT NOT NULL, direction_number TEXT NOT NULL, "
                               "rank INTEGER NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (application_id, direction_number))"),
                QStringLiteral("CREATE INDEX passed_over_direction ON passed_over (direction_number, rank)"),
            };
        },
        // 7: GET /api/v1/verify/CODE finds a contract or a refusal by its verification code.
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("CREATE INDEX contracts_code ON contracts (verification_code)"),
                QStringLiteral("CREATE INDEX refusals_code ON refusals (verification_code)"),
            };
        },
        // 8: the outbox to parents (issue 12 item 5, server/notify/Notifications.h): one row per
        // channel and recipient; the sender looks for pending rows that are due.
        [](const ServerDb &db) {
            return QStringList{
                QStringLiteral("CREATE TABLE notifications (id %1, application_id TEXT NOT NULL, event TEXT NOT NULL, "
                               "language TEXT NOT NULL, channel TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, "
                               "body TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                               "next_attempt_at BIGINT NOT NULL, last_error TEXT NOT NULL DEFAULT '', "
                               "created_at BIGINT NOT NULL, sent_at BIGINT)").arg(db.autoIncrementPrimaryKey()),
                QStringLiteral("CREATE INDEX notifications_due ON notifications (next_attempt_at, id) WHERE state = 'pending'"),
                QStringLiteral("CREATE INDEX notifications_application ON notifications (application_id, id)"),
            };
        },
        // 9: tampering is found (issue 14 item 4). desk_journal_heads: the last head (seq, hash) of
        // its own journal each desk reported with an upload; a report that contradicts it (a lower
        // seq, or the same seq with another hash: the desk's history was rewritten) is refused
        // with journal_rewritten. The server's journal becomes append-only as the desk's is:
        // UPDATE and DELETE refused, and in SQLite an INSERT over an existing seq too (INSERT OR
        // REPLACE deletes without firing delete triggers); PostgreSQL has no REPLACE, and its
        // ON CONFLICT DO UPDATE fires the UPDATE trigger.
        [](const ServerDb &db) {
            QStringList statements{
                QStringLiteral("CREATE TABLE desk_journal_heads (desk_id TEXT PRIMARY KEY REFERENCES desks(id), "
                               "seq BIGINT NOT NULL, hash TEXT NOT NULL, reported_at BIGINT NOT NULL)"),
            };
            if (db.isPostgres()) {
                statements << QStringLiteral("CREATE FUNCTION journal_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                                             "'BEGIN RAISE EXCEPTION ''the journal is append-only''; END'")
                           << QStringLiteral("CREATE TRIGGER journal_no_change BEFORE UPDATE OR DELETE ON journal "
                                             "FOR EACH ROW EXECUTE FUNCTION journal_append_only()");
            } else {
                statements << QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
                                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END")
                           << QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
                                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END")
                           << QStringLiteral("CREATE TRIGGER journal_no_replace BEFORE INSERT ON journal"
                                             " WHEN EXISTS (SELECT 1 FROM journal WHERE seq = NEW.seq)"
                                             " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END");
            }
            return statements;
        },
        // 10: application numbers (issue 13 item 1, docs/sync.md "Application numbers"). Each
        // desk gets its number in the region, the desks already there in the order they were
        // added; an application keeps the number its desk gave ("YYYY-DDD-NNNNN", also in data),
        // unique in the region except those of desk 000 (a desk that had not learnt its number).
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("ALTER TABLE desks ADD COLUMN number INTEGER"),
                QStringLiteral("UPDATE desks SET number = (SELECT count(*) FROM desks d WHERE d.created_at < desks.created_at "
                               "OR (d.created_at = desks.created_at AND d.id <= desks.id))"),
                QStringLiteral("CREATE UNIQUE INDEX desks_number ON desks (number)"),
                QStringLiteral("ALTER TABLE applications ADD COLUMN number TEXT"),
                QStringLiteral("CREATE UNIQUE INDEX applications_number ON applications (number) "
                               "WHERE number IS NOT NULL AND substr(number, 5, 5) <> '-000-'"),
            };
        },
        // 11: the verification codes of the documents a desk printed that no other record carries
        // (RULES 11, sync/DocumentCommands.h), and of the region's bulletins `bulletin --json`
        // wrote (org_id NULL for the whole region, desk_id empty), found by GET
        // /api/v1/verify/CODE. records is -1 for a document of one record.
        [](const ServerDb &) {
            return QStringList{
                QStringLiteral("CREATE TABLE printed_documents (verification_code TEXT PRIMARY KEY, document TEXT NOT NULL, "
                               "number TEXT NOT NULL, date TEXT NOT NULL, records INTEGER NOT NULL, "
                               "org_id TEXT REFERENCES orgs(id), desk_id TEXT NOT NULL, clerk TEXT NOT NULL, "
                               "printed_at BIGINT NOT NULL, command_id TEXT NOT NULL)"),
            };
        },
    };
}

} // namespace

namespace ServerSchema {

int currentVersion()
{
    return int(migrations().size());
}

ServerResult<int> version(ServerDb &db)
{
    const QStringList tables = db.db().tables();
    if (!tables.contains(QStringLiteral("meta")))
        return 0;
    ServerResult<QString> value = metaValue(db, QStringLiteral("schema_version"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

ServerResult<QString> metaValue(ServerDb &db, const QString &key)
{
    ServerResult<QSqlQuery *> query = db.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    QSqlQuery &rows = *query.value();
    return rows.next() ? rows.value(0).toString() : QString();
}

ServerStatus setMetaValue(ServerDb &db, const QString &key, const QString &value)
{
    return db.run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value});
}

ServerStatus migrate(ServerDb &db)
{
    const auto steps = migrations();
    for (;;) {
        // Each step re-reads the version inside the write transaction, so two processes running
        // init at once migrate once.
        ServerResult<bool> stepped = inWriteTransaction<bool>(db, [&](ServerDb &store) -> ServerResult<bool> {
            ServerResult<int> current = version(store);
            if (!current)
                return current.error();
            if (current.value() > steps.size())
                return ServerError{QStringLiteral("store_too_new"),
                                   QStringLiteral("the store is at schema %1, this server knows %2: use a newer qabyldau-server")
                                       .arg(current.value()).arg(steps.size())};
            if (current.value() == steps.size())
                return false;
            for (const QString &statement : steps.at(current.value())(store)) {
                if (ServerStatus done = store.run(statement); !done)
                    return ServerError{QStringLiteral("migration_failed"), done.error().message};
            }
            if (current.value() == 0) {
                if (ServerStatus done = setMetaValue(store, QStringLiteral("epoch"),
                                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
                    !done)
                    return done.error();
            }
            if (ServerStatus done = setMetaValue(store, QStringLiteral("schema_version"), QString::number(current.value() + 1)); !done)
                return done.error();
            return true;
        });
        if (!stepped)
            return stepped.error();
        if (!stepped.value())
            return {};
    }
}

ServerStatus checkServable(ServerDb &db)
{
    ServerResult<int> current = version(db);
    if (!current)
        return current.error();
    if (current.value() == 0)
        return ServerError{QStringLiteral("store_not_initialised"), QStringLiteral("the store is empty: run `qabyldau-server init` first")};
    if (current.value() > currentVersion())
        return ServerError{QStringLiteral("store_too_new"),
                           QStringLiteral("the store is at schema %1, this server knows %2: use a newer qabyldau-server")
                               .arg(current.value()).arg(currentVersion())};
    if (current.value() < currentVersion())
        return ServerError{QStringLiteral("store_needs_migration"),
                           QStringLiteral("the store is at schema %1: run `qabyldau-server init` to migrate it to %2")
                               .arg(current.value()).arg(currentVersion())};
    return {};
}

ServerResult<QString> epoch(ServerDb &db)
{
    return metaValue(db, QStringLiteral("epoch"));
}

} // namespace ServerSchema
