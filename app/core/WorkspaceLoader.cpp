#include "WorkspaceLoader.h"

#include "Logging.h"
#include "SourceLabels.h"
#include "SourceTableModel.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace {
constexpr int FlushIntervalMs = 100;
constexpr int FlushRows = 5000;
} // namespace

WorkspaceLoader::WorkspaceLoader(FiniClient *client, SourceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_order(client, PageSize)
{
    connect(&m_order, &OrderWalk::pageRead, this, &WorkspaceLoader::onPage);
    connect(&m_order, &OrderWalk::finished, this, &WorkspaceLoader::onOrderRead);
    connect(&m_order, &OrderWalk::typedWalksNotNeeded, this, &WorkspaceLoader::stopTypedWalks);
    m_flushTimer.setInterval(FlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &WorkspaceLoader::flush);
}

WorkspaceLoader::~WorkspaceLoader()
{
    stopAll();
}

int WorkspaceLoader::requestCount() const
{
    int requests = m_finishedRequests + m_order.requestCount();
    for (auto it = m_walkers.cbegin(); it != m_walkers.cend(); ++it)
        requests += it.key()->requestCount();
    return requests;
}

void WorkspaceLoader::start()
{
    beginLoad(Phase::Full);
    startWalks();
}

void WorkspaceLoader::startFromCache(qint64 syncedTo)
{
    beginLoad(Phase::Delta);
    m_waitingForTable = true;
    readTopDownTo(syncedTo);
}

void WorkspaceLoader::tableReady()
{
    if (!std::exchange(m_waitingForTable, false) || !m_loading)
        return;
    // On a later turn: taking 100,000 rows and merging and sorting at once held the window
    // twice as long as each does.
    const int load = m_loadNumber;
    QMetaObject::invokeMethod(
        this,
        [this, load] {
            if (load != m_loadNumber || !m_loading)
                return;
            flush();
            finishOrCatchUp();
        },
        Qt::QueuedConnection);
}

void WorkspaceLoader::beginLoad(Phase phase)
{
    stopAll();
    ++m_loadNumber;
    m_buffer.clear();
    m_coveredTypes.clear();
    m_firstError = {};
    m_finishedRequests = 0;
    m_handedOver = 0;
    m_wholeOrderCovered = false;
    m_firstPageShown = false;
    m_caughtUp = false;
    m_waitingForTable = false;
    m_newestSeenNow = 0;
    m_deltaRequests = 0;
    m_deltaMs = 0;
    m_phase = phase;
    m_loading = true;
    m_clock.start();
    Q_EMIT started();
}

void WorkspaceLoader::startWalks()
{
    m_model->beginGeneration();
    m_coveredTypes.clear();
    m_wholeOrderCovered = false;
    m_caughtUp = false;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    // The typed walks start with the read of the whole order so that the table fills in as fast
    // as the largest type allows; the first page shown is whichever walk's answers first (on a
    // slow link it can be one type's). Behind a table from the cache nobody waits for rows: one
    // cursor of the order reads on, gently, for deletions.
    const QStringList types =
        m_phase == Phase::Full ? SourceLabels::knownSourceTypes() : QStringList();
    m_order.start(types);
    for (const QString &type : types) {
        SourceQuery typed;
        typed.limit = PageSize;
        typed.source = type;
        CursorWalker *walker = addWalker(type);
        connect(walker, &CursorWalker::pageRead, &m_order,
                [this, type](const SourcePage &page) { m_order.noteTypedPage(type, page); });
        walker->start(typed);
    }
}

void WorkspaceLoader::readTopDownTo(qint64 moment)
{
    CursorWalker *walker = addWalker(QString());
    connect(walker, &CursorWalker::pageRead, walker, [walker, moment](const SourcePage &page) {
        if (CursorWalker::passed(page, moment))
            walker->stop();
    });
    SourceQuery top;
    top.limit = PageSize;
    walker->start(top);
}

void WorkspaceLoader::mergeDelta()
{
    flush();
    m_deltaRequests = m_finishedRequests;
    m_deltaMs = m_clock.elapsed();
    m_newestSeen = std::max(m_newestSeen, m_newestSeenNow);
    qCInfo(lcModel) << "delta merged with" << m_deltaRequests << "requests in" << m_deltaMs << "ms";
    m_phase = Phase::Deletions;
    const int load = m_loadNumber;
    Q_EMIT deltaMerged();
    if (load == m_loadNumber && m_loading)
        startWalks(); // unless a slot cancelled or restarted the load
}

CursorWalker *WorkspaceLoader::addWalker(const QString &type)
{
    auto *walker = new CursorWalker(m_client, this);
    m_walkers.insert(walker, type);
    connect(walker, &CursorWalker::pageRead, this, &WorkspaceLoader::onPage);
    connect(walker, &CursorWalker::finished, this,
            [this, walker](CursorWalker::End end, const ApiError &error) {
                onWalkFinished(walker, end, error);
            });
    return walker;
}

void WorkspaceLoader::onPage(const SourcePage &page)
{
    queueRows(page.sources);
    if (!m_firstPageShown && !m_waitingForTable) {
        m_firstPageShown = true;
        flush();
        Q_EMIT firstPageShown();
        qCInfo(lcModel) << "first page shown after" << m_clock.elapsed() << "ms";
    }
}

void WorkspaceLoader::onWalkFinished(CursorWalker *walker, CursorWalker::End end,
                                     const ApiError &error)
{
    if (!m_loading || !m_walkers.contains(walker))
        return;
    const QString type = m_walkers.take(walker);
    m_finishedRequests += walker->requestCount();
    walker->deleteLater();
    if (!type.isEmpty())
        m_order.noteTypedWalkEnded(type, end);
    noteWalkEnd(end, error, type);
    finishOrCatchUp();
}

void WorkspaceLoader::stopTypedWalks()
{
    const QList<CursorWalker *> walkers = m_walkers.keys();
    for (CursorWalker *walker : walkers) {
        const QString type = m_walkers.value(walker);
        if (type.isEmpty())
            continue;
        m_walkers.remove(walker);
        m_finishedRequests += walker->requestCount();
        walker->disconnect(this);
        walker->cancel();
        walker->deleteLater();
        m_order.noteTypedWalkEnded(type, CursorWalker::End::Cancelled);
    }
}

void WorkspaceLoader::onOrderRead(CursorWalker::End end, const ApiError &error)
{
    if (!m_loading)
        return;
    noteWalkEnd(end, error, QString());
    finishOrCatchUp();
}

void WorkspaceLoader::noteWalkEnd(CursorWalker::End end, const ApiError &error, const QString &type)
{
    if (end == CursorWalker::End::Complete && !m_caughtUp) {
        if (type.isEmpty())
            m_wholeOrderCovered = true;
        else
            m_coveredTypes.insert(type);
    } else if (end == CursorWalker::End::Failed && !m_firstError.isError()) {
        m_firstError = error;
    }
}

void WorkspaceLoader::finishOrCatchUp()
{
    if (!m_walkers.isEmpty() || m_order.isRunning() || m_waitingForTable)
        return;
    if (m_caughtUp || m_firstError.isError()) {
        finishLoad();
        return;
    }
    if (m_phase == Phase::Delta) {
        mergeDelta();
        return;
    }
    catchUp();
}

void WorkspaceLoader::catchUp()
{
    m_caughtUp = true;
    readTopDownTo(m_startedAtMs);
}

void WorkspaceLoader::queueRows(const QList<Source> &sources)
{
    for (const Source &source : sources) {
        m_newestSeenNow = std::max(m_newestSeenNow, source.updatedAt);
        m_buffer.append(SourceRow::fromSource(source));
    }
    if (m_buffer.size() >= FlushRows)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void WorkspaceLoader::flush()
{
    m_flushTimer.stop();
    if (m_buffer.isEmpty() || m_waitingForTable)
        return;
    m_model->upsert(std::exchange(m_buffer, {}));
    m_handedOver = m_model->seenInGeneration();
    Q_EMIT progress(loadedCount());
}

void WorkspaceLoader::finishLoad()
{
    flush();
    m_loading = false;
    // The walk of the whole order vouches for every type; otherwise only the types whose own
    // walk finished may lose rows. A delta that failed vouches for nothing.
    const bool walked = std::exchange(m_phase, Phase::Idle) != Phase::Delta;
    if (walked && m_wholeOrderCovered)
        m_model->removeUnseen();
    else if (walked && !m_coveredTypes.isEmpty())
        m_model->removeUnseen(m_coveredTypes);
    const bool complete = !m_firstError.isError();
    if (complete)
        m_newestSeen = std::max(m_newestSeen, m_newestSeenNow);
    qCInfo(lcModel) << "loaded" << m_model->seenInGeneration() << "sources in" << m_clock.elapsed()
                    << "ms with" << m_finishedRequests << "requests";
    if (!complete)
        Q_EMIT failed(m_firstError);
    Q_EMIT finished(complete);
}

void WorkspaceLoader::stopAll()
{
    m_order.cancel();
    const QList<CursorWalker *> walkers = m_walkers.keys();
    m_walkers.clear();
    for (CursorWalker *walker : walkers) {
        walker->disconnect(this);
        walker->cancel();
        walker->deleteLater();
    }
    m_flushTimer.stop();
}

void WorkspaceLoader::cancel()
{
    if (!m_loading)
        return;
    stopAll();
    flush();
    m_loading = false;
    m_phase = Phase::Idle;
    Q_EMIT finished(false);
}
