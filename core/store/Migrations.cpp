#include "store/Migrations.h"

#include "store/RowSeal.h"

// Conventions of the local schema:
// - ids are client-made UUIDs as text (QUuid::WithoutBraces);
// - calendar dates are ISO 8601 text "YYYY-MM-DD" (NULL when not given), which sorts as dates;
// - instants the queue orders by (applications.filed_at, created_at, updated_at) are INTEGER
//   milliseconds since the Unix epoch, UTC: exact, compact in the 1M-row indexes, and sorted
//   correctly whatever the desk's time zone;
// - instants that are records rather than keys (journal.at, outbox.created_at) are ISO 8601 UTC
//   text with milliseconds ("2024-05-01T04:00:00.000Z"), the form they take on the wire and in
//   the journal's hash;
// - enumerations are stable lower-case codes (store/ApplicationJson.h), shared with the JSON of
//   the sync protocol.

namespace {

// The secondary indexes of `applications`, here once: the migrations create them and
// Migrations::applicationIndexes() hands the same text to ApplicationImport's bulk mode.
QString childIinIndex()
{
    return QStringLiteral("CREATE INDEX applications_child_iin ON applications (child_iin)");
}

QString batchIndex()
{
    return QStringLiteral("CREATE INDEX applications_batch ON applications (batch_id)"
                          " WHERE batch_id <> ''");
}

QString sideIndex()
{
    return QStringLiteral("CREATE INDEX applications_side ON applications"
                          " (birth_year, right_rank, filed_at, queue_sequence, id)");
}

QString queueKeyIndex()
{
    return QStringLiteral("CREATE INDEX applications_queue_key ON applications"
                          " (birth_year, queue_band, queue_slot, filed_at, queue_sequence, id,"
                          " status, category)");
}

QString queuedIndex()
{
    return QStringLiteral("CREATE INDEX applications_queued ON applications"
                          " (birth_year, queue_band, queue_slot, filed_at, queue_sequence, id)"
                          " WHERE status = 'queued'");
}

// Issue 13 item 1: an application number names one application, except numbers of desk 000 (a
// desk that has not yet learnt its number from the queue server), unique only on their desk.
QString numberIndex()
{
    return QStringLiteral("CREATE UNIQUE INDEX applications_number ON applications (number)"
                          " WHERE number IS NOT NULL AND substr(number, 5, 5) <> '-000-'");
}

QString applicantIinIndex()
{
    return QStringLiteral("CREATE INDEX applications_applicant_iin ON applications (applicant_iin)");
}

// Schema version 2 to 4 only; version 5 replaced it by the name search's blocks.
QString searchIndex()
{
    return QStringLiteral("CREATE INDEX applications_search ON applications (search_text)");
}

// Only the rows the name search's blocks do not hold yet (NameSearchIndex): few, and empty after a
// bulk import, so the import keeps it instead of rebuilding it.
QString searchPendingIndex()
{
    return QStringLiteral("CREATE INDEX applications_search_pending ON applications (search_text, id)"
                          " WHERE search_block IS NULL");
}

Migration schemaVersion1()
{
    return Migration{
        QStringLiteral("applications, outbox, journal, settings"),
        {
            // RULES 3.1: every field of the Appendix 1 form, plus the queue state.
            QStringLiteral(
                "CREATE TABLE applications ("
                " id TEXT PRIMARY KEY NOT NULL,"
                " registration_sequence INTEGER NOT NULL DEFAULT 0,"
                " applicant_surname TEXT NOT NULL DEFAULT '',"
                " applicant_name TEXT NOT NULL DEFAULT '',"
                " applicant_patronymic TEXT NOT NULL DEFAULT '',"
                " applicant_iin TEXT NOT NULL DEFAULT '',"
                " applicant_address TEXT NOT NULL DEFAULT '',"
                " settlement TEXT NOT NULL DEFAULT '',"
                " child_surname TEXT NOT NULL DEFAULT '',"
                " child_name TEXT NOT NULL DEFAULT '',"
                " child_patronymic TEXT NOT NULL DEFAULT '',"
                " child_iin TEXT NOT NULL DEFAULT '',"
                " child_birth_date TEXT,"
                " birth_year INTEGER NOT NULL,"
                " child_sex TEXT NOT NULL DEFAULT 'unknown'"
                "  CHECK (child_sex IN ('unknown', 'male', 'female')),"
                " category INTEGER NOT NULL CHECK (category BETWEEN 1 AND 10),"
                // RULES 3.3: 0 extraordinary, 1 primary, 2 none; sorts in queue order.
                " right_rank INTEGER NOT NULL CHECK (right_rank IN (0, 1, 2)),"
                " category_document_type TEXT NOT NULL DEFAULT '',"
                " category_document_number TEXT NOT NULL DEFAULT '',"
                " category_document_issuer TEXT NOT NULL DEFAULT '',"
                " category_document_issue_date TEXT,"
                " preferred_kindergartens TEXT NOT NULL DEFAULT '[]',"
                " language TEXT NOT NULL DEFAULT 'any'"
                "  CHECK (language IN ('any', 'kk', 'ru', 'other')),"
                " phones TEXT NOT NULL DEFAULT '[]',"
                " email TEXT NOT NULL DEFAULT '',"
                " consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),"
                " signature_date TEXT,"
                " filed_at INTEGER NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'queued'"
                "  CHECK (status IN ('queued', 'direction_issued', 'stop_listed', 'archived')),"
                " archive_reason TEXT NOT NULL DEFAULT 'none'"
                "  CHECK (archive_reason IN ('none', 'enrolled', 'withdrawn_by_applicant',"
                "   'age_limit', 'duplicate', 'other')),"
                " stop_listed_until TEXT,"
                " batch_id TEXT NOT NULL DEFAULT '',"
                " created_at INTEGER NOT NULL,"
                " updated_at INTEGER NOT NULL"
                ")"),
            // RULES 3.2: one active application per child is checked through this index.
            childIinIndex(),
            // RULES 3.3: the queue order inside a birth year, for keyset paging over large
            // queues; id ends the key so that every row has a unique position.
            QStringLiteral(
                "CREATE INDEX applications_queue_order ON applications"
                " (birth_year, status, right_rank, filed_at, registration_sequence, id)"),
            batchIndex(),

            // DESIGN 3: commands waiting for the server. position gives the upload order and is
            // never reused (AUTOINCREMENT); id is the idempotency key the server remembers.
            QStringLiteral(
                "CREATE TABLE outbox ("
                " position INTEGER PRIMARY KEY AUTOINCREMENT,"
                " id TEXT NOT NULL UNIQUE,"
                " type TEXT NOT NULL,"
                " payload TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " clerk TEXT NOT NULL DEFAULT '',"
                " state TEXT NOT NULL DEFAULT 'pending'"
                "  CHECK (state IN ('pending', 'sent', 'applied', 'rejected')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT NOT NULL DEFAULT ''"
                ")"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, position)"),

            // RULES def. 2: the hash-chained journal. seq is written explicitly because it is
            // part of the hashed entry.
            QStringLiteral(
                "CREATE TABLE journal ("
                " seq INTEGER PRIMARY KEY NOT NULL,"
                " at TEXT NOT NULL,"
                " actor TEXT NOT NULL,"
                " event TEXT NOT NULL,"
                " entity TEXT NOT NULL,"
                " entity_id TEXT NOT NULL,"
                " payload TEXT NOT NULL,"
                " prev_hash TEXT NOT NULL,"
                " hash TEXT NOT NULL"
                ")"),
            QStringLiteral("CREATE INDEX journal_entity ON journal (entity, entity_id)"),
            // Append-only: the program never changes or removes an entry. Someone with the
            // file can still drop these; Journal::verify is what detects that.
            QStringLiteral(
                "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
                " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
            QStringLiteral(
                "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
                " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),

            // RuleSettings overrides and other desk settings (SettingsStore).
            QStringLiteral(
                "CREATE TABLE settings ("
                " key TEXT PRIMARY KEY NOT NULL,"
                " value TEXT NOT NULL"
                ")"),
        },
    };
}

// RULES 3.3: keyset paging of the queue order. QueueOrder::slot() explains band and slot; the
// store keeps them per row, maintained by QueueStore::refresh() (see QueueStore.h). Triggers note
// which side (birth year, right) an insert, update or delete disturbs and from which filing key,
// so that any writer (registration, import, sync) leaves a trace QueueStore recomputes from.
Migration schemaVersion2()
{
    // The side key "from" is the smallest (filed_at, queue_sequence, id) whose rank may have
    // changed; an upsert keeps the smallest one seen.
    const auto markSide = [](const char *row) {
        const QString r = QLatin1String(row);
        return QStringLiteral("INSERT INTO queue_stale (birth_year, right_rank, filed_at, queue_sequence, id)"
                              " VALUES (%1.birth_year, %1.right_rank, %1.filed_at, %1.queue_sequence, %1.id)"
                              " ON CONFLICT (birth_year, right_rank) DO UPDATE SET"
                              " filed_at = excluded.filed_at, queue_sequence = excluded.queue_sequence,"
                              " id = excluded.id"
                              " WHERE (excluded.filed_at, excluded.queue_sequence, excluded.id)"
                              " < (queue_stale.filed_at, queue_stale.queue_sequence, queue_stale.id);")
            .arg(r);
    };
    return Migration{
        QStringLiteral("queue order keys, name search text"),
        {
            // QueueOrder::sequenceSortValue(): not yet synced (0) after every real sequence.
            QStringLiteral("ALTER TABLE applications ADD COLUMN queue_sequence INTEGER GENERATED ALWAYS AS"
                           " (CASE WHEN registration_sequence > 0 THEN registration_sequence"
                           " ELSE 9223372036854775807 END) VIRTUAL"),
            // QueueOrder::band() and slot(); NULL until QueueStore has computed them.
            QStringLiteral("ALTER TABLE applications ADD COLUMN queue_band INTEGER"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN queue_slot INTEGER"),
            // Child's and applicant's names lower-cased by QString::toLower (SQLite's lower() only
            // knows ASCII); NULL until computed.
            QStringLiteral("ALTER TABLE applications ADD COLUMN search_text TEXT"),
            // Superseded by applications_queue_key below; one index less to write on import.
            QStringLiteral("DROP INDEX IF EXISTS applications_queue_order"),
            // The filing order of one side, for recomputing its ranks.
            sideIndex(),
            // The queue order; status and category ride along so that filters need no table row.
            queueKeyIndex(),
            // Queue numbers count queued applications only (RULES 3.3).
            queuedIndex(),
            applicantIinIndex(),
            // Name search scans this index only (the texts are short), in name order, and
            // finds the rows still missing their text.
            searchIndex(),
            QStringLiteral("CREATE TABLE queue_stale ("
                           " birth_year INTEGER NOT NULL,"
                           " right_rank INTEGER NOT NULL,"
                           " filed_at INTEGER NOT NULL,"
                           " queue_sequence INTEGER NOT NULL,"
                           " id TEXT NOT NULL,"
                           " PRIMARY KEY (birth_year, right_rank)"
                           ") WITHOUT ROWID"),
            // Rows that exist already: every side from its start.
            QStringLiteral("INSERT INTO queue_stale (birth_year, right_rank, filed_at, queue_sequence, id)"
                           " SELECT DISTINCT birth_year, right_rank, -9223372036854775807 - 1,"
                           " -9223372036854775807 - 1, '' FROM applications"),
            QStringLiteral("CREATE TRIGGER applications_queue_insert AFTER INSERT ON applications BEGIN ")
                + markSide("NEW") + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER applications_queue_update AFTER UPDATE OF"
                           " birth_year, right_rank, filed_at, registration_sequence ON applications BEGIN ")
                + markSide("OLD") + u' ' + markSide("NEW") + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER applications_queue_delete AFTER DELETE ON applications BEGIN ")
                + markSide("OLD") + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER applications_search_update AFTER UPDATE OF"
                           " child_surname, child_name, child_patronymic,"
                           " applicant_surname, applicant_name, applicant_patronymic ON applications"
                           " BEGIN UPDATE applications SET search_text = NULL WHERE id = NEW.id; END"),
        },
    };
}

// RULES 4.2: the region's kindergartens an applicant picks from (0 to 4 preferred). Names in
// both languages because the form shows them in the clerk's language; until sync brings the
// list an administrator keeps it in Settings (KindergartenStore).
Migration schemaVersion3()
{
    return Migration{
        QStringLiteral("kindergartens of the region"),
        {
            QStringLiteral("CREATE TABLE kindergartens ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " name_kk TEXT NOT NULL DEFAULT '',"
                           " name_ru TEXT NOT NULL DEFAULT '',"
                           " settlement TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT ''"
                           ")"),
        },
    };
}

// Issue 4, enrollment at the desk (RULES 5, 6, 7): directions to this kindergarten, service
// sessions with their stages and checklist, contracts, refusals, complaints. Instants here are
// INTEGER UTC milliseconds like those of `applications` (lists and registers order and filter by
// them); dates "YYYY-MM-DD"; enumerations the codes of the domain headers; lists JSON arrays.
Migration schemaVersion4()
{
    return Migration{
        QStringLiteral("directions, service sessions, contracts, refusals, complaints"),
        {
            // RULES 2.10, 4.3, 5: the direction with its place, its clock and the child's and
            // applicant's data the queue system sends with it.
            QStringLiteral("CREATE TABLE directions ("
                           " number TEXT PRIMARY KEY NOT NULL,"
                           " application_id TEXT NOT NULL DEFAULT '',"
                           " kindergarten_id TEXT NOT NULL,"
                           " group_name TEXT NOT NULL DEFAULT '',"
                           " group_language TEXT NOT NULL DEFAULT 'kk'"
                           "  CHECK (group_language IN ('any', 'kk', 'ru', 'other')),"
                           " group_type TEXT NOT NULL DEFAULT 'general'"
                           "  CHECK (group_type IN ('general', 'special')),"
                           " working_mode TEXT NOT NULL DEFAULT 'full_day'"
                           "  CHECK (working_mode IN ('full_day', 'half_day', 'round_the_clock')),"
                           " admission_mode TEXT NOT NULL DEFAULT 'general'"
                           "  CHECK (admission_mode IN ('general', 'early_booking', 'temporary_stay')),"
                           " admission_starts_on TEXT,"
                           " temporary_until TEXT,"
                           " issued_at INTEGER NOT NULL,"
                           " freed_on TEXT,"
                           " extended_until TEXT,"
                           " status TEXT NOT NULL DEFAULT 'issued'"
                           "  CHECK (status IN ('issued', 'used', 'refused', 'expired', 'cancelled')),"
                           " closed_at INTEGER,"
                           " child_surname TEXT NOT NULL DEFAULT '',"
                           " child_name TEXT NOT NULL DEFAULT '',"
                           " child_patronymic TEXT NOT NULL DEFAULT '',"
                           " child_iin TEXT NOT NULL DEFAULT '',"
                           " child_birth_date TEXT,"
                           " applicant_surname TEXT NOT NULL DEFAULT '',"
                           " applicant_name TEXT NOT NULL DEFAULT '',"
                           " applicant_patronymic TEXT NOT NULL DEFAULT '',"
                           " applicant_iin TEXT NOT NULL DEFAULT '',"
                           " applicant_address TEXT NOT NULL DEFAULT '',"
                           " phones TEXT NOT NULL DEFAULT '[]',"
                           " category INTEGER NOT NULL DEFAULT 10 CHECK (category BETWEEN 1 AND 10),"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL"
                           ")"),
            QStringLiteral("CREATE INDEX directions_child_iin ON directions (child_iin, issued_at)"),
            QStringLiteral("CREATE INDEX directions_status ON directions (status, issued_at)"),

            // RULES 6.5: one service at the desk, its four stage times and the checklist
            // (Checklist::toJson).
            QStringLiteral("CREATE TABLE service_sessions ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " direction_number TEXT NOT NULL REFERENCES directions (number),"
                           " channel TEXT NOT NULL DEFAULT 'office' CHECK (channel IN ('office', 'portal')),"
                           " arrived_at INTEGER NOT NULL,"
                           " service_started_at INTEGER,"
                           " documents_at INTEGER,"
                           " result_at INTEGER,"
                           " outcome TEXT NOT NULL DEFAULT 'none'"
                           "  CHECK (outcome IN ('none', 'admitted', 'refused')),"
                           " clerk TEXT NOT NULL DEFAULT '',"
                           " checklist TEXT NOT NULL DEFAULT '{}',"
                           " updated_at INTEGER NOT NULL"
                           ")"),
            QStringLiteral("CREATE INDEX service_sessions_direction ON service_sessions (direction_number, arrived_at)"),
            QStringLiteral("CREATE INDEX service_sessions_arrived ON service_sessions (arrived_at)"),

            // RULES 6.3, 12: the signed contract; one per direction. sequence is its number
            // within the year of its date (KindergartenProfile::contractNumber's {seq}).
            QStringLiteral("CREATE TABLE contracts ("
                           " number TEXT PRIMARY KEY NOT NULL,"
                           " sequence INTEGER NOT NULL,"
                           " date TEXT NOT NULL,"
                           " direction_number TEXT NOT NULL UNIQUE REFERENCES directions (number),"
                           " application_id TEXT NOT NULL DEFAULT '',"
                           " session_id TEXT NOT NULL DEFAULT '',"
                           " parent_surname TEXT NOT NULL DEFAULT '',"
                           " parent_name TEXT NOT NULL DEFAULT '',"
                           " parent_patronymic TEXT NOT NULL DEFAULT '',"
                           " parent_iin TEXT NOT NULL DEFAULT '',"
                           " parent_id_document TEXT NOT NULL DEFAULT '',"
                           " parent_address TEXT NOT NULL DEFAULT '',"
                           " phones TEXT NOT NULL DEFAULT '[]',"
                           " starts_on TEXT,"
                           " deferred_items TEXT NOT NULL DEFAULT '[]',"
                           " clerk TEXT NOT NULL DEFAULT '',"
                           " recorded_at INTEGER NOT NULL,"
                           " verification_code TEXT NOT NULL DEFAULT ''"
                           ")"),
            QStringLiteral("CREATE INDEX contracts_date ON contracts (date, sequence)"),

            // RULES 6.4: the reasoned refusal; grounds as their codes ("34.1"), faulty items as
            // their numbers (1..6).
            QStringLiteral("CREATE TABLE refusals ("
                           " number TEXT PRIMARY KEY NOT NULL,"
                           " sequence INTEGER NOT NULL,"
                           " date TEXT NOT NULL,"
                           " direction_number TEXT NOT NULL REFERENCES directions (number),"
                           " application_id TEXT NOT NULL DEFAULT '',"
                           " session_id TEXT NOT NULL DEFAULT '',"
                           " grounds TEXT NOT NULL DEFAULT '[]',"
                           " faulty_items TEXT NOT NULL DEFAULT '[]',"
                           " reasons TEXT NOT NULL DEFAULT '',"
                           " clerk TEXT NOT NULL DEFAULT '',"
                           " recorded_at INTEGER NOT NULL,"
                           " verification_code TEXT NOT NULL DEFAULT ''"
                           ")"),
            QStringLiteral("CREATE INDEX refusals_date ON refusals (date, sequence)"),
            QStringLiteral("CREATE INDEX refusals_direction ON refusals (direction_number)"),

            // RULES 7: the complaints register. The deadline is computed, never stored (it
            // follows the calendar and the settings).
            QStringLiteral("CREATE TABLE complaints ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " number TEXT NOT NULL UNIQUE,"
                           " sequence INTEGER NOT NULL,"
                           " received_on TEXT NOT NULL,"
                           " addressee TEXT NOT NULL DEFAULT 'head'"
                           "  CHECK (addressee IN ('head', 'authorised_body')),"
                           " complainant TEXT NOT NULL DEFAULT '',"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " direction_number TEXT NOT NULL DEFAULT '',"
                           " application_id TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'registered'"
                           "  CHECK (status IN ('registered', 'in_review', 'answered', 'refused')),"
                           " answered_on TEXT,"
                           " answer TEXT NOT NULL DEFAULT '',"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL"
                           ")"),
            QStringLiteral("CREATE INDEX complaints_received_on ON complaints (received_on, sequence)"),
        },
    };
}

// Issue 3, name search at a million applications: NameSearchIndex's blocks replace the index on
// search_text (a fragment that matches nothing read all of it, 0.2 s; the blocks are searched in
// a few tens of milliseconds and cost the import less than that index did).
Migration schemaVersion5()
{
    return Migration{
        QStringLiteral("name search blocks"),
        {
            QStringLiteral("CREATE TABLE name_search_blocks ("
                           " block INTEGER PRIMARY KEY,"
                           " entries INTEGER NOT NULL,"
                           // texts first: a search reads them all, the ids only of a match.
                           " texts BLOB NOT NULL,"
                           " ids BLOB NOT NULL"
                           ")"),
            QStringLiteral("CREATE TABLE name_search_stale (block INTEGER PRIMARY KEY)"),
            // NULL: not in a block yet (every row until QueueStore::refresh() packs them).
            QStringLiteral("ALTER TABLE applications ADD COLUMN search_block INTEGER"),
            QStringLiteral("DROP INDEX IF EXISTS applications_search"),
            searchPendingIndex(),
            QStringLiteral("DROP TRIGGER applications_search_update"),
            QStringLiteral("CREATE TRIGGER applications_search_update AFTER UPDATE OF"
                           " child_surname, child_name, child_patronymic,"
                           " applicant_surname, applicant_name, applicant_patronymic ON applications"
                           " BEGIN UPDATE applications SET search_text = NULL, search_block = NULL"
                           " WHERE id = NEW.id; END"),
            // A row that leaves its block leaves a dead entry there: the block is rewritten.
            QStringLiteral("CREATE TRIGGER applications_search_block_left AFTER UPDATE OF search_block"
                           " ON applications WHEN OLD.search_block IS NOT NULL"
                           " AND NEW.search_block IS NOT OLD.search_block"
                           " BEGIN INSERT OR IGNORE INTO name_search_stale (block) VALUES (OLD.search_block); END"),
            QStringLiteral("CREATE TRIGGER applications_search_block_deleted AFTER DELETE"
                           " ON applications WHEN OLD.search_block IS NOT NULL"
                           " BEGIN INSERT OR IGNORE INTO name_search_stale (block) VALUES (OLD.search_block); END"),
        },
    };
}

// Issue 11, desk sync (docs/design.md 5, docs/api.md): what the desk keeps of the server.
// - applications.anonymous: 1 for another kindergarten's application, known only by its queue
//   keys (docs/api.md, partition `year:YYYY`); names, IINs and contacts are empty and `category`
//   holds the first category of its right (1, 3 or 10) only because the column may not be empty:
//   nothing may read it as the child's category (QueueRow::anonymous says so).
// - outbox.result: the server's answer to the command, as JSON (its `result` when applied;
//   `{code, message, details}` when rejected); answered_at when it came.
// - sync_state: the cursor (epoch, seq) and the last success and error, key by key.
// - sync_rows / sync_partitions: the version of every row this desk holds per partition and each
//   partition's count and additive checksum (core/sync/PartitionChecksum), kept per change so
//   they can be compared with the server's checkpoints without rereading anything. stale = 1: the
//   sums differed from the server's; the partition is downloaded again.
Migration schemaVersion6()
{
    return Migration{
        QStringLiteral("desk sync"),
        {
            QStringLiteral("ALTER TABLE applications ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN result TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN answered_at TEXT"),
            QStringLiteral("CREATE TABLE sync_state ("
                           " key TEXT PRIMARY KEY NOT NULL,"
                           " value TEXT NOT NULL"
                           ")"),
            QStringLiteral("CREATE TABLE sync_rows ("
                           " partition TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " PRIMARY KEY (partition, id)"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE sync_partitions ("
                           " partition TEXT PRIMARY KEY NOT NULL,"
                           " count INTEGER NOT NULL DEFAULT 0,"
                           " checksum INTEGER NOT NULL DEFAULT 0,"
                           " stale INTEGER NOT NULL DEFAULT 0"
                           ")"),
        },
    };
}

Migration schemaVersion7()
{
    return Migration{
        QStringLiteral("extraordinary right confirmed"),
        {
            // RULES 5 [P]: the day the kindergarten confirmed a direction holder's right.
            QStringLiteral("ALTER TABLE directions ADD COLUMN right_confirmed_on TEXT"),
        },
    };
}

// Issue 12, places at the desk (RULES 2.3, 4.1): this kindergarten's free places, as PlaceJson
// holds them, plus what only the desk knows: when it published or withdrew a place itself
// (local_*_at, the bulletin's time until the server's published_at / withdrawn_at arrive) and
// whether its last change is still unconfirmed (provisional = 1 until sync brings the server's
// version).
Migration schemaVersion8()
{
    return Migration{
        QStringLiteral("places"),
        {
            QStringLiteral("CREATE TABLE places ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " kindergarten_id TEXT NOT NULL,"
                           " group_name TEXT NOT NULL DEFAULT '',"
                           " birth_from TEXT,"
                           " birth_to TEXT,"
                           " language TEXT NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'other')),"
                           " group_type TEXT NOT NULL DEFAULT 'general'"
                           "  CHECK (group_type IN ('general', 'special')),"
                           " working_mode TEXT NOT NULL DEFAULT 'full_day'"
                           "  CHECK (working_mode IN ('full_day', 'half_day', 'round_the_clock')),"
                           " admission_mode TEXT NOT NULL DEFAULT 'general'"
                           "  CHECK (admission_mode IN ('general', 'early_booking', 'temporary_stay')),"
                           " attendance_restricted INTEGER NOT NULL DEFAULT 0,"
                           " attendance_note TEXT NOT NULL DEFAULT '',"
                           " admission_starts_on TEXT,"
                           " temporary_until TEXT,"
                           " freed_on TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open'"
                           "  CHECK (status IN ('open', 'directed', 'filled', 'withdrawn')),"
                           " direction_number TEXT NOT NULL DEFAULT '',"
                           " published_at INTEGER,"
                           " withdrawn_at INTEGER,"
                           " local_published_at INTEGER,"
                           " local_withdrawn_at INTEGER,"
                           " provisional INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL"
                           ")"),
            QStringLiteral("CREATE INDEX places_status ON places (status)"),
        },
    };
}

// Issue 14 item 4, tampering is found: the journal refuses INSERT OR REPLACE, and the rows of the
// queue and of enrollment carry a seal their triggers keep (store/RowSeal.h says how and why).
// Rows already in the store are sealed as they are: trust starts at this migration.
Migration schemaVersionJournalSeals()
{
    return Migration{
        QStringLiteral("journal seals"),
        RowSeal::migrationStatements(),
    };
}

// DESIGN 9: the desk's local accounts. The login is compared without regard to case (a clerk
// types "Aigerim" one day and "aigerim" the next); the password only as a PBKDF2 hash
// (PasswordHash). Changes are journalled (AccountStore), so the table keeps no history itself.
Migration schemaVersionAccounts()
{
    return Migration{
        QStringLiteral("accounts"),
        {
            QStringLiteral("CREATE TABLE accounts ("
                           " login TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,"
                           " name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('clerk', 'head', 'administrator')),"
                           " password_hash TEXT NOT NULL,"
                           " disabled INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL"
                           ")"),
        },
    };
}

// Issue 14 item 4: a sealed row cannot be deleted by another SQLite client, nor the record of
// earlier changes (docs/cli.md, "journal verify").
Migration schemaVersionSealedDeletes()
{
    return Migration{QStringLiteral("sealed deletes"), RowSeal::deleteGuardStatements()};
}

// Issue 13 item 1: the parent's ID document in parts (IdDocument): kind, number, issue date,
// authority, and the clerk's own words for an "other" kind or authority. Contracts recorded before
// keep '' kind and their free text in parent_id_document, and print it as before. The row seal
// covers the new columns from here on (RowSeal::resealStatements).
Migration schemaVersionParentIdDocument()
{
    const auto sealed = [](const QList<RowSeal::SealedTable> &tables) {
        for (const RowSeal::SealedTable &t : tables)
            if (t.table == QLatin1String("contracts"))
                return t;
        return RowSeal::SealedTable{};
    };
    RowSeal::SealedTable before = sealed(RowSeal::tablesAtJournalSeals());
    RowSeal::SealedTable after = before;
    after.columns += RowSeal::contractIdDocumentColumns();
    QStringList statements{
        QStringLiteral("ALTER TABLE contracts ADD COLUMN parent_id_document_kind TEXT NOT NULL DEFAULT ''"
                       " CHECK (parent_id_document_kind IN ('', 'identity_card', 'passport', 'residence_permit',"
                       " 'stateless_certificate', 'other'))"),
        QStringLiteral("ALTER TABLE contracts ADD COLUMN parent_id_document_kind_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE contracts ADD COLUMN parent_id_document_number TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE contracts ADD COLUMN parent_id_document_issued_on TEXT"),
        QStringLiteral("ALTER TABLE contracts ADD COLUMN parent_id_document_issuer TEXT NOT NULL DEFAULT ''"
                       " CHECK (parent_id_document_issuer IN ('', 'internal_affairs', 'justice', 'other'))"),
        QStringLiteral("ALTER TABLE contracts ADD COLUMN parent_id_document_issuer_text TEXT NOT NULL DEFAULT ''"),
    };
    statements += RowSeal::resealStatements(before, after);
    return Migration{QStringLiteral("parent ID document"), statements};
}

// Issue 13 item 1: the number a parent can quote ("2026-007-00042", domain/ApplicationNumber.h),
// given at registration from a counter per year (store/ApplicationNumbers.h). Applications
// registered before keep none and show their id. A number is unique in the region once the desk
// knows its number from the queue server; numbers of desk 000 (before that) are unique only on
// the desk, so the unique index leaves them out. Not a secondary index of the bulk paths: it is a
// constraint, and the rows they write (anonymous, imported without a number) hold NULL.
Migration schemaVersionApplicationNumbers()
{
    return Migration{
        QStringLiteral("application numbers"),
        {
            QStringLiteral("ALTER TABLE applications ADD COLUMN number TEXT"),
            numberIndex(),
            QStringLiteral("CREATE TABLE application_numbers ("
                           " year INTEGER PRIMARY KEY NOT NULL,"
                           " last INTEGER NOT NULL CHECK (last > 0)"
                           ")"),
        },
    };
}

// Issue 12, a refused change of a place is put back: what the queue server's last version of a
// place said of the two things the desk changes on its own (status by withdrawing, freed_on by
// marking it freed), kept apart from the columns the desk changes, so that a withdrawal or a
// freeing day the server refused can be taken back to the server's state (SyncStore,
// docs/sync.md). NULL status: the desk never had a version of the server's (a place it published,
// not yet confirmed). Rows the server confirmed (provisional = 0) hold the server's values now; a
// row still provisional at the migration keeps NULL (its confirmed state is not known). The row
// seal covers the new columns from here on (RowSeal::resealStatements).
Migration schemaVersionPlaceConfirmed()
{
    const auto sealed = [](const QList<RowSeal::SealedTable> &tables) {
        for (const RowSeal::SealedTable &t : tables)
            if (t.table == QLatin1String("places"))
                return t;
        return RowSeal::SealedTable{};
    };
    RowSeal::SealedTable before = sealed(RowSeal::tablesAtJournalSeals());
    RowSeal::SealedTable after = before;
    after.columns += RowSeal::placeConfirmedColumns();
    QStringList statements{
        QStringLiteral("ALTER TABLE places ADD COLUMN confirmed_status TEXT"
                       " CHECK (confirmed_status IS NULL OR confirmed_status IN ('open', 'directed', 'filled', 'withdrawn'))"),
        QStringLiteral("ALTER TABLE places ADD COLUMN confirmed_freed_on TEXT"),
        QStringLiteral("UPDATE places SET confirmed_status = status, confirmed_freed_on = freed_on WHERE provisional = 0"),
    };
    statements += RowSeal::resealStatements(before, after);
    return Migration{QStringLiteral("place confirmed by the server"), statements};
}

// Issue 11, a first sync's bulk download: the version rows of the region's anonymous queue wait
// here, in the feed's order and without an index, until the download reaches the head, and are
// then written into sync_rows sorted, in one statement (SyncStore, docs/sync.md "Bulk download").
// Written into sync_rows as they came, the region's random ids made every page's commit rewrite
// most of that table's pages. Empty except during a bulk download (or after one a crash cut short:
// the next write of the sync moves its rows first).
Migration schemaVersionStagedSyncRows()
{
    return Migration{
        QStringLiteral("sync rows staged by a bulk download"),
        {
            QStringLiteral("CREATE TABLE sync_rows_staged ("
                           " partition TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " version INTEGER NOT NULL"
                           ")"),
        },
    };
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = {
        schemaVersion1(),
        schemaVersion2(),
        schemaVersion3(),
        schemaVersion4(),
        schemaVersion5(),
        schemaVersion6(),
        schemaVersion7(),
        schemaVersion8(),
        schemaVersionJournalSeals(),
        schemaVersionAccounts(),
        schemaVersionSealedDeletes(),
        schemaVersionParentIdDocument(),
        schemaVersionApplicationNumbers(),
        schemaVersionPlaceConfirmed(),
        schemaVersionStagedSyncRows(),
    };
    return list;
}

QStringList Migrations::bulkLoadIndexes()
{
    return {childIinIndex(), batchIndex(), sideIndex(), queueKeyIndex(), queuedIndex(), applicantIinIndex()};
}

QStringList Migrations::applicationConstraintIndexes()
{
    return {numberIndex()};
}

QStringList Migrations::applicationIndexes()
{
    return bulkLoadIndexes() << searchPendingIndex();
}
