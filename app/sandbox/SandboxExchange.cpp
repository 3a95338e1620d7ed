#include "SandboxExchange.h"

namespace {
using Status = QHttpServerResponder::StatusCode;
const QByteArray JsonType = QByteArrayLiteral("application/json");
} // namespace

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
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
#else
SandboxExchange::SandboxExchange(QHttpServerResponder &&responder)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
{}

bool SandboxExchange::connectionOpen() const
{
    return m_responder != nullptr;
}

void SandboxExchange::dropConnection()
{
    // Without socket access a reset is simulated by an answer that ends early: the declared
    // length is never delivered, which a client reports as a broken transfer.
    if (!m_responder)
        return;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_responder->writeStatusLine(Status::Ok);
    m_responder->writeHeader(QByteArrayLiteral("Content-Type"), JsonType);
    m_responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("4096"));
    m_responder->writeBody(QByteArrayLiteral("{"));
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, JsonType);
    headers.append(QHttpHeaders::WellKnownHeader::ContentLength, QByteArrayLiteral("4096"));
    m_responder->write(QByteArrayLiteral("{"), headers, Status::Ok);
#endif
    m_responder.reset();
}
#endif

SandboxExchange::~SandboxExchange() = default;

void SandboxExchange::send(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    if (!m_responder || !connectionOpen())
        return;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    if (retryAfter.isEmpty())
        m_responder->write(body, {{QByteArrayLiteral("Content-Type"), JsonType}}, Status(status));
    else
        m_responder->write(body,
                           {{QByteArrayLiteral("Content-Type"), JsonType},
                            {QByteArrayLiteral("Retry-After"), retryAfter}},
                           Status(status));
#else
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, JsonType);
    if (!retryAfter.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, retryAfter);
    m_responder->write(body, headers, Status(status));
#endif
    m_responder.reset();
}
