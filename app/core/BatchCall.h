#pragma once

#include "ApiCall.h"
#include "BatchOutcome.h"
#include "FiniClient.h"

#include <QPointer>
#include <QSet>

#include <optional>

// Sends a list of IDs in chunks (at most `chunkSize` per request, `maxInFlight` requests at
// once) and merges the answers. Fini rejects a whole request for one bad ID, so a chunk
// refused with `isolateStatus` is split — first by the IDs the message names, otherwise in
// halves — until the good IDs are through and each bad one is reported on its own.
template<typename T>
class BatchCall : public ApiTask
{
public:
    using MakeSpec = std::function<ApiCall::Spec(const QStringList &ids)>;
    using ChunkDecoder =
        std::function<std::optional<QList<T>>(const QJsonDocument &document, QString *problem)>;
    using IdOf = std::function<QString(const T &item)>;

    BatchCall(FiniClient *client, const QStringList &ids, MakeSpec makeSpec, ChunkDecoder decoder,
              IdOf idOf, int isolateStatus, QObject *context, BatchCallback<T> done)
        : ApiTask(client)
        , m_client(client)
        , m_makeSpec(std::move(makeSpec))
        , m_decoder(std::move(decoder))
        , m_idOf(std::move(idOf))
        , m_isolateStatus(isolateStatus)
        , m_context(context)
        , m_done(std::move(done))
    {
        QStringList unique;
        QSet<QString> seen;
        seen.reserve(ids.size());
        for (const QString &id : ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                unique.append(id);
            }
        }
        const int size = std::max(1, client->config().chunkSize);
        for (qsizetype i = 0; i < unique.size(); i += size)
            m_pending.append(unique.mid(i, size));
    }

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
        rejectPending(ApiError(ApiError::Kind::Cancelled, m_makeSpec({}).operation));
        finishIfDone();
    }

private:
    void pump()
    {
        // At least one request goes out, whatever the configuration says, or nothing would end.
        const int maxInFlight = std::max(1, m_client->config().maxInFlight);
        while (!m_cancelled && m_inFlight < maxInFlight && !m_pending.isEmpty())
            send(m_pending.takeFirst());
        finishIfDone();
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
        if (!error.isError()) {
            const auto items = std::any_cast<std::optional<QList<T>>>(value);
            QStringList confirmed;
            for (const T &item : *items) {
                m_outcome.items.append(item);
                confirmed.append(m_idOf(item));
            }
            for (const QString &id : ids) {
                if (confirmed.contains(id)) {
                    m_outcome.acceptedIds.append(id);
                } else {
                    ApiError notAccepted(ApiError::Kind::NotAccepted, error.operation());
                    m_outcome.rejected.append({id, notAccepted});
                }
            }
            return;
        }
        if (error.httpStatus() == m_isolateStatus && ids.size() > 1 && !m_cancelled) {
            isolate(ids, error);
            return;
        }
        for (const QString &id : ids)
            m_outcome.rejected.append({id, error});
        if (error.kind() == ApiError::Kind::Unauthorized)
            rejectPending(error); // the same key will fail every other chunk too
    }

    void isolate(const QStringList &ids, const ApiError &error)
    {
        QStringList named;
        QStringList rest;
        for (const QString &id : ids)
            (error.serverMessage().contains(id) ? named : rest).append(id);
        if (!named.isEmpty()) {
            for (const QString &id : named)
                m_outcome.rejected.append({id, error});
            if (!rest.isEmpty())
                m_pending.prepend(rest);
            return;
        }
        const qsizetype half = ids.size() / 2;
        m_pending.prepend(ids.mid(half));
        m_pending.prepend(ids.first(half));
    }

    void rejectPending(const ApiError &error)
    {
        for (const QStringList &chunk : std::as_const(m_pending)) {
            for (const QString &id : chunk)
                m_outcome.rejected.append({id, error});
        }
        m_pending.clear();
    }

    void finishIfDone()
    {
        if (m_finished || m_inFlight > 0 || !m_pending.isEmpty())
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
    QList<QStringList> m_pending;
    QList<QPointer<ApiCall>> m_calls;
    BatchOutcome<T> m_outcome;
    int m_inFlight = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};
