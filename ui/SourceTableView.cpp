#include "SourceTableView.h"

#include "FocusRing.h"
#include "SourceTableModel.h"
#include "StatusDelegate.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>
#include <QPainter>

SourceTableView::SourceTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("sourceTable"));
    setAccessibleName(tr("Sources"));
    setAccessibleDescription(tr("The sources of the view chosen on the left. The arrow keys "
                                "move between rows, Shift and Ctrl extend the selection, Tab "
                                "goes on to the details."));
    // Tab moving from cell to cell would keep keyboard users in the table for good.
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setItemDelegateForColumn(SourceTableModel::StatusColumn, new StatusDelegate(this));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &SourceTableView::showHeaderMenu);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(horizontalHeader(), signal, this, &SourceTableView::headerLayoutChanged);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &SourceTableView::headerLayoutChanged);
}

QRect SourceTableView::rowRect(int row) const
{
    const int right = horizontalHeader()->length() - horizontalOffset();
    return {0, rowViewportPosition(row), std::min(right, viewport()->width()), rowHeight(row)};
}

void SourceTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QModelIndex current = currentIndex();
    if (!hasFocus() || !current.isValid())
        return;
    QPainter painter(viewport());
    FocusRing::paint(&painter, rowRect(current.row()), palette(),
                     selectionModel()->isSelected(current));
}

void SourceTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    // The ring goes round the whole row, not only the cell the base class repaints.
    for (const QModelIndex &index : {previous, current}) {
        if (index.isValid())
            viewport()->update(rowRect(index.row()));
    }
}

void SourceTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    resetColumns();
}

void SourceTableView::showWithSelection(QItemSelectionModel *selection)
{
    setModel(selection->model());
    QItemSelectionModel *own = selectionModel();
    setSelectionModel(selection);
    delete own;
}

void SourceTableView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTableView::setSelectionModel(selectionModel);
    // Every header repaint asks whether each painted column is entirely selected, and
    // QItemSelectionModel::isColumnSelected answers by walking every row: with 100,000 rows
    // selected a repaint took seconds. Sections are never highlighted here, so the header
    // gets a selection of its own that stays empty.
    auto *empty = new QItemSelectionModel(model(), this);
    horizontalHeader()->setSelectionModel(empty);
    delete m_headerSelection;
    m_headerSelection = empty;
}

void SourceTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // What the refresh workflow is about comes first and fits a 1024-pixel-wide window
    // beside the sidebar and the details: which source, its status at Fini, what this app
    // last did to it, and whether it changed. The rest is there to scroll to.
    const QList<QPair<int, int>> columns{
        {SourceTableModel::TitleColumn, 21 * em},   {SourceTableModel::StatusColumn, 10 * em},
        {SourceTableModel::ActionColumn, 11 * em},  {SourceTableModel::ChangedColumn, 6 * em},
        {SourceTableModel::TypeColumn, 9 * em},     {SourceTableModel::OperationColumn, 12 * em},
        {SourceTableModel::UpdatedColumn, 14 * em}, {SourceTableModel::LanguageColumn, 7 * em},
        {SourceTableModel::UrlColumn, 28 * em},     {SourceTableModel::ErrorColumn, 20 * em},
        {SourceTableModel::IdColumn, 22 * em}};
    for (int visual = 0; visual < int(columns.size()); ++visual) {
        const auto &[column, width] = columns.at(visual);
        header->moveSection(header->visualIndex(column), visual);
        header->setSectionHidden(column, false);
        header->resizeSection(column, width);
    }
    for (const int hidden : {int(SourceTableModel::UrlColumn), int(SourceTableModel::ErrorColumn),
                             int(SourceTableModel::IdColumn)})
        header->setSectionHidden(hidden, true);
    sortByColumn(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
    fitHeadings();
    Q_EMIT headerLayoutChanged();
}

void SourceTableView::fitHeadings()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            header->resizeSection(
                column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));
    }
}

void SourceTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("headerMenu"));
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title identifies a row: it stays visible.
        action->setEnabled(column != SourceTableModel::TitleColumn);
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            horizontalHeader()->setSectionHidden(column, !visible);
            Q_EMIT headerLayoutChanged();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, &SourceTableView::resetColumns);
    menu.exec(header->mapToGlobal(position));
}

// The selected rows, walked range by range: select all is one range, so neither counting
// nor listing the selection builds an index per row the way selectedRows() does.
QList<int> SourceTableView::selectedRowNumbers() const
{
    QList<int> rows;
    if (!selectionModel() || !model())
        return rows;
    const QItemSelection selection = selectionModel()->selection();
    const int lastColumn = model()->columnCount() - 1;
    for (const QItemSelectionRange &range : selection) {
        // Row selection keeps ranges whole rows and apart; anything else is counted exactly.
        if (range.left() != 0 || range.right() != lastColumn) {
            rows.clear();
            for (const QModelIndex &index : selectionModel()->selectedRows())
                rows.append(index.row());
            return rows;
        }
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    return rows;
}

int SourceTableView::selectedCount() const
{
    if (!selectionModel() || !model())
        return 0;
    const QItemSelection selection = selectionModel()->selection();
    const int lastColumn = model()->columnCount() - 1;
    int count = 0;
    for (const QItemSelectionRange &range : selection) {
        if (range.left() != 0 || range.right() != lastColumn)
            return int(selectedRowNumbers().size());
        count += range.height();
    }
    return count;
}

QList<int> SourceTableView::selectedSourceRows() const
{
    QList<int> rows = selectedRowNumbers();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    if (proxy) {
        for (int &row : rows)
            row = proxy->mapToSource(proxy->index(row, 0)).row();
    }
    return rows;
}

QStringList SourceTableView::selectedIds() const
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const auto *table =
        qobject_cast<const SourceTableModel *>(proxy ? proxy->sourceModel() : model());
    QStringList ids;
    if (!table)
        return ids;
    const QList<int> rows = selectedSourceRows();
    ids.reserve(rows.size());
    for (const int row : rows)
        ids.append(table->row(row).id);
    return ids;
}

void SourceTableView::selectIds(const QStringList &ids)
{
    // One range per run of adjacent rows: a range per row makes every later selection change
    // compare each range with every other.
    QItemSelection selection;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    const int rows = model()->rowCount();
    int runStart = -1;
    for (int row = 0; row <= rows; ++row) {
        const bool selected =
            row < rows
            && wanted.contains(model()->index(row, 0).data(SourceTableModel::IdRole).toString());
        if (selected && runStart < 0)
            runStart = row;
        if (!selected && runStart >= 0) {
            selection.select(model()->index(runStart, 0), model()->index(row - 1, 0));
            runStart = -1;
        }
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The topmost of them becomes the current row, so that the details show a source of the
    // selection rather than "Select a source", and it is scrolled into view.
    if (selection.isEmpty())
        return;
    const QModelIndex first = selection.first().topLeft();
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    scrollTo(first);
}

QByteArray SourceTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool SourceTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return false;
    // QTBUG-86694: restoring over an active sort indicator can leave the view unsorted.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (!horizontalHeader()->restoreState(state)) {
        resetColumns();
        return false;
    }
    sortByColumn(horizontalHeader()->sortIndicatorSection(),
                 horizontalHeader()->sortIndicatorOrder());
    fitHeadings();
    return true;
}
