#include "FiniSandbox.h"

#include "SandboxExchange.h"
#include "SandboxTcpServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "sourcedesk.sandbox", QtWarningMsg)

namespace {

// Requests held unanswered by the stall fault; past this the oldest is dropped (and its
// connection closed), so a client that gives up and asks again cannot grow memory forever.
constexpr size_t MaxStalled = 100;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

FiniSandbox::FiniSandbox(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(options)
    , m_faults(options, options.seed)
    , m_variations(options.variations)
{}

FiniSandbox::~FiniSandbox() = default;

bool FiniSandbox::start(const QHostAddress &address, quint16 port)
{
    auto *tcpServer = new SandboxTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        m_errorString = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(tcpServer)) {
        m_errorString = tr("The HTTP server could not take the listening socket.");
        delete tcpServer;
        return false;
    }
#else
    bind(tcpServer);
#endif
    tcpServer->followHttpServer();
    m_tcpServer = tcpServer;
    return true;
}

QUrl FiniSandbox::url() const
{
    if (!m_tcpServer)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcpServer->serverAddress().toString());
    url.setPort(m_tcpServer->serverPort());
    return url;
}

QString FiniSandbox::errorString() const
{
    return m_errorString;
}

int FiniSandbox::sourceCount() const
{
    return m_service.sourceCount();
}

void FiniSandbox::setFaults(const SandboxOptions &options)
{
    m_faults = SandboxFaults(options, options.seed);
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool FiniSandbox::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    dispatch(request, SandboxExchange(makeResponder(request, socket), socket));
    return true;
}

void FiniSandbox::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
#else
bool FiniSandbox::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    dispatch(request, SandboxExchange(std::move(responder),
                                      m_tcpServer->connectionFromPort(request.remotePort())));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
void FiniSandbox::missingHandler(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder)
#else
void FiniSandbox::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
#endif
{
    handleRequest(request, responder);
}
#endif

void FiniSandbox::dispatch(const QHttpServerRequest &request, SandboxExchange &&exchange)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SandboxService::Request call{
        methodName(request.method()),   request.url().path(), request.query(),
        request.value("Authorization"), request.body(),       request.remoteAddress().isLoopback()};
    if (request.value("Connection").compare("close", Qt::CaseInsensitive) == 0)
        exchange.closeAfterAnswer();
    const QString route = SandboxService::routeName(call.method, call.path);
    qCDebug(lcSandbox) << call.method << call.path;

    if (!SandboxService::isFiniRoute(call.path)) {
        const SandboxReply reply = m_service.handle(call, now);
        m_service.countAnswer(route, QString::number(reply.status));
        answer(std::move(exchange), 0, reply);
        return;
    }

    // Faults that stop a request before Fini acts on it come first; a reset or a malformed
    // answer happens after the work was done, as a lost answer would.
    const SandboxFaults::Plan plan = m_faults.plan(call.authorization, now);
    const SandboxVariations::ErrorBody errorBody = m_variations.errorBody;
    if (plan.retryAfterSeconds > 0) {
        m_service.countAnswer(route, QStringLiteral("429"));
        answer(std::move(exchange), plan.delayMs,
               SandboxReply::error(429, QStringLiteral("Too many requests, retry later"))
                   .withErrorBody(errorBody),
               QByteArray::number(plan.retryAfterSeconds));
        return;
    }
    if (plan.stall) {
        m_service.countAnswer(route, QStringLiteral("stall"));
        std::erase_if(m_stalled, [](const std::unique_ptr<SandboxExchange> &held) {
            return !held->connectionOpen();
        });
        if (m_stalled.size() >= MaxStalled) {
            m_stalled.front()->dropConnection();
            m_stalled.erase(m_stalled.begin());
        }
        m_stalled.push_back(std::make_unique<SandboxExchange>(std::move(exchange)));
        return;
    }
    if (plan.fail) {
        m_service.countAnswer(route, QStringLiteral("500"));
        answer(std::move(exchange), plan.delayMs,
               SandboxReply::error(500, QStringLiteral("Internal server error, please retry"))
                   .withErrorBody(errorBody));
        return;
    }

    const SandboxReply reply = m_service.handle(call, now).withErrorBody(errorBody);
    if (plan.reset) {
        m_service.countAnswer(route, QStringLiteral("reset"));
        exchange.dropConnection();
        return;
    }
    if (plan.malformed) {
        m_service.countAnswer(route, QStringLiteral("malformed"));
        SandboxReply truncated = reply;
        truncated.status = 200;
        truncated.body.truncate(reply.body.size() / 2);
        answer(std::move(exchange), plan.delayMs, truncated);
        return;
    }
    m_service.countAnswer(route, QString::number(reply.status));
    answer(std::move(exchange), plan.delayMs, reply);
}

void FiniSandbox::answer(SandboxExchange &&exchange, int delayMs, const SandboxReply &reply,
                         const QByteArray &retryAfter)
{
    if (delayMs <= 0) {
        exchange.send(reply, retryAfter);
        return;
    }
    auto pending = std::make_shared<SandboxExchange>(std::move(exchange));
    QTimer::singleShot(delayMs, this,
                       [pending, reply, retryAfter] { pending->send(reply, retryAfter); });
}
