#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace leadops {

// Writes `bytes` to a temporary file beside `path` and renames it over `path`: a reader never sees
// half a file, and a failed write (a full disk) leaves nothing behind and the old file as it was.
// Only a regular file or a new name is replaced: a folder, a device (/dev/full), a pipe or a socket
// at `path` is refused, never swapped for a regular file.
Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace leadops
