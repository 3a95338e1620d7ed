#include "JournalWriter.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QUuid>

namespace {

// SQLite result codes (the primary code is the low byte of an extended one).
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26
};

constexpr int RetryMs = 5000;

} // namespace

JournalWriter::JournalWriter(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

JournalWriter::~JournalWriter()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString JournalWriter::describe(const QSqlError &error)
{
    QString what;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case Full:
        what = tr("The disk is full. Free some space; Sourcedesk goes on trying.");
        break;
    case ReadOnly:
    case CantOpen:
        what = tr("The file or its folder is read-only. Make it writable; Sourcedesk goes on "
                  "trying.");
        break;
    case Corrupt:
    case NotADatabase:
        what = tr("The file is damaged. Close Sourcedesk and move the file aside; a new one is "
                  "made on the next start.");
        break;
    case Busy:
    case Locked:
        what = tr("Another program holds the file. Sourcedesk goes on trying.");
        break;
    case IoError:
        what = tr("The disk reported an error. Sourcedesk goes on trying.");
        break;
    default:
        what = tr("Sourcedesk goes on trying.");
    }
    return tr("The activity history could not be saved: operations go on, but are not recorded "
              "yet. %1 (%2)")
        .arg(what, error.text());
}

bool JournalWriter::open(QString *error)
{
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &JournalWriter::drain);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // A locked file is waited for on this thread, never on the GUI thread, but not for long:
    // a refused batch is tried again later anyway.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const QString &statement :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS operations ("
                         "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                         "started_at INTEGER NOT NULL, finished_at INTEGER, "
                         "state TEXT NOT NULL, summary TEXT, options TEXT)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS items ("
                         "operation_id INTEGER NOT NULL, source_id TEXT NOT NULL, "
                         "job_id TEXT, outcome TEXT NOT NULL, detail TEXT, "
                         "PRIMARY KEY (operation_id, source_id))"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS operation_sources ("
                         "operation_id INTEGER PRIMARY KEY, source_ids BLOB NOT NULL)")}) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlDatabase JournalWriter::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

quint64 JournalWriter::enqueue(Write write)
{
    const QMutexLocker lock(&m_mutex);
    const quint64 sequence = m_nextSequence++;
    m_queue.push_back({sequence, std::move(write)});
    if (!m_drainPosted) {
        m_drainPosted = true;
        QMetaObject::invokeMethod(this, &JournalWriter::drain, Qt::QueuedConnection);
    }
    return sequence;
}

void JournalWriter::drain()
{
    std::deque<Queued> batch;
    {
        const QMutexLocker lock(&m_mutex);
        m_drainPosted = false;
        batch.swap(m_queue);
    }
    if (batch.empty())
        return;
    QSqlDatabase db = database();
    QSqlError error;
    if (!db.isOpen()) {
        error = db.lastError();
    } else if (!db.transaction()) {
        error = db.lastError();
    } else {
        for (const Queued &queued : batch) {
            error = queued.write(db);
            if (error.isValid())
                break;
        }
        if (!error.isValid() && !db.commit())
            error = db.lastError();
        if (error.isValid())
            db.rollback();
    }
    const quint64 last = batch.back().sequence;
    if (error.isValid()) {
        // Kept in order in front of anything queued meanwhile, and tried again.
        {
            const QMutexLocker lock(&m_mutex);
            std::move(m_queue.begin(), m_queue.end(), std::back_inserter(batch));
            m_queue.swap(batch);
        }
        if (!m_failing) {
            m_failing = true;
            Q_EMIT failed(describe(error));
        }
        m_retry->start();
    } else if (m_failing) {
        m_failing = false;
        Q_EMIT recovered();
    }
    {
        const QMutexLocker lock(&m_mutex);
        m_settled = last;
        m_settledChanged.wakeAll();
    }
    Q_EMIT settled(last);
}

bool JournalWriter::waitSettled(quint64 sequence, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (m_settled < sequence) {
        if (!m_settledChanged.wait(&m_mutex, deadline))
            return m_settled >= sequence;
    }
    return true;
}
