#include "ActivityJournal.h"

#include "DataFolder.h"
#include "JournalWriter.h"

#include <QDateTime>
#include <QMetaEnum>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <memory>

namespace {

// An operation's source IDs as one value: a line each, in UTF-8 (writing 100,000 as JSON took
// half a second). The rare ID holding a line break or a '%' is percent-encoded.
QByteArray encodeIds(const QStringList &ids)
{
    QString joined;
    joined.reserve(ids.size() * (ids.isEmpty() ? 0 : ids.first().size() + 1));
    for (const QString &id : ids) {
        if (!joined.isEmpty())
            joined += QLatin1Char('\n');
        if (id.contains(QLatin1Char('\n')) || id.contains(QLatin1Char('%')))
            joined += QString::fromLatin1(QUrl::toPercentEncoding(id));
        else
            joined += id;
    }
    return joined.toUtf8();
}

QStringList decodeIds(const QByteArray &value)
{
    QStringList ids;
    if (value.isEmpty())
        return ids;
    for (const QString &line : QString::fromUtf8(value).split(QLatin1Char('\n'))) {
        ids.append(line.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(line.toLatin1())
                                                   : line);
    }
    return ids;
}

QList<ActivityJournal::Operation> selectOperations(const QSqlDatabase &db, const QString &where,
                                                   int limit)
{
    QList<ActivityJournal::Operation> operations;
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
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT source_id, job_id, outcome, detail FROM items "
                                 "WHERE operation_id = ? ORDER BY rowid"));
    QSqlQuery sources(db);
    sources.setForwardOnly(true);
    sources.prepare(
        QStringLiteral("SELECT source_ids FROM operation_sources WHERE operation_id = ?"));
    for (ActivityJournal::Operation &operation : operations) {
        items.bindValue(0, operation.id);
        items.exec();
        QList<ActivityJournal::Item> recorded;
        while (items.next())
            recorded.append({items.value(0).toString(), items.value(1).toString(),
                             items.value(2).toString(), items.value(3).toString()});
        sources.bindValue(0, operation.id);
        sources.exec();
        if (!sources.next()) {
            operation.items = recorded; // written before the sources were kept as one list
            continue;
        }
        // The operation's sources in their order, each with what was recorded about it since,
        // "sending" when nothing was; then any source recorded that was not in the list.
        QHash<QString, qsizetype> recordedAt;
        recordedAt.reserve(recorded.size());
        for (qsizetype i = 0; i < recorded.size(); ++i)
            recordedAt.insert(recorded.at(i).sourceId, i);
        const QStringList ids = decodeIds(sources.value(0).toByteArray());
        operation.items.reserve(std::max(recorded.size(), ids.size()));
        const QString sending = QStringLiteral("sending");
        for (const QString &id : ids) {
            const auto found = recordedAt.find(id);
            if (found == recordedAt.end()) {
                operation.items.append({id, {}, sending, {}});
            } else {
                operation.items.append(recorded.at(*found));
                recordedAt.erase(found);
            }
        }
        for (const ActivityJournal::Item &item : std::as_const(recorded)) {
            if (recordedAt.contains(item.sourceId))
                operation.items.append(item);
        }
    }
    return operations;
}

// The first error of a prepared statement run once per row, or none.
QSqlError execAll(QSqlQuery &query, const std::function<void(QSqlQuery &)> &bindNext, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        bindNext(query);
        if (!query.exec())
            return query.lastError();
    }
    return {};
}

} // namespace

QString ActivityJournal::defaultPath(const QString &scope)
{
    return DataFolder::file(QStringLiteral("activity-"), scope, QStringLiteral(".sqlite"));
}

QString ActivityJournal::outcomeName(SourceOutcome::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<SourceOutcome::State>().valueToKey(int(state)));
}

ActivityJournal::ActivityJournal(const QString &path, int keepDays, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_writer(new JournalWriter(path))
{
    m_thread.setObjectName(QStringLiteral("activity-journal"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &JournalWriter::failed, this, &ActivityJournal::writeFailed);
    connect(m_writer, &JournalWriter::recovered, this, &ActivityJournal::writeRecovered);
    connect(m_writer, &JournalWriter::settled, this, &ActivityJournal::writesSettled);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_writer,
        [this, keepDays] {
            m_open = m_writer->open(keepDays, &m_error, &m_notice);
            if (!m_open)
                return;
            QSqlQuery last(m_writer->database());
            if (last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM operations"))
                && last.next())
                m_lastOperation = last.value(0).toLongLong();
        },
        Qt::BlockingQueuedConnection);
}

ActivityJournal::~ActivityJournal()
{
    QMetaObject::invokeMethod(m_writer, &JournalWriter::drain, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

qint64 ActivityJournal::begin(const QString &kind, const QStringList &sourceIds,
                              const QString &options)
{
    if (!m_open)
        return 0;
    // Ids are handed out here, so the caller has one before anything reaches the disk.
    const qint64 id = ++m_lastOperation;
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    m_lastSequence = m_writer->enqueue([=](QSqlDatabase &db) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT OR REPLACE INTO operations "
                                      "(id, kind, started_at, state, options) "
                                      "VALUES (?, ?, ?, 'running', ?)"));
        insert.addBindValue(id);
        insert.addBindValue(kind);
        insert.addBindValue(startedAt);
        insert.addBindValue(options);
        if (!insert.exec())
            return insert.lastError();
        // The sources as one value: a row per source took most of a second for 100,000, and
        // the requests wait for this write. Items get their rows as outcomes arrive.
        QSqlQuery sources(db);
        sources.prepare(QStringLiteral("INSERT OR REPLACE INTO operation_sources "
                                       "(operation_id, source_ids) VALUES (?, ?)"));
        sources.addBindValue(id);
        sources.addBindValue(encodeIds(sourceIds));
        return sources.exec() ? QSqlError() : sources.lastError();
    });
    Q_EMIT operationBegun(id, kind, startedAt, sourceIds);
    return id;
}

void ActivityJournal::recordJobs(qint64 operation, const QHash<QString, QString> &jobBySource)
{
    if (!m_open || operation == 0)
        return;
    m_lastSequence = m_writer->enqueue([=](QSqlDatabase &db) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral(
            "INSERT INTO items (job_id, operation_id, source_id, outcome) VALUES (?, ?, ?, "
            "'Queued') ON CONFLICT (operation_id, source_id) DO UPDATE SET job_id = "
            "excluded.job_id, outcome = 'Queued'"));
        auto it = jobBySource.cbegin();
        return execAll(
            update,
            [&](QSqlQuery &q) {
                q.bindValue(0, it.value());
                q.bindValue(1, operation);
                q.bindValue(2, it.key());
                ++it;
            },
            jobBySource.size());
    });
    Q_EMIT jobsRecorded(operation, jobBySource);
}

void ActivityJournal::recordOutcomes(qint64 operation,
                                     const QHash<QString, SourceOutcome> &outcomes)
{
    if (!m_open || operation == 0 || outcomes.isEmpty())
        return;
    m_lastSequence = m_writer->enqueue([=](QSqlDatabase &db) {
        QSqlQuery upsert(db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO items (operation_id, source_id, outcome, detail) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (operation_id, source_id) DO UPDATE SET outcome = excluded.outcome, "
            "detail = excluded.detail"));
        auto it = outcomes.cbegin();
        return execAll(
            upsert,
            [&](QSqlQuery &q) {
                q.bindValue(0, operation);
                q.bindValue(1, it.key());
                q.bindValue(2, outcomeName(it->state));
                q.bindValue(3, it->detail);
                ++it;
            },
            outcomes.size());
    });
    Q_EMIT outcomesRecorded(operation, outcomes);
}

void ActivityJournal::finish(qint64 operation, const QString &state, const QString &summary)
{
    if (!m_open || operation == 0)
        return;
    const qint64 finishedAt = QDateTime::currentMSecsSinceEpoch();
    m_lastSequence = m_writer->enqueue([=](QSqlDatabase &db) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE operations SET state = ?, summary = ?, "
                                      "finished_at = ? WHERE id = ?"));
        update.addBindValue(state);
        update.addBindValue(summary);
        update.addBindValue(finishedAt);
        update.addBindValue(operation);
        return update.exec() ? QSqlError() : update.lastError();
    });
    Q_EMIT operationFinished(operation, state, summary);
}

bool ActivityJournal::waitForWrites(int timeoutMs)
{
    return !m_open || m_writer->waitSettled(m_lastSequence, timeoutMs);
}

void ActivityJournal::afterWrites(int timeoutMs, QObject *context,
                                  std::function<void(bool settled)> done)
{
    const quint64 sequence = m_lastSequence;
    auto *waiter = new QTimer(context);
    waiter->setSingleShot(true);
    // Whichever comes first answers: the write settling, or the timeout.
    const auto answered = std::make_shared<bool>(false);
    const auto answer = [waiter, answered, done = std::move(done)](bool settled) {
        if (*answered)
            return;
        *answered = true;
        waiter->stop();
        waiter->deleteLater();
        done(settled);
    };
    connect(waiter, &QTimer::timeout, waiter, [answer] { answer(false); });
    connect(this, &ActivityJournal::writesSettled, waiter, [answer, sequence](quint64 reached) {
        if (reached >= sequence)
            answer(true);
    });
    waiter->start(timeoutMs);
    // Settled already (or nothing to write): the answer still comes on a later turn.
    if (!m_open || m_writer->waitSettled(sequence, 0))
        QMetaObject::invokeMethod(
            waiter, [answer] { answer(true); }, Qt::QueuedConnection);
}

QList<ActivityJournal::Operation> ActivityJournal::select(const QString &where, int limit) const
{
    QList<Operation> operations;
    if (!m_open)
        return operations;
    QMetaObject::invokeMethod(
        m_writer,
        [&] {
            m_writer->drain();
            operations = selectOperations(m_writer->database(), where, limit);
        },
        Qt::BlockingQueuedConnection);
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

void ActivityJournal::readRecent(
    int limit, QObject *context,
    std::function<void(const QList<ActivityJournal::Operation> &)> done) const
{
    if (!m_open) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_writer, [this, limit, guard, done = std::move(done)] {
        m_writer->drain();
        QList<Operation> operations = selectOperations(m_writer->database(), {}, limit);
        // Back on the journal's (GUI) thread; the journal outlives its writer thread.
        QMetaObject::invokeMethod(
            const_cast<ActivityJournal *>(this),
            [guard, done, operations = std::move(operations)] {
                if (guard)
                    done(operations);
            },
            Qt::QueuedConnection);
    });
}
