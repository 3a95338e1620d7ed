#include "RetryPolicy.h"

#include <algorithm>

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
        if (const auto seconds = error.retryAfterSeconds())
            return std::clamp(*seconds, 0, m_settings.maxRetryAfterSeconds) * 1000;
        return backoffMs(attempts, jitter);
    }
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
    case Mode::NoBlindRetry:
        return std::nullopt;
    }
    return std::nullopt;
}
