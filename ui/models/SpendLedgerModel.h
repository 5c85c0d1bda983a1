#pragma once

#include "core/store/SpendStore.h"
#include "ui/models/EntityTableModel.h"

#include <QCoreApplication>
#include <QHash>

namespace leadops {

class CampaignService;
class TeamStore;

// One campaign's spend ledger, oldest first: each spend and correction, what it did to the
// campaign, who recorded it and whether the server has it yet.
class SpendLedgerModel final : public EntityTableModel<LedgerLine>
{
    Q_DECLARE_TR_FUNCTIONS(SpendLedgerModel)

public:
    enum Column { At, Amount, SpentAfter, Effect, Author, Sync, Note, ColumnCount };

    SpendLedgerModel(CampaignService& campaigns, TeamStore& team, QString campaignId, QObject* parent = nullptr);

    // The effect in words: "Completed the campaign", "Reversed", "Reverses the spend of 25.11.2026".
    QString effectText(const LedgerLine& line) const;

private:
    QHash<QString, QString> m_authors;      // user id -> name, read with each reload
    QHash<QString, QDateTime> m_recordedAt; // entry id -> when, for "reverses the spend of …"
};

} // namespace leadops
