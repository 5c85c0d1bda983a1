#pragma once

#include <QDateTime>
#include <QString>

namespace leadops {

// One recorded state change: who changed which entity when, from which status to which, and why.
// A domain fact (the history a user reads), kept by the store's AuditLog and sent as JSON.
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

} // namespace leadops
