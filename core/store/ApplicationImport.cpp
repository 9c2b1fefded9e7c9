#include "store/ApplicationImport.h"

#include "domain/ApplicationValidation.h"
#include "domain/QueueOrder.h"
#include "store/ApplicationJson.h"
#include "store/ApplicationStore.h"
#include "store/CanonicalJson.h"
#include "store/Journal.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/QueueStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <tuple>

namespace {

// The namespace of the ids derived for records without one (a fixed, random UUID).
const QUuid idNamespace(QStringLiteral("{5b0f9a3e-6c47-4d0e-9f6b-2a1d8c7e4b91}"));

Issue writeFailed(const QString &error)
{
    return Issue::error(Field::Store, Rule::StoreWriteFailed, error);
}

// The byte ranges of the elements of a top-level JSON array, without parsing them; nullopt when
// the text is not an array (or is cut off). Parsing each element on its own lets the records be
// parsed in parallel and a bad record be reported by its index.
std::optional<QList<std::pair<qsizetype, qsizetype>>> splitArray(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < size && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
            ++i;
    };
    // A UTF-8 byte order mark is tolerated.
    if (size >= 3 && json.startsWith("\xEF\xBB\xBF"))
        i = 3;
    skipSpace();
    if (i >= size || data[i] != '[')
        return std::nullopt;
    ++i;
    QList<std::pair<qsizetype, qsizetype>> elements;
    skipSpace();
    if (i < size && data[i] == ']') {
        ++i;
        skipSpace();
        return i == size ? std::optional(elements) : std::nullopt;
    }
    for (;;) {
        skipSpace();
        const qsizetype start = i;
        int depth = 0;
        bool inString = false;
        for (; i < size; ++i) {
            const char c = data[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // the array's own ']'
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (i >= size || inString || depth != 0)
            return std::nullopt;
        qsizetype end = i;
        while (end > start && (data[end - 1] == ' ' || data[end - 1] == '\n' || data[end - 1] == '\r'
                               || data[end - 1] == '\t'))
            --end;
        elements.append({start, end - start});
        if (data[i] == ']') {
            ++i;
            skipSpace();
            return i == size ? std::optional(elements) : std::nullopt;
        }
        ++i; // ','
    }
}

// The spellings registerApplication stores (ApplicationStore.cpp): IIN digits, E.164 numbers,
// no blank slots, filing time in whole milliseconds.
void normalize(Application &application, const QDateTime &now)
{
    normalizeForStorage(application, now);
    if (application.status != ApplicationStatus::Archived)
        application.archiveReason = ArchiveReason::None;
}

// CanonicalJson::encode(ApplicationJson::toJson(a)), byte for byte, written directly: building the
// QJsonObject and sorting its keys cost more than everything else of a record together
// (tst_applicationimport checks the hashes against the slow path).
void appendCanonicalString(QByteArray &out, const QString &text)
{
    CanonicalJson::appendString(out, text);
}

void appendCanonicalDate(QByteArray &out, const QDate &date)
{
    if (date.isValid())
        appendCanonicalString(out, date.toString(Qt::ISODate));
    else
        out += "null";
}

void appendCanonicalList(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCanonicalString(out, list.at(i));
    }
    out += ']';
}

QByteArray canonicalRecord(const Application &a)
{
    using Writer = void (*)(QByteArray &, const Application &);
    struct Member
    {
        const char *key;
        Writer write;
    };
    // Every key of ApplicationJson::toJson, sorted (all ASCII: byte order is UTF-16 order).
    static const QList<Member> members = [] {
        QList<Member> list = {
            {"id", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.id); }},
            {"registration_sequence", [](QByteArray &o, const Application &x) { o += QByteArray::number(x.registrationSequence); }},
            {"applicant_surname", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.applicant.surname); }},
            {"applicant_name", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.applicant.name); }},
            {"applicant_patronymic", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.applicant.patronymic); }},
            {"applicant_iin", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.applicantIin); }},
            {"applicant_address", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.applicantAddress); }},
            {"settlement", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.settlement); }},
            {"child_surname", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.child.surname); }},
            {"child_name", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.child.name); }},
            {"child_patronymic", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.child.patronymic); }},
            {"child_iin", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.childIin); }},
            {"child_birth_date", [](QByteArray &o, const Application &x) { appendCanonicalDate(o, x.childBirthDate); }},
            {"child_sex", [](QByteArray &o, const Application &x) { appendCanonicalString(o, ApplicationJson::sexCode(x.childSex)); }},
            {"category", [](QByteArray &o, const Application &x) { o += QByteArray::number(Categories::code(x.category)); }},
            {"category_document_type", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.categoryDocument.type); }},
            {"category_document_number", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.categoryDocument.number); }},
            {"category_document_issuer", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.categoryDocument.issuer); }},
            {"category_document_issue_date", [](QByteArray &o, const Application &x) { appendCanonicalDate(o, x.categoryDocument.issueDate); }},
            {"preferred_kindergartens", [](QByteArray &o, const Application &x) { appendCanonicalList(o, x.preferredKindergartens); }},
            {"language", [](QByteArray &o, const Application &x) { appendCanonicalString(o, ApplicationJson::languageCode(x.language)); }},
            {"phones", [](QByteArray &o, const Application &x) { appendCanonicalList(o, x.phones); }},
            {"email", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.email); }},
            {"consent", [](QByteArray &o, const Application &x) { o += x.consent ? "true" : "false"; }},
            {"signature_date", [](QByteArray &o, const Application &x) { appendCanonicalDate(o, x.signatureDate); }},
            {"filed_at", [](QByteArray &o, const Application &x) {
                 const QJsonValue value = ApplicationJson::timestampValue(x.filedAt);
                 if (value.isNull())
                     o += "null";
                 else
                     appendCanonicalString(o, value.toString());
             }},
            {"status", [](QByteArray &o, const Application &x) { appendCanonicalString(o, ApplicationJson::statusCode(x.status)); }},
            {"archive_reason", [](QByteArray &o, const Application &x) { appendCanonicalString(o, ApplicationJson::archiveReasonCode(x.archiveReason)); }},
            {"stop_listed_until", [](QByteArray &o, const Application &x) { appendCanonicalDate(o, x.stopListedUntil); }},
            {"batch_id", [](QByteArray &o, const Application &x) { appendCanonicalString(o, x.batchId); }},
        };
        std::sort(list.begin(), list.end(), [](const Member &m, const Member &n) { return qstrcmp(m.key, n.key) < 0; });
        return list;
    }();
    QByteArray out;
    out.reserve(1024);
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        out += members.at(i).key;
        out += "\":";
        members.at(i).write(out, a);
    }
    out += '}';
    return out;
}

QVariant dateColumn(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString listColumn(const QStringList &list)
{
    return QString::fromUtf8(CanonicalJson::encode(QJsonArray::fromStringList(list)));
}

const char *const insertSql =
    "INSERT INTO applications (id, registration_sequence, applicant_surname, applicant_name,"
    " applicant_patronymic, applicant_iin, applicant_address, settlement, child_surname, child_name,"
    " child_patronymic, child_iin, child_birth_date, birth_year, child_sex, category, right_rank,"
    " category_document_type, category_document_number, category_document_issuer,"
    " category_document_issue_date, preferred_kindergartens, language, phones, email, consent,"
    " signature_date, filed_at, status, archive_reason, stop_listed_until, batch_id, created_at,"
    " updated_at, search_text, queue_band, queue_slot)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
    " ?, ?, ?, ?, ?, ?, ?)";

// The values of insertSql but the last two (queue_band, queue_slot, known only when the row is
// written), computed on the worker threads.
QVariantList columnValues(const Application &a, qint64 filedAt, const QString &searchText, qint64 now)
{
    return {
        a.id,
        a.registrationSequence,
        text(a.applicant.surname),
        text(a.applicant.name),
        text(a.applicant.patronymic),
        text(a.applicantIin),
        text(a.applicantAddress),
        text(a.settlement),
        text(a.child.surname),
        text(a.child.name),
        text(a.child.patronymic),
        text(a.childIin),
        dateColumn(a.childBirthDate),
        a.birthYear(),
        ApplicationJson::sexCode(a.childSex),
        Categories::code(a.category),
        static_cast<int>(a.right()),
        text(a.categoryDocument.type),
        text(a.categoryDocument.number),
        text(a.categoryDocument.issuer),
        dateColumn(a.categoryDocument.issueDate),
        listColumn(a.preferredKindergartens),
        ApplicationJson::languageCode(a.language),
        listColumn(a.phones),
        text(a.email),
        a.consent ? 1 : 0,
        dateColumn(a.signatureDate),
        filedAt,
        ApplicationJson::statusCode(a.status),
        ApplicationJson::archiveReasonCode(a.archiveReason),
        dateColumn(a.stopListedUntil),
        text(a.batchId),
        now,
        now,
        searchText,
    };
}

// One record after parsing and validation (done in parallel).
struct Record
{
    Application application;
    QString searchText;
    QByteArray digestHex; // SHA-256 hex of the canonical JSON as stored
    QVariantList values;  // columnValues()
    std::optional<Issue> error;
    qint64 filedAt = 0;
    qint64 sequence = 0;
};

void prepare(Record &record, const QByteArray &text, const ValidationContext &context)
{
    if (!text.startsWith('{')) {
        // A number, string, array... where an application should be.
        record.error = Issue::error(Field::ImportFile, Rule::ImportRecordNotObject);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        record.error = Issue::error(Field::ImportFile, Rule::ImportRecordNotObject,
                                    parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : QString());
        return;
    }
    const QJsonObject object = document.object();
    Expected<Application> parsed = ApplicationJson::fromJson(object);
    if (!parsed) {
        record.error = parsed.error();
        return;
    }
    Application application = std::move(parsed).value();
    for (const Issue &issue : validateApplication(application, context)) {
        if (issue.isError()) {
            record.error = issue;
            return;
        }
    }
    if (application.id.isEmpty())
        application.id = QUuid::createUuidV5(idNamespace, CanonicalJson::encode(object)).toString(QUuid::WithoutBraces);
    normalize(application, context.now);
    record.searchText = QueueStore::searchText(application.child, application.applicant);
    record.digestHex = QCryptographicHash::hash(canonicalRecord(application), QCryptographicHash::Sha256).toHex();
    record.filedAt = QueueOrder::filedAtSortValue(application.filedAt);
    record.sequence = QueueOrder::sequenceSortValue(application.registrationSequence);
    record.values = columnValues(application, record.filedAt, record.searchText, context.now.toMSecsSinceEpoch());
    record.application = std::move(application);
}

QString indexName(const QString &createIndex)
{
    return createIndex.section(u' ', 2, 2); // "CREATE INDEX name ON ..."
}

// Runs statements in one transaction.
Status runTransaction(QSqlDatabase &db, const QStringList &statements)
{
    if (statements.isEmpty())
        return {};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return writeFailed(query.lastError().text());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QString error = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return writeFailed(error);
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return writeFailed(error);
    }
    return {};
}

// Creates the secondary indexes of `applications` that are missing (after a bulk load, or after
// a bulk load a crash cut short), exactly as the migrations define them.
Status createMissingIndexes(QSqlDatabase &db)
{
    QSet<QString> present;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                       " AND tbl_name = 'applications'")))
            return writeFailed(query.lastError().text());
        while (query.next())
            present.insert(query.value(0).toString());
    }
    QStringList missing;
    for (const QString &statement : Migrations::applicationIndexes())
        if (!present.contains(indexName(statement)))
            missing.append(statement);
    return runTransaction(db, missing);
}

Status dropIndexes(QSqlDatabase &db)
{
    QStringList drops;
    for (const QString &statement : Migrations::applicationIndexes())
        drops.append(QStringLiteral("DROP INDEX IF EXISTS ") + indexName(statement));
    return runTransaction(db, drops);
}

// What the store holds of one side (birth year, right) before the import's batch.
struct SideState
{
    qint64 count = 0;
    std::optional<std::tuple<qint64, qint64, QString>> last; // greatest filing key
    bool stale = false;
};

} // namespace

ApplicationImport::ApplicationImport(std::shared_ptr<Database> database, RuleSettings settings)
    : m_database(std::move(database))
    , m_settings(std::move(settings))
{
}

QString ApplicationImport::batchHash(const QList<QByteArray> &recordDigestsHex)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &digest : recordDigestsHex)
        hash.addData(digest);
    return QString::fromLatin1(hash.result().toHex());
}

Expected<ImportResult> ApplicationImport::importJson(const QByteArray &json, const QString &clerk,
                                                     const QDateTime &now)
{
    const std::optional<QList<std::pair<qsizetype, qsizetype>>> elements = splitArray(json);
    if (!elements)
        return Issue::error(Field::ImportFile, Rule::ImportNotJsonArray);

    // 1. Worker threads parse and validate the records chunk by chunk while this thread writes
    //    the chunks already done, in file order.
    const ValidationContext context{now, m_settings};
    QList<Record> records(elements->size());
    // Raw access: threads touch different elements, never the list itself.
    Record *const recordData = records.data();
    constexpr qsizetype chunkSize = 512;
    const qsizetype chunks = (records.size() + chunkSize - 1) / chunkSize;
    std::vector<char> ready(size_t(chunks), 0);
    std::mutex mutex;
    std::condition_variable chunkDone;
    std::atomic<qsizetype> nextChunk{0};
    const auto work = [&] {
        for (;;) {
            const qsizetype chunk = nextChunk.fetch_add(1);
            if (chunk >= chunks)
                return;
            const qsizetype to = qMin((chunk + 1) * chunkSize, records.size());
            for (qsizetype i = chunk * chunkSize; i < to; ++i) {
                const auto [offset, length] = elements->at(i);
                prepare(recordData[i], QByteArray::fromRawData(json.constData() + offset, length), context);
            }
            {
                const std::lock_guard lock(mutex);
                ready[size_t(chunk)] = 1;
            }
            chunkDone.notify_all();
        }
    };
    const int threads = m_threads > 0 ? m_threads : int(qMax(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    // On every way out: no new chunks, and the workers gone before `records` is.
    const auto joinWorkers = qScopeGuard([&] {
        nextChunk.store(chunks);
        for (std::thread &thread : pool)
            thread.join();
    });
    const auto waitFor = [&](qsizetype chunk) {
        std::unique_lock lock(mutex);
        chunkDone.wait(lock, [&] { return ready[size_t(chunk)] != 0; });
    };

    QSqlDatabase db = m_database->connection();
    ImportResult result;
    if (const Status indexed = createMissingIndexes(db); !indexed)
        return indexed.error();

    // 2. Ids and active children the store holds (one scan each instead of a lookup per record).
    QSet<QString> knownIds;
    QHash<QString, QString> activeChildren; // child IIN -> application id
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id FROM applications")))
            return writeFailed(query.lastError().text());
        while (query.next())
            knownIds.insert(query.value(0).toString());
        if (!query.exec(QStringLiteral("SELECT child_iin, id FROM applications WHERE status <> 'archived'")))
            return writeFailed(query.lastError().text());
        while (query.next())
            activeChildren.insert(query.value(0).toString(), query.value(1).toString());
    }

    QHash<std::pair<int, int>, SideState> sides;
    // Bulk mode read every side of the store before dropping the indexes: a side not among them
    // is empty.
    bool sidesComplete = false;
    const auto sideState = [&](int year, int right) -> Expected<SideState *> {
        const auto found = sides.find({year, right});
        if (found != sides.end())
            return &*found;
        SideState state;
        if (sidesComplete) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM queue_stale WHERE birth_year = :y AND right_rank = :r"));
            query.bindValue(QStringLiteral(":y"), year);
            query.bindValue(QStringLiteral(":r"), right);
            if (!query.exec() || !query.next())
                return writeFailed(query.lastError().text());
            state.stale = query.value(0).toInt() > 0;
            return &*sides.insert({year, right}, state);
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*), (SELECT count(*) FROM queue_stale WHERE birth_year = :y2"
                                     " AND right_rank = :r2) FROM applications WHERE birth_year = :y AND right_rank = :r"));
        query.bindValue(QStringLiteral(":y"), year);
        query.bindValue(QStringLiteral(":r"), right);
        query.bindValue(QStringLiteral(":y2"), year);
        query.bindValue(QStringLiteral(":r2"), right);
        if (!query.exec() || !query.next())
            return writeFailed(query.lastError().text());
        state.count = query.value(0).toLongLong();
        state.stale = query.value(1).toInt() > 0;
        query.finish();
        if (state.count > 0) {
            query.prepare(QStringLiteral("SELECT filed_at, queue_sequence, id FROM applications"
                                         " WHERE birth_year = :y AND right_rank = :r"
                                         " ORDER BY filed_at DESC, queue_sequence DESC, id DESC LIMIT 1"));
            query.bindValue(QStringLiteral(":y"), year);
            query.bindValue(QStringLiteral(":r"), right);
            if (!query.exec() || !query.next())
                return writeFailed(query.lastError().text());
            state.last = std::make_tuple(query.value(0).toLongLong(), query.value(1).toLongLong(),
                                         query.value(2).toString());
        }
        return &*sides.insert({year, right}, state);
    };

    // SQLite's default page cache (2 MB) spills every batch to disk several times over while
    // the indexes grow at random places (ids, IINs, names); a large cache writes each page once.
    // Restored afterwards: the desk's connection does not need it.
    int cacheSize = -2000;
    {
        QSqlQuery pragma(db);
        if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
            cacheSize = pragma.value(0).toInt();
        pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
    }
    const auto restoreCache = qScopeGuard([&db, cacheSize] {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    // One checkpoint at the end instead of one every 1000 pages of WAL (each page would be
    // written to the database file again and again while the import grows it).
    int autoCheckpoint = 1000;
    {
        QSqlQuery pragma(db);
        if (pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && pragma.next())
            autoCheckpoint = pragma.value(0).toInt();
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
    const auto checkpoint = qScopeGuard([&db, autoCheckpoint] {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(autoCheckpoint));
        pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    });

    // Bulk mode when what is left of the file at its first new record is large and at least as
    // large as the store (a file imported again drops nothing): each index is then built once,
    // sorted, instead of growing at random places row by row. The sides' states are read first
    // (they need applications_side).
    const qsizetype storeRows = knownIds.size();
    bool indexesDropped = false;
    const auto enterBulkMode = [&]() -> Status {
        QList<std::pair<int, int>> storedSides;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT DISTINCT birth_year, right_rank FROM applications")))
                return writeFailed(query.lastError().text());
            while (query.next())
                storedSides.append({query.value(0).toInt(), query.value(1).toInt()});
        }
        for (const auto &[year, right] : std::as_const(storedSides))
            if (const Expected<SideState *> state = sideState(year, right); !state)
                return state.error();
        sidesComplete = true;
        if (const Status dropped = dropIndexes(db); !dropped)
            return dropped.error();
        indexesDropped = true;
        return {};
    };
    bool modeChosen = false;
    // Also when a batch fails: the batches committed before it stay, indexed.
    const auto rebuildIndexes = qScopeGuard([&db, &indexesDropped] {
        if (indexesDropped)
            createMissingIndexes(db);
    });

    // 3. Batches: rows, one outbox command and one journal entry per transaction.
    QSqlQuery insert(db);
    bool inBatch = false;
    QJsonArray ids;
    QList<QByteArray> digests;
    // Sides this batch computed slots for, and whether it could for every row of them.
    QHash<std::pair<int, int>, bool> computed;
    const auto rollback = [&db, &inBatch](const Issue &issue) -> Issue {
        if (inBatch) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("ROLLBACK"));
            inBatch = false;
        }
        return issue;
    };
    const auto commitBatch = [&]() -> Status {
        insert.finish();
        // The insert trigger marked the sides stale; where this batch computed every slot
        // itself, they are not.
        {
            QSqlQuery clear(db);
            clear.prepare(QStringLiteral("DELETE FROM queue_stale WHERE birth_year = ? AND right_rank = ?"));
            for (auto it = computed.cbegin(); it != computed.cend(); ++it) {
                if (!it.value())
                    continue;
                clear.bindValue(0, it.key().first);
                clear.bindValue(1, it.key().second);
                if (!clear.exec())
                    return rollback(writeFailed(clear.lastError().text()));
            }
        }
        {
            // The ratio the slots were computed with (QueueStore recomputes on another one).
            QSqlQuery ratio(db);
            ratio.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('queue_ratio', ?)"
                                         " ON CONFLICT (key) DO NOTHING"));
            ratio.bindValue(0, QString(QString::number(m_settings.primaryRatioPrimary) + u':'
                                       + QString::number(m_settings.primaryRatioGeneral)));
            if (!ratio.exec())
                return rollback(writeFailed(ratio.lastError().text()));
        }
        const QString hash = batchHash(digests);
        const QJsonObject payload{
            {QStringLiteral("count"), qint64(digests.size())},
            {QStringLiteral("ids"), ids},
            {QStringLiteral("sha256"), hash},
        };
        const Expected<QString> commandId = Outbox::enqueue(db, commandType(), payload, clerk, now);
        if (!commandId)
            return rollback(commandId.error());
        QJsonObject journalPayload = payload;
        journalPayload.insert(QStringLiteral("command_id"), *commandId);
        const Expected<JournalEntry> entry =
            Journal::append(db, importedEvent(), journalEntity(), *commandId, journalPayload, clerk, now);
        if (!entry)
            return rollback(entry.error());
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return rollback(writeFailed(commit.lastError().text()));
        inBatch = false;
        result.imported += digests.size();
        ++result.batches;
        ids = QJsonArray();
        digests.clear();
        computed.clear();
        return {};
    };

    for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
        waitFor(chunk);
        const qsizetype to = qMin((chunk + 1) * chunkSize, records.size());
        for (qsizetype i = chunk * chunkSize; i < to; ++i) {
            Record &record = recordData[i];
            if (record.error) {
                result.invalid.append({i, *record.error});
                continue;
            }
            const Application &a = record.application;
            if (knownIds.contains(a.id)) {
                ++result.alreadyPresent;
                continue;
            }
            if (a.isActive()) {
                // RULES 3.2 [Q]: one active application per child.
                const auto existing = activeChildren.constFind(a.childIin);
                if (existing != activeChildren.cend()) {
                    result.invalid.append({i, Issue::error(Field::ChildIin, Rule::ActiveApplicationExists, *existing)});
                    continue;
                }
                activeChildren.insert(a.childIin, a.id);
            }
            knownIds.insert(a.id);

            if (!modeChosen) {
                modeChosen = true;
                const qsizetype left = records.size() - i;
                if (left >= m_bulkThreshold && left >= storeRows) {
                    if (const Status bulk = enterBulkMode(); !bulk)
                        return bulk.error();
                }
            }
            if (!inBatch) {
                QSqlQuery begin(db);
                if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                    return writeFailed(begin.lastError().text());
                inBatch = true;
                if (!insert.prepare(QString::fromLatin1(insertSql)))
                    return rollback(writeFailed(insert.lastError().text()));
            }
            const int year = a.birthYear();
            const int right = static_cast<int>(a.right());
            const Expected<SideState *> state = sideState(year, right);
            if (!state)
                return rollback(state.error());
            SideState &side = **state;
            const auto key = std::make_tuple(record.filedAt, record.sequence, a.id);
            // The slot is known when the row goes after every row of a side whose slots are up
            // to date: its rank is then the side's size (QueueOrder::slot()). A file in filing
            // order (an export) always is; other rows are left to QueueStore::refresh().
            QVariant band;
            QVariant slot;
            const bool atEnd = !side.stale && (!side.last || *side.last < key);
            if (atEnd) {
                band = QueueOrder::band(a.right(), m_settings);
                slot = QueueOrder::slot(a.right(), side.count, m_settings);
                side.last = key;
            } else {
                side.stale = true;
            }
            const auto mark = computed.find({year, right});
            if (mark == computed.end())
                computed.insert({year, right}, atEnd);
            else
                *mark = *mark && atEnd;
            ++side.count;

            int column = 0;
            for (const QVariant &value : std::as_const(record.values))
                insert.bindValue(column++, value);
            insert.bindValue(column++, band);
            insert.bindValue(column, slot);
            if (!insert.exec())
                return rollback(writeFailed(insert.lastError().text()));
            ids.append(a.id);
            digests.append(record.digestHex);
            // The record is written: free its memory now rather than at the end.
            record = Record();
            if (digests.size() >= m_batchSize) {
                if (const Status committed = commitBatch(); !committed)
                    return committed.error();
            }
        }
    }
    if (inBatch) {
        if (const Status committed = commitBatch(); !committed)
            return committed.error();
    }
    if (indexesDropped) {
        insert.finish();
        if (const Status rebuilt = createMissingIndexes(db); !rebuilt)
            return rebuilt.error();
        indexesDropped = false;
    }

    // 4. Sides the batches could not extend at their end.
    QueueStore queue(m_database, m_settings);
    if (const Status refreshed = queue.refresh(); !refreshed)
        return refreshed.error();
    return result;
}
