#pragma once

#include "SourceOutcome.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <functional>

class JournalWriter;

// The local record of every operation (refresh, generate) of one workspace: when it ran, for
// which sources, the knowledge jobs Fini queued, each source's outcome, and how it ended.
// SQLite in WAL mode, written on a thread of its own in batches and in order, so the GUI
// thread never waits for the disk; a write the disk refuses is reported (writeFailed) and
// tried again. ActivityRecorder sends an operation's requests only once its start is written
// (waitForWrites), so a crash or a killed process loses nothing that was already queued at Fini.
class ActivityJournal : public QObject
{
    Q_OBJECT

public:
    struct Item {
        QString sourceId;
        QString jobId;
        QString outcome; // SourceOutcome::State name, or "sending" before Fini answered
        QString detail;
    };

    struct Operation {
        qint64 id = 0;
        QString kind; // "refresh" or "generate"
        qint64 startedAt = 0;
        qint64 finishedAt = 0;
        QString state; // running, finished, cancelled, interrupted
        QString summary;
        QString options; // JSON of the generate options
        QList<Item> items;
    };

    // Opens (or creates) the file on the journal's thread and waits for that, so isOpen() is
    // known at once.
    // Operations that ended more than `keepDays` days ago are dropped as the file opens.
    static constexpr int DefaultKeepDays = 90;
    explicit ActivityJournal(const QString &path, int keepDays = DefaultKeepDays,
                             QObject *parent = nullptr);
    // Writes what is still queued, then closes.
    ~ActivityJournal() override;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    // Something the user should know about the opening (a damaged file moved aside), or empty.
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    // These return at once; the writes follow in the order of the calls.
    qint64 begin(const QString &kind, const QStringList &sourceIds, const QString &options = {});
    void recordJobs(qint64 operation, const QHash<QString, QString> &jobBySource);
    void recordOutcomes(qint64 operation, const QHash<QString, SourceOutcome> &outcomes);
    void finish(qint64 operation, const QString &state, const QString &summary);
    // Waits (at most `timeoutMs`) until every write made so far is on disk or was refused by
    // it; returns whether that happened in time.
    bool waitForWrites(int timeoutMs);
    // The same without waiting: calls `done` on a later turn of the event loop, with true once
    // every write made so far is settled, or with false after `timeoutMs`. Nothing is called
    // once `context` is gone.
    void afterWrites(int timeoutMs, QObject *context, std::function<void(bool settled)> done);

    // Reads see every write made before them. These wait for the journal's thread; the
    // Activity panel uses readRecent, which does not.
    QList<Operation> recent(int limit = 50) const;
    QList<Operation> unfinished() const;
    void readRecent(int limit, QObject *context,
                    std::function<void(const QList<ActivityJournal::Operation> &)> done) const;

    static QString outcomeName(SourceOutcome::State state);
    static QString defaultPath(const QString &scope);

Q_SIGNALS:
    // The disk refused a write (full, read-only, damaged or locked file): a sentence for the
    // user. Sent once until writing works again (writeRecovered).
    void writeFailed(const QString &message);
    void writeRecovered();

    // What was just recorded, as it is recorded (before it reaches the disk), for views that
    // follow the journal without reading it again.
    void operationBegun(qint64 operation, const QString &kind, qint64 startedAt,
                        const QStringList &sourceIds);
    void jobsRecorded(qint64 operation, const QHash<QString, QString> &jobBySource);
    void outcomesRecorded(qint64 operation, const QHash<QString, SourceOutcome> &outcomes);
    void operationFinished(qint64 operation, const QString &state, const QString &summary);

Q_SIGNALS:
    void writesSettled(quint64 sequence);

private:
    QList<Operation> select(const QString &where, int limit) const;

    QString m_path;
    QString m_error;
    QString m_notice;
    bool m_open = false;
    qint64 m_lastOperation = 0;
    quint64 m_lastSequence = 0;
    QThread m_thread;
    JournalWriter *m_writer = nullptr;
};
