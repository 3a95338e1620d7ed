#include "StatusDelegate.h"

#include "SourceTableModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

QColor StatusDelegate::colorFor(const QString &status, bool failed, const QPalette &palette)
{
    if (failed)
        return Theme::foreground(Theme::Tone::Error, palette);
    if (status == QLatin1String("PENDING"))
        return Theme::foreground(Theme::Tone::Neutral, palette);
    if (status == QLatin1String("IN_PROGRESS"))
        return Theme::foreground(Theme::Tone::Information, palette);
    if (status == QLatin1String("COMPLETED"))
        return Theme::foreground(Theme::Tone::Success, palette);
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
