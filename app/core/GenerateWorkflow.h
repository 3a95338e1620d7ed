#pragma once

#include "ApiError.h"
#include "KnowledgeTypes.h"
#include "PollSchedule.h"
#include "SourceOutcome.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class FiniClient;

// Has Fini generate knowledge from sources and follows each knowledge job until it is final:
// a draft (or article) was written, the pipeline decided no change was needed, or it failed.
class GenerateWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Summary {
        int queued = 0;
        int rejected = 0;
        int written = 0;
        int noChange = 0;
        int failed = 0;
        int stillRunning = 0;
        bool cancelled = false;
        ApiError firstError;
    };

    GenerateWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                     QObject *parent = nullptr);

    void start(const QStringList &ids, const GenerateOptions &options);
    // Follows knowledge jobs queued by an earlier run (from the journal).
    void resume(const QHash<QString, QString> &jobBySource, bool isDraft);
    void cancel();
    bool isRunning() const { return m_running; }
    const QHash<QString, SourceOutcome> &outcomes() const { return m_outcomes; }
    // backgroundJobId per source ID, as Fini answered.
    const QHash<QString, QString> &jobs() const { return m_jobBySource; }

Q_SIGNALS:
    void queued(int accepted, int rejected);
    void progress(int finished, int total);
    void outcomesChanged(const QHash<QString, SourceOutcome> &changed);
    void pollProblem(const ApiError &error);
    void finished(const GenerateWorkflow::Summary &summary);

private:
    void poll();
    void report();
    QStringList pendingJobs() const;

    FiniClient *m_client;
    PollSchedule m_schedule;
    QTimer m_pollTimer;
    GenerateOptions m_options;
    QHash<QString, SourceOutcome> m_outcomes;
    QHash<QString, QString> m_jobBySource;
    QHash<QString, QString> m_sourceByJob;
    Summary m_summary;
    bool m_running = false;
};
