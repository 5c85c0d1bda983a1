#pragma once

#include "core/store/Filters.h"

#include <QStringList>

#include <optional>

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

// The triggers that only refuse a lead's values as it is inserted (steps 7 and 9: CHECKs that
// SQLite cannot add to a table in place). A writer that enforces the same limits itself sets them
// aside for a bulk load (SetAsideTriggers): the pull's ServerRowWriter does.
const QStringList& leadInsertCheckTriggers();

// The index a sort of the lead list walks, for the sorts no read index serves (none for those):
// with it, every page of that sort is one range of it, at any depth. It is made the first time the
// list is sorted that way (most workspaces never sort by most columns, and a first sync of a million
// leads would pay about half a second for each), and dropped with the read indexes before a bulk
// load, to come back when it is next asked for.
std::optional<QString> leadSortIndex(LeadSort sort);
inline constexpr char16_t kLeadSortIndexPrefix[] = u"leads_by_";

} // namespace leadops
