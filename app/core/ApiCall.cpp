#include "ApiCall.h"

#include "FiniClient.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThreadPool>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

ApiCall::ApiCall(FiniClient *client, Spec spec, Decoder decoder)
    : ApiTask(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_decoder(std::move(decoder))
{
    m_idleTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { stopAttempt(Stop::Idle); });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { stopAttempt(Stop::Deadline); });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::attempt);
}

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::start()
{
    m_clock.start();
    attempt();
}

void ApiCall::attempt()
{
    ++m_attempts;
    m_stop = Stop::None;
    m_tlsProblem.clear();
    const QNetworkRequest request = m_client->buildRequest(m_spec.path, m_spec.query);
    if (!FiniClient::isAllowedBaseUrl(request.url())) {
        ApiError error(ApiError::Kind::InsecureUrl, m_spec.operation);
        error.setRequest(QString::fromLatin1(m_spec.verb), request.url().toString());
        finish({}, error);
        return;
    }
    QNetworkReply *reply =
        m_spec.verb == "GET"
            ? m_client->network()->get(request)
            : m_client->network()->sendCustomRequest(request, m_spec.verb, m_spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    const auto restartIdle = [this] { m_idleTimer.start(m_client->config().timeoutMs); };
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        // `total` is the announced length: an answer announced too large is not read at all.
        const qint64 cap = m_client->config().maxResponseBytes;
        if (received > cap || total > cap)
            stopAttempt(Stop::TooLarge);
        else
            m_idleTimer.start(m_client->config().timeoutMs);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, restartIdle);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList lines;
        for (const QSslError &e : errors) {
            const QSslCertificate cert = e.certificate();
            lines << e.errorString();
            if (!cert.isNull())
                lines << QStringLiteral("Certificate: %1; issued by %2; SHA-256 %3")
                             .arg(cert.subjectDisplayName(), cert.issuerDisplayName(),
                                  QString::fromLatin1(
                                      cert.digest(QCryptographicHash::Sha256).toHex(':')));
        }
        m_tlsProblem = lines.join(QLatin1Char('\n'));
    });
#endif
    restartIdle();
    m_deadlineTimer.start(m_client->config().requestDeadlineMs);
}

void ApiCall::stopAttempt(Stop why)
{
    if (!m_reply)
        return;
    m_stop = why;
    m_reply->abort();
}

ApiError ApiCall::classify(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    ApiError::Kind kind = ApiError::Kind::None;
    if (m_stop == Stop::Idle || m_stop == Stop::Deadline)
        kind = ApiError::Kind::Timeout;
    else if (m_stop == Stop::TooLarge)
        kind = ApiError::Kind::TooLarge;
    else if (networkError == QNetworkReply::SslHandshakeFailedError || !m_tlsProblem.isEmpty())
        kind = ApiError::Kind::Tls;
    else if (networkError == QNetworkReply::InsecureRedirectError
             || networkError == QNetworkReply::TooManyRedirectsError
             || (status >= 300 && status < 400))
        kind = ApiError::Kind::Redirected;
    else if (status >= 300)
        kind = ApiError::kindForStatus(status);
    else if (networkError != QNetworkReply::NoError || status == 0)
        kind = ApiError::Kind::Network;

    ApiError error(kind, m_spec.operation);
    error.setRequest(QString::fromLatin1(m_spec.verb),
                     reply->url().toDisplayString(QUrl::RemoveUserInfo));
    error.setHttpStatus(status);
    error.setAttempts(m_attempts);
    if (kind == ApiError::Kind::None)
        return error;
    if (status >= 400)
        error.setServerMessage(ApiError::extractServerMessage(body));
    if (kind == ApiError::Kind::Redirected)
        error.setTransportMessage(
            tr("Redirect to %1 not followed")
                .arg(QUrl(QString::fromLatin1(reply->rawHeader("Location")))
                         .toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    else if (m_stop == Stop::Idle)
        error.setTransportMessage(tr("No data for %1 ms").arg(m_client->config().timeoutMs));
    else if (m_stop == Stop::Deadline)
        error.setTransportMessage(
            tr("No complete answer within %1 ms").arg(m_client->config().requestDeadlineMs));
    else if (m_stop == Stop::TooLarge)
        error.setTransportMessage(
            tr("Answer larger than %1 bytes").arg(m_client->config().maxResponseBytes));
    else if (networkError != QNetworkReply::NoError && status < 300)
        error.setTransportMessage(reply->errorString());
    if (!m_tlsProblem.isEmpty())
        error.setTransportMessage(m_tlsProblem);
    error.setRetryAfterSeconds(RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                            QDateTime::currentDateTimeUtc()));
    return error;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const ApiError error = classify(reply, body);
    qCInfo(lcApi).noquote() << m_spec.verb << reply->url().path() << "->"
                            << (error.httpStatus() ? QString::number(error.httpStatus())
                                                   : error.transportMessage())
                            << "attempt" << m_attempts << "in" << m_clock.elapsed() << "ms";
    if (error.isError()) {
        fail(error);
        return;
    }
    decodeOffThread(body);
}

void ApiCall::decodeOffThread(const QByteArray &body)
{
    // Large pages are parsed on a pool thread; the answer comes back through the application
    // object, and is dropped if this call has gone away meanwhile.
    QPointer<ApiCall> self(this);
    Decoder decoder = m_decoder;
    QThreadPool::globalInstance()->start([self, decoder, body] {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        QString problem;
        std::any value;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("the answer is not valid JSON (%1 at byte %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        else
            value = decoder(document, &problem);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, value, problem] {
                if (self)
                    self->onDecoded(value, problem);
            },
            Qt::QueuedConnection);
    });
}

void ApiCall::onDecoded(const std::any &value, const QString &problem)
{
    if (m_done)
        return;
    if (problem.isEmpty()) {
        finish(value, {});
        return;
    }
    ApiError error(ApiError::Kind::MalformedResponse, m_spec.operation);
    error.setRequest(QString::fromLatin1(m_spec.verb), m_spec.path);
    error.setTransportMessage(problem);
    error.setAttempts(m_attempts);
    qCWarning(lcApi).noquote() << m_spec.verb << m_spec.path << "malformed answer:" << problem;
    fail(error);
}

void ApiCall::fail(ApiError error)
{
    const std::optional<int> delay =
        m_client->retryPolicy().nextDelayMs(m_spec.retry, error, m_attempts, m_rateLimitWaits,
                                            QRandomGenerator::global()->generateDouble());
    if (error.kind() == ApiError::Kind::RateLimited)
        ++m_rateLimitWaits;
    if (!delay) {
        finish({}, error);
        return;
    }
    qCInfo(lcApi).noquote() << "retrying" << m_spec.verb << m_spec.path << "in" << *delay << "ms";
    Q_EMIT m_client->retryScheduled(error, *delay);
    m_retryTimer.start(*delay);
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    m_retryTimer.stop();
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    abortReply();
    ApiError error(ApiError::Kind::Cancelled, m_spec.operation);
    error.setAttempts(m_attempts);
    // Reported on the next turn of the event loop so that a caller cancelling from inside a
    // handler is not re-entered.
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            Q_EMIT finished({}, error);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiCall::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::finish(const std::any &value, ApiError error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(value, error);
    deleteLater();
}
