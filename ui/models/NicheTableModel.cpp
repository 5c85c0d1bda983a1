#include "ui/models/NicheTableModel.h"

#include "core/services/NicheService.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

NicheTableModel::NicheTableModel(NicheService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &NicheService::nicheCreated, this, [this] { reload(); });
    connect(&m_service, &NicheService::nicheChanged, this, &NicheTableModel::onNicheChanged);
    reload();
}

void NicheTableModel::reload()
{
    auto rows = m_service.list();
    beginResetModel();
    m_rows = rows ? *rows : QList<Niche>();
    endResetModel();
    if (!rows)
        Q_EMIT loadFailed(rows.error().message);
}

void NicheTableModel::onNicheChanged(const Niche& niche)
{
    // The stored niche arrives with the signal: nothing is read back.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id != niche.id)
            continue;
        m_rows[row] = niche;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    reload();
}

int NicheTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NicheTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Niche* NicheTableModel::nicheAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QVariant NicheTableModel::data(const QModelIndex& index, int role) const
{
    const Niche* n = index.isValid() ? nicheAt(index.row()) : nullptr;
    if (!n)
        return {};
    if (role == IdRole)
        return n->id;
    const bool researched = n->status != NicheStatus::Researching;
    if (role == RawRole) {
        switch (index.column()) {
        case Name:
            return n->name;
        case Market:
            return toKey(n->market);
        case Category:
            return n->category;
        case Status:
            return static_cast<int>(n->status);
        case Profitability:
            return n->profitabilityScore;
        case Competition:
            return n->competitionDensity;
        case ValidatedAt:
            return n->validatedAt.value_or(QDateTime());
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return n->name;
        case Market:
            return displayName(n->market);
        case Category:
            return n->category;
        case Status:
            return displayName(n->status);
        case Profitability:
            return researched ? QLocale().toString(n->profitabilityScore, 'f', 2) : u"—"_s;
        case Competition:
            return researched ? QLocale().toString(n->competitionDensity, 'f', 2) : u"—"_s;
        case ValidatedAt:
            return n->validatedAt ? QLocale().toString(n->validatedAt->toLocalTime(), QLocale::ShortFormat) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Profitability || index.column() == Competition))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && researched)
        return (n->isProfitable() ? tr("Profitable: profitability ≥ %1 and competition < %2")
                                  : tr("Not profitable: needs profitability ≥ %1 and competition < %2"))
            .arg(Niche::kMinProfitability)
            .arg(Niche::kMaxCompetitionProfitable);
    return {};
}

QVariant NicheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Niche");
    case Market:
        return tr("Market");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Profitability:
        return tr("Profitability");
    case Competition:
        return tr("Competition");
    case ValidatedAt:
        return tr("Validated");
    }
    return {};
}

} // namespace leadops
