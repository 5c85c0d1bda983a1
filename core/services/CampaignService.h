#pragma once

#include "core/domain/Actor.h"
#include "core/domain/Campaign.h"
#include "core/store/AuditLog.h"
#include "core/store/CampaignStore.h"
#include "core/store/SpendStore.h"

#include <QObject>

namespace leadops {

class Clock;
class Database;

// The marketer's campaign workflows: create, start, pause, resume, complete, record spend.
class CampaignService final : public QObject
{
    Q_OBJECT

public:
    // `actor` is the workspace's: who is recorded, and whose role must allow each change.
    CampaignService(Database& db, const Clock& clock, const Actor& actor, QObject* parent = nullptr);

    Result<Campaign> create(const QString& nicheId, const QString& name, Platform platform, Money budget);
    Result<Campaign> get(const QString& id);
    Result<QList<Campaign>> list(const CampaignFilter& filter = {});
    Result<QList<AuditEntry>> history(const QString& id);

    Result<Campaign> start(const QString& id);
    Result<Campaign> pause(const QString& id);
    Result<Campaign> resume(const QString& id);
    Result<Campaign> complete(const QString& id);
    // Each spend is a ledger entry (amount, when, who, an optional note); the campaign's spent is
    // what its entries add up to on the server.
    Result<Campaign> addSpend(const QString& id, Money amount,
                              Campaign::Overspend overspend = Campaign::Overspend::NeedsConfirmation,
                              const QString& note = {});
    // Reverses a mistaken spend with a correction entry (Campaign::reverseSpend says what happens
    // to the status).
    Result<Campaign> reverseSpend(const QString& id, const QString& entryId, const QString& note = {});
    Result<QList<LedgerLine>> spending(const QString& id); // oldest first
    Result<Campaign> edit(const QString& id, const QString& name, Money budget);

Q_SIGNALS:
    void campaignCreated(const leadops::Campaign& campaign);
    void campaignChanged(const leadops::Campaign& campaign);

private:
    // One ledger entry and its effect on the campaign, stored together (ChangeWriter::changedVia).
    // `rule(campaign, now)` gives the campaign after the entry and fills `entry`.
    template <typename Rule>
    Result<Campaign> ledgerChange(const QString& id, const QString& action, SpendEntry& entry, Rule&& rule);
    template <typename Rule>
    Result<Campaign> transition(const QString& id, const QString& action, Rule&& rule, const QString& detail = {});

    Database& m_db;
    const Clock& m_clock;
    const Actor& m_actor;
    CampaignStore m_store;
    AuditLog m_audit;
};

} // namespace leadops
