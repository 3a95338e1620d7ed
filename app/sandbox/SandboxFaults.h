#pragma once

#include "SandboxOptions.h"

#include <QByteArray>
#include <QHash>
#include <QRandomGenerator>

// Decides, per request to a Fini route, which injected fault applies. Every draw is taken
// from the seeded generator in a fixed order, so a seed replays the same faults.
class SandboxFaults
{
public:
    struct Plan {
        int retryAfterSeconds = 0; // > 0: answer 429
        bool stall = false;
        bool fail = false;
        bool reset = false;
        bool malformed = false;
        int delayMs = 0;
    };

    SandboxFaults(const SandboxOptions &options, quint32 seed);

    Plan plan(const QByteArray &keyIdentity, qint64 nowMs);

private:
    struct Window {
        qint64 startMs = 0;
        int count = 0;
    };

    SandboxOptions m_options;
    QRandomGenerator m_rng;
    QHash<QByteArray, Window> m_windows;
    int m_planned = 0;
};
