#include "GenerateWorkflow.h"

#include "FiniClient.h"

#include <QDateTime>
#include <QLocale>

GenerateWorkflow::GenerateWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                                   QObject *parent)
    : TrackingWorkflow(client, schedule, parent)
{}

void GenerateWorkflow::start(const QStringList &ids, const GenerateOptions &options)
{
    beginRun();
    m_options = options;
    m_jobBySource.clear();
    m_sourceByJob.clear();
    m_summary = {};
    sendWhenCleared([this, ids, options] {
        m_client->bulkGenerate(
            ids, options, this,
            [this](const BatchOutcome<GeneratedJob> &outcome) { onQueued(outcome); });
    });
}

void GenerateWorkflow::onQueued(const BatchOutcome<GeneratedJob> &outcome)
{
    QHash<QString, SourceOutcome> changed;
    for (const GeneratedJob &job : outcome.items) {
        m_jobBySource.insert(job.documentId, job.backgroundJobId);
        m_sourceByJob.insert(job.backgroundJobId, job.documentId);
        changed.insert(job.documentId, {SourceOutcome::State::Queued, {}, {}});
    }
    for (const IdRejection &rejection : outcome.rejected) {
        const bool unanswered = rejection.error.isUnanswered();
        changed.insert(
            rejection.id,
            {unanswered ? SourceOutcome::State::NoAnswer : SourceOutcome::State::Rejected,
             rejection.error.explanationFor(rejection.id), rejection.error});
        m_summary.unanswered += unanswered ? 1 : 0;
        if (!m_summary.firstError.isError())
            m_summary.firstError = rejection.error;
    }
    m_summary.queued = int(m_jobBySource.size());
    m_summary.rejected = int(outcome.rejected.size());
    setOutcomes(changed);
    Q_EMIT queued(m_summary.queued, m_summary.rejected);
    if (!isRunning())
        return;
    if (m_summary.queued == 0) {
        endRun(false);
        return;
    }
    setTrackedCount(m_summary.queued);
    beginTracking();
}

void GenerateWorkflow::resume(const QHash<QString, QString> &jobBySource, bool isDraft)
{
    beginRun();
    m_options = {};
    m_options.isDraft = isDraft;
    m_jobBySource = jobBySource;
    m_sourceByJob.clear();
    m_summary = {};
    QHash<QString, SourceOutcome> queued;
    for (auto it = jobBySource.cbegin(); it != jobBySource.cend(); ++it) {
        m_sourceByJob.insert(it.value(), it.key());
        queued.insert(it.key(), {SourceOutcome::State::Queued, {}, {}});
    }
    m_summary.queued = int(jobBySource.size());
    setOutcomes(queued);
    setTrackedCount(m_summary.queued);
    beginTracking(0);
}

QStringList GenerateWorkflow::pendingJobs() const
{
    QStringList jobs;
    for (auto it = m_jobBySource.cbegin(); it != m_jobBySource.cend(); ++it) {
        if (!outcomes().value(it.key()).isFinal())
            jobs.append(it.value());
    }
    return jobs;
}

void GenerateWorkflow::pollRound()
{
    m_check = m_client->checkJobs(pendingJobs(), this,
                                  [this](const BatchOutcome<KnowledgeJob> &r) { onJobs(r); });
}

SourceOutcome GenerateWorkflow::outcomeOf(const KnowledgeJob &job) const
{
    if (job.jobStatus == QLatin1String("COMPLETED")) {
        // A completed job without an article is a decision to change nothing.
        if (job.hcArticleId.isEmpty())
            return {SourceOutcome::State::NoChange, {}, {}};
        return {m_options.isDraft ? SourceOutcome::State::DraftCreated
                                  : SourceOutcome::State::ArticleChanged,
                job.hcArticleId,
                {}};
    }
    if (job.jobStatus == QLatin1String("FAILED"))
        return {SourceOutcome::State::Failed, failureText(job), {}};
    if (job.jobStatus == QLatin1String("PENDING"))
        return {SourceOutcome::State::Queued, {}, {}};
    if (job.jobStatus == QLatin1String("IN_PROGRESS"))
        return {SourceOutcome::State::Running, {}, {}};
    return {SourceOutcome::State::Running, tr("Fini says: %1").arg(job.jobStatus), {}};
}

QString GenerateWorkflow::failureText(const KnowledgeJob &job)
{
    if (!job.error.isEmpty())
        return tr("Fini could not generate knowledge from this source. Fini says: %1")
            .arg(job.error);
    // Fini's answer says only FAILED: the job and its time let Fini's support find out more.
    const QString when = job.completedAt > 0 ? QLocale().toString(
                             QDateTime::fromMSecsSinceEpoch(job.completedAt), QLocale::ShortFormat)
                                             : tr("an unknown time");
    return tr("Fini could not generate knowledge from this source and gave no reason (knowledge "
              "job %1, failed at %2). Generate again; if it fails again, send the job's ID to "
              "Fini's support.")
        .arg(job.id, when);
}

void GenerateWorkflow::onJobs(const BatchOutcome<KnowledgeJob> &outcome)
{
    if (!isRunning())
        return;
    QHash<QString, SourceOutcome> changed;
    for (const KnowledgeJob &job : outcome.items) {
        const QString source = m_sourceByJob.value(job.id);
        if (source.isEmpty())
            continue; // a job this run did not ask about
        const SourceOutcome next = outcomeOf(job);
        const SourceOutcome current = outcomes().value(source);
        if (next.state != current.state || next.detail != current.detail)
            changed.insert(source, next);
    }
    ApiError problem;
    for (const IdRejection &rejection : outcome.rejected) {
        const QString source = m_sourceByJob.value(rejection.id);
        if (rejection.error.kind() == ApiError::Kind::NotFound && !source.isEmpty()) {
            // Fini answers for this job no more: waiting longer would change nothing.
            changed.insert(source, {SourceOutcome::State::Failed,
                                    tr("Fini no longer knows this knowledge job. Check Review "
                                       "and Approvals in Fini, or generate again."),
                                    rejection.error});
        } else if (!problem.isError()) {
            problem = rejection.error;
        }
    }
    if (problem.isError())
        Q_EMIT pollProblem(problem);
    setOutcomes(changed);
    roundDone();
}

void GenerateWorkflow::trackingDone()
{
    endRun(false);
}

void GenerateWorkflow::stopRound()
{
    if (m_check)
        m_check->cancel();
}

QString GenerateWorkflow::stillRunningText() const
{
    return tr("The knowledge job had not finished when Sourcedesk stopped waiting.");
}

QString GenerateWorkflow::notTrackedText() const
{
    return tr("Fini goes on with this knowledge job; check it again later.");
}

void GenerateWorkflow::report(bool cancelled)
{
    using State = SourceOutcome::State;
    m_summary.cancelled = cancelled;
    m_summary.written =
        SourceOutcome::count(outcomes(), {State::DraftCreated, State::ArticleChanged});
    m_summary.noChange = SourceOutcome::count(outcomes(), {State::NoChange});
    m_summary.failed = SourceOutcome::count(outcomes(), {State::Failed});
    m_summary.stillRunning = SourceOutcome::count(outcomes(), {State::StillRunning});
    Q_EMIT finished(m_summary);
}
