#include "core/sync/SyncEngine.h"

#include "core/sync/PageWriter.h"

#include "core/json/EntityJson.h"
#include "core/json/JsonPage.h"
#include "core/json/RowReader.h"
#include "core/obs/JsonLog.h"
#include "core/obs/Logging.h"
#include "core/rest/PostgrestClient.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
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

// Two server timestamps of the same instant, whatever their spelling ("+00:00" or "Z").
bool sameServerTime(const QString& a, const QString& b)
{
    const auto x = serverTimeMicros(a);
    const auto y = serverTimeMicros(b);
    return x && y && *x == *y;
}

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
    {
        QSqlQuery q = m_db.prepare(u"SELECT watermark_updated_at, watermark_id FROM sync_state WHERE entity = ?"_s);
        q.bindValue(0, entity);
        if (auto r = m_db.check(q, SyncEngineText::tr("reading the sync watermark")); !r)
            return r;
        if (q.next()) {
            changes.key = q.value(0).toString();
            changes.id = q.value(1).toString();
        }
    }
    // Where the previous page ended is not known after a restart: ask as if inside a tie run.
    changes.inTieRun = !changes.id.isEmpty();
    QList<Keyset> parts; // a snapshot under way: its parts, each where it has got to
    QString snapshotHorizon;
    {
        QSqlQuery q = m_db.prepare(u"SELECT horizon, after_created_at, after_id, before_created_at FROM sync_snapshot "
                                   "WHERE entity = ? ORDER BY part"_s);
        q.bindValue(0, entity);
        if (auto r = m_db.check(q, SyncEngineText::tr("reading the sync watermark")); !r)
            return r;
        while (q.next()) {
            snapshotHorizon = q.value(0).toString();
            const QString id = q.value(2).toString();
            parts << Keyset{"created_at", q.value(1).toString(), id, !id.isEmpty(), q.value(3).toString()};
        }
        if (auto r = Database::endOfRows(q, SyncEngineText::tr("reading the sync watermark")); !r)
            return r;
    }
    bool bulkLoad = false; // a first pull into an empty table
    if (changes.key.isEmpty() && parts.isEmpty()) {
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
    qint64 expected = -1;
    if (bulkLoad && !horizon.isEmpty() && hasReadIndexes(table)) {
        auto started = startSnapshot(entity, horizon, expected);
        if (!started)
            return tl::unexpected(started.error());
        parts = *started;
        snapshotHorizon = horizon;
        bulkLoad = false;
    }
    qint64 fetched = 0;
    if (!parts.isEmpty()) {
        if (auto r = m_db.dropReadIndexes(table, /*keepCreationOrdered=*/true); !r)
            return r;
        if (auto r = pullPages(entity, parts, PullOrder::Snapshot, true, horizon, expected, report, progress, fetched);
            !r)
            return r;
        if (auto r = endSnapshot(entity, snapshotHorizon); !r)
            return r;
        changes = Keyset{"updated_at", snapshotHorizon, {}, false, {}};
    }
    if (bulkLoad) {
        if (auto r = m_db.dropReadIndexes(table); !r)
            return r;
    }
    if (auto r = pullPages(entity, {changes}, PullOrder::Changes, bulkLoad, horizon, -1, report, progress, fetched); !r)
        return r;
    return pullDeferred(entity, report);
}

Result<void> SyncEngine::endSnapshot(const QString& entity, const QString& horizon)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery done = m_db.prepare(u"INSERT INTO sync_state (entity, watermark_updated_at, watermark_id) "
                                  "VALUES (?, ?, NULL) ON CONFLICT(entity) DO UPDATE SET "
                                  "watermark_updated_at = excluded.watermark_updated_at, watermark_id = NULL"_s);
    done.bindValue(0, entity);
    done.bindValue(1, horizon);
    QSqlQuery forget = m_db.prepare(u"DELETE FROM sync_snapshot WHERE entity = ?"_s);
    forget.bindValue(0, entity);
    for (QSqlQuery* q : {&done, &forget}) {
        if (auto r = m_db.check(*q, SyncEngineText::tr("ending the first pull")); !r)
            return r;
    }
    return tx.commit();
}

Result<void> SyncEngine::pullDeferred(const QString& entity, SyncReport& report)
{
    QStringList ids;
    {
        QSqlQuery q = m_db.prepare(u"SELECT id FROM sync_deferred WHERE entity = ? ORDER BY id"_s);
        q.bindValue(0, entity);
        if (auto r = m_db.check(q, SyncEngineText::tr("reading the rows to ask the server for again")); !r)
            return r;
        while (q.next())
            ids << q.value(0).toString();
        if (auto r = Database::endOfRows(q, SyncEngineText::tr("reading the rows to ask the server for again")); !r)
            return r;
        if (ids.isEmpty())
            return {};
    }
    const auto unsent = m_outbox.unsentIds(entity);
    if (!unsent)
        return tl::unexpected(unsent.error());
    constexpr qsizetype kIdsPerRequest = 100; // keeps the URL short
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerRequest) {
        const QStringList chunk = ids.mid(first, kIdsPerRequest);
        PostgrestQuery q(Outbox::tableFor(entity));
        q.select(u"*"_s).in(u"id"_s, chunk);
        RestRequest request{HttpMethod::Get, q, {}, {}, false, 0, kRetries};
        request.rawJson = true;
        const auto response = m_client.sendAndWait(request);
        if (!response)
            return tl::unexpected(response.error());
        Transaction tx(m_db);
        if (!tx.started())
            return tx.started();
        // Rows with local changes are left to the push, as in any pull.
        const auto stored = m_rows.storePage(entity, response->body, *unsent, ServerRowWriter::PageRows::New);
        if (!stored)
            return tl::unexpected(stored.error());
        report.pulled += stored->stored;
        report.deleted += stored->deleted;
        report.heldBack += stored->deferred.size();
        // Stored, deleted, gone from the server or left to the push: no longer asked for.
        QSqlQuery done = m_db.prepare(u"DELETE FROM sync_deferred WHERE entity = ? AND id = ?"_s);
        for (const QString& id : chunk) {
            if (stored->deferred.contains(id))
                continue;
            done.bindValue(0, entity);
            done.bindValue(1, id);
            if (auto r = m_db.check(done, SyncEngineText::tr("forgetting a row asked for again")); !r)
                return r;
        }
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

Result<QList<SyncEngine::Keyset>> SyncEngine::startSnapshot(const QString& entity, const QString& horizon,
                                                            qint64& expected)
{
    const QString table = Outbox::tableFor(entity);
    // The created_at found `offset` rows into the table (empty past its end), with the count of
    // its rows on the first ask. An exact count: the planner's estimate (count=planned) is free but
    // was half the rows under the RLS policies, which put the split far from the median.
    const auto createdAtAt = [&](qint64 offset) -> Result<QString> {
        PostgrestQuery q(table);
        q.select(u"created_at"_s).order(u"created_at"_s).limit(1);
        if (offset > 0)
            q.offset(offset);
        const QStringList prefer = offset == 0 ? QStringList{u"count=exact"_s} : QStringList{};
        const auto response = m_client.sendAndWait(RestRequest{HttpMethod::Get, q, {}, prefer, false, 0, kRetries});
        if (!response)
            return tl::unexpected(response.error());
        if (offset == 0 && response->total)
            expected = *response->total;
        const QJsonArray rows = response->json.array();
        return rows.isEmpty() ? QString() : rows.first().toObject().value(u"created_at"_s).toString();
    };
    if (auto first = createdAtAt(0); !first)
        return tl::unexpected(first.error());
    // Parts split at created_at quantiles (rows added meanwhile only make them uneven). Each part is
    // a range of created_at, the last open-ended: together they hold every row.
    QStringList bounds;
    if (expected >= qint64(kPageSize) * kSnapshotParts) {
        for (int i = 1; i < kSnapshotParts; ++i) {
            const auto bound = createdAtAt(expected * i / kSnapshotParts);
            if (!bound)
                return tl::unexpected(bound.error());
            if (!bound->isEmpty() && (bounds.isEmpty() || serverTimeMicros(*bound) > serverTimeMicros(bounds.last())))
                bounds << *bound;
        }
    }
    qCInfo(lcSync) << "first pull of" << table << "in" << bounds.size() + 1 << "parts," << expected << "rows, split at"
                   << bounds;
    QList<Keyset> parts;
    for (qsizetype i = 0; i <= bounds.size(); ++i)
        parts << Keyset{"created_at",
                        i == 0 ? QString() : bounds.at(i - 1),
                        {},
                        false,
                        i < bounds.size() ? bounds.at(i) : QString()};
    Transaction tx(m_db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    QSqlQuery q = m_db.prepare(u"INSERT INTO sync_snapshot (entity, part, horizon, after_created_at, "
                               "before_created_at) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        q.bindValue(0, entity);
        q.bindValue(1, int(i));
        q.bindValue(2, horizon);
        q.bindValue(3, parts.at(i).key.isEmpty() ? QVariant() : QVariant(parts.at(i).key));
        q.bindValue(4, parts.at(i).before.isEmpty() ? QVariant() : QVariant(parts.at(i).before));
        if (auto r = m_db.check(q, SyncEngineText::tr("starting the first pull")); !r)
            return tl::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return parts;
}

Result<void> SyncEngine::pullPages(const QString& entity, const QList<Keyset>& from, PullOrder order,
                                   bool buildReadIndexes, const QString& horizon, qint64 expected, SyncReport& report,
                                   const PullProgress& progress, qint64& fetched)
{
    const QString table = Outbox::tableFor(entity);
    const auto get = [&](const PostgrestQuery& query, const QStringList& prefer = {}) {
        RestRequest request{HttpMethod::Get, query, {}, prefer, false, 0, kRetries};
        request.rawJson = true; // parsed by the writer, with simdjson
        return m_client.send(request);
    };
    // Without an estimate yet, the first request asks how many rows are coming (count=planned).
    bool askCount = expected < 0;
    const auto pageAfter = [&](const Keyset& at) {
        const QString column = QString::fromLatin1(at.column);
        PageRequest page;
        PostgrestQuery after(table);
        after.select(u"*"_s);
        if (at.key.isEmpty()) {
            // from the first row
        } else if (at.id.isEmpty()) {
            // A watermark held at the sync horizon, or a snapshot's part from its start: everything
            // from that time on.
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
        if (!at.before.isEmpty())
            after.filter(column, PostgrestQuery::Op::Lt, at.before);
        after.order(column).order(u"id"_s).limit(kPageSize);
        page.after = get(after, askCount ? QStringList{u"count=planned"_s} : QStringList{});
        askCount = false;
        return page;
    };
    // A page's body goes to the writer as the server sent it; this thread only reads where it ends.
    struct Page
    {
        QByteArray json;
        PageEnd end;
    };
    const auto pageOf = [&](const QFuture<Result<RestResponse>>& f, const char* column) -> Result<Page> {
        const auto response = waitFor(f);
        if (!response)
            return tl::unexpected(response.error());
        if (expected < 0 && response->total)
            expected = fetched + *response->total;
        auto end = readPageEnd(response->body, column);
        if (!end)
            return fail(
                ErrorKind::Decode,
                SyncEngineText::tr("The server did not send a list of %1 rows: %2").arg(entity, end.error().message));
        return Page{response->body, *end};
    };
    // Each lane walks its keyset; the lanes (a snapshot's parts) have their next pages on the wire
    // together, so the server works on several while this thread reads one.
    struct Lane
    {
        Keyset at;
        PageRequest inFlight;
        bool more = true;
    };
    std::vector<Lane> lanes;
    // Requests still on the wire when the pull stops are let finish before the client goes away.
    QList<QFuture<Result<RestResponse>>> abandoned;
    const auto cleanUp = qScopeGuard([&] {
        for (const auto& f : std::as_const(abandoned))
            waitFor(f);
        if (buildReadIndexes)
            m_db.ensureReadIndexes(); // the writer built them, unless the pull stopped early
    });
    const auto abandonAll = [&] {
        for (Lane& lane : lanes) {
            if (!lane.more)
                continue;
            lane.more = false;
            abandoned << lane.inFlight.after;
            if (lane.inFlight.ties)
                abandoned << *lane.inFlight.ties;
        }
    };
    // The pages go to a writer thread with its own connection, many pages per transaction; this
    // thread only fetches them and reads where each ends.
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
    const auto failWith = [&](const Error& error) -> Result<void> {
        abandonAll();
        stopWriter();
        return tl::unexpected(error);
    };
    for (const Keyset& at : from)
        lanes.push_back(Lane{at, pageAfter(at), true});
    for (bool anyLeft = true; anyLeft;) {
        anyLeft = false;
        for (size_t part = 0; part < lanes.size(); ++part) {
            Lane& lane = lanes[part];
            if (!lane.more)
                continue;
            QList<Page> pages; // the ties, then the rows after them
            if (lane.inFlight.ties) {
                auto ties = pageOf(*lane.inFlight.ties, lane.at.column);
                if (!ties) {
                    lane.inFlight.ties.reset();
                    return failWith(ties.error());
                }
                pages << std::move(*ties);
            }
            if (!pages.isEmpty() && pages.first().end.rows == kPageSize) {
                // A long run of rows sharing one key: keep walking it by id.
                abandoned << lane.inFlight.after;
                lane.at.id = pages.first().end.lastId;
                lane.inFlight = pageAfter(lane.at);
            } else {
                auto after = pageOf(lane.inFlight.after, lane.at.column);
                if (!after) {
                    lane.more = false;
                    return failWith(after.error());
                }
                lane.more = after->end.rows == kPageSize;
                if (lane.more) {
                    // Ask for the next page now: the server works on it while this one is stored.
                    lane.at.key = after->end.lastKey;
                    lane.at.id = after->end.lastId;
                    lane.at.inTieRun = after->end.tailTies >= kTieRunRows;
                    lane.inFlight = pageAfter(lane.at);
                }
                pages << std::move(*after);
            }
            anyLeft = anyLeft || lane.more;
            for (Page& page : pages) {
                if (page.end.rows == 0)
                    continue;
                fetched += page.end.rows;
                if (!writer.push(std::move(page.json), int(part))) {
                    abandonAll();
                    return stopWriter(); // the writer's error
                }
            }
            if (progress && !progress(table, fetched, expected < 0 ? -1 : std::max(expected, fetched))) {
                abandonAll();
                if (auto r = stopWriter(); !r) // keeps what was pulled so far
                    return r;
                return fail(ErrorKind::Validation,
                            SyncEngineText::tr("Sync cancelled; the pages pulled so far are kept"));
            }
        }
    }
    return stopWriter();
}

Result<SyncReport> SyncEngine::pull(const PullProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    // The rows are written by each table's PageWriter on its own connection, with its own page
    // cache (which also builds the read indexes after a first pull).
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
    } else if (!response && isTransient(response.error()) && response.error().kind != ErrorKind::Decode) {
        // Offline, a proxy's 502, a 429 after the retries: no answer about the change itself. Stop
        // and keep it (and everything after it) pending for the next sync.
        return tl::unexpected(response.error());
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
            // An insert refused as a duplicate of another row (a contact already in the campaign):
            // the server's own message says which.
            if (!response && response.error().kind == ErrorKind::Duplicate)
                return m_outbox.markFailed(e.id, response.error().message);
            return m_outbox.markFailed(
                e.id, SyncEngineText::tr(
                          "%1 %2 is not on the server: it was deleted there, never reached it, or your role may "
                          "not see it")
                          .arg(e.entity, e.entityId));
        }
        // Zero rows changed, yet the row is still the version the change was made from: the server
        // did not let this user change it (row-level security filters an UPDATE to nothing, with
        // no error). A refusal by role, not a conflict: nobody else changed anything.
        if (e.op != u"insert"_s && (*current)->value(u"last_mutation_id"_s).toString() != e.mutationId &&
            sameServerTime((*current)->value(u"updated_at"_s).toString(), e.baseUpdatedAt)) {
            ++report.failed;
            const QString role = m_client.bearerRole();
            return m_outbox.markFailed(
                e.id, SyncEngineText::tr("Your role (%1) cannot change %2 %3: the server kept its row. Drop the "
                                         "change, or ask a colleague whose role may change it")
                          .arg(role.isEmpty() ? SyncEngineText::tr("none") : role, e.entity, e.entityId));
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
    // Every refusal still waiting for the user, not only this run's: a sync never reports "all
    // clear" while a change sits unsent.
    report.failed = m_outbox.count(u"failed"_s).value_or(report.failed);
    return report;
}

namespace {

// Queues the change's row to be asked for by id at the next pull (sync_deferred).
Result<void> askAgain(Database& db, const OutboxEntry& e)
{
    QSqlQuery ask = db.prepare(u"INSERT OR IGNORE INTO sync_deferred (entity, id) VALUES (?, ?)"_s);
    ask.bindValue(0, e.entity);
    ask.bindValue(1, e.entityId);
    return db.check(ask, SyncEngineText::tr("keeping a row to ask the server for again"));
}

// Drops a refused change with the row's later changes (see resolveConflict). Inside the caller's
// transaction.
Result<void> dropRefusedChange(Database& db, const OutboxEntry& e)
{
    const QString table = Outbox::tableFor(e.entity);
    if (e.op == u"insert"_s) {
        // The local rows that would point nowhere once this one goes.
        static const QHash<QString, std::pair<QString, QString>> kChildren = {
            {u"niches"_s, {u"campaigns"_s, u"niche_id"_s}}, {u"campaigns"_s, {u"leads"_s, u"campaign_id"_s}}};
        if (const auto child = kChildren.constFind(table); child != kChildren.cend()) {
            QSqlQuery count = db.prepare(u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(child->first, child->second));
            count.bindValue(0, e.entityId);
            if (auto r = db.check(count, SyncEngineText::tr("counting the rows that refer to a refused row")); !r)
                return r;
            if (count.next() && count.value(0).toLongLong() > 0)
                return fail(ErrorKind::Validation,
                            SyncEngineText::tr("The %1 %2 never reached the server and %3 local %4 refer to it; "
                                               "resolve their changes first")
                                .arg(e.entity, e.entityId)
                                .arg(count.value(0).toLongLong())
                                .arg(child->first));
        }
    }
    if (auto r = Outbox(db).removeRow(e.entityId); !r)
        return r;
    if (e.op == u"insert"_s) {
        QSqlQuery remove = db.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(table));
        remove.bindValue(0, e.entityId);
        return db.check(remove, SyncEngineText::tr("removing a row the server never accepted"));
    }
    // The server's row, even one unchanged there since, overwrites the local one at the next pull.
    QSqlQuery forget = db.prepare(u"UPDATE %1 SET server_updated_at = NULL WHERE id = ?"_s.arg(table));
    forget.bindValue(0, e.entityId);
    if (auto r = db.check(forget, SyncEngineText::tr("dropping the local changes")); !r)
        return r;
    return askAgain(db, e);
}

} // namespace

Result<void> resolveConflict(Database& db, qint64 outboxId, bool keepMine)
{
    Outbox outbox(db);
    const auto entry = outbox.get(outboxId);
    if (!entry)
        return tl::unexpected(entry.error());
    if (!*entry || ((*entry)->state != u"conflict"_s && (*entry)->state != u"failed"_s))
        return tl::unexpected(Error{ErrorKind::NotFound,
                                    SyncEngineText::tr("No conflict or refused change with id %1").arg(outboxId),
                                    {},
                                    0,
                                    u"no_such_change"_s});
    const OutboxEntry& e = **entry;
    Transaction tx(db);
    if (!tx.started())
        return tl::unexpected(tx.started().error());
    if (e.state == u"failed"_s) {
        if (auto r = keepMine ? outbox.retry(e.id) : dropRefusedChange(db, e); !r)
            return r;
    } else if (keepMine) {
        if (auto r = outbox.markPending(e.id, e.theirs.value(u"updated_at"_s).toString()); !r)
            return r;
    } else {
        if (auto r = outbox.removeRow(e.entityId); !r)
            return r;
        if (auto r = ServerRowWriter(db).store(e.entity, e.theirs); !r)
            return r;
        // The server's row kept with the conflict may be older than the server's row now: while the
        // conflict waited, each pull held the row back and moved its watermark past newer versions,
        // which no later pull brings again. Asked for by id at the next pull (the soak found it).
        if (auto r = askAgain(db, e); !r)
            return r;
    }
    return tx.commit();
}

} // namespace leadops
