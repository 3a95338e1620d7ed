#include "OddServer.h"

#include <QTcpSocket>
#include <QTimer>

OddServer::OddServer(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QByteArray OddServer::response(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status)
           + " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders
           + "Connection: close\r\n\r\n" + body;
}

void OddServer::enqueue(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    m_responses.append({response(status, body, extraHeaders)});
}

void OddServer::enqueueRaw(const Answer &answer)
{
    m_responses.append(answer);
}

QUrl OddServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void OddServer::serve(QTcpSocket *socket)
{
    QByteArray request = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", request);
    const qsizetype headerEnd = request.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const qsizetype lengthAt = request.toLower().indexOf("content-length:");
    const qsizetype length =
        lengthAt < 0 ? 0
                     : request.mid(lengthAt + 15, request.indexOf("\r\n", lengthAt) - lengthAt - 15)
                           .trimmed()
                           .toLongLong();
    if (request.size() < headerEnd + 4 + length)
        return;
    ++m_requests;
    m_lastRequest = request;
    const Answer answer = m_responder ? m_responder(request)
                          : m_responses.isEmpty()
                              ? Answer{"HTTP/1.1 500 X\r\nContent-Length: 0\r\nConnection: "
                                       "close\r\n\r\n"}
                              : m_responses.takeFirst();
    if (answer.trickleMs > 0) {
        trickle(socket, answer);
        return;
    }
    socket->write(answer.raw);
    socket->disconnectFromHost();
}

void OddServer::trickle(QTcpSocket *socket, const Answer &answer)
{
    const qsizetype headerEnd = answer.raw.indexOf("\r\n\r\n") + 4;
    socket->write(answer.raw.left(headerEnd));
    // The timer belongs to the socket: it ends when the client hangs up.
    auto *timer = new QTimer(socket);
    auto next = std::make_shared<qsizetype>(headerEnd);
    connect(timer, &QTimer::timeout, socket, [socket, timer, next, raw = answer.raw] {
        if (*next >= raw.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(raw.mid((*next)++, 1));
    });
    timer->start(answer.trickleMs);
}

FiniClientConfig OddServer::clientConfig() const
{
    FiniClientConfig config;
    config.baseUrl = url();
    config.apiKey = QStringLiteral("fini_test_write");
    config.timeoutMs = 2000;
    config.retry.baseDelayMs = 5;
    config.retry.maxDelayMs = 20;
    return config;
}
