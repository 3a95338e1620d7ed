#include "SandboxReply.h"

#include <QJsonObject>

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Error";
    }
}

SandboxReply SandboxReply::error(int status, const QString &message)
{
    // The NestJS-style envelope that sandbox-spec.md fixes for every error.
    const QJsonObject body{{QStringLiteral("statusCode"), status},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))}};
    SandboxReply reply = json(QJsonDocument(body), status);
    reply.message = message;
    return reply;
}

SandboxReply SandboxReply::withErrorBody(SandboxVariations::ErrorBody form) const
{
    if (message.isEmpty() || form == SandboxVariations::ErrorBody::Json)
        return *this;
    SandboxReply reply = *this;
    if (form == SandboxVariations::ErrorBody::Text) {
        reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        reply.body = message.toUtf8();
        return reply;
    }
    // What a proxy or a framework's default error page in front of the API would send.
    const QString heading =
        QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(reasonPhrase(status));
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = (QStringLiteral("<html><body><h1>") + heading + QStringLiteral("</h1><p>")
                  + message.toHtmlEscaped() + QStringLiteral("</p></body></html>"))
                     .toUtf8();
    return reply;
}
