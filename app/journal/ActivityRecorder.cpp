#include "ActivityRecorder.h"

#include "Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString describe(const RefreshWorkflow::Summary &s)
{
    return QCoreApplication::translate("ActivityRecorder",
                                       "%L1 queued, %L2 rejected, %L3 skipped, %L4 refreshed, %L5 "
                                       "failed, %L6 still running, %L7 changed")
        .arg(s.queued)
        .arg(s.rejected)
        .arg(s.skippedFiles)
        .arg(s.completed)
        .arg(s.failed)
        .arg(s.stillRunning)
        .arg(s.changedFromThisRefresh.size());
}

QString describe(const GenerateWorkflow::Summary &s)
{
    return QCoreApplication::translate("ActivityRecorder",
                                       "%L1 queued, %L2 rejected, %L3 written, %L4 no change, %L5 "
                                       "failed, %L6 still running")
        .arg(s.queued)
        .arg(s.rejected)
        .arg(s.written)
        .arg(s.noChange)
        .arg(s.failed)
        .arg(s.stillRunning);
}

QString describe(const RemoveWorkflow::Summary &s)
{
    return QCoreApplication::translate("ActivityRecorder", "%L1 removed, %L2 not removed")
        .arg(s.removedIds.size())
        .arg(s.notRemoved.size());
}

bool isFinalOutcome(const QString &name)
{
    return name != QLatin1String("sending") && name != QLatin1String("Queued")
           && name != QLatin1String("Running");
}

// The new sources of an "add" among `queued` (an add journalled before this was kept counts
// none as new).
QSet<QString> addedOf(const ActivityJournal::Operation &operation, const QStringList &queued)
{
    if (operation.kind != QLatin1String("add") || operation.options.isEmpty())
        return {};
    QSet<QString> added(queued.cbegin(), queued.cend());
    const QJsonObject options = QJsonDocument::fromJson(operation.options.toUtf8()).object();
    for (const QJsonValue &id : options.value(QLatin1String("refreshed")).toArray())
        added.remove(id.toString());
    return added;
}

} // namespace

ActivityRecorder::ActivityRecorder(ActivityJournal *journal, RefreshWorkflow *refresh,
                                   GenerateWorkflow *generate, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_refresh(refresh)
    , m_generate(generate)
{
    const auto gate = [this](std::function<void()> proceed) { afterJournal(std::move(proceed)); };
    refresh->setSendGate(gate);
    generate->setSendGate(gate);
    connect(refresh, &RefreshWorkflow::outcomesChanged, this,
            [this](const QHash<QString, SourceOutcome> &outcomes) {
                m_journal->recordOutcomes(m_refreshOperation, outcomes);
            });
    connect(refresh, &RefreshWorkflow::finished, this,
            [this](const RefreshWorkflow::Summary &summary) {
                m_journal->finish(m_refreshOperation,
                                  summary.cancelled ? QStringLiteral("cancelled")
                                                    : QStringLiteral("finished"),
                                  describe(summary));
                m_refreshOperation = 0;
            });
    connect(generate, &GenerateWorkflow::queued, this,
            [this] { m_journal->recordJobs(m_generateOperation, m_generate->jobs()); });
    connect(generate, &GenerateWorkflow::outcomesChanged, this,
            [this](const QHash<QString, SourceOutcome> &outcomes) {
                m_journal->recordOutcomes(m_generateOperation, outcomes);
            });
    connect(generate, &GenerateWorkflow::finished, this,
            [this](const GenerateWorkflow::Summary &summary) {
                m_journal->finish(m_generateOperation,
                                  summary.cancelled ? QStringLiteral("cancelled")
                                                    : QStringLiteral("finished"),
                                  describe(summary));
                m_generateOperation = 0;
            });
}

void ActivityRecorder::setRemoveWorkflow(RemoveWorkflow *remove)
{
    m_remove = remove;
    remove->setSendGate(
        [this](std::function<void()> proceed) { afterJournal(std::move(proceed)); });
    connect(remove, &RemoveWorkflow::finished, this,
            [this](const RemoveWorkflow::Summary &summary) {
                m_journal->recordOutcomes(m_removeOperation, summary.outcomes);
                m_journal->finish(m_removeOperation, QStringLiteral("finished"), describe(summary));
                m_removeOperation = 0;
            });
}

void ActivityRecorder::remove(const QList<RemoveWorkflow::Target> &targets, bool deleteArticles)
{
    QStringList ids;
    ids.reserve(targets.size());
    for (const RemoveWorkflow::Target &target : targets)
        ids.append(target.id);
    m_removeOperation = m_journal->begin(QStringLiteral("remove"), ids);
    m_remove->start(targets, deleteArticles);
}

void ActivityRecorder::followAdded(const QStringList &added, const QStringList &refreshed)
{
    // The journal keeps which were there already, so that a resumed add still says "Added"
    // only of the new ones.
    const QJsonObject options{{QStringLiteral("refreshed"), QJsonArray::fromStringList(refreshed)}};
    m_refreshOperation =
        m_journal->begin(QStringLiteral("add"), added + refreshed,
                         QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    m_refresh->resume(added + refreshed, QSet<QString>(added.cbegin(), added.cend()));
}

void ActivityRecorder::afterJournal(std::function<void()> proceed)
{
    // Sent once the journal holds the operation, so a crash cannot lose what Fini queued. The
    // write runs on the journal's thread (about 0.1 s for 100,000 sources) while the window
    // goes on; a disk slower than this does not hold the operation longer, and the write
    // still lands before anything recorded after it.
    constexpr int MaxWaitMs = 1000;
    m_journal->afterWrites(MaxWaitMs, this, [proceed = std::move(proceed)](bool settled) {
        if (!settled)
            qCWarning(lcJournal, "The activity journal is slow: the operation starts before its "
                                 "record reached the disk.");
        proceed();
    });
}

void ActivityRecorder::refresh(const QList<RefreshWorkflow::Target> &targets)
{
    QStringList ids;
    ids.reserve(targets.size());
    for (const RefreshWorkflow::Target &target : targets)
        ids.append(target.id);
    m_refreshOperation = m_journal->begin(QStringLiteral("refresh"), ids);
    m_refresh->start(targets);
}

void ActivityRecorder::generate(const QStringList &ids, const GenerateOptions &options)
{
    m_generateOperation = m_journal->begin(
        QStringLiteral("generate"), ids,
        QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)));
    m_generate->start(ids, options);
}

int ActivityRecorder::resumeUnfinished()
{
    int resumed = 0;
    for (const ActivityJournal::Operation &operation : m_journal->unfinished()) {
        QHash<QString, SourceOutcome> lost;
        QHash<QString, QString> jobs;
        QStringList queued;
        // A removal has nothing to follow: whatever Fini did, it did before it answered.
        const bool isRemove = operation.kind == QLatin1String("remove");
        for (const ActivityJournal::Item &item : operation.items) {
            if (isFinalOutcome(item.outcome))
                continue;
            if (isRemove) {
                lost.insert(item.sourceId,
                            {SourceOutcome::State::NotTracked,
                             tr("Sourcedesk stopped before Fini answered: this source may or may "
                                "not have been removed. Reload the sources to see."),
                             {}});
                continue;
            }
            if (item.outcome == QLatin1String("sending") && item.jobId.isEmpty()) {
                lost.insert(item.sourceId,
                            {SourceOutcome::State::NotTracked,
                             tr("Sourcedesk stopped before Fini answered: Fini may or may not have "
                                "queued this source."),
                             {}});
                continue;
            }
            if (!item.jobId.isEmpty())
                jobs.insert(item.sourceId, item.jobId);
            queued.append(item.sourceId);
        }
        m_journal->recordOutcomes(operation.id, lost);
        const bool isGenerate = operation.kind == QLatin1String("generate");
        const bool canResume = !isRemove
                               && (isGenerate ? !jobs.isEmpty() && !m_generate->isRunning()
                                              : !queued.isEmpty() && !m_refresh->isRunning());
        if (!canResume) {
            m_journal->finish(operation.id, QStringLiteral("interrupted"),
                              tr("Sourcedesk stopped while this ran."));
            continue;
        }
        if (isGenerate) {
            const QJsonObject options =
                QJsonDocument::fromJson(operation.options.toUtf8()).object();
            m_generateOperation = operation.id;
            m_generate->resume(jobs, options.value(QStringLiteral("isDraft")).toBool(true));
        } else {
            m_refreshOperation = operation.id;
            m_refresh->resume(queued, addedOf(operation, queued));
        }
        ++resumed;
    }
    return resumed;
}
