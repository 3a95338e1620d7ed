#pragma once

#include <QStyledItemDelegate>

// Draws a sidebar entry as a mail client does a folder: its name on the left, its count
// muted on the right, with room around both; the current entry has a clear ring while the
// list has the focus.
class SidebarItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int NameRole = Qt::UserRole + 3;
    static constexpr int CountRole = Qt::UserRole + 4;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont headingFont(const QFont &font);
};
