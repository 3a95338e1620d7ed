#pragma once

#include <QStyledItemDelegate>

// Draws a source's status as a coloured mark and its word. The colours are chosen for the
// palette in use, so they read on light and dark themes alike.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colorFor(const QString &status, bool failed, const QPalette &palette);
};
