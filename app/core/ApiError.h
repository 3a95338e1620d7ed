#pragma once

#include "ApiOperation.h"

#include <QCoreApplication>
#include <QSharedDataPointer>
#include <QString>

#include <optional>

// Everything that can go wrong with one call to Fini, in three layers: a translated summary
// that says what to do, technical details for "Copy details", and the fields tests and
// workflows branch on. It never holds the API key. Shared and one pointer wide: a refresh keeps
// one per source, nearly all of them empty.
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

    Kind kind() const { return data().kind; }
    ApiOperation operation() const { return data().operation; }
    int httpStatus() const { return data().httpStatus; }
    QString serverMessage() const { return data().serverMessage; }
    QString transportMessage() const { return data().transportMessage; }
    std::optional<int> retryAfterSeconds() const { return data().retryAfterSeconds; }
    QString method() const { return data().method; }
    QString url() const { return data().url; }
    int attempts() const { return data().attempts; }
    bool isError() const { return kind() != Kind::None; }
    // Fini did not answer the request itself: a problem at Fini (5xx), no answer in time, a
    // dropped connection or an answer that could not be read. Nothing was refused, so the
    // sources it was about must not read "Rejected".
    bool isUnanswered() const;
    explicit operator bool() const { return isError(); }

    void setHttpStatus(int status) { edit().httpStatus = status; }
    void setServerMessage(const QString &message);
    void setTransportMessage(const QString &message) { edit().transportMessage = message; }
    void setRetryAfterSeconds(std::optional<int> seconds) { edit().retryAfterSeconds = seconds; }
    void setRequest(const QString &method, const QString &url);
    void setAttempts(int attempts) { edit().attempts = attempts; }

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
    struct Data : QSharedData {
        Kind kind = Kind::None;
        ApiOperation operation = ApiOperation::ListSources;
        int httpStatus = 0;
        QString serverMessage;
        QString transportMessage;
        std::optional<int> retryAfterSeconds;
        QString method;
        QString url;
        int attempts = 0;
    };

    const Data &data() const;
    Data &edit();

    QSharedDataPointer<Data> d; // null for "no error"
};
