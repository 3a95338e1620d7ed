#include "RefreshWorkflow.h"

#include "FiniClient.h"
#include "RecentSourcesReader.h"

RefreshWorkflow::RefreshWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schedule(schedule)
    , m_reader(new RecentSourcesReader(client, this))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &RefreshWorkflow::poll);
    connect(m_reader, &RecentSourcesReader::pageRead, this, &RefreshWorkflow::absorb);
    connect(m_reader, &RecentSourcesReader::finished, this, &RefreshWorkflow::onRoundDone);
}

QStringList RefreshWorkflow::refreshable(const QList<SourceRow> &rows, QStringList *files)
{
    QStringList ids;
    for (const SourceRow &row : rows) {
        if (row.source == QLatin1String("files")) {
            if (files)
                files->append(row.id);
        } else {
            ids.append(row.id);
        }
    }
    return ids;
}

int RefreshWorkflow::pollRequests() const
{
    return m_reader->requestCount();
}

void RefreshWorkflow::setOutcome(const QString &id, SourceOutcome outcome,
                                 QHash<QString, SourceOutcome> &changed)
{
    m_outcomes.insert(id, outcome);
    changed.insert(id, outcome);
}

void RefreshWorkflow::start(const QList<SourceRow> &rows)
{
    cancel();
    m_outcomes.clear();
    m_summary = {};
    m_rounds = 0;
    m_running = true;
    m_queuedAt.clear();

    QStringList files;
    const QStringList ids = refreshable(rows, &files);
    QHash<QString, SourceOutcome> changed;
    for (const QString &id : files) {
        setOutcome(id,
                   {SourceOutcome::State::SkippedFile,
                    tr("Fini cannot refresh uploaded files: delete the file in Fini and upload "
                       "it again."),
                    {}},
                   changed);
    }
    for (const SourceRow &row : rows)
        m_queuedAt.insert(row.id, row.updatedAt);
    m_summary.skippedFiles = int(files.size());
    Q_EMIT outcomesChanged(changed);
    if (ids.isEmpty()) {
        report();
        return;
    }
    m_client->refresh(ids, this, [this](const BatchOutcome<QString> &outcome) {
        QHash<QString, SourceOutcome> changed;
        for (const QString &id : outcome.acceptedIds)
            setOutcome(id, {SourceOutcome::State::Queued, {}, {}}, changed);
        for (const IdRejection &rejection : outcome.rejected) {
            setOutcome(rejection.id,
                       {SourceOutcome::State::Rejected, rejection.error.summary(), rejection.error},
                       changed);
            if (!m_summary.firstError.isError())
                m_summary.firstError = rejection.error;
        }
        m_summary.queued = int(outcome.acceptedIds.size());
        m_summary.rejected = int(outcome.rejected.size());
        Q_EMIT outcomesChanged(changed);
        Q_EMIT queued(m_summary.queued, m_summary.rejected);
        if (!m_running)
            return; // cancelled while the refresh was being queued
        if (m_summary.queued == 0) {
            report();
            return;
        }
        m_schedule.restart();
        Q_EMIT progress(0, m_summary.queued);
        m_pollTimer.start(m_schedule.nextDelayMs());
    });
}

void RefreshWorkflow::resume(const QStringList &ids)
{
    cancel();
    m_outcomes.clear();
    m_queuedAt.clear();
    m_summary = {};
    m_rounds = 0;
    m_running = true;
    QHash<QString, SourceOutcome> changed;
    for (const QString &id : ids)
        setOutcome(id, {SourceOutcome::State::Queued, {}, {}}, changed);
    m_summary.queued = int(ids.size());
    Q_EMIT outcomesChanged(changed);
    m_schedule.restart();
    Q_EMIT progress(0, m_summary.queued);
    m_pollTimer.start(0);
}

QSet<QString> RefreshWorkflow::pendingIds() const
{
    QSet<QString> pending;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        if (!it->isFinal())
            pending.insert(it.key());
    }
    return pending;
}

void RefreshWorkflow::poll()
{
    ++m_rounds;
    const QSet<QString> pending = pendingIds();
    // Requests per round are bounded by pages, not by sources: the pending sources plus
    // room for others that Fini updated meanwhile.
    m_reader->read(pending, int(pending.size() + 99) / 100 + 2);
}

void RefreshWorkflow::absorb(const QList<Source> &sources)
{
    Q_EMIT sourcesRead(sources);
    QHash<QString, SourceOutcome> changed;
    for (const Source &source : sources) {
        const auto current = m_outcomes.constFind(source.id);
        if (current == m_outcomes.constEnd() || current->isFinal())
            continue;
        // A final state only counts once the record moved on since it was queued; until
        // then Fini may still show the previous run.
        const bool moved = source.updatedAt > m_queuedAt.value(source.id);
        SourceOutcome next = *current;
        if (source.linkedJobStatus == QLatin1String("PENDING"))
            next.state = SourceOutcome::State::Queued;
        else if (source.linkedJobStatus == QLatin1String("COMPLETED") && moved)
            next = {source.success ? SourceOutcome::State::Completed : SourceOutcome::State::Failed,
                    source.error,
                    {}};
        else if (source.linkedJobStatus == QLatin1String("FAILED") && moved)
            next = {SourceOutcome::State::Failed, source.error, {}};
        else if (moved)
            next.state = SourceOutcome::State::Running; // IN_PROGRESS, or a status Fini added
        if (next.state != current->state)
            setOutcome(source.id, next, changed);
    }
    if (!changed.isEmpty())
        Q_EMIT outcomesChanged(changed);
}

void RefreshWorkflow::onRoundDone(const QSet<QString> &, const ApiError &error)
{
    if (!m_running)
        return;
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled)
        Q_EMIT pollProblem(error); // not fatal: the next round tries again
    const QSet<QString> pending = pendingIds();
    Q_EMIT progress(m_summary.queued - int(pending.size()), m_summary.queued);
    if (pending.isEmpty()) {
        finishTracking();
        return;
    }
    if (m_schedule.pastDeadline()) {
        QHash<QString, SourceOutcome> changed;
        for (const QString &id : pending)
            setOutcome(id,
                       {SourceOutcome::State::StillRunning,
                        tr("Fini had not finished when Sourcedesk stopped waiting. Reload later "
                           "to see the result."),
                        {}},
                       changed);
        Q_EMIT outcomesChanged(changed);
        finishTracking();
        return;
    }
    m_pollTimer.start(m_schedule.nextDelayMs());
}

void RefreshWorkflow::finishTracking()
{
    collectChanged(QString());
}

void RefreshWorkflow::collectChanged(const QString &cursor)
{
    SourceQuery query;
    query.changed = true;
    query.cursor = cursor;
    m_client->listSources(query, this, [this](const ApiResult<SourcePage> &result) {
        if (!m_running)
            return;
        if (!result.ok()) {
            Q_EMIT pollProblem(result.error());
            report();
            return;
        }
        Q_EMIT sourcesRead(result.value().sources);
        for (const Source &source : result.value().sources) {
            m_summary.changedInWorkspace.append(source.id);
            if (m_outcomes.contains(source.id))
                m_summary.changedFromThisRefresh.append(source.id);
        }
        if (result.value().hasMore && !result.value().sources.isEmpty())
            collectChanged(result.value().sources.last().id);
        else
            report();
    });
}

void RefreshWorkflow::report()
{
    m_running = false;
    m_pollTimer.stop();
    using State = SourceOutcome::State;
    m_summary.completed = SourceOutcome::count(m_outcomes, {State::Completed});
    m_summary.failed = SourceOutcome::count(m_outcomes, {State::Failed});
    m_summary.stillRunning = SourceOutcome::count(m_outcomes, {State::StillRunning});
    Q_EMIT finished(m_summary);
}

void RefreshWorkflow::cancel()
{
    if (!m_running)
        return;
    m_pollTimer.stop();
    m_reader->cancel();
    QHash<QString, SourceOutcome> changed;
    for (const QString &id : pendingIds())
        setOutcome(id,
                   {SourceOutcome::State::NotTracked,
                    tr("Fini goes on refreshing this source; reload later to see the result."),
                    {}},
                   changed);
    Q_EMIT outcomesChanged(changed);
    m_summary.cancelled = true;
    report();
}
