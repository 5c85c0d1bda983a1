#pragma once

#include "core/domain/TeamMember.h"

#include <QAbstractTableModel>
#include <QList>

namespace leadops {

// The team as the last sync brought it: name, e-mail, role, active. Read-only: members register
// themselves, and the administrator decides who is active (docs/roles.md).
class TeamTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Role, Active, ColumnCount };

    explicit TeamTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    void setMembers(const QList<TeamMember>& members);
    const TeamMember* memberAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TeamMember> m_members;
};

} // namespace leadops
