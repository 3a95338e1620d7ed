#pragma once

#include "SourceOutcome.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The local record of every operation (refresh, generate) of one workspace: when it ran, for
// which sources, the knowledge jobs Fini queued, each source's outcome, and how it ended.
// SQLite in WAL mode; an operation is written before its request is sent, so a crash or a
// killed process loses nothing that was already queued at Fini.
class ActivityJournal
{
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

    explicit ActivityJournal(const QString &path);
    ~ActivityJournal();
    ActivityJournal(const ActivityJournal &) = delete;
    ActivityJournal &operator=(const ActivityJournal &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    qint64 begin(const QString &kind, const QStringList &sourceIds, const QString &options = {});
    void recordJobs(qint64 operation, const QHash<QString, QString> &jobBySource);
    void recordOutcomes(qint64 operation, const QHash<QString, SourceOutcome> &outcomes);
    void finish(qint64 operation, const QString &state, const QString &summary);

    QList<Operation> recent(int limit = 50) const;
    QList<Operation> unfinished() const;

    static QString outcomeName(SourceOutcome::State state);
    static QString defaultPath(const QString &scope);

private:
    QList<Operation> select(const QString &where, int limit) const;
    bool exec(const QString &statement);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};
