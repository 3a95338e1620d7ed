#pragma once

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerRequest;

// The answering side of one HTTP request. It can answer later than the request arrived
// (latency), never (stall) or by dropping the connection (reset). Qt 6.4 hands the socket to
// the server; later versions only a responder, so the version difference stays in here.
class SandboxExchange
{
public:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    SandboxExchange(QHttpServerResponder &&responder, QTcpSocket *socket);
#else
    explicit SandboxExchange(QHttpServerResponder &&responder);
#endif
    SandboxExchange(SandboxExchange &&) noexcept = default;
    SandboxExchange &operator=(SandboxExchange &&) noexcept = default;
    ~SandboxExchange();

    bool connectionOpen() const;
    void send(int status, const QByteArray &body, const QByteArray &retryAfter = {});
    void dropConnection();

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<QTcpSocket> m_socket;
#endif
};
