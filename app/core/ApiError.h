#pragma once

#include "ApiOperation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Everything that can go wrong with one call to Fini, in three layers: a translated summary
// that says what to do, technical details for "Copy details", and the fields tests and
// workflows branch on. It never holds the API key.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        RateLimited,
        ServerError,
        Timeout,
        Network,
        Tls,
        MalformedResponse,
        Cancelled,
        InsecureUrl,
        NotAccepted,
        EndlessPaging,
        TooLarge,
        Redirected,
    };

    ApiError() = default;
    ApiError(Kind kind, ApiOperation operation);

    Kind kind() const { return m_kind; }
    ApiOperation operation() const { return m_operation; }
    int httpStatus() const { return m_httpStatus; }
    QString serverMessage() const { return m_serverMessage; }
    QString transportMessage() const { return m_transportMessage; }
    std::optional<int> retryAfterSeconds() const { return m_retryAfterSeconds; }
    QString method() const { return m_method; }
    QString url() const { return m_url; }
    int attempts() const { return m_attempts; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setServerMessage(const QString &message);
    void setTransportMessage(const QString &message) { m_transportMessage = message; }
    void setRetryAfterSeconds(std::optional<int> seconds) { m_retryAfterSeconds = seconds; }
    void setRequest(const QString &method, const QString &url);
    void setAttempts(int attempts) { m_attempts = attempts; }

    static Kind kindForStatus(int httpStatus);
    static QString extractServerMessage(const QByteArray &body);
    static QString operationName(ApiOperation operation);

    QString summary() const;
    // The server's own reason for refusing one ID of a batch (the sentence that names it, or
    // its whole message); empty when the server gave none.
    QString reasonFor(const QString &id) const;
    // What to tell a person about one refused ID: the server's reason where it gave one,
    // otherwise the summary.
    QString explanationFor(const QString &id) const;
    QString technicalDetails() const;

private:
    Kind m_kind = Kind::None;
    ApiOperation m_operation = ApiOperation::ListSources;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_transportMessage;
    std::optional<int> m_retryAfterSeconds;
    QString m_method;
    QString m_url;
    int m_attempts = 0;
};
