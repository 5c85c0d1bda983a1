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
    Result<QList<AuditEntry>> history(const QString& entityId);

private:
    Database& m_db;
};

} // namespace leadops
