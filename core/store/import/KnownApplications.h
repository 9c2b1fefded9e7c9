#pragma once

#include "domain/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

struct sqlite3;

namespace Import {

// Application ids: canonical lower-case UUID texts as two 64-bit numbers (a million of them in
// a few tens of megabytes), anything else as text.
class IdSet
{
public:
    // Adds id; false when it was there already.
    bool insert(QByteArrayView id);
    void remove(QByteArrayView id);
    qsizetype size() const { return m_uuids.size() + m_others.size(); }
    void reserve(qsizetype size) { m_uuids.reserve(size); }

private:
    static std::optional<std::pair<quint64, quint64>> parseUuid(QByteArrayView text);

    QSet<std::pair<quint64, quint64>> m_uuids;
    QSet<QByteArray> m_others;
};

// Children with an application that is not archived: 12-digit IINs as numbers.
class ActiveChildren
{
public:
    // owner: >= 0 a record of the file (its index), < 0 an application of the store.
    // Notes owner for iin unless the child has one already: then that one is returned.
    std::optional<qint64> tryInsert(QByteArrayView iin, qint64 owner);
    void replaceOwner(QByteArrayView iin, qint64 owner);
    void reserve(qsizetype size) { m_numbers.reserve(size); }

private:
    QHash<qint64, qint64> m_numbers;
    QHash<QByteArray, qint64> m_others;
};

// What the records are checked against: the ids and the active children the store holds, read
// in one scan each instead of a lookup per record, then the file's records as they are written.
struct KnownApplications
{
    IdSet ids;
    ActiveChildren activeChildren;
    QList<QString> storeOwners; // ids of the store's active applications, by -1 - owner
    qsizetype storeRows = 0;
    qint64 lastRowid = 0; // the newest row of `applications` read so far

    // Reads the store's; room for records more. Error: Rule::StoreWriteFailed.
    Status load(sqlite3 *db, qsizetype records);

    // Issue 14 item 1: another process (a second import, a registration, sync) may write between
    // load() and a batch. Called inside each batch's write transaction, before its records are
    // checked: adds the rows written since (rowid > lastRowid) that are not this import's own.
    // Returns the id of a new row that takes `current` (the record about to be checked again, the
    // first of the batch, already noted in the sets): the same id, or the same active child.
    struct Taken
    {
        QString by;          // the new row's id
        bool sameId = false; // the same id (else the same active child)
    };
    Expected<std::optional<Taken>> catchUp(sqlite3 *db, QByteArrayView currentId, QByteArrayView currentIin,
                                           qint64 currentIndex);
    // The id of the application that owns owner (< 0: of the store) in ActiveChildren.
    QString storeOwner(qint64 owner) const { return storeOwners.at(-1 - owner); }
};

} // namespace Import
