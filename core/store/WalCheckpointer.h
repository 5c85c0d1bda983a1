#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace leadops {

// Copies a workspace's committed WAL pages into its database file on a thread and connection of
// its own, while a bulk writer (a first sync's snapshot) keeps appending to the WAL. Without it the
// whole WAL is copied after the writer is done, by the next connection that commits, on the path
// the user waits on (100,000 pulled leads: 0.2 s). Passive checkpoints never wait for the writer,
// nor it for them. A failure only means the copying is left to SQLite's next checkpoint.
class WalCheckpointer
{
public:
    static constexpr int kEveryMs = 150;

    explicit WalCheckpointer(QString databasePath);
    ~WalCheckpointer(); // stops the thread, after the checkpoint under way if any
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // The most WAL pages one of its checkpoints found in the database file. Not a running total: the
    // WAL starts over once it has all been copied and the writer commits again.
    qint64 copied() const;

private:
    void run();

    QString m_path;
    mutable QMutex m_mutex;
    QWaitCondition m_stop;
    bool m_stopping = false;
    qint64 m_copied = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace leadops
