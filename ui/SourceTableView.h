#pragma once

#include <QTableView>

// The sources table: fixed row heights, row selection, sorting, a header menu to show, hide
// and reset columns, and a header state that can be saved and restored. Tab leaves it for the
// next part of the window (the arrow keys move inside), and the current row has a clear ring
// while the table has the focus.
class SourceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit SourceTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    // Shows the rows of the selection's model with that selection, which outlives the view.
    void showWithSelection(QItemSelectionModel *selection);

    QStringList selectedIds() const;
    // The selected rows as rows of the source model (the table's model is a proxy).
    QList<int> selectedSourceRows() const;
    int selectedCount() const;
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    void resetColumns();
    // Selects the rows of `ids`; the topmost becomes current and is scrolled into view.
    void selectIds(const QStringList &ids);

Q_SIGNALS:
    void headerLayoutChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    QRect rowRect(int row) const;
    QList<int> selectedRowNumbers() const;
    void showHeaderMenu(const QPoint &position);
    // Widens every shown column that is narrower than its heading: the widths are in the
    // letters of one language and may be kept from another.
    void fitHeadings();

    QItemSelectionModel *m_headerSelection = nullptr;
};
