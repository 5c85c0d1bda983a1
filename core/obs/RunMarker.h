#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace leadops {

// A lock file in the workspace while a process runs. If the previous owner died without
// removing it (crash, kill), the next start notices the unclean shutdown.
class RunMarker
{
public:
    explicit RunMarker(const QString& directory);
    ~RunMarker(); // a clean end removes the marker
    bool previousRunWasUnclean() const { return m_unclean; }
    QString path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    bool m_unclean = false;
};

} // namespace leadops
