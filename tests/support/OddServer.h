#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

// A loopback HTTP server that answers each request with the next canned raw response, for
// the answers fini-sandbox never gives: plain-text errors, odd JSON, dates in Retry-After.
class OddServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit OddServer(QObject *parent = nullptr);

    void enqueue(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    QUrl url() const;
    int requestCount() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void serve(QTcpSocket *socket);

    QList<QByteArray> m_responses;
    QByteArray m_lastRequest;
    int m_requests = 0;
};
