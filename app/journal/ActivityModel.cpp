#include "ActivityModel.h"

#include "RemovalRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMetaEnum>

#include <algorithm>
#include <optional>

struct ActivityModel::Operation {
    qint64 id = 0;
    QString kind;
    qint64 startedAt = 0;
    QString state;
    QString summary;
    QList<ActivityJournal::Item> items;
    qsizetype publishedItems = 0;          // the rows views know of
    QHash<QString, qsizetype> rowBySource; // built on the first change
    qsizetype dirtyFirst = -1;
    qsizetype dirtyLast = -1;
    bool headerDirty = false;

    qsizetype rowOf(const QString &sourceId)
    {
        if (rowBySource.isEmpty()) {
            rowBySource.reserve(items.size());
            for (qsizetype row = 0; row < items.size(); ++row)
                rowBySource.insert(items.at(row).sourceId, row);
        }
        const auto it = rowBySource.constFind(sourceId);
        if (it != rowBySource.constEnd())
            return *it;
        items.append({sourceId, {}, {}, {}});
        rowBySource.insert(sourceId, items.size() - 1);
        return items.size() - 1;
    }
};

// The panel's strings keep their translation context ("ActivityPanel").
namespace {

// One shared string per outcome, instead of one per source.
const QString &outcomeName(SourceOutcome::State state)
{
    static const QHash<int, QString> names = [] {
        QHash<int, QString> all;
        const QMetaEnum states = QMetaEnum::fromType<SourceOutcome::State>();
        for (int i = 0; i < states.keyCount(); ++i)
            all.insert(states.value(i), QString::fromLatin1(states.key(i)));
        return all;
    }();
    static const QString unknown;
    const auto it = names.constFind(int(state));
    return it == names.constEnd() ? unknown : *it;
}

QString outcomeLabel(const QString &name)
{
    bool ok = false;
    const int value =
        QMetaEnum::fromType<SourceOutcome::State>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? SourceOutcome::label(SourceOutcome::State(value))
              : QCoreApplication::translate("ActivityPanel", "Sending");
}

bool wroteAnArticle(const QString &outcome)
{
    return outcome == outcomeName(SourceOutcome::State::DraftCreated)
           || outcome == outcomeName(SourceOutcome::State::ArticleChanged);
}

bool wasRemoved(const QString &outcome)
{
    return outcome == outcomeName(SourceOutcome::State::Removed);
}

QString operationLabel(const QString &kind, int sources)
{
    if (kind == QLatin1String("refresh"))
        return QCoreApplication::translate("ActivityPanel", "Refresh of %Ln source(s)", nullptr,
                                           sources);
    if (kind == QLatin1String("add"))
        return QCoreApplication::translate("ActivityPanel", "Adding %Ln source(s)", nullptr,
                                           sources);
    if (kind == QLatin1String("remove"))
        return QCoreApplication::translate("ActivityPanel", "Removal of %Ln source(s)", nullptr,
                                           sources);
    return QCoreApplication::translate("ActivityPanel", "Generation from %Ln source(s)", nullptr,
                                       sources);
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("running"))
        return QCoreApplication::translate("ActivityPanel", "Running");
    if (state == QLatin1String("finished"))
        return QCoreApplication::translate("ActivityPanel", "Finished");
    if (state == QLatin1String("cancelled"))
        return QCoreApplication::translate("ActivityPanel", "Stopped watching");
    if (state == QLatin1String("interrupted"))
        return QCoreApplication::translate("ActivityPanel", "Interrupted");
    return state;
}

} // namespace

ActivityModel::ActivityModel(TitleOf titleOf, QObject *parent)
    : QAbstractItemModel(parent)
    , m_titleOf(std::move(titleOf))
{}

ActivityModel::~ActivityModel() = default;

QModelIndex ActivityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_shown.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_shown.size()))
        return {};
    const Operation &operation = *m_shown.at(parent.row());
    return row < operation.publishedItems ? createIndex(row, column, quintptr(operation.id))
                                          : QModelIndex();
}

QModelIndex ActivityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOf(find(qint64(child.internalId())));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_shown.size()))
        return 0;
    return int(m_shown.at(parent.row())->publishedItems);
}

int ActivityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return QCoreApplication::translate("ActivityPanel", "When");
    case OperationColumn:
        return QCoreApplication::translate("ActivityPanel", "Operation");
    case StateColumn:
        return QCoreApplication::translate("ActivityPanel", "State");
    case ResultColumn:
        return QCoreApplication::translate("ActivityPanel", "Result");
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Operation &operation = *m_shown.at(index.row());
        const int sources = int(operation.items.size());
        // Columns may be narrower than their text: the tooltip says all of it.
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case WhenColumn:
                return QLocale().toString(QDateTime::fromMSecsSinceEpoch(operation.startedAt),
                                          QLocale::ShortFormat);
            case OperationColumn:
                return operationLabel(operation.kind, sources);
            case StateColumn:
                return stateLabel(operation.state);
            case ResultColumn:
                return operation.summary;
            }
        }
        return {};
    }
    const Operation *operation = find(qint64(index.internalId()));
    if (!operation || index.row() >= operation->publishedItems)
        return {};
    const ActivityJournal::Item &item = operation->items.at(index.row());
    if (role == SourceIdRole)
        return item.sourceId;
    const bool article = wroteAnArticle(item.outcome) && !item.detail.isEmpty();
    if (role == ArticleIdRole)
        return article ? item.detail : QString();
    // A removed source's row is gone from the table: the journal keeps its title and address.
    const std::optional<RemovalRecord> removed =
        wasRemoved(item.outcome) ? std::optional(RemovalRecord::fromDetail(item.detail))
                                 : std::nullopt;
    if (role == AddAgainUrlRole)
        return removed && removed->canAddAgain() ? removed->url : QString();
    const auto titleOf = [&] {
        if (removed)
            return removed->title.isEmpty() ? removed->url : removed->title;
        return m_titleOf ? m_titleOf(item.sourceId) : QString();
    };
    const QString result = removed ? removed->url : item.detail;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case OperationColumn: {
            const QString title = titleOf();
            const QString id =
                QCoreApplication::translate("ActivityPanel", "Source ID: %1").arg(item.sourceId);
            return title.isEmpty() ? id : title + QLatin1Char('\n') + id;
        }
        case StateColumn:
            return outcomeLabel(item.outcome);
        case ResultColumn:
            return article ? QCoreApplication::translate("ActivityPanel",
                                                         "Article ID: %1 (right-click to copy it)")
                                 .arg(item.detail)
                           : result;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OperationColumn: {
        const QString title = titleOf();
        return title.isEmpty() ? item.sourceId : title;
    }
    case StateColumn:
        return outcomeLabel(item.outcome);
    case ResultColumn:
        return result;
    }
    return {};
}

void ActivityModel::follow(const ActivityJournal *journal)
{
    m_journal = journal;
    connect(journal, &ActivityJournal::operationBegun, this,
            [this](qint64 id, const QString &kind, qint64 startedAt, const QStringList &ids) {
                apply([=, this] { begin(id, kind, startedAt, ids); });
            });
    connect(journal, &ActivityJournal::jobsRecorded, this,
            [this](qint64 id, const QHash<QString, QString> &jobs) {
                apply([=, this] { recordJobs(id, jobs); });
            });
    connect(journal, &ActivityJournal::outcomesRecorded, this,
            [this](qint64 id, const QHash<QString, SourceOutcome> &outcomes) {
                apply([=, this] { recordOutcomes(id, outcomes); });
            });
    connect(journal, &ActivityJournal::operationFinished, this,
            [this](qint64 id, const QString &state, const QString &summary) {
                apply([=, this] { finish(id, state, summary); });
            });
}

void ActivityModel::load()
{
    if (!m_journal || m_state != State::Idle)
        return;
    m_state = State::Loading;
    m_journal->readRecent(Keep, this, [this](const QList<ActivityJournal::Operation> &operations) {
        setOperations(operations);
        m_state = State::Loaded;
        std::vector<std::function<void()>> changes;
        changes.swap(m_duringLoad);
        for (const auto &change : changes)
            change();
        publish();
        Q_EMIT loaded();
    });
}

void ActivityModel::setOperations(const QList<ActivityJournal::Operation> &operations)
{
    beginResetModel();
    m_shown.clear();
    m_unpublished.clear();
    for (const ActivityJournal::Operation &from : operations) {
        auto operation = std::make_unique<Operation>();
        operation->id = from.id;
        operation->kind = from.kind;
        operation->startedAt = from.startedAt;
        operation->state = from.state;
        operation->summary = from.summary;
        operation->items = from.items;
        operation->publishedItems = operation->items.size();
        m_shown.push_back(std::move(operation));
    }
    endResetModel();
}

void ActivityModel::apply(std::function<void()> change)
{
    switch (m_state) {
    case State::Idle:
        return; // the snapshot read on the first load() will hold it
    case State::Loading:
        m_duringLoad.push_back(std::move(change));
        return;
    case State::Loaded:
        change();
        if (!m_heldBack) {
            m_heldBack = true;
            Q_EMIT changesHeldBack();
        }
    }
}

ActivityModel::Operation *ActivityModel::find(qint64 id) const
{
    for (const auto *list : {&m_shown, &m_unpublished}) {
        for (const auto &operation : *list) {
            if (operation->id == id)
                return operation.get();
        }
    }
    return nullptr;
}

int ActivityModel::rowOf(const Operation *operation) const
{
    for (size_t row = 0; row < m_shown.size(); ++row) {
        if (m_shown.at(row).get() == operation)
            return int(row);
    }
    return -1;
}

void ActivityModel::markDirty(Operation *operation, qsizetype row)
{
    operation->dirtyFirst = operation->dirtyFirst < 0 ? row : std::min(operation->dirtyFirst, row);
    operation->dirtyLast = std::max(operation->dirtyLast, row);
    operation->headerDirty = true;
}

void ActivityModel::begin(qint64 id, const QString &kind, qint64 startedAt,
                          const QStringList &sourceIds)
{
    // The snapshot may already hold it: it is read after the writes queued before it.
    if (find(id))
        return;
    auto operation = std::make_unique<Operation>();
    operation->id = id;
    operation->kind = kind;
    operation->startedAt = startedAt;
    operation->state = QStringLiteral("running");
    operation->items.reserve(sourceIds.size());
    for (const QString &sourceId : sourceIds)
        operation->items.append({sourceId, {}, QStringLiteral("sending"), {}});
    m_unpublished.insert(m_unpublished.begin(), std::move(operation));
}

void ActivityModel::recordJobs(qint64 id, const QHash<QString, QString> &jobBySource)
{
    Operation *operation = find(id);
    if (!operation)
        return;
    const QString &queued = outcomeName(SourceOutcome::State::Queued);
    for (auto it = jobBySource.cbegin(); it != jobBySource.cend(); ++it) {
        const qsizetype row = operation->rowOf(it.key());
        ActivityJournal::Item &item = operation->items[row];
        item.jobId = it.value();
        item.outcome = queued;
        markDirty(operation, row);
    }
}

void ActivityModel::recordOutcomes(qint64 id, const QHash<QString, SourceOutcome> &outcomes)
{
    Operation *operation = find(id);
    if (!operation)
        return;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        const qsizetype row = operation->rowOf(it.key());
        ActivityJournal::Item &item = operation->items[row];
        item.outcome = outcomeName(it->state);
        item.detail = it->detail;
        markDirty(operation, row);
    }
}

void ActivityModel::finish(qint64 id, const QString &state, const QString &summary)
{
    Operation *operation = find(id);
    if (!operation)
        return;
    operation->state = state;
    operation->summary = summary;
    operation->headerDirty = true;
}

bool ActivityModel::publish()
{
    const bool any = m_heldBack || !m_unpublished.empty();
    m_heldBack = false;
    if (!m_unpublished.empty()) {
        beginInsertRows({}, 0, int(m_unpublished.size()) - 1);
        for (auto &operation : m_unpublished)
            operation->publishedItems = operation->items.size();
        m_shown.insert(m_shown.begin(), std::make_move_iterator(m_unpublished.begin()),
                       std::make_move_iterator(m_unpublished.end()));
        m_unpublished.clear();
        endInsertRows();
    }
    if (m_shown.size() > size_t(Keep)) {
        beginRemoveRows({}, Keep, int(m_shown.size()) - 1);
        m_shown.resize(Keep);
        endRemoveRows();
    }
    for (int row = 0; row < int(m_shown.size()); ++row) {
        Operation &operation = *m_shown.at(row);
        const QModelIndex parent = index(row, 0);
        if (operation.items.size() > operation.publishedItems) {
            beginInsertRows(parent, int(operation.publishedItems), int(operation.items.size()) - 1);
            operation.publishedItems = operation.items.size();
            endInsertRows();
        }
        if (operation.dirtyFirst >= 0) {
            Q_EMIT dataChanged(index(int(operation.dirtyFirst), 0, parent),
                               index(int(operation.dirtyLast), ColumnCount - 1, parent));
            operation.dirtyFirst = operation.dirtyLast = -1;
        }
        if (operation.headerDirty) {
            Q_EMIT dataChanged(parent, index(row, ColumnCount - 1));
            operation.headerDirty = false;
        }
    }
    return any;
}

QStringList ActivityModel::addAgainUrls(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    QStringList urls;
    const auto add = [&urls](const QModelIndex &row) {
        const QString url = row.siblingAtColumn(0).data(AddAgainUrlRole).toString();
        if (!url.isEmpty())
            urls.append(url);
    };
    if (index.internalId() != 0) {
        add(index);
        return urls;
    }
    const QModelIndex operation = index.siblingAtColumn(0);
    for (int row = 0; row < rowCount(operation); ++row)
        add(this->index(row, 0, operation));
    return urls;
}

QStringList ActivityModel::sourceIds(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != 0)
        return {index.data(SourceIdRole).toString()};
    QStringList ids;
    const Operation &operation = *m_shown.at(index.row());
    ids.reserve(operation.publishedItems);
    for (qsizetype row = 0; row < operation.publishedItems; ++row)
        ids.append(operation.items.at(row).sourceId);
    return ids;
}
