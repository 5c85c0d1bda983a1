#include "core/obs/RunMarker.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

RunMarker::RunMarker(const QString& directory) : m_path(QDir(directory).filePath(u"leadops.running"_s))
{
    QDir().mkpath(directory);
    const bool existed = QFile::exists(m_path);
    m_lock = std::make_unique<QLockFile>(m_path);
    m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    // tryLock() removes a lock whose process no longer runs: that owner ended uncleanly. A lock
    // held by a live process (the window while a CLI command runs) is left alone.
    if (m_lock->tryLock(0)) {
        m_unclean = existed;
    } else {
        m_lock.reset();
    }
}

RunMarker::~RunMarker()
{
    if (m_lock)
        m_lock->unlock();
}

} // namespace leadops
