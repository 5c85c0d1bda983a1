#pragma once

#include "core/domain/Result.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace leadops {

class Database;

// One background thread with its own read-only connection to a workspace (WAL lets it read while
// the window's connection writes). Jobs run in the order given; their results come back as
// futures, so long queries over a million leads never stop the window.
class StoreReader
{
public:
    explicit StoreReader(QString databasePath);
    ~StoreReader(); // lets queued jobs finish, then closes the connection on its own thread
    StoreReader(const StoreReader&) = delete;
    StoreReader& operator=(const StoreReader&) = delete;

    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(Database&)> job)
    {
        return QtConcurrent::run(&m_pool, [this, job = std::move(job)]() -> Result<T> {
            if (auto ready = connection(); !ready)
                return tl::unexpected(ready.error());
            return job(*m_db);
        });
    }

private:
    Result<void> connection(); // opens it on first use, on the pool's thread

    QString m_path;
    QThreadPool m_pool;
    std::unique_ptr<Database> m_db; // created and used on the pool's one thread only
};

} // namespace leadops
