#include "GenerateWorkflow.h"

#include "FiniClient.h"

GenerateWorkflow::GenerateWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_schedule(schedule)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &GenerateWorkflow::poll);
}

void GenerateWorkflow::start(const QStringList &ids, const GenerateOptions &options)
{
    cancel();
    m_options = options;
    m_outcomes.clear();
    m_jobBySource.clear();
    m_sourceByJob.clear();
    m_summary = {};
    m_running = true;
    m_client->bulkGenerate(ids, options, this, [this](const BatchOutcome<GeneratedJob> &outcome) {
        QHash<QString, SourceOutcome> changed;
        for (const GeneratedJob &job : outcome.items) {
            m_jobBySource.insert(job.documentId, job.backgroundJobId);
            m_sourceByJob.insert(job.backgroundJobId, job.documentId);
            m_outcomes.insert(job.documentId, {SourceOutcome::State::Queued, {}, {}});
            changed.insert(job.documentId, m_outcomes.value(job.documentId));
        }
        for (const IdRejection &rejection : outcome.rejected) {
            const SourceOutcome rejected{SourceOutcome::State::Rejected, rejection.error.summary(),
                                         rejection.error};
            m_outcomes.insert(rejection.id, rejected);
            changed.insert(rejection.id, rejected);
            if (!m_summary.firstError.isError())
                m_summary.firstError = rejection.error;
        }
        m_summary.queued = int(m_jobBySource.size());
        m_summary.rejected = int(outcome.rejected.size());
        Q_EMIT outcomesChanged(changed);
        Q_EMIT queued(m_summary.queued, m_summary.rejected);
        if (!m_running)
            return;
        if (m_summary.queued == 0) {
            report();
            return;
        }
        m_schedule.restart();
        Q_EMIT progress(0, m_summary.queued);
        m_pollTimer.start(m_schedule.nextDelayMs());
    });
}

void GenerateWorkflow::resume(const QHash<QString, QString> &jobBySource, bool isDraft)
{
    cancel();
    m_options = {};
    m_options.isDraft = isDraft;
    m_outcomes.clear();
    m_jobBySource = jobBySource;
    m_sourceByJob.clear();
    m_summary = {};
    m_running = true;
    QHash<QString, SourceOutcome> changed;
    for (auto it = jobBySource.cbegin(); it != jobBySource.cend(); ++it) {
        m_sourceByJob.insert(it.value(), it.key());
        m_outcomes.insert(it.key(), {SourceOutcome::State::Queued, {}, {}});
        changed.insert(it.key(), m_outcomes.value(it.key()));
    }
    m_summary.queued = int(jobBySource.size());
    Q_EMIT outcomesChanged(changed);
    m_schedule.restart();
    Q_EMIT progress(0, m_summary.queued);
    m_pollTimer.start(0);
}

QStringList GenerateWorkflow::pendingJobs() const
{
    QStringList jobs;
    for (auto it = m_jobBySource.cbegin(); it != m_jobBySource.cend(); ++it) {
        if (!m_outcomes.value(it.key()).isFinal())
            jobs.append(it.value());
    }
    return jobs;
}

void GenerateWorkflow::poll()
{
    m_client->checkJobs(pendingJobs(), this, [this](const BatchOutcome<KnowledgeJob> &outcome) {
        if (!m_running)
            return;
        QHash<QString, SourceOutcome> changed;
        for (const KnowledgeJob &job : outcome.items) {
            const QString source = m_sourceByJob.value(job.id);
            SourceOutcome next{SourceOutcome::State::Running, {}, {}};
            if (job.jobStatus == QLatin1String("COMPLETED")) {
                // A completed job without an article is a decision to change nothing.
                if (job.hcArticleId.isEmpty())
                    next.state = SourceOutcome::State::NoChange;
                else
                    next = {m_options.isDraft ? SourceOutcome::State::DraftCreated
                                              : SourceOutcome::State::ArticleChanged,
                            job.hcArticleId,
                            {}};
            } else if (job.jobStatus == QLatin1String("FAILED")) {
                next = {SourceOutcome::State::Failed,
                        tr("Fini could not generate knowledge "
                           "from this source."),
                        {}};
            } else if (job.jobStatus == QLatin1String("PENDING")) {
                next.state = SourceOutcome::State::Queued;
            }
            if (next.state != m_outcomes.value(source).state
                || next.detail != m_outcomes.value(source).detail) {
                m_outcomes.insert(source, next);
                changed.insert(source, next);
            }
        }
        if (!outcome.rejected.isEmpty())
            Q_EMIT pollProblem(outcome.rejected.first().error);
        if (!changed.isEmpty())
            Q_EMIT outcomesChanged(changed);
        const QStringList pending = pendingJobs();
        Q_EMIT progress(m_summary.queued - int(pending.size()), m_summary.queued);
        if (pending.isEmpty()) {
            report();
            return;
        }
        if (m_schedule.pastDeadline()) {
            QHash<QString, SourceOutcome> late;
            for (const QString &job : pending) {
                const SourceOutcome stillRunning{
                    SourceOutcome::State::StillRunning,
                    tr("The knowledge job had not finished when Sourcedesk stopped waiting."),
                    {}};
                m_outcomes.insert(m_sourceByJob.value(job), stillRunning);
                late.insert(m_sourceByJob.value(job), stillRunning);
            }
            Q_EMIT outcomesChanged(late);
            report();
            return;
        }
        m_pollTimer.start(m_schedule.nextDelayMs());
    });
}

void GenerateWorkflow::report()
{
    m_running = false;
    m_pollTimer.stop();
    using State = SourceOutcome::State;
    m_summary.written =
        SourceOutcome::count(m_outcomes, {State::DraftCreated, State::ArticleChanged});
    m_summary.noChange = SourceOutcome::count(m_outcomes, {State::NoChange});
    m_summary.failed = SourceOutcome::count(m_outcomes, {State::Failed});
    m_summary.stillRunning = SourceOutcome::count(m_outcomes, {State::StillRunning});
    Q_EMIT finished(m_summary);
}

void GenerateWorkflow::cancel()
{
    if (!m_running)
        return;
    m_pollTimer.stop();
    QHash<QString, SourceOutcome> changed;
    for (auto it = m_outcomes.begin(); it != m_outcomes.end(); ++it) {
        if (it->isFinal())
            continue;
        *it = {SourceOutcome::State::NotTracked,
               tr("Fini goes on with this knowledge job; check it again later."),
               {}};
        changed.insert(it.key(), *it);
    }
    Q_EMIT outcomesChanged(changed);
    m_summary.cancelled = true;
    report();
}
