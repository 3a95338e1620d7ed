#pragma once

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrl>

// Raw HTTP requests for contract tests: what any client (curl, the docs' examples) would
// send, without Sourcedesk's client in between.
class HttpProbe
{
public:
    struct Answer {
        int status = 0;
        QByteArray body;
        QJsonDocument json;
        QByteArray retryAfter;
        QByteArray contentType;
        bool transportError = false;
    };

    explicit HttpProbe(const QUrl &base);

    Answer send(const QByteArray &verb, const QString &pathAndQuery, const QString &key,
                const QByteArray &body = {}, int timeoutMs = 10000);
    Answer get(const QString &pathAndQuery, const QString &key);
    Answer post(const QString &path, const QString &key, const QJsonDocument &body);
    // How many answers of `status` the sandbox gave to `route` ("POST /v2/documents/public").
    int answers(const QString &route, const QString &status);

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};
