#include "SourceFilterProxy.h"

#include "SourceTableModel.h"
#include "WorkspaceLoader.h"

#include <utility>

namespace {
constexpr int ResortDuringLoadMs = 1500;
constexpr int ResortDuringUpdatesMs = 1000;
} // namespace

SourceFilterProxy::SourceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SourceTableModel::SortRole);
    setDynamicSortFilter(true);
    m_updatesTimer.setSingleShot(true);
    m_updatesTimer.setInterval(ResortDuringUpdatesMs);
    connect(&m_updatesTimer, &QTimer::timeout, this, &SourceFilterProxy::endCoalescing);
}

void SourceFilterProxy::setSourceTableModel(SourceTableModel *model)
{
    m_model = model;
    forgetMatchesOnChange(model);
    setSourceModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Only "Last action" changed: nothing to re-sort or re-filter unless sorted on it.
                if (topLeft.column() == bottomRight.column() && topLeft.column() != sortColumn())
                    return;
                // While a load runs the proxy neither sorts nor filters changed rows; the
                // load's end does it once for all of them.
                m_changedWhileLoading = m_changedWhileLoading || m_bulkLoading;
                beginCoalescing();
            });
}

void SourceFilterProxy::forgetMatchesOnChange(SourceTableModel *model)
{
    // Connected before the proxy's own handlers, which filter the changed rows at once.
    const auto forget = [this] { m_matches.forget(); };
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const auto covers = [&](int column) {
                    return topLeft.column() <= column && column <= bottomRight.column();
                };
                // The search reads title, URL and ID; an ID never changes.
                if (covers(SourceTableModel::TitleColumn) || covers(SourceTableModel::UrlColumn))
                    m_matches.forget();
            });
}

void SourceFilterProxy::beginCoalescing()
{
    // A refresh moves thousands of rows a page at a time, each page one signal per run of
    // changed rows, and a dynamic proxy re-sorts the table for every one of them. The first
    // update of a burst switches that off; the table is sorted and filtered once a second.
    if (m_bulkLoading || m_updatesTimer.isActive())
        return;
    setDynamicSortFilter(false);
    m_updatesTimer.start();
}

void SourceFilterProxy::endCoalescing()
{
    if (m_bulkLoading)
        return; // the load's end sorts
    setDynamicSortFilter(true);
    if (hasFilters())
        invalidateFilter();
}

bool SourceFilterProxy::hasFilters() const
{
    return !m_foldedSearch.isEmpty() || !m_sourceType.isEmpty() || m_changedOnly || m_runningOnly
           || m_failedOnly || m_operation || m_english;
}

void SourceFilterProxy::followLoading(WorkspaceLoader *loader)
{
    connect(loader, &WorkspaceLoader::started, this, [this] { setBulkLoading(true); });
    connect(loader, &WorkspaceLoader::progress, this, [this] {
        if (m_bulkLoading && m_sinceSort.elapsed() >= ResortDuringLoadMs) {
            sort(sortColumn(), sortOrder());
            m_sinceSort.start();
        }
    });
    // Once the delta is merged the table is current: the walk for deletions that follows
    // changes almost nothing, and an operation's updates are sorted and filtered as they come.
    const auto loadOver = [this] {
        if (m_bulkLoading)
            setBulkLoading(false);
    };
    connect(loader, &WorkspaceLoader::deltaMerged, this, loadOver);
    connect(loader, &WorkspaceLoader::finished, this, loadOver);
}

void SourceFilterProxy::setBulkLoading(bool loading)
{
    // A burst of updates not yet filtered when a load starts is filtered when the load ends.
    if (loading && m_updatesTimer.isActive())
        m_changedWhileLoading = true;
    m_bulkLoading = loading;
    m_updatesTimer.stop();
    m_sinceSort.start();
    // Turning dynamic sorting back on sorts the whole table once, but filters nothing again:
    // a row whose flags changed during the load (a reload after generation clears "changed")
    // would stay in the Changed view. One rebuild filters and sorts them all.
    if (!loading && std::exchange(m_changedWhileLoading, false) && hasFilters()) {
        setDynamicSortFilter(true);
        invalidate();
        return;
    }
    setDynamicSortFilter(!loading);
}

void SourceFilterProxy::refilter()
{
    // A full rebuild (filter all rows, sort once) beats Qt's incremental refilter here, which
    // removes and inserts thousands of scattered rows one interval at a time.
    invalidate();
    Q_EMIT filterChanged();
}

void SourceFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    searchFor(trimmed.toCaseFolded());
    refilter();
}

void SourceFilterProxy::searchFor(const QString &foldedText)
{
    m_foldedSearch = foldedText;
    if (m_model)
        m_matches.search(foldedText, *m_model);
}

void SourceFilterProxy::setSourceType(const QString &type)
{
    if (type == m_sourceType)
        return;
    m_sourceType = type;
    refilter();
}

void SourceFilterProxy::setChangedOnly(bool changedOnly)
{
    if (changedOnly == m_changedOnly)
        return;
    m_changedOnly = changedOnly;
    refilter();
}

void SourceFilterProxy::setRunningOnly(bool runningOnly)
{
    if (runningOnly == m_runningOnly)
        return;
    m_runningOnly = runningOnly;
    refilter();
}

void SourceFilterProxy::setFailedOnly(bool failedOnly)
{
    if (failedOnly == m_failedOnly)
        return;
    m_failedOnly = failedOnly;
    refilter();
}

void SourceFilterProxy::setOperation(const std::optional<QString> &operation)
{
    if (operation == m_operation)
        return;
    m_operation = operation;
    refilter();
}

void SourceFilterProxy::setEnglish(std::optional<bool> english)
{
    if (english == m_english)
        return;
    m_english = english;
    refilter();
}

void SourceFilterProxy::clearFilters()
{
    m_search.clear();
    searchFor(QString());
    m_sourceType.clear();
    m_changedOnly = m_runningOnly = m_failedOnly = false;
    m_operation.reset();
    m_english.reset();
    refilter();
}

bool SourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model)
        return true;
    const SourceRow &row = m_model->row(sourceRow);
    if (!m_sourceType.isEmpty() && row.source != m_sourceType)
        return false;
    if (m_changedOnly && !row.changed)
        return false;
    if (m_runningOnly && !row.isRunning())
        return false;
    if (m_failedOnly && !row.isFailed())
        return false;
    if (m_operation && row.linkedOperation != *m_operation)
        return false;
    if (m_english && row.english != *m_english)
        return false;
    return m_matches.matches(sourceRow, *m_model);
}

bool SourceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() == SourceTableModel::UpdatedColumn) {
        const SourceTableModel::SortKey &a = m_model->sortKey(left.row());
        const SourceTableModel::SortKey &b = m_model->sortKey(right.row());
        if (a.updatedAt != b.updatedAt)
            return a.updatedAt < b.updatedAt;
        if (a.idPrefix != b.idPrefix)
            return a.idPrefix < b.idPrefix;
    }
    const SourceRow &a = m_model->row(left.row());
    const SourceRow &b = m_model->row(right.row());
    int order = 0;
    switch (left.column()) {
    case SourceTableModel::TitleColumn:
        order = a.title.compare(b.title, Qt::CaseInsensitive);
        break;
    case SourceTableModel::UpdatedColumn:
        order = a.updatedAt < b.updatedAt ? -1 : (a.updatedAt > b.updatedAt ? 1 : 0);
        break;
    case SourceTableModel::ChangedColumn:
        order = int(a.changed) - int(b.changed);
        break;
    case SourceTableModel::UrlColumn:
        order = a.url.compare(b.url, Qt::CaseInsensitive);
        break;
    case SourceTableModel::IdColumn:
        break;
    default:
        order = m_model->data(left, Qt::DisplayRole)
                    .toString()
                    .compare(m_model->data(right, Qt::DisplayRole).toString(), Qt::CaseInsensitive);
    }
    // Ties break on the id, so equal keys keep one stable order.
    return order != 0 ? order < 0 : a.id < b.id;
}
