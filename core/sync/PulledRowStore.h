#pragma once

#include "ServerRowWriter.h"
#include "domain/Result.h"
#include "store/BulkStatement.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace leadops {

class Database;
class Transaction;
struct SyncReport;

// Stores pulled pages of one table. A transaction is opened by the first page and left open for
// the next ones until commit(): each page moves the watermark inside it, so a commit (or a kill
// before one) always leaves the rows and the watermark consistent. Rows with unsent local changes
// are held back (counted in the report). The watermark never passes `horizon` (the server's
// sync_horizon(), empty when it has none): rows after it may still be joined by rows that commit
// late with earlier times, so the next pull reads them again.
class PulledRowStore
{
public:
    PulledRowStore(Database& db, QString entity, QString horizon = {});
    ~PulledRowStore(); // rolls back what was not committed
    PulledRowStore(const PulledRowStore&) = delete;
    PulledRowStore& operator=(const PulledRowStore&) = delete;

    // One page as the server sent it (a JSON array of rows).
    Result<void> store(const QByteArray& page, SyncReport& report);
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
    ServerRowWriter m_writer;
    std::unique_ptr<Transaction> m_tx;
    QSet<QString> m_unsent; // ids with outbox entries, read when the transaction opens
    BulkStatement m_mark;
    qint64 m_uncommitted = 0;
};

} // namespace leadops
