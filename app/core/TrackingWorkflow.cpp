#include "TrackingWorkflow.h"

#include <QPointer>

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
    ++m_run;
    m_outcomes.clear();
    m_pending.clear();
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

void TrackingWorkflow::sendWhenCleared(std::function<void()> send)
{
    if (!m_sendGate) {
        send();
        return;
    }
    m_sendGate(
        [this, guard = QPointer<TrackingWorkflow>(this), run = m_run, send = std::move(send)] {
            if (guard && m_running && m_run == run)
                send();
        });
}

void TrackingWorkflow::setOutcomes(const QHash<QString, SourceOutcome> &changed)
{
    if (changed.isEmpty())
        return;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        m_outcomes.insert(it.key(), it.value());
        if (it->isFinal())
            m_pending.remove(it.key());
        else
            m_pending.insert(it.key());
    }
    Q_EMIT outcomesChanged(changed);
}

void TrackingWorkflow::reserveOutcomes(qsizetype count)
{
    m_outcomes.reserve(count);
    m_pending.reserve(count);
}

void TrackingWorkflow::roundDone()
{
    if (!m_running)
        return;
    Q_EMIT progress(m_tracked - int(m_pending.size()), m_tracked);
    if (m_pending.isEmpty()) {
        trackingDone();
        return;
    }
    if (m_schedule.pastDeadline()) {
        const QString reason = stillRunningText();
        QHash<QString, SourceOutcome> late;
        for (const QString &id : std::as_const(m_pending))
            late.insert(id, {SourceOutcome::State::StillRunning, reason, {}});
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
    const QString reason = notTrackedText();
    QHash<QString, SourceOutcome> changed;
    for (const QString &id : std::as_const(m_pending))
        changed.insert(id, {SourceOutcome::State::NotTracked, reason, {}});
    setOutcomes(changed);
    endRun(true);
}
