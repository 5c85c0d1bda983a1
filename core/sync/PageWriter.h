#pragma once

#include "core/sync/PulledRowStore.h"
#include "core/sync/SyncEngine.h"

#include <QByteArray>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace leadops {

// Stores pulled pages on its own thread and connection (PulledRowStore: several pages per
// transaction, each transaction with the watermark of its last row, so a kill still leaves a
// consistent store), while the pulling thread keeps the keyset chain of requests going. It waits
// only when the writer is kMaxQueued pages behind.
class PageWriter
{
public:
    static constexpr int kMaxQueued = 8;
    // How long the writer's transaction stays open: many pages, because every commit writes the
    // pages the random-UUID indexes dirtied into the WAL, and on a large table that is most of them
    // (storing 1,000,000 leads: 15.6 s committing every 20,000 rows, 10.2 s every second). It
    // commits sooner when it has caught up with the network, and never holds the write lock much
    // longer than a second, so the window's own writes wait at most that long.
    static constexpr int kCommitWhenBusyMs = 1000;
    static constexpr int kCommitWhenCaughtUpMs = 250;
    // A snapshot commits as often as that even while busy: its rows go in creation order, with UUID
    // v7 ids, so a commit rewrites only the last pages of each index, and each commit lets the
    // WalCheckpointer copy it into the database file on the other core meanwhile. With one commit a
    // second, the last second's WAL was copied after the last page, on the path the user waits on
    // (100,000 leads: one commit, then 0.14 s for it and 0.15 s for its checkpoint). Seven rounds
    // at 100,000 leads: median 0.899 s against 0.932 s; three at 1,000,000: 8.59 s against 9.32 s.
    static constexpr int kSnapshotCommitWhenBusyMs = 250;

    // `buildReadIndexes`: a first pull into an empty table, which dropped the read indexes; the
    // writer builds them when it is done, on its own connection, whose page cache holds the table
    // it has just written (the pull's connection would read it all again from the WAL).
    // `horizon`, `order` and `layout`: see PulledRowStore.
    PageWriter(QString databasePath, QString entity, bool buildReadIndexes = false, QString horizon = {},
               PullOrder order = PullOrder::Changes, const RowLayout& layout = RowLayout::objects());
    ~PageWriter();
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    // Queues one page (of a snapshot's `part`); false once the writer has failed (finish() says why).
    bool push(QByteArray page, int part = 0);
    // Stores what is queued, ends the thread; what was stored, or the first error.
    Result<SyncReport> finish();
    // Rows committed so far.
    qint64 stored() const { return m_stored.load(); }

private:
    void run();

    QString m_path;
    QString m_entity;
    bool m_buildReadIndexes;
    QString m_horizon;
    PullOrder m_order;
    const RowLayout& m_layout;
    QMutex m_mutex;
    QWaitCondition m_changed;
    struct Queued
    {
        QByteArray json; // as the server sent it
        int part = 0;
    };
    QQueue<Queued> m_queue;
    bool m_done = false;
    std::optional<Error> m_error;
    SyncReport m_report;
    std::atomic<qint64> m_stored{0};
    std::unique_ptr<QThread> m_thread;
};

} // namespace leadops
