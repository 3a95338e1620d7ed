#pragma once

#include "ApiError.h"
#include "Source.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiTask;
class FiniClient;

// Reads List sources from the top of the `updatedAt` order until every wanted source was
// seen or a page limit is reached. Sources Fini has just worked on are at the top, so this
// follows hundreds of sources with a few requests instead of one GET per source.
class RecentSourcesReader : public QObject
{
    Q_OBJECT

public:
    RecentSourcesReader(FiniClient *client, QObject *parent = nullptr);

    void read(const QSet<QString> &wanted, int maxPages);
    void cancel();
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    // Every source read, wanted or not, so that the table can show the newest state.
    void pageRead(const QList<Source> &sources);
    void finished(const QSet<QString> &seen, const ApiError &error);

private:
    void readPage(const QString &cursor);

    FiniClient *m_client;
    QPointer<ApiTask> m_task;
    QSet<QString> m_wanted;
    QSet<QString> m_seen;
    int m_maxPages = 0;
    int m_pages = 0;
    int m_requests = 0;
};
