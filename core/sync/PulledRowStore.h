#pragma once

#include "core/domain/Result.h"
#include "core/store/BulkStatement.h"
#include "core/store/SearchIndex.h"
#include "core/sync/ServerRowWriter.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace leadops {

class Database;
class SetAsideTriggers;
class Transaction;
struct SyncReport;

// How a pull walks a table. Changes: by (updated_at, id) after the watermark, every pull. Snapshot: a
// first pull's copy of the table by (created_at, id), in parts, each part's position kept in
// sync_snapshot; the read indexes then only grow at their ends (SyncEngine::pullTable).
enum class PullOrder { Changes, Snapshot };

// Stores pulled pages of one table. A transaction is opened by the first page and left open for
// the next ones until commit(): each page moves the watermark inside it, so a commit (or a kill
// before one) always leaves the rows and the watermark consistent. Rows with unsent local changes
// are held back (counted in the report). The watermark never passes `horizon` (the server's
// sync_horizon(), empty when it has none): rows after it may still be joined by rows that commit
// late with earlier times, so the next pull reads them again. A snapshot moves its own position
// instead. `layout` is how the pages carry their rows.
class PulledRowStore
{
public:
    PulledRowStore(Database& db, QString entity, QString horizon = {}, PullOrder order = PullOrder::Changes,
                   const RowLayout& layout = RowLayout::objects());
    ~PulledRowStore(); // rolls back what was not committed
    PulledRowStore(const PulledRowStore&) = delete;
    PulledRowStore& operator=(const PulledRowStore&) = delete;

    // One page as the server sent it (a JSON array of rows); `part`: the snapshot's part it is from.
    Result<void> store(const QByteArray& page, SyncReport& report, int part = 0);
    // Ends the open transaction, if any.
    Result<void> commit();
    // Rows stored in the open transaction.
    qint64 uncommitted() const { return m_uncommitted; }

private:
    Result<void> begin();

    Database& m_db;
    QString m_entity;
    QString m_horizon;
    std::optional<qint64> m_horizonMicros;
    PullOrder m_order;
    const RowLayout& m_layout;
    ServerRowWriter m_writer;
    std::unique_ptr<Transaction> m_tx;
    QSet<QString> m_unsent; // ids with outbox entries, read when the transaction opens
    BulkStatement m_mark;
    BulkStatement m_defer; // a snapshot's rows refused by a UNIQUE index, into sync_deferred
    qint64 m_uncommitted = 0;
    // A snapshot's leads join the search index together at each commit (SearchIndex::BulkInsert);
    // declared after m_tx: it ends before the transaction does.
    std::unique_ptr<SearchIndex::BulkInsert> m_searchIndex;
    // A snapshot's leads go in without the triggers that check their values, which the writer
    // checks itself (leadInsertCheckTriggers()); they are back before each commit.
    std::unique_ptr<SetAsideTriggers> m_checks;
};

} // namespace leadops
