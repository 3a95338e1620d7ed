#pragma once

#include "ApiError.h"
#include "Source.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiTask;
class FiniClient;

// Reads sources one by one (Get source), a few at a time, for the sources that a walk of the
// list cannot be relied on to reach: a server need not move a source up the `updatedAt` order
// while it works on it.
class SourceReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    explicit SourceReader(FiniClient *client, QObject *parent = nullptr);
    ~SourceReader() override;

    void read(const QStringList &ids);
    void cancel();
    bool isRunning() const { return m_running; }
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void sourceRead(const Source &source);
    // Fini answered that it has no such source (any more).
    void sourceMissing(const QString &id, const ApiError &error);
    // `error` is the first failure other than a missing source, if any.
    void finished(const ApiError &error);

private:
    void pump();

    FiniClient *m_client;
    QStringList m_queue;
    QList<QPointer<ApiTask>> m_tasks;
    ApiError m_firstError;
    int m_inFlight = 0;
    int m_requests = 0;
    int m_generation = 0;
    bool m_running = false;
};
