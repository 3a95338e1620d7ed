#pragma once

#include "BatchOutcome.h"
#include "KnowledgeTypes.h"
#include "TrackingWorkflow.h"

#include <QHash>
#include <QPointer>

class ApiTask;

// Has Fini generate knowledge from sources and follows each knowledge job until it is final:
// a draft (or article) was written, the pipeline decided no change was needed, it failed, or
// Fini no longer knows the job. A status the docs do not name is not final and is shown as
// Fini spells it.
class GenerateWorkflow : public TrackingWorkflow
{
    Q_OBJECT

public:
    struct Summary {
        int queued = 0;
        int rejected = 0;   // not queued: refused by Fini, or left without an answer
        int unanswered = 0; // of those, the ones Fini did not answer for (5xx, timeout, network)
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
    // backgroundJobId per source ID, as Fini answered.
    const QHash<QString, QString> &jobs() const { return m_jobBySource; }
    // What the last run asked Fini for, so a Retry asks for the same.
    const GenerateOptions &options() const { return m_options; }

Q_SIGNALS:
    void queued(int accepted, int rejected);
    void finished(const GenerateWorkflow::Summary &summary);

private:
    void onQueued(const BatchOutcome<GeneratedJob> &outcome);
    void onJobs(const BatchOutcome<KnowledgeJob> &outcome);
    SourceOutcome outcomeOf(const KnowledgeJob &job) const;
    static QString failureText(const KnowledgeJob &job);
    void pollRound() override;
    void trackingDone() override;
    void stopRound() override;
    QString stillRunningText() const override;
    QString notTrackedText() const override;
    void report(bool cancelled) override;
    QStringList pendingJobs() const;

    GenerateOptions m_options;
    QHash<QString, QString> m_jobBySource;
    QHash<QString, QString> m_sourceByJob;
    QPointer<ApiTask> m_check;
    Summary m_summary;
};
