#include "core/sync/PageWriter.h"

#include "core/obs/Logging.h"
#include "core/store/Database.h"
#include "core/store/WalCheckpointer.h"
#include "core/sync/PulledRowStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

PageWriter::PageWriter(QString databasePath, QString entity, bool buildReadIndexes, QString horizon, PullOrder order,
                       const RowLayout& layout)
    : m_path(std::move(databasePath))
    , m_entity(std::move(entity))
    , m_buildReadIndexes(buildReadIndexes)
    , m_horizon(std::move(horizon))
    , m_order(order)
    , m_layout(layout)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

PageWriter::~PageWriter()
{
    finish();
}

bool PageWriter::push(QByteArray page, int part)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= kMaxQueued && !m_error)
        m_changed.wait(&m_mutex);
    if (m_error)
        return false;
    m_queue.enqueue(Queued{std::move(page), part});
    m_changed.wakeAll();
    return true;
}

Result<SyncReport> PageWriter::finish()
{
    {
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_changed.wakeAll();
    }
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    if (m_error)
        return tl::unexpected(*m_error);
    return m_report;
}

void PageWriter::run()
{
    auto db = Database::openWriter(m_path);
    if (!db) {
        QMutexLocker lock(&m_mutex);
        m_error = db.error();
        m_changed.wakeAll();
        return;
    }
    // A pull writes every row: a bigger page cache and fewer WAL checkpoints while it runs.
    (*db)->exec(u"PRAGMA cache_size=-131072"_s);
    (*db)->exec(u"PRAGMA wal_autocheckpoint=16384"_s);
    (*db)->exec(u"PRAGMA foreign_keys=OFF"_s); // the server checked them; campaigns arrive first
    // ServerRowWriter checks every rule of the schema's CHECKs itself, with readable messages
    // (tst_server_rows); SQLite's own evaluation of them cost a fifth of storing a row.
    (*db)->exec(u"PRAGMA ignore_check_constraints=ON"_s);
    // A first pull writes the whole table into the WAL: it goes on into the database file meanwhile.
    std::optional<WalCheckpointer> checkpoints;
    if (m_buildReadIndexes)
        checkpoints.emplace(m_path);
    PulledRowStore rows(**db, m_entity, m_horizon, m_order, m_layout);
    SyncReport report;
    QElapsedTimer openFor; // how long the current transaction has been open
    const qint64 commitWhenBusyMs = m_order == PullOrder::Snapshot ? kSnapshotCommitWhenBusyMs : kCommitWhenBusyMs;
    const auto failed = [this](const Error& e) {
        QMutexLocker lock(&m_mutex);
        m_error = e;
        m_changed.wakeAll();
    };
    for (;;) {
        Queued page;
        bool last = false;
        bool caughtUp = false;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_done) {
                if (rows.uncommitted() == 0) {
                    m_changed.wait(&m_mutex);
                    continue;
                }
                // A transaction is open: it is not kept open while the network is slow.
                const qint64 left = kCommitWhenCaughtUpMs - openFor.elapsed();
                if (left <= 0 || !m_changed.wait(&m_mutex, QDeadlineTimer(left)))
                    break; // time to commit what is there
            }
            if (!m_queue.isEmpty())
                page = m_queue.dequeue();
            last = m_done && m_queue.isEmpty();
            caughtUp = m_queue.isEmpty();
            m_changed.wakeAll(); // room in the queue
        }
        // Each page goes into the open transaction as it arrives; the transaction ends at the end,
        // after kCommitWhenBusyMs (a snapshot: kSnapshotCommitWhenBusyMs), or after
        // kCommitWhenCaughtUpMs once the writer has caught up.
        if (!page.json.isEmpty()) {
            if (rows.uncommitted() == 0)
                openFor.start();
            if (auto r = rows.store(page.json, report, page.part); !r)
                return failed(r.error());
        }
        if (rows.uncommitted() > 0 && (last || openFor.elapsed() >= commitWhenBusyMs ||
                                       (caughtUp && openFor.elapsed() >= kCommitWhenCaughtUpMs))) {
            const qint64 committed = rows.uncommitted();
            if (auto r = rows.commit(); !r)
                return failed(r.error());
            m_stored += committed;
        }
        if (last)
            break;
    }
    if (m_buildReadIndexes) {
        // A failure here loses no data: the next Database::open() builds what is missing.
        if (auto r = (*db)->ensureReadIndexes(); !r)
            qCWarning(lcSync) << "read indexes not built after the pull:" << r.error().message;
    }
    QMutexLocker lock(&m_mutex);
    m_report = report;
}

} // namespace leadops
