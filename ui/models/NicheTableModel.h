#pragma once

#include "core/domain/Niche.h"

#include <QAbstractTableModel>

namespace leadops {

class NicheService;

// All niches (there are tens, not thousands), refreshed when the service reports a change.
class NicheTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NicheTableModel)

public:
    enum Column { Name, Market, Category, Status, Profitability, Competition, ValidatedAt, ColumnCount };
    enum Role { RawRole = Qt::UserRole, IdRole };

    explicit NicheTableModel(NicheService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Niche* nicheAt(int row) const;
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void onNicheChanged(const Niche& niche);

    NicheService& m_service;
    QList<Niche> m_rows;
};

} // namespace leadops
