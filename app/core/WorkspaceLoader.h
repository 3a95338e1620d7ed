#pragma once

#include "ApiError.h"
#include "SourceRow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ApiTask;
class FiniClient;
class SourceTableModel;
struct SourcePage;

// Loads every source of a workspace into the table model. The first page is shown after one
// round trip; then one cursor per source type walks its pages in parallel (the documented
// `source` filter), so the load takes as many sequential round trips as the largest type
// needs. Rows reach the model in batches; a complete reload also drops deleted sources.
class WorkspaceLoader : public QObject
{
    Q_OBJECT

public:
    WorkspaceLoader(FiniClient *client, SourceTableModel *model, QObject *parent = nullptr);
    ~WorkspaceLoader() override;

    void start();
    void cancel();
    bool isLoading() const { return m_loading; }
    int loadedCount() const { return int(m_seen.size()); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int requestCount() const { return m_requests; }

    static constexpr int PageSize = 100;

Q_SIGNALS:
    void started();
    void firstPageShown();
    void progress(int loaded);
    void finished(bool complete);
    void failed(const ApiError &error);

private:
    void walk(const QString &type, const QString &cursor);
    void onPage(const QString &type, const SourcePage &page);
    void queueRows(const QList<SourceRow> &rows);
    void flush();
    void walkDone(const QString &type);
    void stopAll();

    FiniClient *m_client;
    SourceTableModel *m_model;
    QList<QPointer<ApiTask>> m_tasks;
    QList<SourceRow> m_buffer;
    QSet<QString> m_seen;
    QSet<QString> m_walking;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    ApiError m_firstError;
    int m_requests = 0;
    int m_generation = 0;
    bool m_loading = false;
};
