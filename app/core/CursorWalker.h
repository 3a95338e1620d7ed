#pragma once

#include "ApiError.h"
#include "Source.h"
#include "SourceQuery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class ApiTask;
class FiniClient;

// Walks the pages of List sources for one query: the only paging loop of Sourcedesk. It trusts
// nothing but `hasMore` and the last record of each page (Fini gives no next cursor and may
// return fewer rows than asked), so it holds whatever page size a server chooses. A walk ends
// when the server says there is no more, when the owner stops it after a page, when the owner's
// page budget is spent, or with an error: a page that holds its own cursor, a cursor handed out
// again and again, or a walk far longer than any workspace could need would go on forever.
class CursorWalker : public QObject
{
    Q_OBJECT

public:
    enum class End { Complete, Stopped, PageBudgetSpent, Failed, Cancelled };
    Q_ENUM(End)

    // Far past any plausible workspace (ten million sources at 100 a page).
    static constexpr int SanityPageLimit = 100000;
    // How often one cursor may be handed out in a walk: a record that rises to the top while
    // the order is walked brings its cursor back; a server going round in circles does it again.
    static constexpr int MaxCursorUses = 3;
    // How far a server's clock may be behind ours.
    static constexpr qint64 ClockSkewMarginMs = 2 * 60 * 1000;

    // Whether a page of the `updatedAt` order has gone below `momentMs` (our clock, less the
    // skew margin): no record further down was touched after that moment.
    static bool passed(const SourcePage &page, qint64 momentMs);

    explicit CursorWalker(FiniClient *client, QObject *parent = nullptr);
    ~CursorWalker() override;

    // Starts at `query.cursor` (the top of the order when empty); `pageBudget` 0 means no
    // budget but the sanity limit.
    void start(const SourceQuery &query, int pageBudget = 0);
    // Ends the walk after the page being handled now; safe to call from `pageRead`.
    void stop();
    void setPageBudget(int pages) { m_pageBudget = pages; }
    void cancel();

    bool isRunning() const { return m_running; }
    int pageCount() const { return m_pages; }
    int requestCount() const { return m_requests; }
    // The most rows one page held while more followed: the server's real page size.
    int observedPageSize() const { return m_observedPageSize; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

Q_SIGNALS:
    void pageRead(const SourcePage &page);
    // `error` is set only when `end` is Failed.
    void finished(CursorWalker::End end, const ApiError &error);

private:
    void requestPage(const QString &cursor);
    void onPage(const QString &cursor, const SourcePage &page);
    void end(End how, const ApiError &error = {});
    ApiError pagingError(const QString &problem) const;

    FiniClient *m_client;
    SourceQuery m_query;
    QPointer<ApiTask> m_task;
    QHash<QString, int> m_cursorUses;
    QElapsedTimer m_clock;
    int m_pageBudget = 0;
    int m_pages = 0;
    int m_requests = 0;
    int m_observedPageSize = 0;
    int m_generation = 0;
    bool m_running = false;
    bool m_stopRequested = false;
};
