#pragma once

#include "SandboxVariations.h"

#include <QStringList>
#include <QtGlobal>

// Everything that shapes a sandbox run: the seeded workspace, the state-machine timings, the
// fault injection and the legal variations of sandbox-spec.md. Defaults are the spec's defaults.
struct SandboxOptions {
    int sources = 2500;
    quint32 seed = 1;
    int pendingMs = 1500;
    int runningMs = 3000;
    double jobFailRate = 0.05;
    // How long Check knowledge jobs still knows a finished job.
    qint64 jobRetentionMs = 60LL * 60 * 1000;

    int latencyMs = 0;
    int jitterMs = 0;
    double failRate = 0.0;
    // The first N requests to Fini routes answer 500, whatever failRate draws: a retry after
    // one failure can be tested without chance.
    int failFirst = 0;
    double resetRate = 0.0;
    double malformedRate = 0.0;
    double stallRate = 0.0;
    int rateLimitPerMinute = 0;
    // Providers that are not connected in the demo workspace (List/Register provider resources
    // answer 400 for them); by default Notion, Zendesk and Confluence are all connected.
    QStringList disconnectedProviders;

    SandboxVariations variations;
};
