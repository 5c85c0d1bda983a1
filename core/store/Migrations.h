#pragma once

#include <QStringList>

#include <vector>

namespace leadops {

// Step N (0-based) takes the schema from version N to N+1; each runs in one transaction.
// Never edit a released step: append a new one.
const std::vector<QStringList>& migrations();

// The secondary indexes that only speed up the console's reads. A first sync drops them while it
// bulk-loads an empty table and builds them once at the end (one sorted build instead of a
// B-tree insert per row and index); opening a workspace re-creates any that a killed sync left
// missing, so they are written idempotently (IF NOT EXISTS).
struct ReadIndex
{
    QString table;
    QString name;
    QString ddl;
    // Ordered by created_at within a few leading values (status, source, campaign): a first sync
    // that pulls rows in created_at order only appends to it, so it is kept while the sync runs.
    bool followsCreation = true;
};
const std::vector<ReadIndex>& readIndexes();

} // namespace leadops
