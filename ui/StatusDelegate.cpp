#include "StatusDelegate.h"

#include "SourceTableModel.h"

#include <QApplication>
#include <QPainter>

QColor StatusDelegate::colorFor(const QString &status, bool failed, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (failed)
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("PENDING"))
        return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x60, 0x7d, 0x8b);
    if (status == QLatin1String("IN_PROGRESS"))
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x65, 0xc0);
    if (status == QLatin1String("COMPLETED"))
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    return palette.color(QPalette::PlaceholderText);
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor mark = colorFor(index.data(SourceTableModel::StatusRole).toString(),
                                 index.data(SourceTableModel::FailedRole).toBool(), opt.palette);
    const QRect area = opt.rect.adjusted(6, 0, -4, 0);
    const int diameter = std::max(6, opt.fontMetrics.height() / 2);
    const QRect dot(area.left(), area.center().y() - diameter / 2, diameter, diameter);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mark);
    painter->drawEllipse(dot);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = area.adjusted(diameter + 6, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.height();
    return size;
}
