#pragma once

#include "core/domain/AuditEntry.h"
#include "core/domain/Result.h"

#include <QList>
#include <QString>

namespace leadops {

class Database;

class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    Result<void> record(const AuditEntry& entry);
    // The entity's history in time order: this console's entries, and the server's status changes
    // this console did not record itself (made by colleagues; actor: their role, id 0).
    Result<QList<AuditEntry>> history(const QString& entityId);

private:
    Database& m_db;
};

} // namespace leadops
