#include "OddServer.h"

#include <QTcpSocket>

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

void OddServer::enqueue(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    m_responses.append("HTTP/1.1 " + QByteArray::number(status)
                       + " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
                       + extraHeaders + "Connection: close\r\n\r\n" + body);
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
    socket->write(m_responses.isEmpty() ? QByteArray(
                      "HTTP/1.1 500 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                                        : m_responses.takeFirst());
    socket->disconnectFromHost();
}
