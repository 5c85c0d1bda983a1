#include "ui/models/ImportPreviewModel.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const QStringList& headers, const QList<TableRow>& rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_columns = static_cast<int>(headers.size());
    for (const TableRow& r : rows)
        m_columns = std::max(m_columns, static_cast<int>(r.cells.size()));
    endResetModel();
}

void ImportPreviewModel::setMapping(const ImportMapping& mapping)
{
    m_mapping = mapping;
    if (m_columns > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::FontRole});
    }
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList& cells = m_rows.at(index.row()).cells;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString text = cells.value(index.column());
        return role == Qt::DisplayRole ? QString(text).replace(u'\n', u" ⏎ "_s) : QVariant(text);
    }
    if (role == Qt::FontRole && !m_mapping.fieldOf(index.column())) {
        QFont unused;
        unused.setItalic(true); // a column nothing is taken from
        return unused;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).number) : QVariant();
    const QString header = m_headers.value(section);
    const auto field = m_mapping.fieldOf(section);
    return field ? header + u" → "_s + displayName(*field) : header;
}

} // namespace leadops
