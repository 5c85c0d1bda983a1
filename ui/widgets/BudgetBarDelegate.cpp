#include "ui/widgets/BudgetBarDelegate.h"

#include "ui/models/CampaignTableModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace leadops {

void BudgetBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const double percent = std::clamp(index.data(CampaignTableModel::RawRole).toDouble(), 0.0, 100.0);
    // The cell's own background and selection first, then the bar, then the text on top.
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QColor color = percent >= 95.0   ? QColor(0xc6, 0x28, 0x28)
                         : percent >= 80.0 ? QColor(0xef, 0x6c, 0x00)
                                           : QColor(0x2e, 0x7d, 0x32);
    const QRect track = opt.rect.adjusted(3, 4, -3, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColor = opt.palette.color(QPalette::Mid);
    trackColor.setAlpha(60);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 3, 3);
    QColor fill = color;
    fill.setAlpha(150);
    painter->setBrush(fill);
    painter->drawRoundedRect(
        QRect(track.topLeft(), QSize(static_cast<int>(track.width() * percent / 100.0), track.height())), 3, 3);
    // The widget's text colour, not the cell's: the bar already carries the warning colour.
    const QPalette palette = opt.widget ? opt.widget->palette() : QApplication::palette();
    painter->setPen(opt.state & QStyle::State_Selected ? palette.color(QPalette::HighlightedText)
                                                       : palette.color(QPalette::Text));
    painter->drawText(track.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace leadops
