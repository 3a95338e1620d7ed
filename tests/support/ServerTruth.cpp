#include "ServerTruth.h"

#include "CursorWalker.h"
#include "FiniClient.h"

#include <QtTest>

QHash<QString, Source> ServerTruth::walk(FiniClient &client, const SourceQuery &query, bool *ok)
{
    QHash<QString, Source> sources;
    CursorWalker walker(&client);
    std::optional<CursorWalker::End> end;
    QObject::connect(&walker, &CursorWalker::pageRead, &walker, [&](const SourcePage &page) {
        for (const Source &source : page.sources)
            sources.insert(source.id, source);
    });
    QObject::connect(&walker, &CursorWalker::finished, &walker,
                     [&](CursorWalker::End how, const ApiError &) { end = how; });
    walker.start(query);
    const bool ended = QTest::qWaitFor([&] { return end.has_value(); }, 120000);
    if (ok)
        *ok = ended && end == CursorWalker::End::Complete;
    return sources;
}

ServerTruth ServerTruth::read(FiniClient &client)
{
    ServerTruth truth;
    bool all = false;
    bool changedOk = false;
    truth.sources = walk(client, {}, &all);
    SourceQuery changedOnly;
    changedOnly.changed = true;
    const QHash<QString, Source> changed = walk(client, changedOnly, &changedOk);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        truth.changed.insert(it.key());
    truth.complete = all && changedOk;
    return truth;
}

QString ServerTruth::contradictionIn(const QHash<QString, SourceOutcome> &refreshOutcomes) const
{
    using State = SourceOutcome::State;
    for (auto it = refreshOutcomes.cbegin(); it != refreshOutcomes.cend(); ++it) {
        if (it->state != State::Completed && it->state != State::Failed)
            continue; // skipped and rejected sources were never run
        const Source truth = sources.value(it.key());
        const bool final = truth.linkedJobStatus == QLatin1String("COMPLETED")
                           || truth.linkedJobStatus == QLatin1String("FAILED");
        const bool completed = truth.linkedJobStatus == QLatin1String("COMPLETED") && truth.success;
        if (!final || (it->state == State::Completed) != completed)
            return QStringLiteral("%1: reported %2, the server says %3 (success %4)")
                .arg(it.key(), it->label(), truth.linkedJobStatus)
                .arg(truth.success);
    }
    return {};
}

QSet<QString> ServerTruth::changedAmong(const QList<QString> &ids) const
{
    QSet<QString> result;
    for (const QString &id : ids) {
        if (changed.contains(id))
            result.insert(id);
    }
    return result;
}
