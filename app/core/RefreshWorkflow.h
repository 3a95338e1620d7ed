#pragma once

#include "BatchOutcome.h"
#include "CursorWalker.h"
#include "SourceRow.h"
#include "TrackingWorkflow.h"

#include <QHash>
#include <QTimer>

class SourceReader;
struct Source;

// Refreshes sources and follows them until Fini has finished with each: queue (uploaded files
// left out, since Fini cannot refresh them), then poll until every source is final or the
// deadline passes, then ask Fini which sources changed.
//
// A round reads the top of the `updatedAt` order, where sources Fini works on usually rise,
// down to the moment the refresh was sent or until every pending source was seen, whatever
// page size the server uses; its page budget grows with the pending sources, not with the
// workspace. A server need not move `updatedAt` at all: then the walk reads on past that
// moment while more sources are missing than direct reads can cover, and the pending sources
// it did not reach are read one by one, a bounded number per round. A final status counts only with
// evidence that it belongs to this refresh: `updatedAt` moved, the source was seen unfinished
// since, or it was seen final in two rounds.
class RefreshWorkflow : public TrackingWorkflow
{
    Q_OBJECT

public:
    struct Summary {
        int skippedFiles = 0;
        int queued = 0;
        int rejected = 0;   // not queued: refused by Fini, or left without an answer
        int unanswered = 0; // of those, the ones Fini did not answer for (5xx, timeout, network)
        int completed = 0;  // refreshed, or added and read
        int failed = 0;
        int stillRunning = 0;
        bool cancelled = false;
        QStringList changedFromThisRefresh;
        QStringList changedInWorkspace;
        ApiError firstError; // the reason of the first rejection, for the dialog
    };

    // Pages beyond the pending sources' share that one round may read.
    static constexpr int ExtraPagesPerRound = 3;
    // Pending sources read one by one in a round, at most.
    static constexpr int DirectReadsPerRound = 100;

    RefreshWorkflow(FiniClient *client, const PollSchedule::Settings &schedule,
                    QObject *parent = nullptr);

    // What a refresh needs of a source: a selection of 100,000 rows is copied in this form,
    // not as whole rows.
    struct Target {
        QString id;
        qint64 updatedAt = 0;
        bool uploadedFile = false;

        static Target of(const SourceRow &row);
    };
    static QList<Target> targets(const QList<SourceRow> &rows);

    void start(const QList<Target> &targets);
    // Follows sources queued elsewhere (an add, or an earlier run from the journal) without
    // queueing them again; those of `added` are new, and end as "Added" rather than "Refreshed".
    void resume(const QStringList &ids, const QSet<QString> &added = {});
    int pollRequests() const;
    // List requests of the last round: bounded by pending sources / page size + a constant.
    int lastRoundListRequests() const { return m_lastRoundListRequests; }

Q_SIGNALS:
    void queued(int accepted, int rejected);
    void sourcesRead(const QList<Source> &sources);
    void finished(const RefreshWorkflow::Summary &summary);
    // After each round: what it cost, for the benchmark and the tests of its bound.
    void roundMeasured(int pendingAtStart, int listRequests, int directReads);

private:
    // What tells a final status of this refresh apart from the previous run's.
    struct Evidence {
        qint64 queuedAt = 0;
        bool sawUnfinished = false;
        int finalSightings = 0;
        int lastSightingRound = 0;
        int lastDirectReadRound = 0;
    };

    // Uploaded files cannot be refreshed; the others can.
    static QStringList refreshable(const QList<Target> &targets);
    void noteTargets(qsizetype count);
    void onChunkQueued(const BatchOutcome<QString> &outcome);
    void onQueued(const BatchOutcome<QString> &outcome);
    void pollRound() override;
    void onWalkPage(const SourcePage &page);
    void onWalkFinished(CursorWalker::End end, const ApiError &error);
    void readUnseenDirectly();
    void finishRound();
    void absorb(const QList<Source> &sources);
    void trackingDone() override;
    void stopRound() override;
    QString stillRunningText() const override;
    QString notTrackedText() const override;
    void report(bool cancelled) override;
    void collectChanged();
    int pageBudget() const;

    CursorWalker *m_walker;
    CursorWalker *m_changedWalker;
    SourceReader *m_directReader;
    QHash<QString, Evidence> m_evidence;
    QList<Target> m_unnoted; // targets whose time is not in m_evidence yet, from m_noted on
    qsizetype m_noted = 0;
    QTimer m_noteTimer;
    QSet<QString> m_seenThisRound;
    QSet<QString> m_changedSeen;
    QSet<QString> m_added;
    Summary m_summary;
    qint64 m_sentAtMs = 0;
    int m_roundPending = 0;
    int m_lastRoundListRequests = 0;
    int m_lastRoundDirectReads = 0;
    int m_listRequests = 0;
};
