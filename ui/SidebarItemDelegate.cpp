#include "SidebarItemDelegate.h"

#include "FocusRing.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

void SidebarItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool heading = !(index.flags() & Qt::ItemIsEnabled);
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect area = opt.rect.adjusted(12, 0, -12, 0);
    painter->save();
    QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (heading) {
        // Set apart by a small bold font, not by a pale colour: it has to stay readable. The
        // heading cannot be chosen, so its palette is the disabled one: take the text colour
        // of the enabled one.
        painter->setPen(opt.palette.color(QPalette::Active, QPalette::Text));
        painter->setFont(headingFont(opt.font));
        painter->drawText(area.adjusted(0, 6, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    QColor muted = text;
    muted.setAlphaF(0.6f);
    const QVariant count = index.data(CountRole);
    const QString countText = count.isValid() ? QLocale().toString(count.toInt()) : QString();
    const int countWidth = opt.fontMetrics.horizontalAdvance(countText);
    painter->setPen(muted);
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, countText);
    painter->setPen(text);
    const QRect nameRect = area.adjusted(0, 0, -(countWidth + 8), 0);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(NameRole).toString(), Qt::ElideRight,
                                                 nameRect.width()));
    if (opt.state & QStyle::State_HasFocus)
        FocusRing::paint(painter, opt.rect, opt.palette, selected);
    painter->restore();
}

QFont SidebarItemDelegate::headingFont(const QFont &font)
{
    QFont small = font;
    small.setBold(true);
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

QSize SidebarItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const bool heading = !(index.flags() & Qt::ItemIsEnabled);
    return {160, option.fontMetrics.height() + (heading ? 18 : 12)};
}
