#include "RemoveWorkflow.h"

#include "FiniClient.h"

RemoveWorkflow::Target RemoveWorkflow::Target::of(const SourceRow &row)
{
    return {row.id, {row.title, row.url, row.source}};
}

RemoveWorkflow::RemoveWorkflow(FiniClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void RemoveWorkflow::start(const QList<Target> &targets, bool deleteArticles)
{
    if (m_running || targets.isEmpty())
        return;
    m_running = true;
    m_summary = {};
    m_summary.deleteArticles = deleteArticles;
    QStringList ids;
    ids.reserve(targets.size());
    for (const Target &target : targets) {
        ids.append(target.id);
        m_summary.records.insert(target.id, target.record);
    }
    const auto send = [this, ids, deleteArticles] {
        m_client->deleteSources(
            ids, deleteArticles, this,
            [this](const BatchOutcome<DeletedSource> &outcome) { onAnswered(outcome); });
    };
    if (m_sendGate)
        m_sendGate(send);
    else
        send();
}

void RemoveWorkflow::onAnswered(const BatchOutcome<DeletedSource> &outcome)
{
    // A caller that knew only the IDs (the CLI) learns the titles and addresses from Fini.
    for (const DeletedSource &deleted : outcome.items) {
        RemovalRecord &record = m_summary.records[deleted.id];
        if (record.title.isEmpty())
            record.title = deleted.title;
        if (record.url.isEmpty())
            record.url = deleted.originalUrl;
    }
    m_summary.removedIds = outcome.acceptedIds;
    m_summary.notRemoved = outcome.rejected;
    for (const QString &id : outcome.acceptedIds)
        m_summary.outcomes.insert(
            id, {SourceOutcome::State::Removed, m_summary.records.value(id).toDetail(), {}});
    for (const IdRejection &rejection : outcome.rejected) {
        const bool unanswered = rejection.error.isUnanswered();
        if (unanswered)
            ++m_summary.unanswered;
        if (!m_summary.firstError.isError())
            m_summary.firstError = rejection.error;
        m_summary.outcomes.insert(
            rejection.id,
            {unanswered ? SourceOutcome::State::NoAnswer : SourceOutcome::State::Rejected,
             rejection.error.explanationFor(rejection.id), rejection.error});
    }
    m_running = false;
    Q_EMIT finished(m_summary);
}
