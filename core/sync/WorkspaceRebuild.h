#pragma once

#include "core/domain/Result.h"
#include "core/store/Outbox.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace leadops {

class PostgrestClient;

// What can still be read of a damaged workspace's outbox: the changes that never reached the
// server, each read on its own so that one damaged row does not lose the rest.
struct SalvagedOutbox
{
    QList<OutboxEntry> entries;
    QStringList unreadable; // what could not be read, in words ("change 17: …")
};
SalvagedOutbox salvageOutbox(const QString& databasePath);

struct RebuildReport
{
    QString damagedCopy; // where the damaged file was moved
    qint64 pulled = 0;   // rows pulled from the server into the new file
    qint64 requeued = 0; // changes queued again, with their local rows
    QStringList lost;    // changes that could not be read or queued again, with the reason
};

// Replaces a damaged workspace file with one pulled again from the server: the damaged file (and
// its -wal and -shm) is moved aside, never deleted; every change of its outbox that can still be
// read is queued again on top of the pulled rows, with its mutation id (so one the server already
// applied is recognised, not applied twice) and the server version it was made from (so a row
// changed there meanwhile becomes a conflict).
Result<RebuildReport> rebuildWorkspace(const QString& directory, PostgrestClient& client);

} // namespace leadops
