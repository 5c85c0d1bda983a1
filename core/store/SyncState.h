#pragma once

#include "core/domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace leadops {

class Database;

// The sync's bookkeeping in the workspace: where each table's pull stands (sync_state), a first
// pull under way (sync_snapshot), the rows to ask the server for again by id (sync_deferred), and
// the server version each local row was last seen at. The sync engine decides; this class holds
// the SQL. Methods that write join the caller's transaction unless they say otherwise.
class SyncState
{
public:
    explicit SyncState(Database& db) : m_db(db) {}

    // The last (updated_at, id) stored by the pull of changes; empty before the first pull.
    struct Watermark
    {
        QString updatedAt;
        QString id;
    };
    Result<Watermark> watermark(const QString& entity);

    // One created_at range of a first pull: rows after (after, afterId) and before `before`.
    struct SnapshotPart
    {
        QString after;
        QString afterId;
        QString before; // empty: open-ended
    };
    struct Snapshot
    {
        QString horizon; // the server's sync horizon when the snapshot began
        QList<SnapshotPart> parts;
    };
    // The first pull under way, if any (no parts: none).
    Result<Snapshot> snapshot(const QString& entity);
    // Saves a first pull's parts, in its own transaction.
    Result<void> startSnapshot(const QString& entity, const QString& horizon, const QList<SnapshotPart>& parts);
    // Every part reached its end: the pull of changes starts at the horizon, the parts are
    // forgotten; in its own transaction.
    Result<void> endSnapshot(const QString& entity, const QString& horizon);

    // Rows to ask the server for again by id (a snapshot could not store them, a conflict or a
    // dropped change wants the server's current row).
    Result<QStringList> askedAgain(const QString& entity);
    Result<void> askAgain(const QString& entity, const QString& id);
    Result<void> forgetAskedAgain(const QString& entity, const QStringList& ids);

    // The server version a row builds on; null makes the next pull overwrite the local row.
    Result<void> setServerVersion(const QString& entity, const QString& id, const QString& updatedAt);
    Result<void> forgetServerVersion(const QString& entity, const QString& id);
    // The server version of a local row: empty when the server has never had it.
    Result<QString> serverVersion(const QString& entity, const QString& id);

    // Whether the entity's local table holds no row at all (a first pull is a bulk load).
    Result<bool> tableIsEmpty(const QString& entity);
    // How many local rows refer to the row (campaigns of a niche, leads of a campaign).
    Result<qint64> rowsReferringTo(const QString& entity, const QString& id, QString* childTable);
    // Removes a row the server never accepted.
    Result<void> removeLocalRow(const QString& entity, const QString& id);

private:
    Database& m_db;
};

} // namespace leadops
