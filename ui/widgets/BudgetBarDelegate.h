#pragma once

#include <QStyledItemDelegate>

namespace leadops {

// Draws a campaign's budget use as a bar behind its "12.5 %" text: green, amber from 80 %, red
// from 95 %, so the campaigns about to run out stand out when scanning the table. The percentage
// comes from the model's RawRole (0..100).
class BudgetBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace leadops
