#pragma once

#include "core/domain/SpendEntry.h"

#include <QList>

#include <optional>

namespace leadops {

class Database;

// A campaign's ledger line as the window and the CLI show it: the entry, the correction that
// reversed it (if any), and whether it still waits for the server.
struct LedgerLine : SpendEntry
{
    QString reversedBy; // the correction's id, empty while the spend stands
    // "sent" (the server has it), the outbox's "pending", "failed" or "conflict", or "local" (kept
    // on this computer only: a demo's, or a workspace that never joined a server)
    QString syncState;
};

// The spend ledger (campaign_spends), as the sync keeps it: entries are only ever added.
class SpendStore
{
public:
    explicit SpendStore(Database& db) : m_db(db) {}

    Result<std::optional<SpendEntry>> get(const QString& id);
    Result<bool> isReversed(const QString& id);
    Result<QList<LedgerLine>> ledger(const QString& campaignId); // oldest first
    Result<void> insert(const SpendEntry& entry);

private:
    Database& m_db;
};

} // namespace leadops
