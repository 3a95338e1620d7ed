#pragma once

#include "ApiError.h"
#include "CursorWalker.h"
#include "OrderWalk.h"
#include "SourceRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class FiniClient;
class SourceTableModel;

// Loads every source of a workspace into the table model. The first page is shown after one
// round trip; then one walk per known source type (the documented `source` filter) runs in
// parallel so that rows fill in quickly, while the whole order is read as well (OrderWalk, with
// more cursors as the typed walks show where to put them): the set of types is not closed, and
// only that walk can meet a type Fini added later. Rows reach the model in batches. Sources that
// Fini works on during the load rise to the top of the order and can slip past every walk: a last
// walk reads the top down to the moment the load began. A reload drops a row only when a walk that
// covered its type finished without seeing it (the model marks each row seen in a load).
//
// A table that came from the cache is brought up to date in two steps instead: a delta reads
// the top of the order down to the newest change the cache knew (less the clock-skew margin)
// and merges what it finds by ID, a handful of requests; then one cursor reads the whole order
// at a gentle pace, and only that finds sources deleted since.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    WorkspaceLoader(FiniClient *client, SourceTableModel *model, QObject *parent = nullptr);
    ~WorkspaceLoader() override;

    enum class Phase { Idle, Delta, Deletions, Full };
    Q_ENUM(Phase)

    // Reads every source, with every walk at once (a first load, or Reload).
    void start();
    // The table will hold sources the list returned up to `syncedTo` (Fini's clock): reads
    // what changed since, then the whole order in the background for deletions. The table is
    // still being read from the cache: what the delta finds waits for tableReady(), so its
    // requests run while the file is read.
    void startFromCache(qint64 syncedTo);
    // The cached rows are in the table: the delta's rows join them.
    void tableReady();
    // The delta has read all it needs and holds it until tableReady().
    bool deltaWaitsForTable() const { return m_waitingForTable && m_walkers.isEmpty(); }
    void cancel();
    bool isLoading() const { return m_loading; }
    Phase phase() const { return m_phase; }
    // The newest `updatedAt` the last delta or complete load met at the top of the order.
    qint64 newestSeen() const { return m_newestSeen; }
    // Requests the delta needed until it was merged (0 before).
    int deltaRequestCount() const { return m_deltaRequests; }
    qint64 deltaElapsedMs() const { return m_deltaMs; }
    // Sources in the table from this load so far: what the window's counts already include,
    // not what waits in the buffer for the next batch.
    int loadedCount() const { return m_handedOver; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int requestCount() const;
    const OrderWalk *orderWalk() const { return &m_order; }

    static constexpr int PageSize = 100;

Q_SIGNALS:
    void started();
    void firstPageShown();
    // Every change the delta found is in the table; the walk for deletions starts.
    void deltaMerged();
    void progress(int loaded);
    void finished(bool complete);
    void failed(const ApiError &error);

private:
    void beginLoad(Phase phase);
    void startWalks();
    void readTopDownTo(qint64 moment);
    void mergeDelta();
    CursorWalker *addWalker(const QString &type);
    void onPage(const SourcePage &page);
    void onWalkFinished(CursorWalker *walker, CursorWalker::End end, const ApiError &error);
    void onOrderRead(CursorWalker::End end, const ApiError &error);
    void stopTypedWalks();
    void noteWalkEnd(CursorWalker::End end, const ApiError &error, const QString &type);
    void finishOrCatchUp();
    void queueRows(const QList<Source> &sources);
    void flush();
    void catchUp();
    void finishLoad();
    void stopAll();

    FiniClient *m_client;
    SourceTableModel *m_model;
    // Walker → the type it filters on; the last walk of the top of the order has an empty type.
    QHash<CursorWalker *, QString> m_walkers;
    OrderWalk m_order;
    QSet<QString> m_coveredTypes;
    QList<SourceRow> m_buffer;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    ApiError m_firstError;
    qint64 m_startedAtMs = 0;
    qint64 m_newestSeen = 0;
    qint64 m_newestSeenNow = 0; // in this load so far
    qint64 m_deltaMs = 0;
    int m_deltaRequests = 0;
    int m_loadNumber = 0;
    Phase m_phase = Phase::Idle;
    bool m_caughtUp = false;
    bool m_waitingForTable = false;
    int m_finishedRequests = 0;
    int m_handedOver = 0;
    bool m_wholeOrderCovered = false;
    bool m_firstPageShown = false;
    bool m_loading = false;
};
