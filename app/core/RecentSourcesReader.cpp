#include "RecentSourcesReader.h"

#include "FiniClient.h"

RecentSourcesReader::RecentSourcesReader(FiniClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void RecentSourcesReader::read(const QSet<QString> &wanted, int maxPages)
{
    cancel();
    m_wanted = wanted;
    m_seen.clear();
    m_maxPages = std::max(1, maxPages);
    m_pages = 0;
    readPage(QString());
}

void RecentSourcesReader::cancel()
{
    if (m_task)
        m_task->cancel();
    m_task = nullptr;
}

void RecentSourcesReader::readPage(const QString &cursor)
{
    SourceQuery query;
    query.limit = 100;
    query.cursor = cursor;
    ++m_requests;
    m_task = m_client->listSources(query, this, [this](const ApiResult<SourcePage> &result) {
        m_task = nullptr;
        if (!result.ok()) {
            Q_EMIT finished(m_seen, result.error());
            return;
        }
        ++m_pages;
        const SourcePage &page = result.value();
        for (const Source &source : page.sources) {
            if (m_wanted.contains(source.id))
                m_seen.insert(source.id);
        }
        Q_EMIT pageRead(page.sources);
        const bool allSeen = m_seen.size() == m_wanted.size();
        if (allSeen || !page.hasMore || page.sources.isEmpty() || m_pages >= m_maxPages) {
            Q_EMIT finished(m_seen, {});
            return;
        }
        readPage(page.sources.last().id);
    });
}
