#pragma once

#include "core/domain/Campaign.h"
#include "ui/models/EntityTableModel.h"

#include <QHash>

namespace leadops {

class CampaignService;
class NicheService;

// All campaigns with their budget use; refreshed when the service reports a change.
class CampaignTableModel final : public EntityTableModel<Campaign>
{
public:
    enum Column { Name, Niche, Platform, Status, Budget, Spent, Remaining, Utilization, StartedAt, ColumnCount };

    CampaignTableModel(CampaignService& campaigns, NicheService& niches, QObject* parent = nullptr);

private:
    QHash<QString, QString> m_nicheNames; // niche id -> name, read with each reload
};

// Money as the user reads it: "1 250 000,50 ₸" in the current locale.
QString displayMoney(Money minorUnits);

} // namespace leadops
