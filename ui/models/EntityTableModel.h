#pragma once

// One table model for every entity that is listed whole (niches, campaigns, and next the team,
// notes, spend entries): a model is a declaration of its columns and of how the list is loaded.
// The lead list, a million rows read in pages, is its own model (LeadTableModel).
#include "core/domain/Result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace leadops {

// What the generic part signals; a class of its own because a template cannot carry Q_OBJECT.
class EntityTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTableModelBase)

public:
    // RawRole: the value to sort, filter and draw by (a number, a key); IdRole: the entity's id.
    enum Role { RawRole = Qt::UserRole, IdRole };

    using QAbstractTableModel::QAbstractTableModel;

Q_SIGNALS:
    void loadFailed(const QString& message);
};

template <typename T>
struct EntityColumn
{
    const char* header;                                     // source text, marked with QT_TRANSLATE_NOOP(context, …)
    std::function<QVariant(const T&)> display;              // Qt::DisplayRole
    std::function<QVariant(const T&)> raw;                  // RawRole; the display value when empty
    bool alignRight = false;                                // numbers and money
    std::function<QVariant(const T&, int role)> other = {}; // any other role (tooltip, colour)
};

template <typename T>
class EntityTableModel : public EntityTableModelBase
{
public:
    using Load = std::function<Result<QList<T>>()>;

    // `context` is the translation context of the headers (the declaring model's class name).
    EntityTableModel(const char* context, QList<EntityColumn<T>> columns, Load load, QObject* parent)
        : EntityTableModelBase(parent), m_context(context), m_columns(std::move(columns)), m_load(std::move(load))
    {}

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const T* entity = index.isValid() ? at(index.row()) : nullptr;
        if (!entity || index.column() >= m_columns.size())
            return {};
        const EntityColumn<T>& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(*entity);
        case RawRole:
            return column.raw ? column.raw(*entity) : column.display(*entity);
        case IdRole:
            return entity->id;
        case Qt::TextAlignmentRole:
            if (column.alignRight)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return column.other ? column.other(*entity, role) : QVariant();
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
            return {};
        return QCoreApplication::translate(m_context, m_columns.at(section).header);
    }

    const T* at(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    void reload()
    {
        const auto rows = m_load();
        beginResetModel();
        m_rows = rows ? *rows : QList<T>();
        m_rowOf.clear();
        for (qsizetype row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row).id, row);
        endResetModel();
        if (!rows)
            Q_EMIT loadFailed(rows.error().message);
    }

    // The stored entity arrives with the service's signal and replaces its row: nothing is read
    // back. One the list does not hold yet (created elsewhere) reloads it, in the store's order.
    void apply(const T& entity)
    {
        const auto found = m_rowOf.constFind(entity.id);
        if (found == m_rowOf.cend()) {
            reload();
            return;
        }
        const int row = static_cast<int>(*found);
        m_rows[row] = entity;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

private:
    const char* m_context;
    QList<EntityColumn<T>> m_columns;
    Load m_load;
    QList<T> m_rows;
    QHash<QString, qsizetype> m_rowOf;
};

} // namespace leadops
