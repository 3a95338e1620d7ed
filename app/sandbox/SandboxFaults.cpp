#include "SandboxFaults.h"

namespace {
constexpr qint64 RateWindowMs = 60 * 1000;
}

SandboxFaults::SandboxFaults(const SandboxOptions &options, quint32 seed)
    : m_options(options)
    , m_rng(seed ^ 0x5eedfa17u)
{}

SandboxFaults::Plan SandboxFaults::plan(const QByteArray &keyIdentity, qint64 nowMs)
{
    Plan plan;
    plan.stall = m_rng.generateDouble() < m_options.stallRate;
    plan.fail = m_rng.generateDouble() < m_options.failRate || m_planned < m_options.failFirst;
    ++m_planned;
    plan.reset = m_rng.generateDouble() < m_options.resetRate;
    plan.malformed = m_rng.generateDouble() < m_options.malformedRate;
    const int jitter = m_options.jitterMs > 0 ? int(m_rng.bounded(m_options.jitterMs + 1)) : 0;
    plan.delayMs = m_options.latencyMs + jitter;

    if (m_options.rateLimitPerMinute > 0) {
        Window &window = m_windows[keyIdentity];
        if (nowMs - window.startMs >= RateWindowMs)
            window = {nowMs, 0};
        if (++window.count > m_options.rateLimitPerMinute) {
            const qint64 leftMs = window.startMs + RateWindowMs - nowMs;
            plan.retryAfterSeconds = int(std::max<qint64>(1, (leftMs + 999) / 1000));
        }
    }
    return plan;
}
