#pragma once

#include "BatchOutcome.h"
#include "RemovalRecord.h"
#include "SourceOperations.h"
#include "SourceOutcome.h"
#include "SourceRow.h"
#include "TrackingWorkflow.h"

#include <QHash>
#include <QObject>

class FiniClient;

// Removes sources from the workspace at Fini (Delete sources): in chunks, a chunk retried once
// after a server error as Fini's docs advise, then an outcome per source. Nothing is followed
// afterwards: a deletion is done when Fini answers.
class RemoveWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Target {
        QString id;
        RemovalRecord record;

        static Target of(const SourceRow &row);
    };

    struct Summary {
        QStringList removedIds;
        QList<IdRejection> notRemoved;
        int unanswered = 0; // of notRemoved, those Fini did not answer for (5xx, timeout)
        bool deleteArticles = false;
        QHash<QString, RemovalRecord> records; // of every target
        // Removed (detail: the record) or why not, per source: what the journal keeps.
        QHash<QString, SourceOutcome> outcomes;
        ApiError firstError;
    };

    explicit RemoveWorkflow(FiniClient *client, QObject *parent = nullptr);

    void setSendGate(TrackingWorkflow::SendGate gate) { m_sendGate = std::move(gate); }
    bool isRunning() const { return m_running; }
    void start(const QList<Target> &targets, bool deleteArticles);

Q_SIGNALS:
    void finished(const RemoveWorkflow::Summary &summary);

private:
    void onAnswered(const BatchOutcome<DeletedSource> &outcome);

    FiniClient *m_client;
    TrackingWorkflow::SendGate m_sendGate;
    Summary m_summary;
    bool m_running = false;
};
