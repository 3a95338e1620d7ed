#pragma once

#include "FiniClient.h"

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A loopback HTTP server that answers each request with the next canned raw response, for
// the answers fini-sandbox never gives: plain-text errors, odd JSON, dates in Retry-After, and
// hostile servers (pages without end, bodies trickling in, answers of any size).
class OddServer : public QTcpServer
{
    Q_OBJECT

public:
    // The raw answer to one request (status line, headers and body as sent) and, when
    // `trickleMs` is above 0, the pause between its bytes after the headers.
    struct Answer {
        QByteArray raw;
        int trickleMs = 0;
    };
    // Answers from the whole raw request, for servers that must follow the client's requests.
    using Responder = std::function<Answer(const QByteArray &request)>;

    explicit OddServer(QObject *parent = nullptr);

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &extraHeaders = {});
    void enqueue(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    void enqueueRaw(const Answer &answer);
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    QUrl url() const;
    // A client configuration for this server: a test key, short timeout and quick retries.
    FiniClientConfig clientConfig() const;
    int requestCount() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void serve(QTcpSocket *socket);
    static void trickle(QTcpSocket *socket, const Answer &answer);

    QList<Answer> m_responses;
    Responder m_responder;
    QByteArray m_lastRequest;
    int m_requests = 0;
};
