#include "store/RowSeal.h"

#include "store/SqliteApi.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <cstring>

namespace {

const QString function = QStringLiteral("qabyldau_row_seal");
constexpr int wholeBytes = 8;
// SQLite's default SQLITE_MAX_FUNCTION_ARG; the widest sealed table has 36 columns.
constexpr int maxColumns = 127;

// A fast 64-bit hash (the seal is read for a million rows at once, and computed on every insert of
// the bulk import): 8 bytes at a time through murmur3's finalizer. Not a cryptographic hash, and it
// need not be: anyone who can read the program can recompute any seal (RowSeal.h says what
// answers that).
quint64 mix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

constexpr quint64 golden = 0x9e3779b97f4a7c15ULL;

quint64 hashBytes(quint64 seed, const unsigned char *data, size_t size)
{
    quint64 h = seed ^ (quint64(size) * golden);
    while (size >= 8) {
        h = (h ^ mix(qFromLittleEndian<quint64>(data))) * golden;
        data += 8;
        size -= 8;
    }
    unsigned char tail[8] = {};
    if (size > 0)
        std::memcpy(tail, data, size);
    h = (h ^ mix(qFromLittleEndian<quint64>(tail) ^ size)) * golden;
    return mix(h);
}

// One column's hash: its SQLite type is part of it (NULL is not '', 5 is not '5').
quint64 hashValue(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: {
        unsigned char bytes[8];
        qToLittleEndian<quint64>(quint64(sqlite3_value_int64(value)), bytes);
        return hashBytes(1, bytes, sizeof bytes);
    }
    case SQLITE_FLOAT: {
        const double number = sqlite3_value_double(value);
        quint64 bits = 0;
        std::memcpy(&bits, &number, sizeof bits);
        unsigned char bytes[8];
        qToLittleEndian<quint64>(bits, bytes);
        return hashBytes(2, bytes, sizeof bytes);
    }
    case SQLITE_TEXT: {
        const unsigned char *text = sqlite3_value_text(value);
        return hashBytes(3, text, size_t(sqlite3_value_bytes(value)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const unsigned char *>(sqlite3_value_blob(value));
        return hashBytes(4, blob, size_t(sqlite3_value_bytes(value)));
    }
    default:
        return mix(5);
    }
}

void sealFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1 || argc > maxColumns) {
        sqlite3_result_error(context, "qabyldau_row_seal: wrong number of columns", -1);
        return;
    }
    unsigned char seal[wholeBytes + maxColumns];
    quint64 whole = quint64(argc) * golden;
    for (int i = 0; i < argc; ++i) {
        const quint64 column = hashValue(argv[i]);
        whole = mix(whole ^ column) * golden + quint64(i);
        // The column's own byte: which columns changed, with 1 chance in 256 of missing one
        // (the whole-row part above still tells that the row changed).
        seal[wholeBytes + i] = static_cast<unsigned char>(column >> 56);
    }
    qToLittleEndian<quint64>(mix(whole), seal);
    sqlite3_result_blob(context, seal, wholeBytes + argc, SQLITE_TRANSIENT);
}

QStringList split(const char *names)
{
    return QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts);
}

Issue unreadable(const QSqlQuery &query)
{
    return Issue::error(Field::Store, Rule::StoreCannotOpen, query.lastError().text());
}

// The columns whose byte differs between a stored seal and the one the row gives now.
QStringList changedColumns(const RowSeal::SealedTable &table, const QByteArray &stored, const QByteArray &now)
{
    QStringList changed;
    if (stored.size() != now.size())
        return changed;
    // A seal made before a migration added columns covers the first columns only.
    for (int i = 0; i < table.columns.size() && wholeBytes + i < stored.size(); ++i)
        if (stored.at(wholeBytes + i) != now.at(wholeBytes + i))
            changed.append(table.columns.at(i));
    return changed;
}

} // namespace

namespace RowSeal {

const QList<SealedTable> &tablesAtJournalSeals()
{
    // Schema 9's columns, as the "journal seals" migration sealed them. A later migration that
    // adds a column to one of these tables re-creates its triggers with the new list (and reseals
    // its rows) in the same migration: resealStatements.
    static const QList<SealedTable> list = {
        {QStringLiteral("applications"), QStringLiteral("id"),
         split("id registration_sequence applicant_surname applicant_name applicant_patronymic applicant_iin"
               " applicant_address settlement child_surname child_name child_patronymic child_iin"
               " child_birth_date birth_year child_sex category right_rank category_document_type"
               " category_document_number category_document_issuer category_document_issue_date"
               " preferred_kindergartens language phones email consent signature_date filed_at status"
               " archive_reason stop_listed_until batch_id created_at updated_at anonymous")},
        {QStringLiteral("directions"), QStringLiteral("number"),
         split("number application_id kindergarten_id group_name group_language group_type working_mode"
               " admission_mode admission_starts_on temporary_until issued_at freed_on extended_until status"
               " closed_at child_surname child_name child_patronymic child_iin child_birth_date"
               " applicant_surname applicant_name applicant_patronymic applicant_iin applicant_address"
               " phones category created_at updated_at right_confirmed_on")},
        {QStringLiteral("service_sessions"), QStringLiteral("id"),
         split("id direction_number channel arrived_at service_started_at documents_at result_at outcome"
               " clerk checklist updated_at")},
        {QStringLiteral("contracts"), QStringLiteral("number"),
         split("number sequence date direction_number application_id session_id parent_surname parent_name"
               " parent_patronymic parent_iin parent_id_document parent_address phones starts_on"
               " deferred_items clerk recorded_at verification_code")},
        {QStringLiteral("refusals"), QStringLiteral("number"),
         split("number sequence date direction_number application_id session_id grounds faulty_items"
               " reasons clerk recorded_at verification_code")},
        {QStringLiteral("places"), QStringLiteral("id"),
         split("id kindergarten_id group_name birth_from birth_to language group_type working_mode"
               " admission_mode attendance_restricted attendance_note admission_starts_on temporary_until"
               " freed_on status direction_number published_at withdrawn_at local_published_at"
               " local_withdrawn_at provisional created_at updated_at")},
    };
    return list;
}

const QList<SealedTable> &tables()
{
    static const QList<SealedTable> list = [] {
        QList<SealedTable> latest = tablesAtJournalSeals();
        for (SealedTable &t : latest)
            if (t.table == QLatin1String("contracts"))
                t.columns += contractIdDocumentColumns();
            else if (t.table == QLatin1String("places"))
                t.columns += placeConfirmedColumns();
        return latest;
    }();
    return list;
}

QStringList contractIdDocumentColumns()
{
    // Migration "parent ID document" (issue 13 item 1).
    return split("parent_id_document_kind parent_id_document_kind_text parent_id_document_number"
                 " parent_id_document_issued_on parent_id_document_issuer parent_id_document_issuer_text");
}

QStringList placeConfirmedColumns()
{
    // Migration "place confirmed by the server" (issue 12).
    return split("confirmed_status confirmed_freed_on");
}

QString functionName()
{
    return function;
}

QString acknowledgedHeadKey()
{
    return QStringLiteral("journal_head_acknowledged");
}

bool registerFunction(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    // INNOCUOUS: usable from the schema's triggers even with trusted_schema off.
    return sqlite3_create_function_v2(handle, "qabyldau_row_seal", -1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      sealFunction, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

QString sealExpression(const SealedTable &table, const QString &prefix)
{
    QStringList arguments;
    for (const QString &column : table.columns)
        arguments.append(prefix + column);
    return function + u'(' + arguments.join(QStringLiteral(", ")) + u')';
}

QStringList migrationStatements()
{
    QStringList statements{
        // INSERT OR REPLACE deletes the entry it replaces without firing journal_no_delete
        // (recursive_triggers is off); BEFORE INSERT fires before the conflict is resolved.
        QStringLiteral("CREATE TRIGGER journal_no_replace BEFORE INSERT ON journal"
                       " WHEN EXISTS (SELECT 1 FROM journal WHERE seq = NEW.seq)"
                       " BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
        // A row found changed when the program wrote it again: the seal it had and the one its
        // content gave then, so verify can still name it (and its columns) after the reseal.
        QStringLiteral("CREATE TABLE row_seal_breaks ("
                       " tbl TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " seal BLOB,"
                       " found BLOB,"
                       " noticed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                       ")"),
    };
    for (const SealedTable &t : tablesAtJournalSeals()) {
        const QString columns = t.columns.join(QStringLiteral(", "));
        const QString fromNew = sealExpression(t, QStringLiteral("NEW."));
        const QString fromOld = sealExpression(t, QStringLiteral("OLD."));
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_seal BLOB").arg(t.table)
                   // Trust starts here: the rows as they are at the migration.
                   << QStringLiteral("UPDATE %1 SET row_seal = %2").arg(t.table, sealExpression(t, QString()))
                   // An insert that brings its seal (the bulk import's) costs one comparison;
                   // any other is sealed here.
                   << QStringLiteral("CREATE TRIGGER %1_seal_insert AFTER INSERT ON %1"
                                     " WHEN NEW.row_seal IS NOT %2"
                                     " BEGIN UPDATE %1 SET row_seal = %2 WHERE %3 = NEW.%3; END")
                          .arg(t.table, fromNew, t.key)
                   << QStringLiteral("CREATE TRIGGER %1_seal_broken BEFORE UPDATE OF %2 ON %1"
                                     " WHEN OLD.row_seal IS NOT %3"
                                     " BEGIN INSERT INTO row_seal_breaks (tbl, id, seal, found)"
                                     " VALUES ('%1', OLD.%4, OLD.row_seal, %3); END")
                          .arg(t.table, columns, fromOld, t.key)
                   << QStringLiteral("CREATE TRIGGER %1_seal_update AFTER UPDATE OF %2 ON %1"
                                     " BEGIN UPDATE %1 SET row_seal = %3 WHERE %4 = NEW.%4; END")
                          .arg(t.table, columns, fromNew, t.key);
    }
    return statements;
}

QStringList deleteGuardStatements()
{
    QStringList statements;
    for (const SealedTable &t : tables())
        statements << QStringLiteral("CREATE TRIGGER %1_seal_delete BEFORE DELETE ON %1 BEGIN SELECT %2(OLD.%3); END")
                          .arg(t.table, functionName(), t.key);
    statements << QStringLiteral("CREATE TRIGGER row_seal_breaks_no_delete BEFORE DELETE ON row_seal_breaks"
                                 " BEGIN SELECT RAISE(ABORT, 'the record of changes made outside the program is kept'); END")
               << QStringLiteral("CREATE TRIGGER row_seal_breaks_no_update BEFORE UPDATE ON row_seal_breaks"
                                 " BEGIN SELECT RAISE(ABORT, 'the record of changes made outside the program is kept'); END");
    return statements;
}

QStringList resealStatements(const SealedTable &before, const SealedTable &after)
{
    const QString columns = after.columns.join(QStringLiteral(", "));
    const QString fromNew = sealExpression(after, QStringLiteral("NEW."));
    const QString fromOld = sealExpression(after, QStringLiteral("OLD."));
    return {
        // A row changed outside the program before the migration is recorded as such, so that
        // resealing it does not launder it.
        QStringLiteral("INSERT INTO row_seal_breaks (tbl, id, seal, found) SELECT '%1', %2, row_seal, %3 FROM %1"
                       " WHERE row_seal IS NOT %3")
            .arg(before.table, before.key, sealExpression(before, QString())),
        // IF EXISTS: a store whose triggers were dropped outside the program still upgrades, and
        // gets them back.
        QStringLiteral("DROP TRIGGER IF EXISTS %1_seal_insert").arg(after.table),
        QStringLiteral("DROP TRIGGER IF EXISTS %1_seal_broken").arg(after.table),
        QStringLiteral("DROP TRIGGER IF EXISTS %1_seal_update").arg(after.table),
        QStringLiteral("UPDATE %1 SET row_seal = %2").arg(after.table, sealExpression(after, QString())),
        QStringLiteral("CREATE TRIGGER %1_seal_insert AFTER INSERT ON %1"
                       " WHEN NEW.row_seal IS NOT %2"
                       " BEGIN UPDATE %1 SET row_seal = %2 WHERE %3 = NEW.%3; END")
            .arg(after.table, fromNew, after.key),
        QStringLiteral("CREATE TRIGGER %1_seal_broken BEFORE UPDATE OF %2 ON %1"
                       " WHEN OLD.row_seal IS NOT %3"
                       " BEGIN INSERT INTO row_seal_breaks (tbl, id, seal, found)"
                       " VALUES ('%1', OLD.%4, OLD.row_seal, %3); END")
            .arg(after.table, columns, fromOld, after.key),
        QStringLiteral("CREATE TRIGGER %1_seal_update AFTER UPDATE OF %2 ON %1"
                       " BEGIN UPDATE %1 SET row_seal = %3 WHERE %4 = NEW.%4; END")
            .arg(after.table, columns, fromNew, after.key),
    };
}

Expected<StoreVerification> verify(QSqlDatabase db, int cap, const std::function<void(int, int)> &progress)
{
    StoreVerification result;
    const int steps = int(tables().size()) + 2;
    int step = 0;
    const auto advance = [&] {
        ++step;
        if (progress)
            progress(step, steps);
    };
    if (progress)
        progress(0, steps);

    const Expected<JournalVerification> chain = Journal::verify(db);
    if (!chain)
        return chain.error();
    result.journal = *chain;

    // What the queue server saw: the entry it acknowledged must still be there, unchanged.
    {
        QSqlQuery acknowledged(db);
        acknowledged.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
        acknowledged.addBindValue(acknowledgedHeadKey());
        if (acknowledged.exec() && acknowledged.next()) {
            const QStringList head = acknowledged.value(0).toString().split(u' ');
            const qint64 seq = head.value(0).toLongLong();
            acknowledged.finish();
            if (seq > 0) {
                QSqlQuery entry(db);
                entry.prepare(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"));
                entry.addBindValue(seq);
                if (!entry.exec())
                    return unreadable(entry);
                if (!entry.next() || entry.value(0).toString() != head.value(1))
                    result.acknowledgedSeqLost = seq;
            }
        }
    }
    advance();

    const auto add = [&result, cap](Finding finding) {
        if (result.findings.size() < cap)
            result.findings.append(std::move(finding));
        else
            ++result.moreFindings;
    };

    for (const SealedTable &t : tables()) {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(t.table)) || !count.next())
            return unreadable(count);
        result.rowsChecked += count.value(0).toLongLong();
        count.finish();

        // One pass in SQLite: only the rows that differ come back.
        const QString seal = sealExpression(t, QString());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1, row_seal, %2 FROM %3 WHERE row_seal IS NOT %2 ORDER BY %1")
                            .arg(t.key, seal, t.table)))
            return unreadable(query);
        while (query.next()) {
            Finding finding;
            finding.table = t.table;
            finding.id = query.value(0).toString();
            const QByteArray stored = query.value(1).toByteArray();
            if (query.value(1).isNull()) {
                finding.kind = Finding::Kind::Unsealed;
            } else {
                finding.kind = Finding::Kind::Changed;
                finding.columns = changedColumns(t, stored, query.value(2).toByteArray());
            }
            add(finding);
        }
        advance();
    }

    QSqlQuery breaks(db);
    breaks.setForwardOnly(true);
    if (!breaks.exec(QStringLiteral("SELECT tbl, id, seal, found FROM row_seal_breaks ORDER BY rowid")))
        return unreadable(breaks);
    while (breaks.next()) {
        Finding finding;
        finding.kind = Finding::Kind::EarlierChange;
        finding.table = breaks.value(0).toString();
        finding.id = breaks.value(1).toString();
        for (const SealedTable &t : tables())
            if (t.table == finding.table)
                finding.columns = changedColumns(t, breaks.value(2).toByteArray(), breaks.value(3).toByteArray());
        add(finding);
    }
    advance();
    return result;
}

QString StoreVerification::describe(const Finding &finding)
{
    QString what;
    if (finding.table == QLatin1String("applications"))
        what = tr("Application %1").arg(finding.id);
    else if (finding.table == QLatin1String("directions"))
        what = tr("Direction %1").arg(finding.id);
    else if (finding.table == QLatin1String("service_sessions"))
        what = tr("Service session %1").arg(finding.id);
    else if (finding.table == QLatin1String("contracts"))
        what = tr("Contract %1").arg(finding.id);
    else if (finding.table == QLatin1String("refusals"))
        what = tr("Refusal %1").arg(finding.id);
    else if (finding.table == QLatin1String("places"))
        what = tr("Place %1").arg(finding.id);
    else
        what = finding.table + u' ' + finding.id;
    // Column names stay as the store spells them: they are what a technician looks for.
    const QString columns = finding.columns.isEmpty() ? tr("which fields cannot be told")
                                                      : finding.columns.join(QStringLiteral(", "));
    switch (finding.kind) {
    case Finding::Kind::Changed:
        return tr("%1 (%2) was changed outside the program: %3.").arg(what, finding.table, columns);
    case Finding::Kind::Unsealed:
        return tr("%1 (%2) was written outside the program: it has no seal.").arg(what, finding.table);
    case Finding::Kind::EarlierChange:
        return tr("%1 (%2) had been changed outside the program before it was saved again: %3.")
            .arg(what, finding.table, columns);
    }
    return what;
}

QStringList StoreVerification::lines() const
{
    if (ok())
        return {tr("intact (%1 entries, %2 rows checked)").arg(journal.entries).arg(rowsChecked)};
    QStringList result;
    if (!journal.ok())
        result.append(journal.message());
    if (acknowledgedSeqLost > 0)
        result.append(tr("The journal no longer holds entry %1 as the queue server acknowledged it: "
                         "the desk's history was rewritten.").arg(acknowledgedSeqLost));
    for (const Finding &finding : findings)
        result.append(describe(finding));
    if (moreFindings > 0)
        result.append(tr("and %1 more").arg(moreFindings));
    return result;
}

} // namespace RowSeal
