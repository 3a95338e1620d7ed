#pragma once

#include "ApiError.h"
#include "PollSchedule.h"
#include "SourceOutcome.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class FiniClient;

// The polling base of every operation that queues work at Fini and then follows each source
// until its outcome is final: rounds on a growing interval, progress, the deadline after which
// sources count as still running, and stopping to watch. A subclass says how one round asks
// Fini and calls roundDone() when it has.
class TrackingWorkflow : public QObject
{
    Q_OBJECT

public:
    TrackingWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                     QObject *parent = nullptr);

    // What must happen before a run sends its first request (the activity journal recording
    // the operation): it calls `proceed` once that is done, without holding the window.
    using SendGate = std::function<void(std::function<void()> proceed)>;
    void setSendGate(SendGate gate) { m_sendGate = std::move(gate); }

    // How runs poll from the next interval on (the preferences' limits).
    void setPollSettings(const PollSchedule::Settings &settings)
    {
        m_schedule.setSettings(settings);
    }
    const PollSchedule::Settings &pollSettings() const { return m_schedule.settings(); }

    bool isRunning() const { return m_running; }
    const QHash<QString, SourceOutcome> &outcomes() const { return m_outcomes; }
    int pollRounds() const { return m_rounds; }
    // Stops following: Fini goes on with what it was given.
    void cancel();

Q_SIGNALS:
    void progress(int finished, int total);
    void outcomesChanged(const QHash<QString, SourceOutcome> &changed);
    void pollProblem(const ApiError &error);

protected:
    // Clears the previous run's state; `running` from now on.
    void beginRun();
    // Starts the rounds after `firstDelayMs` (the first interval of the schedule when -1).
    void beginTracking(int firstDelayMs = -1);
    // Calls `send` through the gate, unless this run was stopped (or another began) meanwhile.
    void sendWhenCleared(std::function<void()> send);
    // Room for `count` outcomes: growing a hash of 100,000 rehashes it while the window waits.
    void reserveOutcomes(qsizetype count);
    void setOutcomes(const QHash<QString, SourceOutcome> &changed);
    // Kept as outcomes change, so a round need not look at every tracked source to find them.
    const QSet<QString> &pendingIds() const { return m_pending; }
    int trackedCount() const { return m_tracked; }
    void setTrackedCount(int count) { m_tracked = count; }
    // Called by the subclass when the round it ran has its answers.
    void roundDone();
    // Ends the run (m_running false) and lets the subclass report.
    void endRun(bool cancelled);

    virtual void pollRound() = 0;
    // Every tracked source is final, or the deadline passed: what follows tracking.
    virtual void trackingDone() = 0;
    virtual void stopRound() = 0;
    virtual QString stillRunningText() const = 0;
    virtual QString notTrackedText() const = 0;
    virtual void report(bool cancelled) = 0;

    FiniClient *m_client;

private:
    PollSchedule m_schedule;
    SendGate m_sendGate;
    quint64 m_run = 0; // counts runs, so that a late `proceed` knows whether its run goes on
    QTimer m_pollTimer;
    QHash<QString, SourceOutcome> m_outcomes;
    QSet<QString> m_pending; // the IDs of m_outcomes whose outcome is not final
    int m_rounds = 0;
    int m_tracked = 0;
    bool m_running = false;
};
