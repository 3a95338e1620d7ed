#include "SandboxTcpServer.h"

#include <QTimer>

namespace {
// A refused client may still be sending; its bytes are read and dropped this long, so that it
// reads the refusal instead of a connection reset.
constexpr int DrainMs = 2000;
} // namespace

void SandboxTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_connections.removeIf([](const std::shared_ptr<Connection> &known) { return !known->socket; });
    auto connection = std::make_shared<Connection>();
    connection->socket = socket;
    m_connections.append(connection);
    // Connected before QHttpServer connects its own reader, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, [connection] { screen(*connection); });
    addPendingConnection(socket);
}

void SandboxTcpServer::followHttpServer()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const std::shared_ptr<Connection> &connection : std::as_const(m_connections)) {
            if (connection->followed || !connection->socket)
                continue;
            connection->followed = true;
            QTcpSocket *socket = connection->socket;
            connect(socket, &QTcpSocket::readyRead, this, [connection] {
                if (connection->socket)
                    connection->unscreenedStart = connection->socket->bytesAvailable();
            });
        }
    });
}

void SandboxTcpServer::screen(Connection &connection)
{
    QTcpSocket *socket = connection.socket;
    if (!socket)
        return;
    const qint64 available = socket->bytesAvailable();
    if (!connection.refused) {
        const QByteArray fresh = socket->peek(available).mid(connection.unscreenedStart);
        const SandboxRequestGate::Verdict verdict = connection.gate.feed(fresh);
        if (verdict == SandboxRequestGate::Verdict::Pass) {
            // Screened; the follower corrects this to what QHttpServer leaves unread.
            connection.unscreenedStart = available;
            return;
        }
        connection.refused = true;
        socket->write(SandboxRequestGate::refusal(verdict));
        QTimer::singleShot(DrainMs, socket, [socket] { socket->disconnectFromHost(); });
    }
    // QHttpServer never sees a refused request's bytes.
    socket->read(available);
    connection.unscreenedStart = 0;
}

QTcpSocket *SandboxTcpServer::connectionFromPort(quint16 peerPort) const
{
    for (const std::shared_ptr<Connection> &connection : m_connections) {
        if (connection->socket && connection->socket->peerPort() == peerPort)
            return connection->socket;
    }
    return nullptr;
}
