#include "SandboxExchange.h"

namespace {
using Status = QHttpServerResponder::StatusCode;
} // namespace

SandboxExchange::SandboxExchange(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
    , m_socket(socket)
{}

bool SandboxExchange::connectionOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxExchange::dropConnection()
{
    if (m_socket)
        m_socket->abort();
    m_responder.reset();
}

SandboxExchange::~SandboxExchange() = default;

void SandboxExchange::send(const SandboxReply &reply, const QByteArray &retryAfter)
{
    if (!m_responder || !connectionOpen())
        return;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (retryAfter.isEmpty())
        m_responder->write(reply.body, {{QByteArrayLiteral("Content-Type"), reply.contentType}},
                           Status(reply.status));
    else
        m_responder->write(reply.body,
                           {{QByteArrayLiteral("Content-Type"), reply.contentType},
                            {QByteArrayLiteral("Retry-After"), retryAfter}},
                           Status(reply.status));
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    if (!retryAfter.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, retryAfter);
    m_responder->write(reply.body, headers, Status(reply.status));
#endif
    m_responder.reset();
    if (m_closeAfterAnswer && m_socket)
        m_socket->disconnectFromHost(); // after the answer's bytes are written
}
