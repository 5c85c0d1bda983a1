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
                       {u"pending"_s, pending}, {u"seconds"_s, seconds},     {u"horizon"_s, horizon}};
}

Result<std::optional<bool>> serverChangedSince(PostgrestClient& client, const QString& horizon)
{
    RestRequest r{HttpMethod::Post, PostgrestQuery(u"rpc/changed_since"_s), {}, {}, false, 0, 0};
    r.body = QJsonDocument(QJsonObject{{u"since"_s, horizon}}).toJson(QJsonDocument::Compact);
    const auto response = client.sendAndWait(r);
    if (!response) {
        if (response.error().code == u"PGRST202"_s)
            return std::optional<bool>(); // no such function on this backend
        return tl::unexpected(response.error());
    }
    const QJsonArray rows = response->json.array();
    if (rows.size() != 1 || !rows.first().toObject().value(u"changed"_s).isBool())
        return fail(ErrorKind::Decode, SyncEngineText::tr("The server's answer to changed_since is not a yes or no"));
    return std::optional<bool>(rows.first().toObject().value(u"changed"_s).toBool());
}

SyncEngine::SyncEngine(Database& db, PostgrestClient& client)
    : m_db(db), m_client(client), m_outbox(db), m_rows(db), m_state(db)
{}

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
    const auto watermark = m_state.watermark(entity);
    if (!watermark)
        return tl::unexpected(watermark.error());
    // By (updated_at, id) from the watermark. Where the previous page ended is not known after a
    // restart: ask as if inside a tie run.
    Keyset changes{"updated_at", watermark->updatedAt, watermark->id, !watermark->id.isEmpty(), {}};
    const auto snapshot = m_state.snapshot(entity);
    if (!snapshot)
        return tl::unexpected(snapshot.error());
    QList<Keyset> parts; // a snapshot under way: its parts, each where it has got to
    for (const SyncState::SnapshotPart& p : snapshot->parts)
        parts << Keyset{"created_at", p.after, p.afterId, !p.afterId.isEmpty(), p.before};
    QString snapshotHorizon = snapshot->horizon;
    bool bulkLoad = false; // a first pull into an empty table
    if (changes.key.isEmpty() && parts.isEmpty()) {
        const auto empty = m_state.tableIsEmpty(entity);
        if (!empty)
            return tl::unexpected(empty.error());
        bulkLoad = *empty;
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
    const auto layout = pullLayout(entity);
    if (!layout)
        return tl::unexpected(layout.error());
    qint64 fetched = 0;
    if (!parts.isEmpty()) {
        if (auto r = m_db.dropReadIndexes(table, /*keepCreationOrdered=*/true); !r)
            return r;
        if (auto r = pullPages(entity, parts, PullOrder::Snapshot, true, horizon, expected, report, progress, fetched,
                               **layout);
            !r)
            return r;
        if (auto r = m_state.endSnapshot(entity, snapshotHorizon); !r)
            return r;
        changes = Keyset{"updated_at", snapshotHorizon, {}, false, {}};
    }
    if (bulkLoad) {
        if (auto r = m_db.dropReadIndexes(table); !r)
            return r;
    }
    if (auto r = pullPages(entity, {changes}, PullOrder::Changes, bulkLoad, horizon, -1, report, progress, fetched,
                           **layout);
        !r)
        return r;
    return pullDeferred(entity, report);
}

Result<const RowLayout*> SyncEngine::pullLayout(const QString& entity)
{
    if (entity != u"lead"_s || !m_compactLeadRows)
        return &RowLayout::objects();
    if (!m_serverHasLeadRows) {
        // An empty page from the view: 404 when the backend predates it (PostgREST 12.0 says 42P01,
        // later ones PGRST205), and then the leads come as objects from /leads, as before it.
        PostgrestQuery q(RowLayout::leadRowsV1().resource(Outbox::tableFor(entity)));
        q.select(RowLayout::leadRowsV1().select()).limit(0);
        const auto response = m_client.sendAndWait(RestRequest{HttpMethod::Get, q, {}, {}, false, 0, kRetries});
        if (!response && response.error().httpStatus != 404)
            return tl::unexpected(response.error());
        m_serverHasLeadRows = response.has_value();
        if (!response)
            qCInfo(lcSync) << "the server has no" << RowLayout::leadRowsV1().resource({})
                           << "view; leads are pulled as objects";
    }
    return *m_serverHasLeadRows ? &RowLayout::leadRowsV1() : &RowLayout::objects();
}

Result<void> SyncEngine::pullDeferred(const QString& entity, SyncReport& report)
{
    const auto ids = m_state.askedAgain(entity);
    if (!ids)
        return tl::unexpected(ids.error());
    if (ids->isEmpty())
        return {};
    const auto unsent = m_outbox.unsentIds(entity);
    if (!unsent)
        return tl::unexpected(unsent.error());
    constexpr qsizetype kIdsPerRequest = 100; // keeps the URL short
    for (qsizetype first = 0; first < ids->size(); first += kIdsPerRequest) {
        const QStringList chunk = ids->mid(first, kIdsPerRequest);
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
        QStringList done;
        for (const QString& id : chunk) {
            if (!stored->deferred.contains(id))
                done << id;
        }
        if (auto r = m_state.forgetAskedAgain(entity, done); !r)
            return r;
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
    QList<SyncState::SnapshotPart> saved;
    for (const Keyset& part : parts)
        saved << SyncState::SnapshotPart{part.key, {}, part.before};
    if (auto r = m_state.startSnapshot(entity, horizon, saved); !r)
        return tl::unexpected(r.error());
    return parts;
}

Result<void> SyncEngine::pullPages(const QString& entity, const QList<Keyset>& from, PullOrder order,
                                   bool buildReadIndexes, const QString& horizon, qint64 expected, SyncReport& report,
                                   const PullProgress& progress, qint64& fetched, const RowLayout& layout)
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
        PostgrestQuery after(layout.resource(table));
        after.select(layout.select());
        if (at.key.isEmpty()) {
            // from the first row
        } else if (at.id.isEmpty()) {
            // A watermark held at the sync horizon, or a snapshot's part from its start: everything
            // from that time on.
            after.filter(column, PostgrestQuery::Op::Gte, at.key);
        } else if (at.inTieRun) {
            PostgrestQuery ties(layout.resource(table));
            ties.select(layout.select()).eq(column, at.key);
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
        auto end = readPageEnd(response->body, column, layout);
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
    PageWriter writer(m_db.filePath(), entity, buildReadIndexes, horizon, order, layout);
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
    if (auto r = pullTeam(); !r)
        return tl::unexpected(r.error());
    for (const QString& entity : {u"niche"_s, u"campaign"_s, u"lead"_s, u"note"_s, u"spend"_s}) {
        if (auto r = pullTable(entity, *horizon, report, progress); !r)
            return tl::unexpected(r.error());
    }
    if (auto r = pullHistory(*horizon, report); !r)
        return tl::unexpected(r.error());
    report.horizon = *horizon;
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

} // namespace leadops
