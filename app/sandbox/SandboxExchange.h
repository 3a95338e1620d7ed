#pragma once

#include "SandboxReply.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

class QHttpServerRequest;

// The answering side of one HTTP request. It can answer later than the request arrived
// (latency), never (stall) or by dropping the connection (reset). The responder's API differs
// between Qt versions; that difference stays in here.
class SandboxExchange
{
public:
    SandboxExchange(QHttpServerResponder &&responder, QTcpSocket *socket);
    SandboxExchange(SandboxExchange &&) noexcept = default;
    SandboxExchange &operator=(SandboxExchange &&) noexcept = default;
    ~SandboxExchange();

    bool connectionOpen() const;
    void send(const SandboxReply &reply, const QByteArray &retryAfter = {});
    // The client sent "Connection: close": the connection ends once the answer is written.
    void closeAfterAnswer() { m_closeAfterAnswer = true; }
    void dropConnection();

private:
    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_closeAfterAnswer = false;
};
