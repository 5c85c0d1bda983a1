#include "ui/models/CampaignTableModel.h"

#include "core/services/CampaignService.h"
#include "core/services/NicheService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

QString displayMoney(Money minorUnits)
{
    return QLocale().toString(moneyToDouble(minorUnits), 'f', minorUnits % 100 == 0 ? 0 : 2) + u" ₸"_s;
}

CampaignTableModel::CampaignTableModel(CampaignService& campaigns, NicheService& niches, QObject* parent)
    : QAbstractTableModel(parent), m_campaigns(campaigns), m_niches(niches)
{
    connect(&m_campaigns, &CampaignService::campaignCreated, this, [this] { reload(); });
    connect(&m_campaigns, &CampaignService::campaignChanged, this, &CampaignTableModel::onCampaignChanged);
    connect(&m_niches, &NicheService::nicheChanged, this, [this] { reload(); });
    reload();
}

void CampaignTableModel::reload()
{
    auto rows = m_campaigns.list();
    QHash<QString, QString> names;
    if (const auto niches = m_niches.list()) {
        for (const auto& n : *niches)
            names.insert(n.id, n.name);
    }
    beginResetModel();
    m_rows = rows ? *rows : QList<Campaign>();
    m_nicheNames = names;
    endResetModel();
    if (!rows)
        Q_EMIT loadFailed(rows.error().message);
}

void CampaignTableModel::onCampaignChanged(const Campaign& campaign)
{
    // The stored campaign arrives with the signal: nothing is read back.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != campaign.id)
            continue;
        m_rows[row] = campaign;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    reload();
}

int CampaignTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Campaign* CampaignTableModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant CampaignTableModel::data(const QModelIndex& index, int role) const
{
    const Campaign* c = index.isValid() ? campaignAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == IdRole)
        return c->id;
    if (role == RawRole) {
        switch (index.column()) {
        case Name:
            return c->name;
        case Niche:
            return m_nicheNames.value(c->nicheId);
        case Platform:
            return toKey(c->platform);
        case Status:
            return static_cast<int>(c->status);
        case Budget:
            return c->budget;
        case Spent:
            return c->spent;
        case Remaining:
            return c->remainingBudget();
        case Utilization:
            return c->budgetUtilization();
        case StartedAt:
            return c->startedAt.value_or(QDateTime());
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return c->name;
        case Niche:
            return m_nicheNames.value(c->nicheId, c->nicheId);
        case Platform:
            return displayName(c->platform);
        case Status:
            return displayName(c->status);
        case Budget:
            return displayMoney(c->budget);
        case Spent:
            return displayMoney(c->spent);
        case Remaining:
            return displayMoney(c->remainingBudget());
        case Utilization:
            return QString(QLocale().toString(c->budgetUtilization(), 'f', 1) + u" %"_s);
        case StartedAt:
            return c->startedAt ? QLocale().toString(c->startedAt->toLocalTime(), QLocale::ShortFormat) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Budget && index.column() <= Utilization)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Utilization && c->status != CampaignStatus::Completed) {
        // Amber from 80 %, red from 95 %: the budget is about to run out.
        if (c->budgetUtilization() >= 95.0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (c->budgetUtilization() >= 80.0)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
    }
    return {};
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Campaign");
    case Niche:
        return tr("Niche");
    case Platform:
        return tr("Platform");
    case Status:
        return tr("Status");
    case Budget:
        return tr("Budget");
    case Spent:
        return tr("Spent");
    case Remaining:
        return tr("Remaining");
    case Utilization:
        return tr("Used");
    case StartedAt:
        return tr("Started");
    }
    return {};
}

} // namespace leadops
