#include "core/sync/PulledRowStore.h"

#include "core/json/RowReader.h"
#include "core/obs/Logging.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Outbox.h"
#include "core/store/SetAsideTriggers.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use PulledRowStoreText::tr.
struct PulledRowStoreText
{
    Q_DECLARE_TR_FUNCTIONS(PulledRowStore)
};

} // namespace

PulledRowStore::PulledRowStore(Database& db, QString entity, QString horizon, PullOrder order, const RowLayout& layout)
    : m_db(db)
    , m_entity(std::move(entity))
    , m_horizon(std::move(horizon))
    , m_horizonMicros(m_horizon.isEmpty() ? std::nullopt : serverTimeMicros(m_horizon))
    , m_order(order)
    , m_layout(layout)
    , m_writer(db)
    , m_mark(db, order == PullOrder::Snapshot
                     ? u"UPDATE sync_snapshot SET after_created_at = ?, after_id = ? WHERE entity = ? AND part = ?"_s
                     : u"INSERT INTO sync_state (entity, watermark_updated_at, watermark_id, last_sync_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(entity) DO UPDATE SET watermark_updated_at = "
                       "excluded.watermark_updated_at, watermark_id = excluded.watermark_id, "
                       "last_sync_at = excluded.last_sync_at"_s)
    , m_defer(db, u"INSERT OR IGNORE INTO sync_deferred (entity, id) VALUES (?, ?)"_s)
{}

PulledRowStore::~PulledRowStore() = default;

Result<void> PulledRowStore::begin()
{
    auto tx = std::make_unique<Transaction>(m_db);
    if (!tx->started())
        return tl::unexpected(tx->started().error());
    // Read inside the transaction: no change can be queued for a row between this and the commit.
    auto unsent = Outbox(m_db).unsentIds(m_entity);
    if (!unsent)
        return tl::unexpected(unsent.error());
    m_unsent = std::move(*unsent);
    m_tx = std::move(tx);
    if (m_order == PullOrder::Snapshot && m_entity == u"lead"_s) {
        m_searchIndex = std::make_unique<SearchIndex::BulkInsert>(m_db);
        m_checks = std::make_unique<SetAsideTriggers>(m_db, leadInsertCheckTriggers());
    }
    return {};
}

Result<void> PulledRowStore::store(const QByteArray& page, SyncReport& report, int part)
{
    if (!m_tx) {
        if (auto r = begin(); !r)
            return r;
    }
    const auto stored = m_writer.storePage(
        m_entity, page, m_unsent,
        m_order == PullOrder::Snapshot ? ServerRowWriter::PageRows::New : ServerRowWriter::PageRows::Changes, m_layout);
    if (!stored)
        return tl::unexpected(stored.error());
    report.pulled += stored->stored;
    report.deleted += stored->deleted;
    report.heldBack += stored->heldBack;
    // Kept in the same transaction as the page: the pull asks for these rows again by id.
    for (const QString& id : stored->deferred) {
        m_defer.bind(0, m_entity);
        m_defer.bind(1, id);
        if (auto r = m_defer.run(PulledRowStoreText::tr("keeping a row to ask the server for again")); !r)
            return tl::unexpected(r.error());
    }
    if (!stored->deferred.isEmpty())
        qCInfo(lcSync) << stored->deferred.size() << m_entity
                       << "rows collided with an older local row; they are asked for again after the snapshot";
    if (stored->rows == 0)
        return {};
    if (m_order == PullOrder::Snapshot) {
        // Rows that change behind the snapshot's position are read by the pull of changes that
        // follows it, from the horizon the snapshot started at.
        m_mark.bind(0, stored->lastCreatedAt);
        m_mark.bind(1, stored->lastId);
        m_mark.bind(2, m_entity);
        m_mark.bind(3, part);
    } else {
        // Never past the horizon: a row still uncommitted on the server may carry any time after
        // it. From the horizon itself (no id), the next pull reads again what lies after it.
        const bool pastHorizon =
            m_horizonMicros && serverTimeMicros(stored->lastUpdatedAt).value_or(0) > *m_horizonMicros;
        m_mark.bind(0, m_entity);
        m_mark.bind(1, pastHorizon ? m_horizon : stored->lastUpdatedAt);
        m_mark.bind(2, pastHorizon ? QString() : stored->lastId);
        m_mark.bind(3, toDbTime(QDateTime::currentDateTimeUtc()));
    }
    if (auto r = m_mark.run(PulledRowStoreText::tr("saving the sync watermark")); !r)
        return tl::unexpected(r.error());
    m_uncommitted += stored->rows;
    return {};
}

Result<void> PulledRowStore::commit()
{
    if (!m_tx)
        return {};
    // A snapshot's search index catches up and its check triggers come back inside the transaction.
    Result<void> finished = m_searchIndex ? m_searchIndex->finish() : Result<void>{};
    if (finished && m_checks)
        finished = m_checks->restore();
    m_searchIndex.reset();
    m_checks.reset();
    if (!finished) {
        m_tx.reset(); // rolls back: the rows are asked for again
        m_uncommitted = 0;
        return finished;
    }
    auto r = m_tx->commit();
    m_tx.reset();
    m_uncommitted = 0;
    return r;
}

} // namespace leadops
