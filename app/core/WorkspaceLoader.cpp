#include "WorkspaceLoader.h"

#include "Logging.h"
#include "SourceLabels.h"
#include "SourceTableModel.h"

#include <QDateTime>

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
    stopAll();
    m_seen.clear();
    m_buffer.clear();
    m_coveredTypes.clear();
    m_firstError = {};
    m_finishedRequests = 0;
    m_handedOver = 0;
    m_wholeOrderCovered = false;
    m_firstPageShown = false;
    m_caughtUp = false;
    m_loading = true;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();
    Q_EMIT started();

    // The read of the whole order shows the first page; the typed walks start with it so that
    // the table fills in as fast as the largest type allows.
    const QStringList types = SourceLabels::knownSourceTypes();
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
    if (!m_firstPageShown) {
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
    if (!m_walkers.isEmpty() || m_order.isRunning())
        return;
    if (m_caughtUp || m_firstError.isError()) {
        finishLoad();
        return;
    }
    catchUp();
}

void WorkspaceLoader::catchUp()
{
    m_caughtUp = true;
    CursorWalker *walker = addWalker(QString());
    const qint64 since = m_startedAtMs;
    connect(walker, &CursorWalker::pageRead, walker, [walker, since](const SourcePage &page) {
        if (CursorWalker::passed(page, since))
            walker->stop();
    });
    SourceQuery top;
    top.limit = PageSize;
    walker->start(top);
}

void WorkspaceLoader::queueRows(const QList<Source> &sources)
{
    for (const Source &source : sources) {
        m_seen.insert(source.id);
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
    if (m_buffer.isEmpty())
        return;
    m_model->upsert(std::exchange(m_buffer, {}));
    m_handedOver = int(m_seen.size());
    Q_EMIT progress(loadedCount());
}

void WorkspaceLoader::finishLoad()
{
    flush();
    m_loading = false;
    // The walk of the whole order vouches for every type; otherwise only the types whose own
    // walk finished may lose rows. Every source seen is in the table, so a table no bigger than
    // what was seen holds nothing stale: the usual case skips hashing 100,000 IDs (70 ms).
    const bool mayHoldStaleRows = m_model->rowCount() > m_seen.size();
    if (mayHoldStaleRows && m_wholeOrderCovered)
        m_model->retainOnly(m_seen);
    else if (mayHoldStaleRows && !m_coveredTypes.isEmpty())
        m_model->retainOnly(m_seen, m_coveredTypes);
    const bool complete = !m_firstError.isError();
    qCInfo(lcModel) << "loaded" << m_seen.size() << "sources in" << m_clock.elapsed() << "ms with"
                    << m_finishedRequests << "requests";
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
    Q_EMIT finished(false);
}
