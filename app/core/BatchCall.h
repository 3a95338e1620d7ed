#pragma once

#include "ApiCall.h"
#include "BatchOutcome.h"
#include "FiniClient.h"

#include <QPointer>
#include <QSet>

#include <optional>

// Sends a list of IDs in chunks (at most `chunkSize` per request, `maxInFlight` requests at
// once) and merges the answers; `eachChunk`, when given, hears each answer as it comes, so that
// a caller of 100,000 IDs can show them a chunk at a time instead of all at once at the end. Fini
// rejects a whole request for one bad ID, so a chunk refused with `isolateStatus` is split — first
// by the IDs the message names, otherwise in halves — until the good IDs are through and each bad
// one is reported on its own. Without `idOf` (an answer that names no request IDs, like
// Ingest's new source IDs for URLs) an answer accepts its whole chunk.
template<typename T>
class BatchCall : public ApiTask
{
public:
    using MakeSpec = std::function<ApiCall::Spec(const QStringList &ids)>;
    using ChunkDecoder =
        std::function<std::optional<QList<T>>(const QJsonDocument &document, QString *problem)>;
    using IdOf = std::function<QString(const T &item)>;

    BatchCall(FiniClient *client, const QStringList &ids, MakeSpec makeSpec, ChunkDecoder decoder,
              IdOf idOf, int isolateStatus, QObject *context, BatchCallback<T> done,
              BatchCallback<T> eachChunk = {})
        : ApiTask(client)
        , m_client(client)
        , m_makeSpec(std::move(makeSpec))
        , m_decoder(std::move(decoder))
        , m_idOf(std::move(idOf))
        , m_isolateStatus(isolateStatus)
        , m_context(context)
        , m_done(std::move(done))
        , m_eachChunk(std::move(eachChunk))
        , m_ids(ids)
    {}

    void start()
    {
        // Reported on the next event-loop turn even when there is nothing to send, so callers
        // always get their answer asynchronously.
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
    }

    void cancel() override
    {
        if (m_finished)
            return;
        m_cancelled = true;
        for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
            if (call)
                call->cancel();
        }
        BatchOutcome<T> part;
        rejectPending(ApiError(ApiError::Kind::Cancelled, m_makeSpec({}).operation), part);
        record(std::move(part));
        finishIfDone();
    }

private:
    void pump()
    {
        // At least one request goes out, whatever the configuration says, or nothing would end.
        const int maxInFlight = std::max(1, m_client->config().maxInFlight);
        while (!m_cancelled && m_inFlight < maxInFlight && hasPending()) {
            const QStringList chunk = takeChunk();
            if (!chunk.isEmpty())
                send(chunk);
        }
        finishIfDone();
    }

    bool hasPending() const { return !m_pending.isEmpty() || m_nextId < m_ids.size(); }

    // Chunks split after a refusal go first; then the next IDs not sent yet. Duplicates are
    // dropped here, a chunk at a time, rather than for the whole list before the first request.
    QStringList takeChunk()
    {
        if (!m_pending.isEmpty())
            return m_pending.takeFirst();
        const int size = std::max(1, m_client->config().chunkSize);
        QStringList chunk;
        while (chunk.size() < size && m_nextId < m_ids.size()) {
            const QString &id = m_ids.at(m_nextId++);
            const qsizetype known = m_sent.size();
            m_sent.insert(id);
            if (m_sent.size() != known)
                chunk.append(id);
        }
        return chunk;
    }

    void send(const QStringList &ids)
    {
        ++m_inFlight;
        ChunkDecoder decoder = m_decoder;
        auto *call = new ApiCall(m_client, m_makeSpec(ids),
                                 [decoder](const QJsonDocument &doc, QString *problem) -> std::any {
                                     return decoder(doc, problem);
                                 });
        m_calls.append(call);
        QObject::connect(call, &ApiCall::finished, this,
                         [this, ids](const std::any &value, const ApiError &error) {
                             --m_inFlight;
                             onChunk(ids, value, error);
                             pump();
                         });
        call->start();
    }

    void onChunk(const QStringList &ids, const std::any &value, const ApiError &error)
    {
        BatchOutcome<T> part;
        if (!error.isError()) {
            const auto items = std::any_cast<std::optional<QList<T>>>(value);
            QSet<QString> confirmed;
            confirmed.reserve(items->size());
            for (const T &item : *items) {
                part.items.append(item);
                if (m_idOf)
                    confirmed.insert(m_idOf(item));
            }
            for (const QString &id : ids) {
                if (!m_idOf || confirmed.contains(id)) {
                    part.acceptedIds.append(id);
                } else {
                    ApiError notAccepted(ApiError::Kind::NotAccepted, error.operation());
                    part.rejected.append({id, notAccepted});
                }
            }
        } else if (error.httpStatus() == m_isolateStatus && ids.size() > 1 && !m_cancelled) {
            isolate(ids, error, part);
        } else {
            for (const QString &id : ids)
                part.rejected.append({id, error});
            if (error.kind() == ApiError::Kind::Unauthorized)
                rejectPending(error, part); // the same key will fail every other chunk too
        }
        record(std::move(part));
    }

    void isolate(const QStringList &ids, const ApiError &error, BatchOutcome<T> &part)
    {
        QStringList named;
        QStringList rest;
        for (const QString &id : ids)
            (error.serverMessage().contains(id) ? named : rest).append(id);
        if (!named.isEmpty()) {
            for (const QString &id : named)
                part.rejected.append({id, error});
            if (!rest.isEmpty())
                m_pending.prepend(rest);
            return;
        }
        const qsizetype half = ids.size() / 2;
        m_pending.prepend(ids.mid(half));
        m_pending.prepend(ids.first(half));
    }

    void rejectPending(const ApiError &error, BatchOutcome<T> &part)
    {
        while (hasPending()) {
            for (const QString &id : takeChunk())
                part.rejected.append({id, error});
        }
    }

    void record(BatchOutcome<T> part)
    {
        if (part.items.isEmpty() && part.acceptedIds.isEmpty() && part.rejected.isEmpty())
            return;
        m_outcome.items.append(part.items);
        m_outcome.acceptedIds.append(part.acceptedIds);
        m_outcome.rejected.append(part.rejected);
        if (m_eachChunk && m_context)
            m_eachChunk(part);
    }

    void finishIfDone()
    {
        if (m_finished || m_inFlight > 0 || hasPending())
            return;
        m_finished = true;
        if (m_context)
            m_done(m_outcome);
        deleteLater();
    }

    FiniClient *m_client;
    MakeSpec m_makeSpec;
    ChunkDecoder m_decoder;
    IdOf m_idOf;
    int m_isolateStatus;
    QPointer<QObject> m_context;
    BatchCallback<T> m_done;
    BatchCallback<T> m_eachChunk;
    QStringList m_ids;
    qsizetype m_nextId = 0; // m_ids before it are sent or in m_pending
    QSet<QString> m_sent;   // every ID taken from m_ids so far
    QList<QStringList> m_pending;
    QList<QPointer<ApiCall>> m_calls;
    BatchOutcome<T> m_outcome;
    int m_inFlight = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
