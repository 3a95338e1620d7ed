#include "RefreshWorkflow.h"

#include "FiniClient.h"
#include "SourceReader.h"

#include <QDateTime>

#include <algorithm>

namespace {
// Targets noted per turn of the event loop while the refresh is queued.
constexpr qsizetype NoteSlice = 2000;

bool isFinalStatus(const QString &status)
{
    return status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
}
} // namespace

RefreshWorkflow::RefreshWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                                 QObject *parent)
    : TrackingWorkflow(client, schedule, parent)
    , m_walker(new CursorWalker(client, this))
    , m_changedWalker(new CursorWalker(client, this))
    , m_directReader(new SourceReader(client, this))
{
    m_noteTimer.setSingleShot(true);
    connect(&m_noteTimer, &QTimer::timeout, this, [this] { noteTargets(NoteSlice); });
    connect(m_walker, &CursorWalker::pageRead, this, &RefreshWorkflow::onWalkPage);
    connect(m_walker, &CursorWalker::finished, this, &RefreshWorkflow::onWalkFinished);
    connect(m_directReader, &SourceReader::sourceRead, this,
            [this](const Source &source) { absorb({source}); });
    connect(m_directReader, &SourceReader::sourceMissing, this, [this](const QString &id) {
        if (outcomes().value(id).isFinal())
            return;
        setOutcomes({{id,
                      {SourceOutcome::State::Failed,
                       tr("Fini no longer has this source: it was deleted while it was being "
                          "refreshed."),
                       {}}}});
    });
    connect(m_directReader, &SourceReader::finished, this, [this](const ApiError &error) {
        if (error.isError() && error.kind() != ApiError::Kind::Cancelled)
            Q_EMIT pollProblem(error);
        finishRound();
    });
    connect(m_changedWalker, &CursorWalker::pageRead, this, [this](const SourcePage &page) {
        Q_EMIT sourcesRead(page.sources);
        for (const Source &source : page.sources) {
            if (m_changedSeen.contains(source.id))
                continue; // a record met twice while the order moved
            m_changedSeen.insert(source.id);
            m_summary.changedInWorkspace.append(source.id);
            if (outcomes().contains(source.id))
                m_summary.changedFromThisRefresh.append(source.id);
        }
    });
    connect(m_changedWalker, &CursorWalker::finished, this,
            [this](CursorWalker::End end, const ApiError &error) {
                if (!isRunning() || end == CursorWalker::End::Cancelled)
                    return;
                m_listRequests += m_changedWalker->requestCount();
                if (end == CursorWalker::End::Failed)
                    Q_EMIT pollProblem(error);
                endRun(false);
            });
}

RefreshWorkflow::Target RefreshWorkflow::Target::of(const SourceRow &row)
{
    return {row.id, row.updatedAt, row.source == QLatin1String("files")};
}

QList<RefreshWorkflow::Target> RefreshWorkflow::targets(const QList<SourceRow> &rows)
{
    QList<Target> targets;
    targets.reserve(rows.size());
    for (const SourceRow &row : rows)
        targets.append(Target::of(row));
    return targets;
}

QStringList RefreshWorkflow::refreshable(const QList<Target> &targets)
{
    QStringList ids;
    ids.reserve(targets.size());
    for (const Target &target : targets) {
        if (!target.uploadedFile)
            ids.append(target.id);
    }
    return ids;
}

int RefreshWorkflow::pollRequests() const
{
    return m_listRequests + m_directReader->requestCount();
}

void RefreshWorkflow::start(const QList<Target> &targets)
{
    beginRun();
    m_summary = {};
    m_evidence.clear();
    m_added.clear();
    m_listRequests = 0;
    m_lastRoundListRequests = 0;
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    const QStringList ids = refreshable(targets);
    m_summary.skippedFiles = int(targets.size() - ids.size());
    m_unnoted = targets;
    m_noted = 0;
    if (ids.isEmpty()) {
        noteTargets(m_unnoted.size());
        endRun(false);
        return;
    }
    // Needed only once tracking begins: noted a slice at a time after the first request.
    reserveOutcomes(targets.size());
    m_evidence.reserve(ids.size());
    m_noteTimer.start();
    sendWhenCleared([this, ids] {
        m_client->refresh(
            ids, this, [this](const BatchOutcome<QString> &outcome) { onQueued(outcome); },
            [this](const BatchOutcome<QString> &chunk) { onChunkQueued(chunk); });
    });
}

// A slice of the targets: the time each source was queued at, which tracking needs, and for
// uploaded files that they were left out.
void RefreshWorkflow::noteTargets(qsizetype count)
{
    const QString fileReason = tr("Fini cannot refresh uploaded files: delete the file in Fini "
                                  "and upload it again.");
    QHash<QString, SourceOutcome> skipped;
    const qsizetype end = std::min(m_unnoted.size(), m_noted + count);
    for (; m_noted < end; ++m_noted) {
        const Target &target = m_unnoted.at(m_noted);
        if (target.uploadedFile)
            skipped.insert(target.id, {SourceOutcome::State::SkippedFile, fileReason, {}});
        else
            m_evidence[target.id].queuedAt = target.updatedAt;
    }
    setOutcomes(skipped);
    if (m_noted < m_unnoted.size()) {
        m_noteTimer.start();
        return;
    }
    m_noteTimer.stop();
    m_unnoted.clear();
    m_noted = 0;
}

// Each answer is shown as it comes: 100,000 outcomes at once would hold the window.
void RefreshWorkflow::onChunkQueued(const BatchOutcome<QString> &outcome)
{
    QHash<QString, SourceOutcome> changed;
    for (const QString &id : outcome.acceptedIds)
        changed.insert(id, {SourceOutcome::State::Queued, {}, {}});
    for (const IdRejection &rejection : outcome.rejected) {
        const bool unanswered = rejection.error.isUnanswered();
        changed.insert(
            rejection.id,
            {unanswered ? SourceOutcome::State::NoAnswer : SourceOutcome::State::Rejected,
             rejection.error.explanationFor(rejection.id), rejection.error});
        if (!m_summary.firstError.isError())
            m_summary.firstError = rejection.error;
    }
    setOutcomes(changed);
}

void RefreshWorkflow::onQueued(const BatchOutcome<QString> &outcome)
{
    m_summary.queued = int(outcome.acceptedIds.size());
    m_summary.rejected = int(outcome.rejected.size());
    m_summary.unanswered = int(
        std::count_if(outcome.rejected.cbegin(), outcome.rejected.cend(),
                      [](const IdRejection &rejection) { return rejection.error.isUnanswered(); }));
    Q_EMIT queued(m_summary.queued, m_summary.rejected);
    if (!isRunning())
        return; // cancelled while the refresh was being queued
    if (m_summary.queued == 0) {
        endRun(false);
        return;
    }
    noteTargets(m_unnoted.size() - m_noted);
    setTrackedCount(m_summary.queued);
    beginTracking();
}

void RefreshWorkflow::resume(const QStringList &ids, const QSet<QString> &added)
{
    beginRun();
    m_summary = {};
    m_evidence.clear();
    m_added = added;
    m_noteTimer.stop();
    m_unnoted.clear();
    m_noted = 0;
    m_listRequests = 0;
    m_lastRoundListRequests = 0;
    // The journal does not know when the refresh was sent: walk as far as the budget allows.
    m_sentAtMs = 0;
    QHash<QString, SourceOutcome> queued;
    for (const QString &id : ids)
        queued.insert(id, {SourceOutcome::State::Queued, {}, {}});
    m_summary.queued = int(ids.size());
    setOutcomes(queued);
    setTrackedCount(m_summary.queued);
    beginTracking(0);
}

int RefreshWorkflow::pageBudget() const
{
    const int pageSize = std::max(1, m_walker->observedPageSize() > 0 ? m_walker->observedPageSize()
                                                                      : SourceQuery().limit);
    return (m_roundPending + pageSize - 1) / pageSize + ExtraPagesPerRound;
}

void RefreshWorkflow::pollRound()
{
    m_seenThisRound.clear();
    m_roundPending = int(pendingIds().size());
    m_walker->start(SourceQuery(), pageBudget());
}

void RefreshWorkflow::onWalkPage(const SourcePage &page)
{
    absorb(page.sources);
    if (int(m_seenThisRound.size()) >= m_roundPending) {
        m_walker->stop();
        return;
    }
    // Below the moment the refresh was sent, a server that moves `updatedAt` shows nothing of
    // this refresh. One that does not leaves the pending sources where they were: when more
    // remain than direct reads can cover, reading on down the order (within the budget) is
    // the cheaper way to find them.
    const int unseen = m_roundPending - int(m_seenThisRound.size());
    if (CursorWalker::passed(page, m_sentAtMs) && unseen <= DirectReadsPerRound) {
        m_walker->stop();
        return;
    }
    m_walker->setPageBudget(pageBudget());
}

void RefreshWorkflow::onWalkFinished(CursorWalker::End end, const ApiError &error)
{
    if (!isRunning() || end == CursorWalker::End::Cancelled)
        return;
    m_lastRoundListRequests = m_walker->requestCount();
    m_listRequests += m_lastRoundListRequests;
    if (end == CursorWalker::End::Failed)
        Q_EMIT pollProblem(error); // not fatal: the next round tries again
    readUnseenDirectly();
}

void RefreshWorkflow::readUnseenDirectly()
{
    QStringList unseen;
    for (const QString &id : pendingIds()) {
        if (!m_seenThisRound.contains(id))
            unseen.append(id);
    }
    // Those read longest ago first, so that every source gets its turn; only the few read this
    // round need ordering, not every pending source.
    const qsizetype reads = std::min<qsizetype>(unseen.size(), DirectReadsPerRound);
    std::partial_sort(unseen.begin(), unseen.begin() + reads, unseen.end(),
                      [this](const QString &a, const QString &b) {
                          return m_evidence.value(a).lastDirectReadRound
                                 < m_evidence.value(b).lastDirectReadRound;
                      });
    unseen.resize(reads);
    m_lastRoundDirectReads = int(unseen.size());
    if (unseen.isEmpty()) {
        finishRound();
        return;
    }
    for (const QString &id : std::as_const(unseen))
        m_evidence[id].lastDirectReadRound = pollRounds();
    m_directReader->read(unseen);
}

void RefreshWorkflow::finishRound()
{
    Q_EMIT roundMeasured(m_roundPending, m_lastRoundListRequests, m_lastRoundDirectReads);
    roundDone();
}

void RefreshWorkflow::absorb(const QList<Source> &sources)
{
    Q_EMIT sourcesRead(sources);
    QHash<QString, SourceOutcome> changed;
    for (const Source &source : sources) {
        const auto current = outcomes().constFind(source.id);
        if (current == outcomes().constEnd() || current->isFinal())
            continue;
        m_seenThisRound.insert(source.id);
        Evidence &evidence = m_evidence[source.id];
        SourceOutcome next = *current;
        if (!isFinalStatus(source.linkedJobStatus)) {
            // PENDING, IN_PROGRESS, or a status the docs do not name: not final either way.
            evidence.sawUnfinished = true;
            next.state = source.linkedJobStatus == QLatin1String("PENDING")
                             ? SourceOutcome::State::Queued
                             : SourceOutcome::State::Running;
        } else {
            if (evidence.lastSightingRound != pollRounds()) {
                evidence.lastSightingRound = pollRounds();
                ++evidence.finalSightings;
            }
            const bool moved = source.updatedAt > evidence.queuedAt;
            if (moved || evidence.sawUnfinished || evidence.finalSightings >= 2) {
                const bool completed =
                    source.linkedJobStatus == QLatin1String("COMPLETED") && source.success;
                const SourceOutcome::State done = m_added.contains(source.id)
                                                      ? SourceOutcome::State::Added
                                                      : SourceOutcome::State::Completed;
                next = {completed ? done : SourceOutcome::State::Failed, source.error, {}};
            }
        }
        if (next.state != current->state || next.detail != current->detail)
            changed.insert(source.id, next);
    }
    setOutcomes(changed);
}

void RefreshWorkflow::trackingDone()
{
    m_changedWalker->cancel();
    m_changedSeen.clear();
    SourceQuery changed;
    changed.changed = true;
    m_changedWalker->start(changed);
}

void RefreshWorkflow::stopRound()
{
    noteTargets(m_unnoted.size() - m_noted); // every file still says it was left out
    m_walker->cancel();
    m_directReader->cancel();
    m_changedWalker->cancel();
}

QString RefreshWorkflow::stillRunningText() const
{
    return tr("Fini had not finished when Sourcedesk stopped waiting. Reload later to see the "
              "result.");
}

QString RefreshWorkflow::notTrackedText() const
{
    return tr("Fini goes on refreshing this source; reload later to see the result.");
}

void RefreshWorkflow::report(bool cancelled)
{
    using State = SourceOutcome::State;
    m_summary.cancelled = cancelled;
    m_summary.completed = SourceOutcome::count(outcomes(), {State::Completed, State::Added});
    m_summary.failed = SourceOutcome::count(outcomes(), {State::Failed});
    m_summary.stillRunning = SourceOutcome::count(outcomes(), {State::StillRunning});
    Q_EMIT finished(m_summary);
}
