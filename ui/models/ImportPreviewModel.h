#pragma once

#include "core/io/TableReader.h"
#include "core/services/ImportMapping.h"

#include <QAbstractTableModel>

namespace leadops {

// The first rows of a file being imported, as read, with each column's header and the field it
// feeds ("Телефон → Contact") in the horizontal header; the row numbers a spreadsheet shows.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const QStringList& headers, const QList<TableRow>& rows);
    void setMapping(const ImportMapping& mapping);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<TableRow> m_rows;
    ImportMapping m_mapping;
    int m_columns = 0;
};

} // namespace leadops
