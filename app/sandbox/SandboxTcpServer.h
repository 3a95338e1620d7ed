#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// The sandbox's listening socket. It remembers its connections, so that the reset fault can
// drop the one a request came on even where QHttpServer does not hand out the socket (Qt 6.5+).
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    QTcpSocket *connectionFromPort(quint16 peerPort) const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QList<QPointer<QTcpSocket>> m_connections;
};
