#include "SourceTableModel.h"

#include "SourceLabels.h"

#include <QDateTime>
#include <QLocale>
#include <QThreadPool>

#include <algorithm>
#include <utility>

namespace {
// Room for `size` elements, growing at least twofold: rows arrive a page at a time, and
// reserving the exact size copied every per-row list once per page.
template<typename List>
void reserveGrowing(List &list, qsizetype size)
{
    if (list.capacity() < size)
        list.reserve(std::max(size, 2 * list.capacity()));
}
} // namespace

SourceTableModel::SourceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SourceTableModel::~SourceTableModel()
{
    // The strings of 100,000 rows, a million allocations, take 25 to 60 ms to free: a worker
    // frees them, so closing a big workspace does not stop the window.
    QThreadPool::globalInstance()->start(
        [rows = std::exchange(m_rows, {}), index = std::exchange(m_index, {})]() mutable {
            rows = {};
            index = {};
        });
}

QModelIndex SourceTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Sorting 100,000 rows asks for two indexes per comparison: without the virtual
    // rowCount() and columnCount() calls of hasIndex(), a sort takes a fraction of the time.
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case ActionColumn:
        return tr("Last action");
    case ChangedColumn:
        return tr("Changed");
    case OperationColumn:
        return tr("Linked operation");
    case UpdatedColumn:
        return tr("Last updated");
    case UrlColumn:
        return tr("URL");
    case LanguageColumn:
        return tr("Language");
    case ErrorColumn:
        return tr("Last error");
    case IdColumn:
        return tr("ID");
    }
    return {};
}

QVariant SourceTableModel::display(int rowNumber, int column) const
{
    const SourceRow &row = m_rows.at(rowNumber);
    switch (column) {
    case TitleColumn:
        return row.title.isEmpty() ? tr("(untitled)") : row.title;
    case TypeColumn:
        return SourceLabels::sourceType(row.source);
    case StatusColumn:
        return SourceLabels::status(row.status);
    case ActionColumn: {
        const ShownOutcome &shown = m_shownOutcomes.at(rowNumber);
        return shown.present ? SourceOutcome::label(shown.state) : QString();
    }
    case ChangedColumn:
        return row.changed ? tr("Changed") : QString();
    case OperationColumn:
        return SourceLabels::operation(row.linkedOperation);
    case UpdatedColumn: {
        if (row.updatedAt <= 0)
            return QString();
        const QLocale locale;
        return locale.toString(QDateTime::fromMSecsSinceEpoch(row.updatedAt),
                               locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    }
    case UrlColumn:
        return row.url;
    case LanguageColumn:
        return SourceLabels::language(row.english);
    case ErrorColumn:
        return row.error;
    case IdColumn:
        return row.id;
    }
    return {};
}

QVariant SourceTableModel::sortValue(int rowNumber, int column) const
{
    const SourceRow &row = m_rows.at(rowNumber);
    switch (column) {
    case ChangedColumn:
        return row.changed;
    case UpdatedColumn:
        return row.updatedAt;
    case TitleColumn:
        return row.title;
    default:
        return display(rowNumber, column);
    }
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SourceRow &row = m_rows.at(index.row());
    const ShownOutcome &shown = m_shownOutcomes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return shown.detail;
        if (index.column() == ErrorColumn || index.column() == TitleColumn
            || index.column() == UrlColumn)
            return display(index.row(), index.column());
        return {};
    case SortRole:
        return sortValue(index.row(), index.column());
    case IdRole:
        return row.id;
    case SourceTypeRole:
        return row.source;
    case StatusRole:
        return row.status;
    case ChangedRole:
        return row.changed;
    case OperationRole:
        return row.linkedOperation;
    case EnglishRole:
        return row.english;
    case UrlRole:
        return row.url;
    case FailedRole:
        return row.isFailed();
    case OutcomeRole:
        return shown.present ? int(shown.state) : -1;
    default:
        return {};
    }
}

void SourceTableModel::upsert(QList<SourceRow> rows)
{
    // New rows are gathered at the front of `rows` and handed over in one block, without a
    // second list: 100,000 rows from the cache are moved once. Each is in m_index from the
    // start, so a second copy in the same batch finds it there.
    const int first = int(m_rows.size());
    int freshCount = 0;
    QList<int> updated;
    if (m_rows.isEmpty())
        m_index.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        SourceRow &row = rows[i];
        const int known = m_index.rowOf(row.id);
        if (known < 0) {
            m_index.append(row.id);
            if (i != freshCount)
                rows[freshCount] = std::move(row);
            ++freshCount;
            continue;
        }
        if (known >= first) { // earlier in this batch
            SourceRow &pending = rows[known - first];
            if (row.updatedAt >= pending.updatedAt)
                pending = std::move(row);
            continue;
        }
        markSeen(known);
        SourceRow &current = m_rows[known];
        if (row.updatedAt >= current.updatedAt && !(row == current)) {
            // Most updates (a refresh moving a status) leave the searched text alone.
            if (row.title != current.title || row.url != current.url)
                m_searchText.replace(known, SourceRow::makeSearchKey(row));
            m_counts.add(current, -1);
            current = std::move(row);
            m_counts.add(current, 1);
            m_sortKeys[known] = sortKeyOf(current);
            updated.append(known);
        }
    }
    if (freshCount > 0) {
        rows.resize(freshCount);
        for (const SourceRow &row : rows)
            m_searchText.append(SourceRow::makeSearchKey(row));
        appendFresh(std::move(rows));
    }
    emitChanged(std::move(updated), 0, ColumnCount - 1);
}

SourceTableModel::Contents SourceTableModel::prepare(QList<SourceRow> rows)
{
    Contents contents;
    contents.index = SourceRowIndex::of(rows);
    if (contents.index) {
        contents.sortKeys.reserve(rows.size());
        for (const SourceRow &row : std::as_const(rows)) {
            contents.searchText.append(SourceRow::makeSearchKey(row));
            contents.sortKeys.append(sortKeyOf(row));
            contents.counts.add(row, 1);
        }
    }
    contents.rows = std::move(rows);
    return contents;
}

void SourceTableModel::fill(Contents contents)
{
    if (!m_rows.isEmpty() || !contents.index || contents.rows.isEmpty()) {
        upsert(std::move(contents.rows));
        return;
    }
    beginInsertRows({}, 0, int(contents.rows.size()) - 1);
    m_rows = std::move(contents.rows);
    m_index = std::move(*contents.index);
    m_searchText = std::move(contents.searchText);
    m_sortKeys = std::move(contents.sortKeys);
    m_counts = std::move(contents.counts);
    addRowStates(0);
    endInsertRows();
}

void SourceTableModel::appendFresh(QList<SourceRow> rows)
{
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    if (m_rows.isEmpty())
        m_rows = std::move(rows);
    else
        m_rows.append(std::move(rows));
    reserveGrowing(m_sortKeys, m_rows.size());
    for (int i = first; i < m_rows.size(); ++i) {
        const SourceRow &row = m_rows.at(i);
        m_sortKeys.append(sortKeyOf(row));
        m_counts.add(row, 1);
    }
    addRowStates(first);
    endInsertRows();
}

void SourceTableModel::addRowStates(int first)
{
    m_seenCount += int(m_rows.size()) - first;
    reserveGrowing(m_shownOutcomes, m_rows.size());
    reserveGrowing(m_seenIn, m_rows.size());
    for (int i = first; i < m_rows.size(); ++i) {
        m_seenIn.append(m_generation);
        m_shownOutcomes.append(
            m_waitingOutcomes.isEmpty() ? ShownOutcome() : m_waitingOutcomes.take(m_rows.at(i).id));
    }
}

void SourceTableModel::emitChanged(QList<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    // One signal for the whole table when most rows changed, else one per contiguous run.
    if (rows.size() > m_rows.size() / 2) {
        Q_EMIT dataChanged(index(0, firstColumn), index(int(m_rows.size()) - 1, lastColumn));
        return;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype start = 0;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
            continue;
        Q_EMIT dataChanged(index(rows.at(start), firstColumn), index(rows.at(i - 1), lastColumn));
        start = i;
    }
}

void SourceTableModel::beginGeneration()
{
    ++m_generation;
    m_seenCount = 0;
}

void SourceTableModel::markSeen(int row)
{
    quint32 &seenIn = m_seenIn[row];
    if (seenIn != m_generation) {
        seenIn = m_generation;
        ++m_seenCount;
    }
}

void SourceTableModel::removeUnseen(const std::optional<QSet<QString>> &onlyTypes)
{
    removeWhere([&](int row) {
        return m_seenIn.at(row) != m_generation
               && (!onlyTypes || onlyTypes->contains(m_rows.at(row).source));
    });
}

void SourceTableModel::remove(const QSet<QString> &ids)
{
    if (!ids.isEmpty())
        removeWhere([&](int row) { return ids.contains(m_rows.at(row).id); });
}

void SourceTableModel::removeWhere(const std::function<bool(int row)> &gone)
{
    // Remove from the bottom up, one contiguous run at a time, so indexes stay valid.
    int firstRemoved = int(m_rows.size());
    int end = int(m_rows.size()) - 1;
    while (end >= 0) {
        if (!gone(end)) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && gone(begin - 1))
            --begin;
        beginRemoveRows({}, begin, end);
        for (int row = begin; row <= end; ++row)
            m_counts.add(m_rows.at(row), -1);
        m_index.removeRows(begin, end, m_rows);
        m_rows.remove(begin, end - begin + 1);
        m_searchText.remove(begin, end - begin + 1);
        m_sortKeys.remove(begin, end - begin + 1);
        m_shownOutcomes.remove(begin, end - begin + 1);
        m_seenIn.remove(begin, end - begin + 1);
        endRemoveRows();
        firstRemoved = begin;
        end = begin - 1;
    }
    // Rows above the first removed one kept their place.
    m_index.renumberFrom(firstRemoved);
}

void SourceTableModel::setOutcomes(const QHash<QString, SourceOutcome> &outcomes)
{
    QList<int> rows;
    rows.reserve(outcomes.size());
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        const ShownOutcome shown{true, it->state, it->detail};
        const int row = rowOf(it.key());
        if (row < 0) {
            m_waitingOutcomes.insert(it.key(), shown);
            continue;
        }
        m_shownOutcomes[row] = shown;
        rows.append(row);
    }
    // Only "Last action" shows an outcome: a proxy sorted on another column need not re-sort.
    emitChanged(std::move(rows), ActionColumn, ActionColumn);
}

std::optional<SourceOutcome> SourceTableModel::outcome(const QString &id) const
{
    const int row = rowOf(id);
    const ShownOutcome shown = row >= 0 ? m_shownOutcomes.at(row) : m_waitingOutcomes.value(id);
    if (!shown.present)
        return std::nullopt;
    return SourceOutcome{shown.state, shown.detail, {}};
}

void SourceTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_searchText.clear();
    m_sortKeys.clear();
    m_index.clear();
    m_shownOutcomes.clear();
    m_waitingOutcomes.clear();
    m_seenIn.clear();
    m_seenCount = 0;
    m_counts = {};
    endResetModel();
}

SourceTableModel::SortKey SourceTableModel::sortKeyOf(const SourceRow &row)
{
    // Four UTF-16 units, the first in the high bits: as numbers they order like the strings.
    quint64 prefix = 0;
    for (qsizetype i = 0; i < 4; ++i)
        prefix = (prefix << 16) | (i < row.id.size() ? row.id.at(i).unicode() : 0);
    return {row.updatedAt, prefix};
}

int SourceTableModel::rowOf(const QString &id) const
{
    return m_index.rowOf(id);
}

void SourceTableModel::Counts::add(const SourceRow &row, int sign)
{
    all += sign;
    changed += row.changed ? sign : 0;
    running += row.isRunning() ? sign : 0;
    failed += row.isFailed() ? sign : 0;
    int &perTypeCount = perType[row.source];
    perTypeCount += sign;
    if (perTypeCount == 0)
        perType.remove(row.source);
}
