#pragma once

#include "core/domain/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace leadops {

// One sync of a workspace at a time (the window's, a CLI's, a rebuild): two at once would push
// the same outbox twice and both count it as pushed. A lock file in the workspace folder; a
// process that dies leaves a stale one, which the next taker removes.
class SyncLock
{
public:
    // Waits up to `waitMs` for a running sync to end; then a Conflict error that names it.
    static Result<std::unique_ptr<SyncLock>> acquire(const QString& workspaceDirectory, int waitMs);

private:
    explicit SyncLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace leadops
