#include "core/sync/SyncLock.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<std::unique_ptr<SyncLock>> SyncLock::acquire(const QString& workspaceDirectory, int waitMs)
{
    QDir().mkpath(workspaceDirectory);
    auto lock = std::make_unique<QLockFile>(QDir(workspaceDirectory).filePath(u"sync.lock"_s));
    lock->setStaleLockTime(0); // only a dead owner makes it stale: a long first pull is not
    if (!lock->tryLock(waitMs)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return tl::unexpected(
            Error{ErrorKind::Conflict,
                  QCoreApplication::translate("SyncLock", "Another sync of this workspace is running (process %1); "
                                                          "this one waited %2 s. Try again when it has ended")
                      .arg(pid)
                      .arg(waitMs / 1000),
                  {},
                  0,
                  u"sync_running"_s});
    }
    return std::unique_ptr<SyncLock>(new SyncLock(std::move(lock)));
}

} // namespace leadops
