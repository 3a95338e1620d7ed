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
    return json(QJsonDocument(body), status);
}
