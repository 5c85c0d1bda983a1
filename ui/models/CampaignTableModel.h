#pragma once

#include "core/domain/Campaign.h"

#include <QAbstractTableModel>
#include <QHash>

namespace leadops {

class CampaignService;
class NicheService;

// All campaigns with their budget use; refreshed when the service reports a change.
class CampaignTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    enum Column { Name, Niche, Platform, Status, Budget, Spent, Remaining, Utilization, StartedAt, ColumnCount };
    enum Role { RawRole = Qt::UserRole, IdRole };

    CampaignTableModel(CampaignService& campaigns, NicheService& niches, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Campaign* campaignAt(int row) const;
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void onCampaignChanged(const Campaign& campaign);

    CampaignService& m_campaigns;
    NicheService& m_niches;
    QList<Campaign> m_rows;
    QHash<QString, QString> m_nicheNames;
};

// Money as the user reads it: "1 250 000,50 ₸" in the current locale.
QString displayMoney(Money minorUnits);

} // namespace leadops
