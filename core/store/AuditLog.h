#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace leadops {

class Database;

// One recorded state change: who changed which entity when, from which status to which, and why.
struct AuditEntry
{
    qint64 id = 0;
    QString entity; // "lead", "campaign", "niche"
    QString entityId;
    QString action; // the rule's verb: "qualify", "start", "add_spend", ...
    QString fromStatus;
    QString toStatus;
    QString detail; // reason, score, amount
    QString actor;
    QDateTime at;

    bool operator==(const AuditEntry&) const = default;
};

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
