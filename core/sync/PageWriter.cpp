#include "PageWriter.h"

#include "store/Database.h"

#include <QMutexLocker>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

PageWriter::PageWriter(QString databasePath, QString entity, int rowsPerTransaction)
    : m_path(std::move(databasePath)), m_entity(std::move(entity)), m_rowsPerTransaction(rowsPerTransaction)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

PageWriter::~PageWriter()
{
    finish();
}

bool PageWriter::push(QJsonArray rows)
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= kMaxQueued && !m_error)
        m_changed.wait(&m_mutex);
    if (m_error)
        return false;
    m_queue.enqueue(std::move(rows));
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
    ServerRowWriter rows(**db);
    SyncReport report;
    QJsonArray batch;
    for (;;) {
        bool last = false;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_done)
                m_changed.wait(&m_mutex);
            while (!m_queue.isEmpty() && batch.size() < m_rowsPerTransaction) {
                for (const QJsonValue& v : m_queue.dequeue())
                    batch.append(v);
            }
            last = m_done && m_queue.isEmpty();
            m_changed.wakeAll(); // room in the queue
        }
        if (!batch.isEmpty() && (batch.size() >= m_rowsPerTransaction || last)) {
            if (auto r = storePulledRows(**db, rows, m_entity, batch, report); !r) {
                QMutexLocker lock(&m_mutex);
                m_error = r.error();
                m_changed.wakeAll();
                return;
            }
            m_stored += batch.size();
            batch = QJsonArray();
        }
        if (last)
            break;
    }
    QMutexLocker lock(&m_mutex);
    m_report = report;
}

} // namespace leadops
