#include "JournalWriter.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
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
constexpr int SchemaVersion = 1;

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery info(db);
    if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (info.next()) {
        if (info.value(1).toString() == column)
            return true;
    }
    return false;
}

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

bool JournalWriter::open(int keepDays, QString *error, QString *notice)
{
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &JournalWriter::drain);
    if (!openFile(error))
        return false;
    if (!isIntact()) {
        const QString movedTo = moveAside();
        if (movedTo.isEmpty()) {
            *error = tr("The file is damaged and could not be moved aside.");
            return false;
        }
        *notice = tr("The activity history was damaged. It was moved aside to %1 and a new one "
                     "was started; earlier operations are not shown.")
                      .arg(QDir::toNativeSeparators(movedTo));
        if (!openFile(error))
            return false;
    }
    if (!prepareSchema(error))
        return false;
    prune(keepDays);
    return true;
}

bool JournalWriter::openFile(QString *error)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // A locked file is waited for on this thread, never on the GUI thread, but not for long:
    // a refused batch is tried again later anyway.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool JournalWriter::isIntact()
{
    QSqlQuery check(database());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next())
        return false;
    return check.value(0).toString() == QLatin1String("ok");
}

QString JournalWriter::moveAside()
{
    database().close();
    const QString movedTo =
        m_path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, movedTo))
        return {};
    // The write-ahead log belongs to the damaged file, not to the new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, movedTo + suffix);
    }
    return movedTo;
}

bool JournalWriter::prepareSchema(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        *error = tr("The file was written by a newer Sourcedesk (history version %1). Update "
                    "Sourcedesk to record operations again.")
                     .arg(version);
        return false;
    }
    QStringList statements{
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS operations ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                       "started_at INTEGER NOT NULL, finished_at INTEGER, "
                       "state TEXT NOT NULL, summary TEXT, options TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS items ("
                       "operation_id INTEGER NOT NULL, source_id TEXT NOT NULL, "
                       "job_id TEXT, outcome TEXT NOT NULL, detail TEXT, "
                       "PRIMARY KEY (operation_id, source_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS operation_sources ("
                       "operation_id INTEGER PRIMARY KEY, source_ids BLOB NOT NULL)")};
    // Version 0 is the history of Sourcedesk 0.1 before generate options were kept.
    if (version < 1 && !hasColumn(db, QStringLiteral("operations"), QStringLiteral("options"))
        && hasColumn(db, QStringLiteral("operations"), QStringLiteral("id")))
        statements.append(QStringLiteral("ALTER TABLE operations ADD COLUMN options TEXT"));
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

void JournalWriter::prune(int keepDays)
{
    if (keepDays <= 0)
        return;
    const qint64 cutoff =
        QDateTime::currentMSecsSinceEpoch() - qint64(keepDays) * 24 * 60 * 60 * 1000;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QString old = QStringLiteral("SELECT id FROM operations WHERE state != 'running' AND "
                                       "started_at < %1")
                            .arg(cutoff);
    // One transaction: a history is never left with items of a removed operation.
    db.transaction();
    const bool pruned =
        query.exec(QStringLiteral("DELETE FROM items WHERE operation_id IN (%1)").arg(old))
        && query.exec(
            QStringLiteral("DELETE FROM operation_sources WHERE operation_id IN (%1)").arg(old))
        && query.exec(QStringLiteral("DELETE FROM operations WHERE id IN (%1)").arg(old));
    if (pruned)
        db.commit();
    else
        db.rollback();
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
