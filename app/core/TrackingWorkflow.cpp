#include "TrackingWorkflow.h"

TrackingWorkflow::TrackingWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schedule(schedule)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        ++m_rounds;
        pollRound();
    });
}

void TrackingWorkflow::beginRun()
{
    cancel();
    m_outcomes.clear();
    m_rounds = 0;
    m_tracked = 0;
    m_running = true;
}

void TrackingWorkflow::beginTracking(int firstDelayMs)
{
    m_schedule.restart();
    const int firstDelay = firstDelayMs >= 0 ? firstDelayMs : m_schedule.nextDelayMs();
    Q_EMIT progress(0, m_tracked);
    m_pollTimer.start(firstDelay);
}

void TrackingWorkflow::setOutcomes(const QHash<QString, SourceOutcome> &changed)
{
    if (changed.isEmpty())
        return;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_outcomes.insert(it.key(), it.value());
    Q_EMIT outcomesChanged(changed);
}

QSet<QString> TrackingWorkflow::pendingIds() const
{
    QSet<QString> pending;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        if (!it->isFinal())
            pending.insert(it.key());
    }
    return pending;
}

void TrackingWorkflow::roundDone()
{
    if (!m_running)
        return;
    const QSet<QString> pending = pendingIds();
    Q_EMIT progress(m_tracked - int(pending.size()), m_tracked);
    if (pending.isEmpty()) {
        trackingDone();
        return;
    }
    if (m_schedule.pastDeadline()) {
        QHash<QString, SourceOutcome> late;
        for (const QString &id : pending)
            late.insert(id, {SourceOutcome::State::StillRunning, stillRunningText(), {}});
        setOutcomes(late);
        trackingDone();
        return;
    }
    m_pollTimer.start(m_schedule.nextDelayMs());
}

void TrackingWorkflow::endRun(bool cancelled)
{
    m_running = false;
    m_pollTimer.stop();
    report(cancelled);
}

void TrackingWorkflow::cancel()
{
    if (!m_running)
        return;
    m_pollTimer.stop();
    stopRound();
    QHash<QString, SourceOutcome> changed;
    for (const QString &id : pendingIds())
        changed.insert(id, {SourceOutcome::State::NotTracked, notTrackedText(), {}});
    setOutcomes(changed);
    endRun(true);
}
