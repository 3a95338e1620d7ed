#include "SandboxTcpServer.h"

void SandboxTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_connections.removeIf([](const QPointer<QTcpSocket> &known) { return known.isNull(); });
    m_connections.append(socket);
    addPendingConnection(socket);
}

QTcpSocket *SandboxTcpServer::connectionFromPort(quint16 peerPort) const
{
    for (const QPointer<QTcpSocket> &socket : m_connections) {
        if (socket && socket->peerPort() == peerPort)
            return socket;
    }
    return nullptr;
}
