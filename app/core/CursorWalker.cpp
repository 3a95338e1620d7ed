#include "CursorWalker.h"

#include "FiniClient.h"
#include "Logging.h"

CursorWalker::CursorWalker(FiniClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

CursorWalker::~CursorWalker()
{
    if (m_task)
        m_task->cancel();
}

bool CursorWalker::passed(const SourcePage &page, qint64 momentMs)
{
    return !page.sources.isEmpty() && page.sources.last().updatedAt > 0
           && page.sources.last().updatedAt < momentMs - ClockSkewMarginMs;
}

void CursorWalker::start(const SourceQuery &query, int pageBudget)
{
    if (m_task)
        m_task->cancel();
    m_task = nullptr;
    ++m_generation;
    m_query = query;
    m_pageBudget = pageBudget;
    m_cursorUses.clear();
    m_pages = 0;
    m_requests = 0;
    m_observedPageSize = 0;
    m_running = true;
    m_stopRequested = false;
    m_clock.start();
    requestPage(query.cursor);
}

void CursorWalker::stop()
{
    m_stopRequested = true;
}

void CursorWalker::cancel()
{
    if (!m_running)
        return;
    if (m_task)
        m_task->cancel();
    m_task = nullptr;
    end(End::Cancelled);
}

void CursorWalker::requestPage(const QString &cursor)
{
    if (!cursor.isEmpty())
        ++m_cursorUses[cursor];
    SourceQuery query = m_query;
    query.cursor = cursor;
    ++m_requests;
    const int generation = m_generation;
    m_task = m_client->listSources(
        query, this, [this, generation, cursor](const ApiResult<SourcePage> &r) {
            if (generation != m_generation || !m_running)
                return; // an answer to a walk that was cancelled or restarted
            m_task = nullptr;
            if (!r.ok()) {
                end(r.error().kind() == ApiError::Kind::Cancelled ? End::Cancelled : End::Failed,
                    r.error());
                return;
            }
            onPage(cursor, r.value());
        });
}

void CursorWalker::onPage(const QString &cursor, const SourcePage &page)
{
    ++m_pages;
    if (page.hasMore)
        m_observedPageSize = std::max(m_observedPageSize, int(page.sources.size()));
    const int generation = m_generation;
    Q_EMIT pageRead(page);
    if (generation != m_generation || !m_running)
        return; // the owner cancelled or restarted the walk while handling the page
    if (m_stopRequested) {
        end(End::Stopped);
        return;
    }
    // `hasMore` with an empty page leaves no cursor to go on with.
    if (!page.hasMore || page.sources.isEmpty()) {
        end(End::Complete);
        return;
    }
    // A page that ends at its own cursor makes no progress. A cursor can come back legitimately
    // (its record rose to the top, and the walk goes on from there), but not again and again.
    const QString next = page.sources.last().id;
    if (next.isEmpty() || next == cursor || m_cursorUses.value(next) >= MaxCursorUses) {
        end(End::Failed, pagingError(tr("Fini sent the page after source %1 again.").arg(next)));
        return;
    }
    if (m_pages >= SanityPageLimit) {
        end(End::Failed, pagingError(tr("Fini still said there were more sources after %Ln "
                                        "page(s).",
                                        nullptr, m_pages)));
        return;
    }
    if (m_pageBudget > 0 && m_pages >= m_pageBudget) {
        end(End::PageBudgetSpent);
        return;
    }
    requestPage(next);
}

ApiError CursorWalker::pagingError(const QString &problem) const
{
    ApiError error(ApiError::Kind::EndlessPaging, ApiOperation::ListSources);
    error.setRequest(QStringLiteral("GET"), QStringLiteral("/v2/documents/public"));
    error.setTransportMessage(problem);
    qCWarning(lcApi).noquote() << "paging stopped:" << problem;
    return error;
}

void CursorWalker::end(End how, const ApiError &error)
{
    m_running = false;
    Q_EMIT finished(how, error);
}
