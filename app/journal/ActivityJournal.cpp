#include "ActivityJournal.h"

#include <QDateTime>
#include <QDir>
#include <QMetaEnum>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace {

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

} // namespace

QString ActivityJournal::defaultPath(const QString &scope)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/activity-") + scope + QStringLiteral(".sqlite");
}

QString ActivityJournal::outcomeName(SourceOutcome::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<SourceOutcome::State>().valueToKey(int(state)));
}

ActivityJournal::ActivityJournal(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
             && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
             && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS operations ("
                                    "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                                    "started_at INTEGER NOT NULL, finished_at INTEGER, "
                                    "state TEXT NOT NULL, summary TEXT, options TEXT)"))
             && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS items ("
                                    "operation_id INTEGER NOT NULL, source_id TEXT NOT NULL, "
                                    "job_id TEXT, outcome TEXT NOT NULL, detail TEXT, "
                                    "PRIMARY KEY (operation_id, source_id))"));
}

ActivityJournal::~ActivityJournal()
{
    {
        QSqlDatabase db = database(m_connection);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ActivityJournal::exec(const QString &statement)
{
    QSqlQuery query(database(m_connection));
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

qint64 ActivityJournal::begin(const QString &kind, const QStringList &sourceIds,
                              const QString &options)
{
    if (!m_open)
        return 0;
    QSqlDatabase db = database(m_connection);
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO operations (kind, started_at, state, options) "
                                  "VALUES (?, ?, 'running', ?)"));
    insert.addBindValue(kind);
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    insert.addBindValue(options);
    insert.exec();
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery item(db);
    item.prepare(QStringLiteral("INSERT OR REPLACE INTO items (operation_id, source_id, outcome) "
                                "VALUES (?, ?, 'sending')"));
    // Positional values are set by index: a prepared query keeps them across exec().
    for (const QString &source : sourceIds) {
        item.bindValue(0, id);
        item.bindValue(1, source);
        item.exec();
    }
    db.commit();
    return id;
}

void ActivityJournal::recordJobs(qint64 operation, const QHash<QString, QString> &jobBySource)
{
    if (!m_open || operation == 0)
        return;
    QSqlDatabase db = database(m_connection);
    db.transaction();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE items SET job_id = ?, outcome = 'Queued' "
                                  "WHERE operation_id = ? AND source_id = ?"));
    for (auto it = jobBySource.cbegin(); it != jobBySource.cend(); ++it) {
        update.bindValue(0, it.value());
        update.bindValue(1, operation);
        update.bindValue(2, it.key());
        update.exec();
    }
    db.commit();
}

void ActivityJournal::recordOutcomes(qint64 operation,
                                     const QHash<QString, SourceOutcome> &outcomes)
{
    if (!m_open || operation == 0)
        return;
    QSqlDatabase db = database(m_connection);
    db.transaction();
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO items (operation_id, source_id, outcome, detail) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (operation_id, source_id) DO UPDATE SET outcome = excluded.outcome, "
        "detail = excluded.detail"));
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        upsert.bindValue(0, operation);
        upsert.bindValue(1, it.key());
        upsert.bindValue(2, outcomeName(it->state));
        upsert.bindValue(3, it->detail);
        upsert.exec();
    }
    db.commit();
}

void ActivityJournal::finish(qint64 operation, const QString &state, const QString &summary)
{
    if (!m_open || operation == 0)
        return;
    QSqlQuery update(database(m_connection));
    update.prepare(QStringLiteral("UPDATE operations SET state = ?, summary = ?, finished_at = ? "
                                  "WHERE id = ?"));
    update.addBindValue(state);
    update.addBindValue(summary);
    update.addBindValue(QDateTime::currentMSecsSinceEpoch());
    update.addBindValue(operation);
    update.exec();
}

QList<ActivityJournal::Operation> ActivityJournal::select(const QString &where, int limit) const
{
    QList<Operation> operations;
    if (!m_open)
        return operations;
    QSqlDatabase db = database(m_connection);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, kind, started_at, finished_at, state, summary, options "
                       "FROM operations ")
        + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    query.exec();
    while (query.next()) {
        operations.append({query.value(0).toLongLong(),
                           query.value(1).toString(),
                           query.value(2).toLongLong(),
                           query.value(3).toLongLong(),
                           query.value(4).toString(),
                           query.value(5).toString(),
                           query.value(6).toString(),
                           {}});
    }
    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT source_id, job_id, outcome, detail FROM items "
                                 "WHERE operation_id = ? ORDER BY rowid"));
    for (Operation &operation : operations) {
        items.bindValue(0, operation.id);
        items.exec();
        while (items.next())
            operation.items.append({items.value(0).toString(), items.value(1).toString(),
                                    items.value(2).toString(), items.value(3).toString()});
    }
    return operations;
}

QList<ActivityJournal::Operation> ActivityJournal::recent(int limit) const
{
    return select({}, limit);
}

QList<ActivityJournal::Operation> ActivityJournal::unfinished() const
{
    return select(QStringLiteral("WHERE state = 'running'"), 1000);
}
