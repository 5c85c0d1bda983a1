#include "core/store/StoreReader.h"

#include "core/store/Database.h"

namespace leadops {

StoreReader::StoreReader(QString databasePath) : m_path(std::move(databasePath))
{
    // One thread that never expires, so the connection it opened stays on it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

StoreReader::~StoreReader()
{
    // Closed on its own thread, after whatever is queued. Not QFuture::waitForFinished(): it may
    // run a queued task on the waiting thread, beside the one the pool is running.
    m_pool.start([this] { m_db.reset(); });
    m_pool.waitForDone();
}

Result<void> StoreReader::connection()
{
    if (m_db)
        return {};
    auto db = Database::openReader(m_path);
    if (!db)
        return tl::unexpected(db.error());
    m_db = std::move(*db);
    return {};
}

} // namespace leadops
