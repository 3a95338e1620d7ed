#pragma once

#include "ApiError.h"
#include "BatchOutcome.h"
#include "PollSchedule.h"
#include "SourceOutcome.h"
#include "SourceRow.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class FiniClient;
class RecentSourcesReader;
struct Source;

// Refreshes sources and follows them until Fini has finished with each: queue (uploaded
// files left out, since Fini cannot refresh them), then poll the top of the `updatedAt`
// order with a growing interval until every source is COMPLETED or FAILED or the deadline
// passes, then ask Fini which sources changed.
class RefreshWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Summary {
        int skippedFiles = 0;
        int queued = 0;
        int rejected = 0;
        int completed = 0;
        int failed = 0;
        int stillRunning = 0;
        bool cancelled = false;
        QStringList changedFromThisRefresh;
        QStringList changedInWorkspace;
        ApiError firstError; // the reason of the first rejection, for the dialog
    };

    RefreshWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                    QObject *parent = nullptr);

    // Uploaded files cannot be refreshed; the others can.
    static QStringList refreshable(const QList<SourceRow> &rows, QStringList *files = nullptr);

    void start(const QList<SourceRow> &rows);
    // Follows sources queued by an earlier run (from the journal) without queueing them again.
    void resume(const QStringList &ids);
    void cancel();
    bool isRunning() const { return m_running; }
    const QHash<QString, SourceOutcome> &outcomes() const { return m_outcomes; }
    int pollRequests() const;
    int pollRounds() const { return m_rounds; }

Q_SIGNALS:
    void queued(int accepted, int rejected);
    void progress(int finished, int total);
    void outcomesChanged(const QHash<QString, SourceOutcome> &changed);
    void sourcesRead(const QList<Source> &sources);
    void pollProblem(const ApiError &error);
    void finished(const RefreshWorkflow::Summary &summary);

private:
    void poll();
    void onRoundDone(const QSet<QString> &seen, const ApiError &error);
    void absorb(const QList<Source> &sources);
    void finishTracking();
    void collectChanged(const QString &cursor);
    void report();
    void setOutcome(const QString &id, SourceOutcome outcome,
                    QHash<QString, SourceOutcome> &changed);
    QSet<QString> pendingIds() const;

    FiniClient *m_client;
    PollSchedule m_schedule;
    RecentSourcesReader *m_reader;
    QTimer m_pollTimer;
    QHash<QString, SourceOutcome> m_outcomes;
    QHash<QString, qint64> m_queuedAt;
    Summary m_summary;
    int m_rounds = 0;
    bool m_running = false;
};
