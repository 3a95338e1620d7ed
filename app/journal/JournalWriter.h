#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimer>
#include <QWaitCondition>

#include <deque>
#include <functional>

// The SQLite side of the activity journal, living on the journal's own thread: writes are
// queued from any thread in order and written in batches, one transaction per batch, so the
// GUI thread never waits for the disk. A batch the disk refuses is kept and tried again; the
// failure is reported once, with a sentence a user can act on.
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    // One write: runs its statements and returns the first error (invalid when all went well).
    using Write = std::function<QSqlError(QSqlDatabase &database)>;

    explicit JournalWriter(const QString &path);
    ~JournalWriter() override;

    // On the writer's thread. A damaged file is moved aside and a new one started (`notice`
    // says where it went); an older schema is brought up to date; operations that ended more
    // than `keepDays` days ago are dropped.
    bool open(int keepDays, QString *error, QString *notice);
    QSqlDatabase database() const;
    // Writes every queued batch now (also before a read, so reads see every earlier write).
    void drain();

    // From any thread. Returns the write's sequence number, for waitSettled().
    quint64 enqueue(Write write);
    // From another thread: waits until every write up to `sequence` is on disk or was refused
    // (and is kept for a retry), at most `timeoutMs`; returns whether it is.
    bool waitSettled(quint64 sequence, int timeoutMs);

    static QString describe(const QSqlError &error);

Q_SIGNALS:
    // Every write up to `sequence` is on disk or was refused (and is kept for a retry).
    void settled(quint64 sequence);
    void failed(const QString &message);
    void recovered();

private:
    bool openFile(QString *error);
    bool isIntact();
    QString moveAside();
    bool prepareSchema(QString *error);
    void prune(int keepDays);

    struct Queued {
        quint64 sequence;
        Write write;
    };

    QString m_path;
    QString m_connection;
    QMutex m_mutex;
    std::deque<Queued> m_queue; // guarded by m_mutex
    quint64 m_nextSequence = 1; // guarded by m_mutex
    bool m_drainPosted = false; // guarded by m_mutex
    quint64 m_settled = 0;      // guarded by m_mutex
    QWaitCondition m_settledChanged;
    bool m_failing = false;
    QTimer *m_retry = nullptr;
};
