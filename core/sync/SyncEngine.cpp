#include "SyncEngine.h"

#include "PageWriter.h"

#include "Logging.h"
#include "obs/JsonLog.h"
#include "rest/PostgrestClient.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "json/EntityJson.h"
#include "json/JsonPage.h"
#include "json/RowReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use SyncEngineText::tr.
struct SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};

} // namespace

QJsonObject SyncReport::toJson() const
{
    return QJsonObject{{u"pulled"_s, pulled},   {u"deleted"_s, deleted},     {u"held_back"_s, heldBack},
                       {u"pushed"_s, pushed},   {u"conflicts"_s, conflicts}, {u"failed"_s, failed},
                       {u"pending"_s, pending}, {u"seconds"_s, seconds}};
}

SyncEngine::SyncEngine(Database& db, PostgrestClient& client) : m_db(db), m_client(client), m_outbox(db), m_rows(db) {}

namespace {

// One keyset page after (key, id) = (K, I). Mostly one request: "key >= K and (key > K or id > I)",
// a range scan that skips only the rows at K already read, fewer than kTieRunRows. Inside a long run
// of rows sharing K (a bulk import gives thousands the same updated_at), that scan would re-read
// the whole run for every page (a quadratic first sync), so the page is asked as two index range
// scans sent together: the rest of the rows at K (id > I) and the rows after K.
struct PageRequest
{
    std::optional<QFuture<Result<RestResponse>>> ties;
    QFuture<Result<RestResponse>> after;
};

bool hasReadIndexes(const QString& table)
{
    const auto& indexes = readIndexes();
    return std::any_of(indexes.begin(), indexes.end(), [&](const ReadIndex& index) { return index.table == table; });
}

} // namespace

Result<void> SyncEngine::pullTable(const QString& entity, const QString& horizon, SyncReport& report,
                                   const PullProgress& progress)
{
    const QString table = Outbox::tableFor(entity);
    Keyset changes; // by (updated_at, id) from the watermark
    Keyset snapshot{"created_at", {}, {}, false};
    QString snapshotHorizon;
    {
        QSqlQuery q = m_db.prepare(u"SELECT watermark_updated_at, watermark_id, snapshot_horizon, snapshot_created_at, "
                                   "snapshot_id FROM sync_state WHERE entity = ?"_s);
        q.bindValue(0, entity);
        if (auto r = m_db.check(q, SyncEngineText::tr("reading the sync watermark")); !r)
            return r;
        if (q.next()) {
            changes.key = q.value(0).toString();
            changes.id = q.value(1).toString();
            snapshotHorizon = q.value(2).toString();
            snapshot.key = q.value(3).toString();
            snapshot.id = q.value(4).toString();
        }
    }
    // Where the previous page ended is not known after a restart: ask as if inside a tie run.
    changes.inTieRun = !changes.id.isEmpty();
    snapshot.inTieRun = !snapshot.id.isEmpty();
    bool bulkLoad = false; // a first pull into an empty table
    if (changes.key.isEmpty() && snapshotHorizon.isEmpty()) {
        QSqlQuery any = m_db.prepare(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(table));
        if (auto r = m_db.check(any, SyncEngineText::tr("reading the local store")); !r)
            return r;
        bulkLoad = !any.next();
    }
    // A first pull of a table with read indexes is a snapshot in created_at order: the indexes that
    // follow creation order then only grow at their ends while it runs (no build at the end, and
    // no random inserts), and the rest are built after it. Rows that change meanwhile have an
    // updated_at after the horizon it started at, which is where the pull of changes then starts.
    // Without a horizon (an older backend) the first pull loads by updated_at without the read
    // indexes and builds them at the end.
    if (bulkLoad && !horizon.isEmpty() && hasReadIndexes(table)) {
        QSqlQuery start =
            m_db.prepare(u"INSERT INTO sync_state (entity, snapshot_horizon) VALUES (?, ?) "
                         "ON CONFLICT(entity) DO UPDATE SET snapshot_horizon = excluded.snapshot_horizon, "
                         "snapshot_created_at = NULL, snapshot_id = NULL"_s);
        start.bindValue(0, entity);
        start.bindValue(1, horizon);
        if (auto r = m_db.check(start, SyncEngineText::tr("starting the first pull")); !r)
            return r;
        snapshotHorizon = horizon;
        bulkLoad = false;
    }
    qint64 fetched = 0;
    if (!snapshotHorizon.isEmpty()) {
        if (auto r = m_db.dropReadIndexes(table, /*keepCreationOrdered=*/true); !r)
            return r;
        if (auto r = pullPages(entity, snapshot, PullOrder::Snapshot, true, horizon, report, progress, fetched); !r)
            return r;
        QSqlQuery done = m_db.prepare(u"UPDATE sync_state SET watermark_updated_at = snapshot_horizon, "
                                      "watermark_id = NULL, snapshot_horizon = NULL, snapshot_created_at = NULL, "
                                      "snapshot_id = NULL WHERE entity = ?"_s);
        done.bindValue(0, entity);
        if (auto r = m_db.check(done, SyncEngineText::tr("ending the first pull")); !r)
            return r;
        changes = Keyset{"updated_at", snapshotHorizon, {}, false};
    }
    if (bulkLoad) {
        if (auto r = m_db.dropReadIndexes(table); !r)
            return r;
    }
    return pullPages(entity, changes, PullOrder::Changes, bulkLoad, horizon, report, progress, fetched);
}

Result<void> SyncEngine::pullPages(const QString& entity, Keyset from, PullOrder order, bool buildReadIndexes,
                                   const QString& horizon, SyncReport& report, const PullProgress& progress,
                                   qint64& fetched)
{
    const QString table = Outbox::tableFor(entity);
    const QString column = QString::fromLatin1(from.column);
    const auto get = [&](const PostgrestQuery& query, const QStringList& prefer = {}) {
        RestRequest request{HttpMethod::Get, query, {}, prefer, false, 0, kRetries};
        request.rawJson = true; // parsed by the writer, with simdjson
        return m_client.send(request);
    };
    // The first request also asks how many rows are coming: the planner's estimate (count=planned)
    // is free, where an exact count would cost the server a scan.
    bool firstRequest = true;
    const auto pageAfter = [&](const Keyset& at) {
        PageRequest page;
        PostgrestQuery after(table);
        after.select(u"*"_s);
        if (at.key.isEmpty()) {
            // from the first row
        } else if (at.id.isEmpty()) {
            // A watermark held at the sync horizon: everything from that time on.
            after.filter(column, PostgrestQuery::Op::Gte, at.key);
        } else if (at.inTieRun) {
            PostgrestQuery ties(table);
            ties.select(u"*"_s).eq(column, at.key);
            ties.filter(u"id"_s, PostgrestQuery::Op::Gt, at.id).order(u"id"_s).limit(kPageSize);
            page.ties = get(ties);
            after.filter(column, PostgrestQuery::Op::Gt, at.key);
        } else {
            after.filter(column, PostgrestQuery::Op::Gte, at.key);
            after.anyOf({PostgrestQuery::orElement(column, PostgrestQuery::Op::Gt, at.key),
                         PostgrestQuery::orElement(u"id"_s, PostgrestQuery::Op::Gt, at.id)});
        }
        after.order(column).order(u"id"_s).limit(kPageSize);
        page.after = get(after, firstRequest ? QStringList{u"count=planned"_s} : QStringList{});
        firstRequest = false;
        return page;
    };
    qint64 expected = -1;
    // A page's body goes to the writer as the server sent it; this thread only reads where it ends.
    struct Page
    {
        QByteArray json;
        PageEnd end;
    };
    const auto pageOf = [&](const QFuture<Result<RestResponse>>& f) -> Result<Page> {
        const auto response = waitFor(f);
        if (!response)
            return tl::unexpected(response.error());
        if (expected < 0 && response->total)
            expected = fetched + *response->total;
        auto end = readPageEnd(response->body, from.column);
        if (!end)
            return fail(
                ErrorKind::Decode,
                SyncEngineText::tr("The server did not send a list of %1 rows: %2").arg(entity, end.error().message));
        return Page{response->body, *end};
    };
    // Requests still on the wire when the pull stops are let finish before the client goes away.
    QList<QFuture<Result<RestResponse>>> abandoned;
    const auto cleanUp = qScopeGuard([&] {
        for (const auto& f : std::as_const(abandoned))
            waitFor(f);
        if (buildReadIndexes)
            m_db.ensureReadIndexes(); // the writer built them, unless the pull stopped early
    });
    const auto abandon = [&](const PageRequest& page) {
        abandoned << page.after;
        if (page.ties)
            abandoned << *page.ties;
    };
    // The pages go to a writer thread with its own connection, many pages per transaction; this
    // thread only fetches them and reads where each ends, so the server always has the next page
    // to work on.
    PageWriter writer(m_db.filePath(), entity, buildReadIndexes, horizon, order);
    const auto stopWriter = [&]() -> Result<void> {
        const auto stored = writer.finish();
        if (!stored)
            return tl::unexpected(stored.error());
        report.pulled += stored->pulled;
        report.deleted += stored->deleted;
        report.heldBack += stored->heldBack;
        return {};
    };
    PageRequest inFlight = pageAfter(from);
    for (;;) {
        QList<Page> pages; // the ties, then the rows after them
        bool more = false;
        if (inFlight.ties) {
            auto ties = pageOf(*inFlight.ties);
            if (!ties) {
                abandoned << inFlight.after;
                stopWriter();
                return tl::unexpected(ties.error());
            }
            pages << std::move(*ties);
        }
        if (!pages.isEmpty() && pages.first().end.rows == kPageSize) {
            // A long run of rows sharing one key: keep walking it by id.
            abandoned << inFlight.after;
            more = true;
            from.id = pages.first().end.lastId;
            inFlight = pageAfter(from);
        } else {
            auto after = pageOf(inFlight.after);
            if (!after) {
                stopWriter();
                return tl::unexpected(after.error());
            }
            more = after->end.rows == kPageSize;
            if (more) {
                // Ask for the next page now: the server works on it while this one is stored.
                from.key = after->end.lastKey;
                from.id = after->end.lastId;
                from.inTieRun = after->end.tailTies >= kTieRunRows;
                inFlight = pageAfter(from);
            }
            pages << std::move(*after);
        }
        for (Page& page : pages) {
            if (page.end.rows == 0)
                continue;
            fetched += page.end.rows;
            if (!writer.push(std::move(page.json))) {
                if (more)
                    abandon(inFlight);
                return stopWriter(); // the writer's error
            }
        }
        if (progress && !progress(table, fetched, expected < 0 ? -1 : std::max(expected, fetched))) {
            if (more)
                abandon(inFlight);
            if (auto r = stopWriter(); !r) // keeps what was pulled so far
                return r;
            return fail(ErrorKind::Validation, SyncEngineText::tr("Sync cancelled; the pages pulled so far are kept"));
        }
        if (!more)
            return stopWriter();
    }
}

Result<SyncReport> SyncEngine::pull(const PullProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    // The rows are written by each table's PageWriter on its own connection (which also builds the
    // read indexes after a first pull); this one builds them only when a pull stopped early.
    m_db.exec(u"PRAGMA cache_size=-131072"_s);
    const auto restore = qScopeGuard([this] { m_db.exec(u"PRAGMA cache_size=-32768"_s); });
    const auto horizon = syncHorizon();
    if (!horizon)
        return tl::unexpected(horizon.error());
    for (const QString& entity : {u"niche"_s, u"campaign"_s, u"lead"_s}) {
        if (auto r = pullTable(entity, *horizon, report, progress); !r)
            return tl::unexpected(r.error());
    }
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    report.pending = m_outbox.count(u"pending"_s).value_or(0);
    return report;
}

Result<QString> SyncEngine::syncHorizon()
{
    const auto response = m_client.sendAndWait(
        RestRequest{HttpMethod::Get, PostgrestQuery(u"rpc/sync_horizon"_s), {}, {}, false, 0, kRetries});
    if (!response) {
        if (response.error().code == u"PGRST202"_s) {
            // A backend without the function (migration 20261126000100 not applied): the watermark
            // follows the rows, as before it existed.
            qCWarning(lcSync) << "the backend has no sync_horizon(); rows committed late may be missed";
            return QString();
        }
        return tl::unexpected(response.error());
    }
    const QString horizon = response->json.array().first().toObject().value(u"horizon"_s).toString();
    if (!serverTimeMicros(horizon))
        return fail(ErrorKind::Decode,
                    SyncEngineText::tr("The server's sync horizon is not a timestamp: %1").arg(horizon));
    return horizon;
}

Result<std::optional<QJsonObject>> SyncEngine::fetchRow(const QString& entity, const QString& id)
{
    PostgrestQuery q(Outbox::tableFor(entity));
    q.select(u"*"_s).eq(u"id"_s, id);
    const auto response = m_client.sendAndWait(RestRequest{HttpMethod::Get, q, {}, {}, false, 0, kRetries});
    if (!response)
        return tl::unexpected(response.error());
    const QJsonArray rows = response->json.array();
    if (rows.isEmpty())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(rows.first().toObject());
}

Result<void> SyncEngine::pushEntry(const OutboxEntry& e, SyncReport& report)
{
    const QString table = Outbox::tableFor(e.entity);
    QJsonObject body = e.payload;
    body.insert(u"last_mutation_id"_s, e.mutationId);
    RestRequest r;
    r.prefer << u"return=representation"_s;
    r.retries = kRetries; // safe: the mutation id and the precondition make a repeat harmless
    if (e.op == u"insert"_s) {
        r.method = HttpMethod::Post;
        r.query = PostgrestQuery(table);
    } else {
        body.remove(u"id"_s);
        body.remove(u"created_at"_s);
        body.remove(u"updated_at"_s);
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(table);
        r.query.eq(u"id"_s, e.entityId);
        // The precondition: the server row is still the version this change was made from.
        if (e.baseUpdatedAt.isEmpty())
            r.query.is(u"updated_at"_s, PostgrestQuery::IsValue::Null); // never synced: matches nothing
        else
            r.query.eq(u"updated_at"_s, e.baseUpdatedAt);
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const auto response = m_client.sendAndWait(r);
    QJsonObject applied;
    if (response && response->json.isArray() && response->json.array().size() == 1) {
        applied = response->json.array().first().toObject();
    } else if (!response && (response.error().kind == ErrorKind::Network)) {
        return tl::unexpected(response.error()); // offline: stop, keep everything queued
    } else if (!response && response.error().kind != ErrorKind::Duplicate &&
               response.error().kind != ErrorKind::Decode) {
        ++report.failed;
        return m_outbox.markFailed(e.id, response.error().message);
    } else {
        // Zero rows changed, the insert's id exists, or the answer was cut: applied by an earlier
        // attempt (the row carries our mutation id), or a conflict.
        const auto current = fetchRow(e.entity, e.entityId);
        if (!current)
            return tl::unexpected(current.error());
        if (!*current) {
            ++report.failed;
            return m_outbox.markFailed(
                e.id, SyncEngineText::tr(
                          "%1 %2 is not on the server: it was deleted there, never reached it, or your role may "
                          "not see it")
                          .arg(e.entity, e.entityId));
        }
        if ((*current)->value(u"last_mutation_id"_s).toString() != e.mutationId) {
            ++report.conflicts;
            qCInfo(lcSync) << "conflict on" << e.entity << e.entityId;
            return m_outbox.markConflict(e.id, **current);
        }
        applied = **current;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (auto s = m_outbox.remove(e.id); !s)
        return s;
    // Later changes of the same row now build on the version the server just stored.
    if (auto s = m_outbox.rebase(e.entityId, applied.value(u"updated_at"_s).toString()); !s)
        return s;
    QSqlQuery stillQueued = m_db.prepare(u"SELECT count(*) FROM outbox WHERE entity_id = ?"_s);
    stillQueued.bindValue(0, e.entityId);
    if (auto s = m_db.check(stillQueued, SyncEngineText::tr("reading the outbox")); !s)
        return s;
    if (stillQueued.next() && stillQueued.value(0).toLongLong() == 0) {
        if (auto s = m_rows.store(e.entity, applied); !s)
            return s;
    } else {
        QSqlQuery version = m_db.prepare(u"UPDATE %1 SET server_updated_at = ? WHERE id = ?"_s.arg(table));
        version.bindValue(0, applied.value(u"updated_at"_s).toString());
        version.bindValue(1, e.entityId);
        if (auto s = m_db.check(version, SyncEngineText::tr("recording the server version")); !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    ++report.pushed;
    return {};
}

Result<SyncReport> SyncEngine::push()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    const auto entries = m_outbox.entries();
    if (!entries)
        return tl::unexpected(entries.error());
    QSet<QString> blocked; // a row with an unresolved conflict or refusal keeps its later changes back
    for (const OutboxEntry& e : *entries) {
        if (e.state != u"pending"_s || blocked.contains(e.entityId)) {
            blocked.insert(e.entityId);
            continue;
        }
        // Re-read: an earlier push may have rebased this entry.
        const auto fresh = m_outbox.get(e.id);
        if (!fresh || !*fresh)
            continue;
        if (auto r = pushEntry(**fresh, report); !r)
            return tl::unexpected(r.error());
        const auto after = m_outbox.get(e.id);
        if (after && *after)
            blocked.insert(e.entityId);
    }
    report.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    report.pending = m_outbox.count(u"pending"_s).value_or(0);
    report.conflicts = m_outbox.count(u"conflict"_s).value_or(report.conflicts);
    return report;
}

Result<void> resolveConflict(Database& db, qint64 outboxId, bool keepMine)
{
    Outbox outbox(db);
    const auto entry = outbox.get(outboxId);
    if (!entry)
        return tl::unexpected(entry.error());
    if (!*entry || (*entry)->state != u"conflict"_s)
        return fail(ErrorKind::NotFound,
                    SyncEngineText::tr("No conflict with id %1 (leadops conflicts lists them)").arg(outboxId));
    const OutboxEntry& e = **entry;
    Transaction tx(db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (keepMine) {
        if (auto r = outbox.markPending(e.id, e.theirs.value(u"updated_at"_s).toString()); !r)
            return r;
    } else {
        QSqlQuery drop = db.prepare(u"DELETE FROM outbox WHERE entity_id = ?"_s);
        drop.bindValue(0, e.entityId);
        if (auto r = db.check(drop, SyncEngineText::tr("dropping the local changes")); !r)
            return r;
        if (auto r = ServerRowWriter(db).store(e.entity, e.theirs); !r)
            return r;
    }
    return tx.commit();
}

} // namespace leadops
