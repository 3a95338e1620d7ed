#include "RetryPolicy.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

RetryPolicy::RetryPolicy(const Settings &settings)
    : m_settings(settings)
{}

int RetryPolicy::backoffMs(int attempts, double jitter) const
{
    const int exponent = std::clamp(attempts - 1, 0, 16);
    const qint64 capped =
        std::min<qint64>(m_settings.maxDelayMs, qint64(m_settings.baseDelayMs) << exponent);
    // Half fixed, half random, so that many clients do not retry in lockstep.
    return int(capped * (0.5 + 0.5 * jitter));
}

std::optional<int> RetryPolicy::nextDelayMs(Mode mode, const ApiError &error, int attempts,
                                            int rateLimitWaits, double jitter) const
{
    using Kind = ApiError::Kind;
    if (error.kind() == Kind::RateLimited) {
        if (rateLimitWaits >= m_settings.maxRateLimitWaits)
            return std::nullopt;
        // Never sooner than the backoff, so that "Retry-After: 0" cannot make a busy loop.
        const int backoff = backoffMs(attempts, jitter);
        const std::optional<int> seconds = error.retryAfterSeconds();
        if (!seconds)
            return backoff;
        if (*seconds > m_settings.maxRetryAfterSeconds)
            return std::nullopt;
        return std::max(backoff, *seconds * 1000);
    }
    // The budgets below count only the attempts that did not end in a 429.
    attempts -= rateLimitWaits;
    const int status = error.httpStatus();
    const bool transientStatus = status == 500 || status == 502 || status == 503 || status == 504;
    switch (mode) {
    case Mode::Read: {
        const bool transient = error.kind() == Kind::Network || error.kind() == Kind::Timeout
                               || error.kind() == Kind::MalformedResponse
                               || (error.kind() == Kind::ServerError && transientStatus);
        if (transient && attempts <= m_settings.maxRetries)
            return backoffMs(attempts, jitter);
        return std::nullopt;
    }
    case Mode::RetryOnceOnServerError: {
        // Refresh: Fini's docs say retry once after a 500. A lost answer may be retried like a
        // read, because refreshing a source that is already queued changes nothing.
        if (error.kind() == Kind::ServerError)
            return transientStatus && attempts == 1 ? std::optional(backoffMs(attempts, jitter))
                                                    : std::nullopt;
        const bool lost = error.kind() == Kind::Network || error.kind() == Kind::Timeout
                          || error.kind() == Kind::MalformedResponse;
        if (lost && attempts <= m_settings.maxRetries)
            return backoffMs(attempts, jitter);
        return std::nullopt;
    }
    case Mode::OnceOnServerErrorOnly:
        return error.kind() == Kind::ServerError && transientStatus && attempts == 1
                   ? std::optional(backoffMs(attempts, jitter))
                   : std::nullopt;
    case Mode::NoBlindRetry:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 seconds = 0;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Digits too many for 64 bits are still "a very long time", not an error.
        bool ok = false;
        seconds = text.toLongLong(&ok);
        if (!ok)
            seconds = std::numeric_limits<qint64>::max();
    } else {
        // HTTP's own date form ends in "GMT", which Qt's RFC 2822 reader does not take.
        const QString date = QString::fromLatin1(text);
        QDateTime when =
            QDateTime::fromString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
        if (!when.isValid())
            when = QDateTime::fromString(date, Qt::RFC2822Date);
        if (!when.isValid())
            return std::nullopt;
        seconds = std::max<qint64>(0, now.secsTo(when));
    }
    return int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
}
