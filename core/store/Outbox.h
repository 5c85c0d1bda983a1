#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace leadops {

class Database;

// A local change waiting to reach the server. Written by the services in the same transaction as
// the row; pushed in order; idempotent through its client-generated mutation id; carries the
// server version (updated_at) the change was made from, the push precondition.
struct OutboxEntry
{
    qint64 id = 0;
    QString mutationId;
    QString entity; // "lead", "campaign", "niche"
    QString entityId;
    QString op;            // "insert" or "update"
    QJsonObject payload;   // the row as the change left it
    QString baseUpdatedAt; // the server's updated_at the change was made from (empty: never synced)
    QString state;         // "pending", "conflict", "failed"
    QString error;
    QJsonObject theirs; // the server's row, for a conflict
    int attempts = 0;
    QString createdAt;
};

class Outbox
{
public:
    explicit Outbox(Database& db) : m_db(db) {}

    // Call inside the caller's transaction (ChangeWriter does); `now` from the service's clock.
    Result<void> append(const QString& entity, const QString& entityId, const QString& op, const QJsonObject& payload,
                        const QDateTime& now);
    Result<QList<OutboxEntry>> entries(const QString& state = {});
    Result<std::optional<OutboxEntry>> get(qint64 id);
    Result<void> remove(qint64 id);
    // Every queued change of one row, whatever its state: the local changes given up.
    Result<void> removeRow(const QString& entityId);
    Result<void> markConflict(qint64 id, const QJsonObject& theirs);
    Result<void> markFailed(qint64 id, const QString& error);
    Result<void> markPending(qint64 id, const QString& newBase);
    // A change read from another workspace file (a rebuild), queued again as it was: its mutation
    // id, state and server version, which its row's server_updated_at is set back to. In the
    // caller's transaction, after the row itself was stored.
    Result<void> restore(const OutboxEntry& entry);
    // A refused change queued to be sent again as it is (the cause was outside it: a rule, a role).
    Result<void> retry(qint64 id);
    Result<void> rebase(const QString& entityId, const QString& newBase); // later entries of a pushed row
    Result<qint64> count(const QString& state);
    // Changes still queued for one row, in any state.
    Result<qint64> countFor(const QString& entityId);
    // Ids of `entity` rows with queued changes in any state: a pull leaves those rows alone.
    Result<QSet<QString>> unsentIds(const QString& entity);

    static QString tableFor(const QString& entity);

private:
    Database& m_db;
};

} // namespace leadops
