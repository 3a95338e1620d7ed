#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

struct RetrySettings {
    int maxRetries = 4;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRateLimitWaits = 5;
    // A longer Retry-After is not waited out: the call ends at once and says when to try again.
    int maxRetryAfterSeconds = 60;
};

// When a failed call is tried again, and after how long. Reads retry on transient failures;
// refresh retries once on a server error, as Fini's docs advise, and like a read when the
// answer was lost (refreshing twice is harmless); delete retries once on a server error too,
// as the docs advise, but not after a lost answer (the first request may have deleted them);
// calls that create work (generate, ingest) are never retried blindly. A 429 says the request
// was not processed, so every call waits for Retry-After (or a backoff) and tries again.
class RetryPolicy
{
public:
    enum class Mode { Read, RetryOnceOnServerError, OnceOnServerErrorOnly, NoBlindRetry };

    using Settings = RetrySettings;

    explicit RetryPolicy(const Settings &settings = {});

    // The delay before the next attempt, or nothing to give up. `attempts` counts every attempt
    // made so far, `rateLimitWaits` the earlier ones that Fini answered with 429: those have
    // their own budget and never use up the retries other failures are allowed. `jitter` is a
    // draw in [0, 1).
    std::optional<int> nextDelayMs(Mode mode, const ApiError &error, int attempts,
                                   int rateLimitWaits, double jitter) const;

    // Seconds to wait from a Retry-After header (delta seconds or an HTTP date), clamped to
    // 0..INT_MAX; nothing when the value is missing, negative or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    int backoffMs(int attempts, double jitter) const;

    Settings m_settings;
};
