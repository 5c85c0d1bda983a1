#pragma once

#include "core/domain/Result.h"
#include "core/store/Outbox.h"
#include "core/store/SyncState.h"
#include "core/sync/PulledRowStore.h"
#include "core/sync/ServerRowWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace leadops {

class Database;
class Transaction;
class PostgrestClient;

struct SyncReport
{
    qint64 pulled = 0;        // rows written from the server
    qint64 deleted = 0;       // rows removed locally because the server deleted them
    qint64 heldBack = 0;      // server rows not applied: the local row still has unsent changes
    qint64 pushed = 0;        // outbox entries applied on the server (or found already applied)
    qint64 conflicts = 0;     // entries whose row changed on the server meanwhile
    qint64 failed = 0;        // refused changes (RLS, CHECK, trigger) waiting for the user, this run's or older
    qint64 pending = 0;       // still waiting after this run
    qint64 historyPulled = 0; // the server's status changes stored (server_history)
    double seconds = 0;
    // The server's sync horizon the pull started from: nothing can still appear before it, so
    // serverChangedSince(horizon) tells whether another pull would bring anything.
    QString horizon;
    QJsonObject toJson() const;
};

// One cheap request (rpc/changed_since): whether any row this role can read changed at or after
// `horizon` (a SyncReport's). nullopt when the server has no such function (an older backend): the
// caller keeps to its periodic sync.
Result<std::optional<bool>> serverChangedSince(PostgrestClient& client, const QString& horizon);

// Resolves a conflict or a refused change without any network.
// - A conflict (the server's row was kept with it): "theirs" stores the server's row and drops the
//   local changes of that row; "mine" re-queues the local change on top of the server's version.
// - A change the server refused (a rule, a role, a duplicate): "mine" sends it again as it is, for
//   when the cause has gone; "theirs" drops it and the row's later changes. A row whose insert was
//   refused never reached the server and is removed here (refused, with a readable error, while
//   other local rows refer to it); any other row gets the server's version back with the next
//   pull, which asks for it by id.
Result<void> resolveConflict(Database& db, qint64 outboxId, bool keepMine);

// Local store <-> Supabase. Pull: per table, keyset pages by (updated_at, id), each page and its
// watermark in one transaction, so a kill at any moment resumes without gaps or duplicates. A first
// pull of a table with read indexes copies it by (created_at, id) first (a snapshot, resumable the
// same way), then reads by (updated_at, id) from the sync horizon the snapshot started at. Push:
// the outbox in order, each change with its mutation id (idempotent) and its base version (a row
// changed on the server meanwhile becomes a conflict, never overwritten, never dropped).
class SyncEngine
{
public:
    SyncEngine(Database& db, PostgrestClient& client);

    static constexpr int kPageSize = 1000;
    // A page that ends with this many rows sharing its last key is inside a tie run: the next page
    // is asked by id within that key (see pullPages).
    static constexpr int kTieRunRows = 32;
    // A first pull's snapshot is walked in this many parts at once (created_at ranges split at the
    // median): a page chain waits for the server at every step, and two keep it busy.
    static constexpr int kSnapshotParts = 2;
    static constexpr int kRetries = 4; // per request, for transient failures

    // `progress(table, rowsSoFar)` after each page; returning false cancels between pages.
    // Called after each stored page: the table, rows pulled from it so far, and about how many the
    // pull will bring (the server's planner estimate, -1 when it gave none). Returning false cancels.
    using PullProgress = std::function<bool(const QString& table, qint64 rows, qint64 expected)>;
    Result<SyncReport> pull(const PullProgress& progress = {});
    Result<SyncReport> push();
    Result<void> resolve(qint64 outboxId, bool keepMine) { return resolveConflict(m_db, outboxId, keepMine); }
    // Whether leads are pulled through the server's lead_rows_v1 view when it has one (the
    // default); off, they come from /leads as objects, as from a backend without the view.
    void setCompactLeadRows(bool on) { m_compactLeadRows = on; }
    // What the last pull of leads found: whether the server has lead_rows_v1 (unknown before one).
    std::optional<bool> serverHasLeadRows() const { return m_serverHasLeadRows; }

private:
    // Where a keyset walk of a table stands: after (key, id) in the order of `column`, then id.
    struct Keyset
    {
        const char* column = "updated_at"; // or "created_at" (a snapshot)
        QString key;                       // empty: from the first row
        QString id;                        // empty with a key: every row from that key on
        bool inTieRun = false;             // the rows at `key` may go on for pages
        QString before;                    // a snapshot's part: rows before this created_at only
    };
    // `horizon`: the server's sync_horizon() at the start of the pull (see PulledRowStore).
    Result<void> pullTable(const QString& entity, const QString& horizon, SyncReport& report,
                           const PullProgress& progress);
    // Splits a first pull into kSnapshotParts created_at ranges, saved in sync_snapshot with the
    // horizon; `expected`: the table's rows on the server (an exact count).
    Result<QList<Keyset>> startSnapshot(const QString& entity, const QString& horizon, qint64& expected);
    // Walks a table from each of `from` to its end, side by side, storing the pages in `order`
    // (PageWriter; a page of from[i] is part i of a snapshot). `expected`: the estimated row count
    // for the progress (-1: ask the server). `fetched`: rows so far in this table's pull.
    Result<void> pullPages(const QString& entity, const QList<Keyset>& from, PullOrder order, bool buildReadIndexes,
                           const QString& horizon, qint64 expected, SyncReport& report, const PullProgress& progress,
                           qint64& fetched, const RowLayout& layout);
    // How `entity`'s pages are asked for: the leads as lead_rows_v1's arrays when the server has
    // that view (asked once per engine), anything else as PostgREST's objects.
    Result<const RowLayout*> pullLayout(const QString& entity);
    // Asks the server again, by id, for the rows a snapshot could not store (sync_deferred) and
    // stores them; those a UNIQUE index still refuses stay queued (counted as held back).
    Result<void> pullDeferred(const QString& entity, SyncReport& report);
    // The start of the oldest transaction open on the server: no row can still appear with an
    // earlier updated_at. Empty when the backend has no sync_horizon().
    Result<QString> syncHorizon();
    // Registers the signed-in member (register_member) and replaces the local team with the
    // server's (sync/TeamPull.cpp). A backend without the team (before its migration) is skipped.
    Result<void> pullTeam();
    // Stores the server's status changes after the last pulled id (sync/HistoryPull.cpp); the
    // position never passes a row that a transaction open at `horizon` could still precede.
    Result<void> pullHistory(const QString& horizon, SyncReport& report);
    Result<void> pushEntry(const OutboxEntry& entry, SyncReport& report);
    // After a ledger entry reached the server: the campaign's queued changes follow its new version.
    Result<void> followLedgerEntry(const QJsonObject& spend);
    Result<std::optional<QJsonObject>> fetchRow(const QString& entity, const QString& id);

    Database& m_db;
    PostgrestClient& m_client;
    Outbox m_outbox;
    ServerRowWriter m_rows;
    SyncState m_state;
    bool m_compactLeadRows = true;
    std::optional<bool> m_serverHasLeadRows; // known after the first pull of leads
};

} // namespace leadops
