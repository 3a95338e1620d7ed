#include "WorkspaceSession.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace {
// How long after the table last changed outside a load it is saved: a burst of updates from
// an operation is written once.
constexpr int CacheSaveDelayMs = 3000;

// How long the activity history keeps a finished operation ("history/keepDays", 0 keeps all).
int historyKeepDays()
{
    return QSettings()
        .value(QStringLiteral("history/keepDays"), ActivityJournal::DefaultKeepDays)
        .toInt();
}
} // namespace

WorkspaceSession::WorkspaceSession(std::unique_ptr<FiniClient> client, const WorkspaceInfo &info,
                                   QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_client(std::move(client))
    , m_journal(ActivityJournal::defaultPath(info.stateScope), historyKeepDays())
    , m_selection(&m_proxy)
    , m_loader(m_client.get(), &m_model)
    , m_refresh(m_client.get(), info.polling)
    , m_generate(m_client.get(), info.polling)
    , m_remove(m_client.get())
    , m_recorder(&m_journal, &m_refresh, &m_generate)
    , m_changedWalk(m_client.get())
{
    m_recorder.setRemoveWorkflow(&m_remove);
    m_proxy.setSourceTableModel(&m_model);
    m_proxy.followLoading(&m_loader);
    connectLoader();
    connectWorkflows();
    connectRemoval();
    connect(&m_changedWalk, &CursorWalker::pageRead, this, [this](const SourcePage &page) {
        applySources(page.sources);
        for (const Source &source : page.sources)
            m_changedIds.append(source.id);
        setProgress(Operation::ListChanged,
                    tr("Asking Fini which sources changed… %1 so far")
                        .arg(QLocale().toString(m_changedIds.size())),
                    0, 0);
    });
    connect(&m_changedWalk, &CursorWalker::finished, this, &WorkspaceSession::onChangedWalkEnded);
    if (!info.cachePath.isEmpty()) {
        m_cache = std::make_unique<SourceCache>(info.cachePath, info.stateScope);
        connectCache();
    }
}

WorkspaceSession::~WorkspaceSession()
{
    // The members go down one by one after this body; none may call back into a session
    // that is half gone (the loader, for one, cancels its requests as it is destroyed).
    for (QObject *member :
         std::initializer_list<QObject *>{&m_loader, &m_refresh, &m_generate, &m_remove,
                                          &m_recorder, &m_changedWalk, m_client.get()})
        member->disconnect(this);
    if (m_cacheSaveTimer.isActive())
        saveCache(); // written before the cache goes, which waits for it
}

void WorkspaceSession::setPolling(const PollSchedule::Settings &polling)
{
    m_info.polling = polling;
    m_refresh.setPollSettings(polling);
    m_generate.setPollSettings(polling);
}

void WorkspaceSession::start()
{
    if (m_cache)
        readCache();
    else
        reload();
    if (m_recorder.resumeUnfinished() > 0 && !operationRunning())
        beginOperation(m_refresh.isRunning() ? Operation::Refresh : Operation::Generate,
                       tr("Following the operation that was running when Sourcedesk stopped…"));
}

void WorkspaceSession::connectLoader()
{
    connect(&m_loader, &WorkspaceLoader::progress, this, &WorkspaceSession::loadProgress);
    connect(&m_loader, &WorkspaceLoader::finished, this, &WorkspaceSession::loadChanged);
    connect(&m_loader, &WorkspaceLoader::failed, this, [this](const ApiError &error) {
        m_loadError = error;
        if (error.kind() == ApiError::Kind::Unauthorized)
            Q_EMIT keyRejected();
    });
}

void WorkspaceSession::connectCache()
{
    // A load saves the table when it ends; changes outside a load (an operation's updates)
    // are saved a moment after they stop.
    m_cacheSaveTimer.setSingleShot(true);
    m_cacheSaveTimer.setInterval(CacheSaveDelayMs);
    connect(&m_cacheSaveTimer, &QTimer::timeout, this, &WorkspaceSession::saveCache);
    const auto changed = [this] {
        if (!isLoading() && !m_cacheSaveTimer.isActive())
            m_cacheSaveTimer.start();
    };
    connect(&m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    // Not saved at the delta: the walk for deletions that follows ends with a save, and a save
    // now would share the rows with the writer while that walk changes them, copying all of
    // them on the GUI thread (80 ms at 100,000 rows).
    connect(&m_loader, &WorkspaceLoader::deltaMerged, this, [this] {
        m_syncedTo = std::max(m_syncedTo, m_loader.newestSeen());
        m_cachedAt = 0;
        Q_EMIT loadChanged();
    });
    connect(&m_loader, &WorkspaceLoader::finished, this, [this](bool complete) {
        if (complete)
            m_syncedTo = std::max(m_syncedTo, m_loader.newestSeen());
        m_cachedAt = 0;
        if (!m_readingCache)
            saveCache();
    });
}

void WorkspaceSession::readCache()
{
    m_loadError = {};
    m_loadCancelled = false;
    m_readingCache = true;
    m_cache->read(
        this, [this](qint64 syncedTo) { startDelta(syncedTo); },
        [this](std::optional<SourceCache::Opened> opened) { showCache(std::move(opened)); });
    Q_EMIT loadChanged();
}

void WorkspaceSession::startDelta(qint64 syncedTo)
{
    if (!m_readingCache)
        return; // a reload or a cancel came first
    // Without the moment it was up to date, a delta could miss changes: load in full.
    if (syncedTo <= 0) {
        reload();
        return;
    }
    // Started before the rows are in: the proxy then takes them as a load's, sorted once.
    m_syncedTo = syncedTo;
    m_loader.startFromCache(syncedTo);
}

void WorkspaceSession::showCache(std::optional<SourceCache::Opened> opened)
{
    if (!std::exchange(m_readingCache, false))
        return; // a reload or a cancel came first
    if (!opened || opened->table.rows.isEmpty()) {
        reload();
        return;
    }
    m_cachedAt = opened->savedAt;
    m_model.fill(std::move(opened->table));
    m_loader.tableReady();
    Q_EMIT loadChanged();
}

void WorkspaceSession::saveCache()
{
    if (!m_cache)
        return;
    m_cacheSaveTimer.stop();
    m_cache->write(m_model.rows(), m_syncedTo);
}

void WorkspaceSession::connectWorkflows()
{
    const auto showOutcomes = [this](const QHash<QString, SourceOutcome> &outcomes) {
        m_model.setOutcomes(outcomes);
    };
    connect(&m_refresh, &RefreshWorkflow::outcomesChanged, this, showOutcomes);
    connect(&m_generate, &GenerateWorkflow::outcomesChanged, this, showOutcomes);
    connect(&m_refresh, &RefreshWorkflow::pollProblem, this, &WorkspaceSession::pollProblem);
    connect(&m_generate, &GenerateWorkflow::pollProblem, this, &WorkspaceSession::pollProblem);
    connect(&m_refresh, &RefreshWorkflow::sourcesRead, this, &WorkspaceSession::applySources);
    connect(&m_refresh, &RefreshWorkflow::progress, this, [this](int done, int total) {
        const QLocale locale;
        if (m_operation.kind == Operation::Add) {
            const QString what = m_add.source == QLatin1String("web")
                                     ? tr("%Ln web page(s)", nullptr, total)
                                     : ProviderResource::itemsText(m_add.source, total);
            setProgress(Operation::Add,
                        tr("Fini is reading %1: %2 finished").arg(what, locale.toString(done)),
                        done, total);
            return;
        }
        setProgress(Operation::Refresh,
                    tr("Refreshing %1 sources at Fini: %2 finished")
                        .arg(locale.toString(total), locale.toString(done)),
                    done, total);
    });
    connect(&m_generate, &GenerateWorkflow::progress, this, [this](int done, int total) {
        const QLocale locale;
        setProgress(Operation::Generate,
                    tr("Generating knowledge from %1 sources: %2 finished")
                        .arg(locale.toString(total), locale.toString(done)),
                    done, total);
    });
    connect(&m_refresh, &RefreshWorkflow::finished, this,
            [this](const RefreshWorkflow::Summary &summary) {
                if (m_operation.kind == Operation::Add) {
                    m_add.followed = summary;
                    endAdd();
                    return;
                }
                endOperation();
                m_lastResult = Result{Operation::Refresh, summary, {}, {}, {}};
                if (summary.firstError.kind() == ApiError::Kind::Unauthorized)
                    Q_EMIT keyRejected();
                Q_EMIT refreshFinished(summary);
            });
    connect(&m_generate, &GenerateWorkflow::finished, this,
            [this](const GenerateWorkflow::Summary &summary) {
                endOperation();
                m_lastResult = Result{Operation::Generate, {}, summary, {}, {}};
                if (summary.firstError.kind() == ApiError::Kind::Unauthorized)
                    Q_EMIT keyRejected();
                Q_EMIT generateFinished(summary);
                // Generation clears the changed flags at Fini: bring the table up to date.
                if (summary.queued > 0)
                    reload();
            });
}

void WorkspaceSession::connectRemoval()
{
    connect(
        &m_remove, &RemoveWorkflow::finished, this, [this](const RemoveWorkflow::Summary &summary) {
            m_model.remove(QSet<QString>(summary.removedIds.cbegin(), summary.removedIds.cend()));
            endOperation();
            m_lastResult = Result{Operation::Remove, {}, {}, summary, {}};
            if (summary.firstError.kind() == ApiError::Kind::Unauthorized)
                Q_EMIT keyRejected();
            Q_EMIT removeFinished(summary);
        });
}

void WorkspaceSession::applySources(const QList<Source> &sources)
{
    QList<SourceRow> rows;
    rows.reserve(sources.size());
    for (const Source &source : sources)
        rows.append(SourceRow::fromSource(source));
    m_model.upsert(std::move(rows));
}

void WorkspaceSession::reload()
{
    m_loadError = {};
    m_loadCancelled = false;
    m_readingCache = false;
    m_cachedAt = 0;
    m_loader.start();
    Q_EMIT loadChanged();
}

void WorkspaceSession::cancelLoad()
{
    if (!isLoading())
        return;
    m_loadCancelled = true;
    m_cachedAt = 0;
    // Reports through loadChanged when a load runs: a delta started while the cache is read
    // stops too, and (still reading) the table that never came is not saved over the cache.
    m_loader.cancel();
    if (std::exchange(m_readingCache, false))
        Q_EMIT loadChanged();
}

void WorkspaceSession::refresh(const QList<RefreshWorkflow::Target> &targets)
{
    if (targets.isEmpty() || operationRunning())
        return;
    beginOperation(Operation::Refresh,
                   tr("Queueing %Ln source(s) for refresh…", nullptr, int(targets.size())));
    m_recorder.refresh(targets);
}

void WorkspaceSession::generate(const QStringList &ids, const GenerateOptions &options)
{
    if (ids.isEmpty() || operationRunning())
        return;
    beginOperation(Operation::Generate, tr("Queueing knowledge generation for %Ln source(s)…",
                                           nullptr, int(ids.size())));
    m_recorder.generate(ids, options);
}

void WorkspaceSession::remove(const QList<SourceRow> &rows, bool deleteArticles)
{
    if (rows.isEmpty() || operationRunning())
        return;
    beginOperation(Operation::Remove,
                   tr("Removing %Ln source(s) from the workspace…", nullptr, int(rows.size())));
    QList<RemoveWorkflow::Target> targets;
    targets.reserve(rows.size());
    for (const SourceRow &row : rows)
        targets.append(RemoveWorkflow::Target::of(row));
    m_recorder.remove(targets, deleteArticles);
}

void WorkspaceSession::addWebPages(const QStringList &toAdd, const QStringList &toRefresh)
{
    if ((toAdd.isEmpty() && toRefresh.isEmpty()) || operationRunning())
        return;
    m_add = {};
    beginOperation(Operation::Add, tr("Sending %Ln web page(s) to Fini…", nullptr,
                                      int(toAdd.size() + toRefresh.size())));
    m_client->ingestInChunks(
        QStringLiteral("web"), toAdd, toRefresh, this,
        [this](const BatchOutcome<IngestResult> &outcome) { onQueued(outcome); });
}

void WorkspaceSession::importResources(const QString &provider,
                                       const QList<ProviderResource> &resources)
{
    if (resources.isEmpty() || operationRunning())
        return;
    m_add = {};
    m_add.source = provider;
    m_add.resources = resources;
    beginOperation(Operation::Add,
                   tr("Registering %1 from %2 with Fini…")
                       .arg(ProviderResource::itemsText(provider, int(resources.size())),
                            ProviderResource::displayName(provider)));
    m_client->registerResources(
        provider, resources, this,
        [this](const BatchOutcome<IngestResult> &outcome) { onRegistered(outcome); });
}

void WorkspaceSession::onRegistered(const BatchOutcome<IngestResult> &outcome)
{
    m_add.refused = outcome.rejected;
    if (!outcome.rejected.isEmpty())
        m_add.firstError = outcome.rejected.first().error;
    QStringList added;
    QStringList known;
    for (const IngestResult &result : outcome.items) {
        added.append(result.addedDocumentIds);
        known.append(result.updatedDocumentIds);
    }
    if (added.isEmpty() && known.isEmpty()) {
        endAdd();
        return;
    }
    // Registering queues nothing: Fini reads them once ingestion is queued for them.
    setProgress(
        Operation::Add,
        tr("Queueing %1 for Fini to read…")
            .arg(ProviderResource::itemsText(m_add.source, int(added.size() + known.size()))),
        0, 0);
    m_client->ingestInChunks(
        m_add.source, added, known, this,
        [this](const BatchOutcome<IngestResult> &queued) { onQueued(queued); });
}

void WorkspaceSession::onQueued(const BatchOutcome<IngestResult> &outcome)
{
    for (const IngestResult &result : outcome.items) {
        m_add.addedIds.append(result.addedDocumentIds);
        m_add.updatedIds.append(result.updatedDocumentIds);
    }
    m_add.refused.append(outcome.rejected);
    if (!outcome.rejected.isEmpty() && !m_add.firstError.isError())
        m_add.firstError = outcome.rejected.first().error;
    if (m_add.addedIds.isEmpty() && m_add.updatedIds.isEmpty()) {
        endAdd();
        return;
    }
    // The first round reads at once, so the new rows appear as soon as Fini lists them.
    m_recorder.followAdded(m_add.addedIds, m_add.updatedIds);
}

void WorkspaceSession::endAdd()
{
    endOperation();
    m_lastResult = Result{Operation::Add, {}, {}, {}, m_add};
    if (m_add.firstError.kind() == ApiError::Kind::Unauthorized
        || m_add.followed.firstError.kind() == ApiError::Kind::Unauthorized)
        Q_EMIT keyRejected();
    Q_EMIT addFinished(m_add);
}

void WorkspaceSession::listChanged()
{
    if (operationRunning())
        return;
    m_changedIds.clear();
    beginOperation(Operation::ListChanged, tr("Asking Fini which sources changed…"));
    SourceQuery query;
    query.changed = true;
    m_changedWalk.start(query);
}

void WorkspaceSession::onChangedWalkEnded(CursorWalker::End end, const ApiError &error)
{
    if (m_operation.kind != Operation::ListChanged)
        return; // cancelled
    endOperation();
    if (end == CursorWalker::End::Failed)
        Q_EMIT changedListFailed(error);
    else
        Q_EMIT changedListed(m_changedIds);
}

void WorkspaceSession::cancelOperation()
{
    switch (m_operation.kind) {
    case Operation::Refresh:
        m_refresh.cancel(); // reports through refreshFinished
        break;
    case Operation::Generate:
        m_generate.cancel();
        break;
    case Operation::ListChanged:
        endOperation();
        m_changedWalk.cancel();
        break;
    case Operation::Add:
        if (m_refresh.isRunning())
            m_refresh.cancel(); // reports through addFinished
        break;
    case Operation::Remove: // one answer ends it: there is nothing to stop watching
    case Operation::None:
        break;
    }
}

void WorkspaceSession::setWriteBlocked(const QString &reason)
{
    m_writeBlockedReason = reason;
    Q_EMIT writeAccessChanged();
}

QString WorkspaceSession::describeWorkAtFini() const
{
    const QLocale locale;
    switch (m_operation.kind) {
    case Operation::Refresh:
        return m_operation.total > 0
                   ? tr("“%1”: Fini is refreshing %Ln source(s); %2 finished so far.", nullptr,
                        m_operation.total)
                         .arg(m_info.name, locale.toString(m_operation.done))
                   : tr("“%1”: sources are being queued for refresh at Fini.").arg(m_info.name);
    case Operation::Generate:
        return m_operation.total > 0
                   ? tr("“%1”: Fini is generating knowledge from %Ln source(s); %2 finished so "
                        "far.",
                        nullptr, m_operation.total)
                         .arg(m_info.name, locale.toString(m_operation.done))
                   : tr("“%1”: knowledge generation is being queued at Fini.").arg(m_info.name);
    case Operation::Remove:
        return tr("“%1”: sources are being removed at Fini.").arg(m_info.name);
    case Operation::Add:
        if (m_add.source != QLatin1String("web"))
            return tr("“%1”: Fini is reading what was imported from %2.")
                .arg(m_info.name, ProviderResource::displayName(m_add.source));
        return tr("“%1”: Fini is reading new web pages.").arg(m_info.name);
    case Operation::ListChanged: // only reads: stopping it leaves nothing behind
    case Operation::None:
        break;
    }
    return {};
}

void WorkspaceSession::beginOperation(Operation kind, const QString &text)
{
    m_operation = {kind, text, 0, 0, {}};
    m_operation.clock.start();
    Q_EMIT operationChanged();
}

void WorkspaceSession::setProgress(Operation kind, const QString &text, int done, int total)
{
    // The guided flow and a resumed operation start the workflows themselves.
    if (m_operation.kind != kind)
        beginOperation(kind, text);
    m_operation.text = text;
    m_operation.done = done;
    m_operation.total = total;
    Q_EMIT operationChanged();
}

void WorkspaceSession::endOperation()
{
    m_operation = {};
    Q_EMIT operationChanged();
}
