#include "ui/models/TeamTableModel.h"

#include "core/domain/Actor.h"

#include <QBrush>
#include <QPalette>

namespace leadops {

void TeamTableModel::setMembers(const QList<TeamMember>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

const TeamMember* TeamTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members[row] : nullptr;
}

int TeamTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int TeamTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex& index, int role) const
{
    const TeamMember* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return m->displayName;
        case Email:
            return m->email;
        case Role: {
            const auto known = fromKey<leadops::Role>(m->roleKey);
            return known ? displayName(*known) : m->roleKey;
        }
        case Active:
            return m->active ? tr("Active") : tr("Left the team");
        }
    }
    if (role == Qt::ForegroundRole && !m->active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text)); // someone who left
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Active:
        return tr("Status");
    }
    return {};
}

} // namespace leadops
