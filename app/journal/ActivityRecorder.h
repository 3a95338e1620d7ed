#pragma once

#include "ActivityJournal.h"
#include "GenerateWorkflow.h"
#include "RefreshWorkflow.h"
#include "RemoveWorkflow.h"

#include <QObject>

// Keeps the journal in step with the workflows: what is about to be sent, the jobs Fini
// queued, every outcome, and the end. On start it picks up what was still running when the
// app last stopped: jobs it knows are followed again; sources whose request may not have
// reached Fini are marked so.
class ActivityRecorder : public QObject
{
    Q_OBJECT

public:
    ActivityRecorder(ActivityJournal *journal, RefreshWorkflow *refresh, GenerateWorkflow *generate,
                     QObject *parent = nullptr);

    // Call instead of the workflows' start(): journals first; the workflows send once the
    // journal has written the operation.
    void refresh(const QList<RefreshWorkflow::Target> &targets);
    void generate(const QStringList &ids, const GenerateOptions &options);
    // Journals the removals of `remove` too, from now on.
    void setRemoveWorkflow(RemoveWorkflow *remove);
    void remove(const QList<RemoveWorkflow::Target> &targets, bool deleteArticles);
    // Follows sources Fini has just queued (added web pages, imported resources) like a
    // refresh, journalled as an "add": `added` are new, `refreshed` were in the workspace.
    void followAdded(const QStringList &added, const QStringList &refreshed);
    // Follows the unfinished operations of an earlier run; returns how many were resumed.
    int resumeUnfinished();

private:
    void afterJournal(std::function<void()> proceed);

    ActivityJournal *m_journal;
    RefreshWorkflow *m_refresh;
    GenerateWorkflow *m_generate;
    RemoveWorkflow *m_remove = nullptr;
    qint64 m_refreshOperation = 0;
    qint64 m_generateOperation = 0;
    qint64 m_removeOperation = 0;
};
