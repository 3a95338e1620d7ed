#pragma once

#include "ApiError.h"
#include "CursorWalker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class FiniClient;

// Reads the whole `updatedAt` order of List sources, the only walk that meets every source
// whatever its type, with several cursors at once. The order can only be entered at a source's
// ID, so it starts with one cursor at the top and opens more at sources the typed walks of the
// load have already found further down: each new cursor takes the lower half of the longest
// stretch left, and the cursor above it stops where the new one began. Stretches are measured
// in the sources of the first type whose walk read them all (the probe); from then on the
// typed walks are not needed, and their connections go to more cursors of the order. A cursor whose
// start a server does not honour (the source moved or is gone, an error, a page from elsewhere) is
// dropped, and the cursor above goes on through its stretch, so the order is read in full
// whatever the server does with such a cursor.
class OrderWalk : public QObject
{
    Q_OBJECT

public:
    OrderWalk(FiniClient *client, int pageSize, QObject *parent = nullptr);
    ~OrderWalk() override;

    // `typedWalks`: the types whose walks run beside this one and report through note….
    void start(const QStringList &typedWalks);
    void cancel();
    bool isRunning() const { return m_running; }
    int requestCount() const;
    int cursorCount() const { return m_cursorsOpened; }

    void noteTypedPage(const QString &type, const SourcePage &page);
    void noteTypedWalkEnded(const QString &type, CursorWalker::End end);

    // How many walks, typed ones included, may read at once: HTTP/1.1 gives 6 connections.
    static constexpr int MaxWalks = 6;
    // A stretch is split only when each half is worth a few round trips.
    static constexpr int MinSplitPages = 10;
    // A type with fewer sources says too little about where the others are.
    static constexpr int MinProbeSources = 100;

Q_SIGNALS:
    void pageRead(const SourcePage &page);
    // A cursor is about to be opened at this source, further down the order.
    void cursorOpening(const QString &sourceId);
    // The owner may stop its typed walks and report them ended.
    void typedWalksNotNeeded();
    // Complete: every stretch of the order was read to its end.
    void finished(CursorWalker::End end, const ApiError &error);

private:
    struct Known {
        qint64 updatedAt = 0;
        QString id;
    };
    enum class State { Checking, Walking, Done };
    struct Stretch {
        CursorWalker *walker = nullptr;
        Known start;         // empty for the top of the order
        qint64 position = 0; // updatedAt of the last source read
        State state = State::Checking;
    };

    void openStretch(qsizetype index, const Known &start);
    void onPage(CursorWalker *walker, const SourcePage &page);
    void onWalkerFinished(CursorWalker *walker, CursorWalker::End end, const ApiError &error);
    bool startHonoured(const Stretch &stretch, const SourcePage &page) const;
    void stopAtNextStart(qsizetype index, const SourcePage &page);
    void drop(qsizetype index);
    void forget(const Known &start);
    qsizetype indexOf(const CursorWalker *walker) const;
    struct Split {
        qsizetype index = -1;
        qsizetype count = 0; // measured sources left in it
        qint64 end = 0;      // updatedAt where it ends
    };
    Split longestStretch() const;
    double sourcesPerMeasured() const;
    using Measured = QList<const QList<Known> *>;
    Measured measure() const;
    void splitLongestStretch();
    qint64 knownDownTo() const;
    static qsizetype knownBetween(const Measured &measured, qint64 above, qint64 below);
    static std::optional<Known> knownAt(const Measured &measured, qint64 above, qint64 below,
                                        qsizetype count);
    void endIfDone();
    void endWalk(CursorWalker::End end, const ApiError &error = {});

    FiniClient *m_client;
    int m_pageSize;
    QList<Stretch> m_stretches;
    // Per type, the sources its walk read, in the order read (newest first).
    QHash<QString, QList<Known>> m_known;
    QSet<QString> m_runningTypes;
    QString m_probe;
    // What the cursors of the order read, per type: how the types mix.
    QHash<QString, qsizetype> m_readPerType;
    qsizetype m_readByCursors = 0;
    bool m_splitting = false;
    int m_finishedRequests = 0;
    int m_cursorsOpened = 0;
    bool m_running = false;
};
