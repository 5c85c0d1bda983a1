#include "core/store/WalCheckpointer.h"

#include "core/obs/Logging.h"
#include "core/store/Database.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

WalCheckpointer::WalCheckpointer(QString databasePath) : m_path(std::move(databasePath))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

WalCheckpointer::~WalCheckpointer()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_stop.wakeAll();
    }
    m_thread->wait();
}

qint64 WalCheckpointer::copied() const
{
    QMutexLocker lock(&m_mutex);
    return m_copied;
}

void WalCheckpointer::run()
{
    auto db = Database::openWriter(m_path);
    if (!db) {
        qCWarning(lcStore) << "WAL checkpoints left to SQLite:" << db.error().message;
        return;
    }
    QMutexLocker lock(&m_mutex);
    while (!m_stopping) {
        if (m_stop.wait(&m_mutex, QDeadlineTimer(kEveryMs)))
            continue; // woken to stop
        lock.unlock();
        // Columns: busy, pages in the WAL, pages of it now in the database file.
        QSqlQuery q = (*db)->prepare(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        const bool ran = q.exec() && q.next();
        const qint64 backfilled = ran ? q.value(2).toLongLong() : 0;
        q.finish();
        lock.relock();
        if (!ran)
            break;
        m_copied = std::max(m_copied, backfilled);
    }
}

} // namespace leadops
