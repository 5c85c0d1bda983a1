#pragma once

#include "core/domain/Result.h"

#include <QStringList>

namespace leadops {

class Database;

// Triggers set aside for a bulk write whose writer enforces their rules itself, and put back before
// its transaction ends. Each one is dropped inside the caller's transaction and created again from
// its own text in sqlite_master, so a rollback or a crash brings it back unchanged, and a commit
// never happens without it (restore(), or the destructor when nobody called it).
//
// Why: a BEFORE INSERT trigger runs a sub-program for every row and makes each statement keep a
// statement journal (it may RAISE(ABORT)). The two that check a lead's reason and name cost a
// quarter of storing a pulled lead (SQLite shell, 100,000 leads: 0.69 s with them, 0.55 s without).
// A trigger that cannot be dropped stays: the write is then only slower.
class SetAsideTriggers
{
public:
    SetAsideTriggers(Database& db, const QStringList& names);
    ~SetAsideTriggers();
    SetAsideTriggers(const SetAsideTriggers&) = delete;
    SetAsideTriggers& operator=(const SetAsideTriggers&) = delete;

    Result<void> restore();
    qsizetype setAside() const { return m_statements.size(); }

private:
    Database& m_db;
    QStringList m_statements; // the CREATE TRIGGER text of each trigger dropped
};

} // namespace leadops
