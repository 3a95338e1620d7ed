#pragma once

#include "Source.h"
#include "SourceOutcome.h"
#include "SourceQuery.h"

#include <QHash>
#include <QSet>

class FiniClient;

// What the server itself says at the end of a workflow, to hold the workflow's outcomes
// against: every source as the list reports it, and the IDs it reports as changed.
class ServerTruth
{
public:
    // Walks the whole list (waits, as a test does); `ok` is false when the walk failed.
    static QHash<QString, Source> walk(FiniClient &client, const SourceQuery &query = {},
                                       bool *ok = nullptr);
    static ServerTruth read(FiniClient &client);

    // The first refresh outcome that contradicts the server's final state, described; empty
    // when every refreshed source ended as the server says.
    QString contradictionIn(const QHash<QString, SourceOutcome> &refreshOutcomes) const;
    // The changed sources among `ids`.
    QSet<QString> changedAmong(const QList<QString> &ids) const;

    QHash<QString, Source> sources;
    QSet<QString> changed;
    bool complete = false;
};
