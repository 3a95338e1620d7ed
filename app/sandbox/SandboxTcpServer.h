#pragma once

#include "SandboxRequestGate.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

// The sandbox's listening socket. It remembers its connections, so that the reset fault can
// drop the one a request came on even where QHttpServer does not hand out the socket (Qt 6.5+),
// and screens every byte they bring before QHttpServer reads it (SandboxRequestGate): a request
// too large is answered 431 or 413 and its bytes never reach the HTTP server.
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

    QTcpSocket *connectionFromPort(quint16 peerPort) const;
    // To be called once QHttpServer took this listening socket: from then on each new
    // connection is followed after QHttpServer read from it, so each byte is screened once.
    void followHttpServer();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection {
        QPointer<QTcpSocket> socket;
        SandboxRequestGate gate;
        qint64 unscreenedStart = 0; // bytes QHttpServer left unread, already screened
        bool followed = false;
        bool refused = false;
    };

    static void screen(Connection &connection);

    QList<std::shared_ptr<Connection>> m_connections;
};
