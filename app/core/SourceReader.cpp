#include "SourceReader.h"

#include "FiniClient.h"

SourceReader::SourceReader(FiniClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SourceReader::~SourceReader()
{
    cancel();
}

void SourceReader::read(const QStringList &ids)
{
    cancel();
    ++m_generation;
    m_queue = ids;
    m_firstError = {};
    m_running = true;
    pump();
}

void SourceReader::cancel()
{
    ++m_generation;
    for (const QPointer<ApiTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
    m_tasks.clear();
    m_queue.clear();
    m_inFlight = 0;
    m_running = false;
}

void SourceReader::pump()
{
    while (m_inFlight < MaxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        ++m_inFlight;
        ++m_requests;
        const int generation = m_generation;
        m_tasks.append(
            m_client->getSource(id, this, [this, id, generation](const ApiResult<Source> &result) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                if (result.ok())
                    Q_EMIT sourceRead(result.value());
                else if (result.error().kind() == ApiError::Kind::NotFound)
                    Q_EMIT sourceMissing(id, result.error());
                else if (!m_firstError.isError())
                    m_firstError = result.error();
                if (generation != m_generation)
                    return; // a handler cancelled or restarted the reads
                pump();
            }));
    }
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        m_tasks.clear();
        Q_EMIT finished(m_firstError);
    }
}
