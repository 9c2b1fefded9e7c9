#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

// The sync protocol's messages as the desk reads them (docs/api.md). Parsing is strict: a page
// or an answer that does not have the documented shape is refused as a whole (nothing of it is
// applied), so a broken proxy or a server of another version can never half-write a store.

// Where the desk stands in the server's change log: EPOCH:SEQ. An empty epoch: nothing
// downloaded yet.
struct SyncCursor
{
    QString epoch;
    qint64 seq = 0;

    QString text() const { return epoch.isEmpty() ? QString() : epoch + u':' + QString::number(seq); }
};

struct SyncChange
{
    qint64 seq = 0;
    QString partition; // "orgs", "year:2022", "org:<id>"
    QString entity;    // "org", "application", "direction", ...
    QString id;
    qint64 version = 0;
    bool deleted = false;
    // The change's "data" object as the server wrote it (empty when it sent none): parsed only by
    // whoever needs it, so that a page of anonymous queue rows is never built into a QJsonDocument
    // (the bulk download reads each row's few keys straight from these bytes; docs/sync.md).
    QByteArray data;

    // The data object (empty when data is empty, or QJsonDocument does not read it as one).
    QJsonObject dataObject() const;
    void setDataObject(const QJsonObject &object);
};

struct SyncCheckpoint
{
    QString partition;
    qint64 count = 0;
    quint64 checksum = 0;
};

struct SyncPage
{
    SyncCursor cursor; // after this page
    bool more = false;
    qint64 head = 0;   // the newest change the server holds (0 when it does not say): progress
    QList<SyncChange> changes;
    QList<SyncCheckpoint> checkpoints;
};

// One command's outcome from POST /api/v1/commands.
struct SyncOutcome
{
    enum class Status { Applied, Rejected };
    qint64 deskSeq = 0;
    QString id;
    Status status = Status::Applied;
    bool replayed = false;
    QJsonObject result;  // applied: the server's result (ids, registration sequence, ...)
    QString code;        // rejected: the stable code (docs/api.md)
    QString message;     // rejected: the server's text (English)
    QJsonObject details; // rejected: e.g. the existing application of duplicate_child
};

struct SyncCommandsAnswer
{
    qint64 lastSeq = 0;
    QList<SyncOutcome> outcomes;
};

namespace SyncProtocol {

// The API version this desk speaks (/health's "api").
inline constexpr int apiVersion = 1;

std::optional<SyncCursor> parseCursor(const QString &text);
// A GET /changes body; nullopt when it is not the documented shape (error says what).
std::optional<SyncPage> parsePage(const QByteArray &body, QString *error = nullptr);
// The `results` of a POST /commands body (200, or 503 retry with the outcomes already stored).
std::optional<SyncCommandsAnswer> parseCommandsAnswer(const QByteArray &body, QString *error = nullptr);
// 16 hex digits -> 64 bits.
std::optional<quint64> parseChecksum(const QString &text);

} // namespace SyncProtocol
