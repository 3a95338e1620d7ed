#include "WorkspaceLoader.h"

#include "FiniClient.h"
#include "Logging.h"
#include "SourceLabels.h"
#include "SourceTableModel.h"

namespace {
constexpr int FlushIntervalMs = 100;
constexpr int FlushRows = 5000;
// An empty type name stands for the walk without a type filter.
const QString AllTypes;
} // namespace

WorkspaceLoader::WorkspaceLoader(FiniClient *client, SourceTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_flushTimer.setInterval(FlushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &WorkspaceLoader::flush);
}

WorkspaceLoader::~WorkspaceLoader()
{
    stopAll();
}

void WorkspaceLoader::start()
{
    stopAll();
    m_seen.clear();
    m_buffer.clear();
    m_walking.clear();
    m_firstError = {};
    m_requests = 0;
    m_loading = true;
    ++m_generation;
    m_clock.start();
    Q_EMIT started();

    SourceQuery first;
    first.limit = PageSize;
    ++m_requests;
    const int generation = m_generation;
    m_tasks.append(
        m_client->listSources(first, this, [this, generation](const ApiResult<SourcePage> &r) {
            if (generation != m_generation || !m_loading)
                return; // an answer to a load that was cancelled or restarted
            if (!r.ok()) {
                m_loading = false;
                if (r.error().kind() != ApiError::Kind::Cancelled)
                    Q_EMIT failed(r.error());
                Q_EMIT finished(false);
                return;
            }
            QList<SourceRow> rows;
            rows.reserve(r.value().sources.size());
            QSet<QString> unknownTypes;
            const QStringList known = SourceLabels::knownSourceTypes();
            for (const Source &source : r.value().sources) {
                rows.append(SourceRow::fromSource(source));
                if (!known.contains(source.source))
                    unknownTypes.insert(source.source);
            }
            queueRows(rows);
            flush();
            Q_EMIT firstPageShown();
            qCInfo(lcModel) << "first page shown after" << m_clock.elapsed() << "ms";
            if (!r.value().hasMore) {
                walkDone(AllTypes);
                return;
            }
            // A type Sourcedesk does not know could not be walked by type: walk everything.
            if (!unknownTypes.isEmpty()) {
                m_walking.insert(AllTypes);
                walk(AllTypes, r.value().sources.last().id);
                return;
            }
            for (const QString &type : known)
                m_walking.insert(type);
            for (const QString &type : known)
                walk(type, QString());
        }));
}

void WorkspaceLoader::walk(const QString &type, const QString &cursor)
{
    SourceQuery query;
    query.limit = PageSize;
    query.source = type;
    query.cursor = cursor;
    ++m_requests;
    const int generation = m_generation;
    m_tasks.append(m_client->listSources(
        query, this, [this, type, generation](const ApiResult<SourcePage> &r) {
            if (generation != m_generation || !m_loading)
                return;
            if (!r.ok()) {
                if (!m_firstError.isError() && r.error().kind() != ApiError::Kind::Cancelled)
                    m_firstError = r.error();
                walkDone(type);
                return;
            }
            onPage(type, r.value());
        }));
}

void WorkspaceLoader::onPage(const QString &type, const SourcePage &page)
{
    QList<SourceRow> rows;
    rows.reserve(page.sources.size());
    for (const Source &source : page.sources)
        rows.append(SourceRow::fromSource(source));
    queueRows(rows);
    // `hasMore` with an empty page gives no cursor to go on with: that walk is over.
    if (page.hasMore && !page.sources.isEmpty())
        walk(type, page.sources.last().id);
    else
        walkDone(type);
}

void WorkspaceLoader::queueRows(const QList<SourceRow> &rows)
{
    for (const SourceRow &row : rows)
        m_seen.insert(row.id);
    m_buffer.append(rows);
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
    m_model->upsert(m_buffer);
    m_buffer.clear();
    Q_EMIT progress(loadedCount());
}

void WorkspaceLoader::walkDone(const QString &type)
{
    m_walking.remove(type);
    if (!m_walking.isEmpty())
        return;
    flush();
    m_loading = false;
    m_tasks.clear();
    const bool complete = !m_firstError.isError();
    if (complete)
        m_model->retainOnly(m_seen);
    qCInfo(lcModel) << "loaded" << m_seen.size() << "sources in" << m_clock.elapsed() << "ms with"
                    << m_requests << "requests";
    if (!complete)
        Q_EMIT failed(m_firstError);
    Q_EMIT finished(complete);
}

void WorkspaceLoader::stopAll()
{
    for (const QPointer<ApiTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
    m_tasks.clear();
    m_walking.clear();
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
