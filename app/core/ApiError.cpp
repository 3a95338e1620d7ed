#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr qsizetype MaxServerMessage = 500;
}

ApiError::ApiError(Kind kind, ApiOperation operation)
    : m_kind(kind)
    , m_operation(operation)
{}

void ApiError::setServerMessage(const QString &message)
{
    m_serverMessage = message.size() > MaxServerMessage
                          ? message.left(MaxServerMessage) + QChar(0x2026)
                          : message;
}

void ApiError::setRequest(const QString &method, const QString &url)
{
    m_method = method;
    m_url = url;
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    default:
        return httpStatus >= 400 && httpStatus < 500 ? Kind::BadRequest : Kind::ServerError;
    }
}

QString ApiError::extractServerMessage(const QByteArray &body)
{
    // The error body is undocumented: take `message` (a string or NestJS's list of strings)
    // or `error` from JSON, otherwise the text itself.
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonValue message = object.value(QStringLiteral("message"));
        if (message.isString())
            return message.toString();
        if (message.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : message.toArray())
                parts.append(part.toString());
            return parts.join(QStringLiteral("; "));
        }
        if (object.value(QStringLiteral("error")).isString())
            return object.value(QStringLiteral("error")).toString();
        return QString::fromUtf8(trimmed);
    }
    if (trimmed.startsWith('<'))
        return {}; // an HTML error page says nothing a person can use here
    return QString::fromUtf8(trimmed);
}

QString ApiError::operationName(ApiOperation operation)
{
    switch (operation) {
    case ApiOperation::ListSources:
        return tr("Loading the sources");
    case ApiOperation::GetSource:
        return tr("Loading the source");
    case ApiOperation::RefreshSources:
        return tr("Refreshing the sources");
    case ApiOperation::IngestSources:
        return tr("Adding the sources");
    case ApiOperation::DeleteSources:
        return tr("Deleting the sources");
    case ApiOperation::BulkGenerate:
        return tr("Generating knowledge");
    case ApiOperation::CheckJobs:
        return tr("Checking the knowledge jobs");
    }
    return {};
}

QString ApiError::summary() const
{
    const bool changesSources =
        m_operation == ApiOperation::RefreshSources || m_operation == ApiOperation::IngestSources
        || m_operation == ApiOperation::DeleteSources || m_operation == ApiOperation::BulkGenerate;
    const QString what = operationName(m_operation);
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::BadRequest:
        if (m_operation == ApiOperation::RefreshSources)
            return tr("Fini refused to refresh these sources. Some may no longer exist or be "
                      "uploaded files, which cannot be refreshed: delete and upload them again.");
        if (m_operation == ApiOperation::BulkGenerate)
            return tr("Fini refused to generate knowledge for these sources. Some may no longer "
                      "exist; reload the list and try again.");
        if (m_operation == ApiOperation::DeleteSources)
            return tr("Fini refused to delete these sources. Some may already be deleted; "
                      "reload the list.");
        return tr("%1 failed because Fini did not accept the request. Reload and try again; if "
                  "it keeps failing, copy the details for your Fini administrator.")
            .arg(what);
    case Kind::Unauthorized:
        return tr("Fini did not accept the API key: it is missing, mistyped or was revoked. "
                  "Enter a valid key for this workspace (Fini: Deploy → API Keys).");
    case Kind::Forbidden:
        if (changesSources)
            return tr("This API key can read but not change sources, or the sources belong to "
                      "another workspace. Create a key with the write scope in Fini (Deploy → "
                      "API Keys) and use it for this workspace.");
        return tr("This API key may not read this workspace's sources, or the source belongs to "
                  "another workspace. Check that the key has the read scope and belongs to "
                  "this workspace.");
    case Kind::NotFound:
        if (m_operation == ApiOperation::CheckJobs)
            return tr("Fini does not know one of these knowledge jobs in this workspace. It may "
                      "belong to another workspace or be too old.");
        return tr("Fini has no such source in this workspace. It may have been deleted; reload "
                  "the list.");
    case Kind::RateLimited:
        return m_retryAfterSeconds
                   ? tr("Fini is receiving too many requests from this key. Try again in %n "
                        "second(s).",
                        nullptr, *m_retryAfterSeconds)
                   : tr("Fini is receiving too many requests from this key. Wait a minute and try "
                        "again.");
    case Kind::ServerError:
        return tr("%1 failed because of a problem at Fini (HTTP %2). Nothing on your side is "
                  "wrong; try again in a few minutes.")
            .arg(what)
            .arg(m_httpStatus);
    case Kind::Timeout:
        return tr("%1 took too long: Fini did not answer in time. Check your connection and "
                  "try again.")
            .arg(what);
    case Kind::Network:
        if (m_operation == ApiOperation::BulkGenerate || m_operation == ApiOperation::IngestSources
            || m_operation == ApiOperation::DeleteSources)
            return tr("%1: the connection to Fini was dropped before its answer arrived, so Fini "
                      "may have done it anyway. Check in Fini (Review and Approvals, or the "
                      "sources list) before trying again.")
                .arg(what);
        return tr("%1 failed: the connection to Fini could not be made or was dropped. Check "
                  "your internet connection or proxy and try again.")
            .arg(what);
    case Kind::Tls:
        return tr("The secure connection to Fini could not be verified, so nothing was sent. "
                  "Your network may intercept secure connections; ask your IT team.");
    case Kind::MalformedResponse:
        return tr("%1 failed: Fini's answer could not be read (it was incomplete or not in the "
                  "expected format). Try again.")
            .arg(what);
    case Kind::Cancelled:
        return tr("%1 was cancelled.").arg(what);
    case Kind::InsecureUrl:
        return tr("The workspace address must start with https:// (plain http:// is only "
                  "allowed for this computer). Nothing was sent.");
    case Kind::NotAccepted:
        return tr("Fini did not confirm this source in its answer, so it was probably not "
                  "queued. Try again.");
    }
    return {};
}

QString ApiError::technicalDetails() const
{
    QStringList lines;
    if (!m_method.isEmpty())
        lines << QStringLiteral("Request: %1 %2").arg(m_method, m_url);
    if (m_httpStatus > 0)
        lines << QStringLiteral("HTTP status: %1").arg(m_httpStatus);
    if (!m_serverMessage.isEmpty())
        lines << QStringLiteral("Server message: %1").arg(m_serverMessage);
    if (!m_transportMessage.isEmpty())
        lines << QStringLiteral("Transport: %1").arg(m_transportMessage);
    if (m_retryAfterSeconds)
        lines << QStringLiteral("Retry-After: %1 s").arg(*m_retryAfterSeconds);
    if (m_attempts > 1)
        lines << QStringLiteral("Attempts: %1").arg(m_attempts);
    return lines.join(QLatin1Char('\n'));
}
