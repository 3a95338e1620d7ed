#include "ActivityModel.h"
#include "ActivityRecorder.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "SandboxThread.h"
#include "TestMain.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

class JournalTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // How many source IDs the file holds for `operation`, read with a connection of its own.
    static int storedSourceCount(const QString &path, qint64 operation)
    {
        int count = -1;
        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            check.setDatabaseName(path);
            if (check.open()) {
                QSqlQuery stored(check);
                if (stored.exec(QStringLiteral("SELECT source_ids FROM operation_sources WHERE "
                                               "operation_id = %1")
                                    .arg(operation))
                    && stored.next())
                    count = int(stored.value(0).toByteArray().split('\n').size());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        return count;
    }

    // Runs `statements` on the file at `path` with a connection of its own; false at the first
    // that fails.
    static bool execute(const QString &path, const QStringList &statements)
    {
        bool done = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(path);
            done = db.open();
            QSqlQuery query(db);
            for (const QString &statement : statements)
                done = done && query.exec(statement);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        return done;
    }

private Q_SLOTS:
    void operationsAreRecordedAndSurviveReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite"));
        {
            ActivityJournal journal(path);
            QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
            const qint64 op = journal.begin(QStringLiteral("generate"),
                                            {QStringLiteral("s1"), QStringLiteral("s2")},
                                            QStringLiteral("{\"isDraft\":true}"));
            journal.recordJobs(op, {{QStringLiteral("s1"), QStringLiteral("j1")}});
            journal.recordOutcomes(op,
                                   {{QStringLiteral("s2"),
                                     {SourceOutcome::State::Rejected, QStringLiteral("no"), {}}}});
            QCOMPARE(journal.unfinished().size(), 1);
        }
        ActivityJournal reopened(path);
        const auto unfinished = reopened.unfinished();
        QCOMPARE(unfinished.size(), 1);
        const ActivityJournal::Operation &op = unfinished.first();
        QCOMPARE(op.kind, QStringLiteral("generate"));
        QCOMPARE(op.items.size(), 2);
        QCOMPARE(op.items.at(0).jobId, QStringLiteral("j1"));
        QCOMPARE(op.items.at(0).outcome, QStringLiteral("Queued"));
        QCOMPARE(op.items.at(1).outcome, QStringLiteral("Rejected"));
        reopened.finish(op.id, QStringLiteral("finished"), QStringLiteral("done"));
        QVERIFY(reopened.unfinished().isEmpty());
        QCOMPARE(reopened.recent().first().summary, QStringLiteral("done"));

        // Written in WAL mode, so a killed writer leaves a consistent database.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery mode(db);
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void aKilledRunIsPickedUpOnTheNextStart()
    {
        SandboxOptions options;
        options.sources = 200;
        options.pendingMs = 1500;
        options.runningMs = 1500;
        options.jobFailRate = 0.0;
        SandboxThread sandbox;
        QVERIFY(sandbox.start(options));
        QStringList ids;
        for (const QJsonValue &doc :
             HttpProbe(sandbox.url())
                 .get(QStringLiteral("/v2/documents/public?limit=20&source=web"),
                      FiniSandbox::writeKey())
                 .json.object()
                 .value(QLatin1String("documents"))
                 .toArray())
            ids.append(doc.toObject().value(QLatin1String("id")).toString());
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));

        QProcess victim;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FINI_API_KEY"), FiniSandbox::writeKey());
        victim.setProcessEnvironment(env);
        victim.start(QStringLiteral(JOURNAL_VICTIM_PATH),
                     QStringList{sandbox.url().toString(), path} + ids);
        QVERIFY(victim.waitForReadyRead(15000));
        QCOMPARE(victim.readLine().trimmed(), QByteArray("queued 20"));
        victim.kill(); // SIGKILL: no chance to clean up
        QVERIFY(victim.waitForFinished(5000));

        ActivityJournal journal(path);
        const QList<ActivityJournal::Operation> unfinished = journal.unfinished();
        QCOMPARE(unfinished.size(), 1);
        for (const ActivityJournal::Item &item : unfinished.first().items)
            QVERIFY(!item.jobId.isEmpty());

        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        FiniClient client(config);
        PollSchedule::Settings polling;
        polling.firstMs = 100;
        RefreshWorkflow refresh(&client, polling);
        GenerateWorkflow generate(&client, polling);
        ActivityRecorder recorder(&journal, &refresh, &generate);
        QSignalSpy finished(&generate, &GenerateWorkflow::finished);
        QCOMPARE(recorder.resumeUnfinished(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(generate.outcomes().size(), 20);
        for (const SourceOutcome &outcome : generate.outcomes())
            QVERIFY(outcome.state == SourceOutcome::State::DraftCreated
                    || outcome.state == SourceOutcome::State::NoChange);
        QVERIFY(journal.unfinished().isEmpty());
        QCOMPARE(journal.recent().first().state, QStringLiteral("finished"));
    }

    void everySourceIsReadBackInOrderWithWhatWasRecorded()
    {
        const QString path = m_dir.filePath(QStringLiteral("order.sqlite"));
        const QStringList ids{QStringLiteral("b"), QStringLiteral("line\nbreak"),
                              QStringLiteral("100%"), QStringLiteral("a")};
        {
            ActivityJournal journal(path);
            const qint64 op = journal.begin(QStringLiteral("refresh"), ids);
            journal.recordOutcomes(
                op,
                {{QStringLiteral("100%"), {SourceOutcome::State::Failed, QStringLiteral("x"), {}}},
                 {QStringLiteral("extra"), {SourceOutcome::State::NotTracked, {}, {}}}});
        }
        ActivityJournal reopened(path);
        const QList<ActivityJournal::Item> items = reopened.recent().first().items;
        QStringList read;
        for (const ActivityJournal::Item &item : items)
            read.append(item.sourceId);
        QCOMPARE(read, ids + QStringList{QStringLiteral("extra")});
        QCOMPARE(items.at(0).outcome, QStringLiteral("sending"));
        QCOMPARE(items.at(2).outcome, QStringLiteral("Failed"));
        QCOMPARE(items.at(2).detail, QStringLiteral("x"));
    }

    void aRefusedWriteIsReportedAndWrittenLater()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        ActivityJournal journal(path);
        QVERIFY(journal.isOpen());
        QSignalSpy failed(&journal, &ActivityJournal::writeFailed);
        QSignalSpy recovered(&journal, &ActivityJournal::writeRecovered);
        // Another program holds the file's write lock: every write of the journal is refused.
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            const qint64 op = journal.begin(QStringLiteral("refresh"),
                                            {QStringLiteral("s1"), QStringLiteral("s2")});
            QVERIFY(op > 0);
            journal.finish(op, QStringLiteral("finished"), QStringLiteral("done"));
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
            QVERIFY(failed.first().first().toString().contains(
                QStringLiteral("Another program holds the file")));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        // Kept in order and written once the file is free again: nothing is lost.
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 15000);
        QCOMPARE(failed.size(), 1);
        const auto recent = journal.recent();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().state, QStringLiteral("finished"));
        QCOMPARE(recent.first().items.size(), 2);
    }

    void aDamagedFileIsMovedAsideAndANewOneStarted()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        ActivityJournal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        QVERIFY2(journal.notice().contains(QStringLiteral("damaged.sqlite.damaged-")),
                 qPrintable(journal.notice()));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile moved(m_dir.filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray(8192, 'x')); // kept as it was, for whoever asks
        // The new history records.
        const qint64 op = journal.begin(QStringLiteral("refresh"), {QStringLiteral("s1")});
        QVERIFY(op > 0);
        QCOMPARE(journal.recent().size(), 1);
    }

    void aFileThatCannotBeOpenedIsReportedAndOperationsGoOn()
    {
        // A folder where the file should be: SQLite cannot open it, and nothing may be moved.
        const QString path = m_dir.filePath(QStringLiteral("folder.sqlite"));
        QVERIFY(QDir().mkpath(path));
        ActivityJournal journal(path);
        QVERIFY(!journal.isOpen());
        QVERIFY(!journal.errorString().isEmpty());
        QCOMPARE(journal.begin(QStringLiteral("refresh"), {QStringLiteral("s1")}), 0);
        // What waits for the journal is not held up by a journal that cannot write.
        QVERIFY(journal.waitForWrites(0));
        QVERIFY(journal.recent().isEmpty());
        QVERIFY(QFileInfo(path).isDir());
    }

    void anOlderHistoryIsBroughtUpToDate()
    {
        // The first schema had no options column and no version.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(execute(
            path,
            {QStringLiteral("CREATE TABLE operations (id INTEGER PRIMARY KEY AUTOINCREMENT, kind "
                            "TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER, "
                            "state TEXT NOT NULL, summary TEXT)"),
             QStringLiteral("INSERT INTO operations (kind, started_at, finished_at, state, "
                            "summary) VALUES ('refresh', %1, %1, 'finished', 'from the old "
                            "version')")
                 .arg(QDateTime::currentMSecsSinceEpoch())}));
        ActivityJournal journal(path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        QCOMPARE(journal.recent().size(), 1);
        QCOMPARE(journal.recent().first().summary, QStringLiteral("from the old version"));
        const qint64 op = journal.begin(QStringLiteral("generate"), {QStringLiteral("s1")},
                                        QStringLiteral("{\"isDraft\":true}"));
        QVERIFY(op > 0);
        QCOMPARE(journal.recent().first().options, QStringLiteral("{\"isDraft\":true}"));
    }

    void aNewerHistoryIsLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(execute(path, {QStringLiteral("PRAGMA user_version = 99")}));
        ActivityJournal journal(path);
        QVERIFY(!journal.isOpen());
        QVERIFY2(journal.errorString().contains(QStringLiteral("newer Sourcedesk")),
                 qPrintable(journal.errorString()));
    }

    void finishedOperationsOlderThanTheKeptDaysAreDropped()
    {
        const QString path = m_dir.filePath(QStringLiteral("pruned.sqlite"));
        qint64 old = 0;
        qint64 recent = 0;
        qint64 running = 0;
        {
            ActivityJournal journal(path);
            old = journal.begin(QStringLiteral("refresh"), {QStringLiteral("s1")});
            journal.recordOutcomes(
                old, {{QStringLiteral("s1"), {SourceOutcome::State::Completed, {}, {}}}});
            journal.finish(old, QStringLiteral("finished"), QStringLiteral("old"));
            recent = journal.begin(QStringLiteral("refresh"), {QStringLiteral("s2")});
            journal.finish(recent, QStringLiteral("finished"), QStringLiteral("recent"));
            running = journal.begin(QStringLiteral("generate"), {QStringLiteral("s3")});
            QVERIFY(journal.waitForWrites(10000));
        }
        // 100 days ago, for the old one and the one still running.
        const qint64 longAgo =
            QDateTime::currentMSecsSinceEpoch() - qint64(100) * 24 * 60 * 60 * 1000;
        QVERIFY(execute(path, {QStringLiteral("UPDATE operations SET started_at = %1 WHERE id IN "
                                              "(%2, %3)")
                                   .arg(longAgo)
                                   .arg(old)
                                   .arg(running)}));
        {
            ActivityJournal keepAll(path, 0);
            QCOMPARE(keepAll.recent().size(), 3);
        }
        ActivityJournal journal(path, 90);
        QList<qint64> kept;
        for (const ActivityJournal::Operation &operation : journal.recent())
            kept.append(operation.id);
        std::sort(kept.begin(), kept.end());
        // An operation still running is never dropped: a later start follows it.
        QCOMPARE(kept, (QList<qint64>{recent, running}));
        QCOMPARE(storedSourceCount(path, old), -1);
    }

    void waitForWritesReturnsOnceTheOperationIsOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("before.sqlite"));
        ActivityJournal journal(path);
        const QStringList ids{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")};
        const qint64 op = journal.begin(QStringLiteral("refresh"), ids);
        QVERIFY(journal.waitForWrites(10000));
        QCOMPARE(storedSourceCount(path, op), 3);
    }

    void afterWritesAnswersLaterOnceTheOperationIsOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("after.sqlite"));
        ActivityJournal journal(path);
        QStringList ids;
        for (int i = 0; i < 20000; ++i)
            ids.append(QStringLiteral("source-%1").arg(i));
        const qint64 op = journal.begin(QStringLiteral("refresh"), ids);
        QObject context;
        std::optional<bool> settled;
        journal.afterWrites(10000, &context, [&settled](bool done) { settled = done; });
        QVERIFY(!settled); // never answered while the caller is still on the stack
        QTRY_VERIFY_WITH_TIMEOUT(settled, 10000);
        QVERIFY(*settled);
        QCOMPARE(storedSourceCount(path, op), 20000);
    }

    void afterWritesAnswersNothingOnceItsContextIsGone()
    {
        ActivityJournal journal(m_dir.filePath(QStringLiteral("gone.sqlite")));
        journal.begin(QStringLiteral("refresh"), {QStringLiteral("s1")});
        QSignalSpy settled(&journal, &ActivityJournal::writesSettled);
        bool answered = false;
        {
            QObject context;
            journal.afterWrites(10000, &context, [&answered](bool) { answered = true; });
        }
        // Once the journal says the write settled, a live waiter would have answered.
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 10000);
        QVERIFY(!answered);
    }

    void theActivityModelShowsOnlyWhatChangedAndOnlyWhenPublished()
    {
        const QString path = m_dir.filePath(QStringLiteral("model.sqlite"));
        ActivityJournal journal(path);
        const qint64 earlier = journal.begin(QStringLiteral("generate"), {QStringLiteral("g1")});
        journal.finish(earlier, QStringLiteral("finished"), QStringLiteral("1 written"));

        ActivityModel model([](const QString &id) {
            return id == QLatin1String("s2") ? QStringLiteral("Second") : QString();
        });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.follow(&journal);
        // Recorded before the first load: the snapshot has it, nothing is applied twice.
        const qint64 ignoredBeforeLoad = journal.begin(QStringLiteral("refresh"), {});
        model.load();
        QStringList ids;
        for (int i = 0; i < 1000; ++i)
            ids.append(QStringLiteral("s%1").arg(i));
        // Recorded while the snapshot is read: applied after it.
        const qint64 op = journal.begin(QStringLiteral("refresh"), ids);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(model.rowCount(top), 1000);
        QCOMPARE(model.index(2, ActivityModel::OperationColumn, top).data().toString(),
                 QStringLiteral("Second"));
        QCOMPARE(model.index(3, ActivityModel::OperationColumn, top).data().toString(),
                 QStringLiteral("s3"));
        QCOMPARE(model.sourceIds(model.index(1, 0)), QStringList());
        QCOMPARE(ignoredBeforeLoad + 1, op);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy heldBack(&model, &ActivityModel::changesHeldBack);
        journal.recordOutcomes(
            op,
            {{QStringLiteral("s500"), {SourceOutcome::State::Completed, QString(), {}}},
             {QStringLiteral("s510"), {SourceOutcome::State::Failed, QStringLiteral("404"), {}}}});
        journal.recordOutcomes(
            op, {{QStringLiteral("new"), {SourceOutcome::State::NotTracked, QString(), {}}}});
        // Held back until published: a hidden panel does no work.
        QCOMPARE(heldBack.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(top), 1000);

        QVERIFY(model.publish());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1); // the source that was not part of the operation
        QCOMPARE(model.rowCount(top), 1001);
        // One range from the first to the last changed row, and the operation's own row.
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 500);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1000);
        QCOMPARE(model.index(510, ActivityModel::ResultColumn, top).data().toString(),
                 QStringLiteral("404"));
        QVERIFY(!model.publish());

        journal.finish(op, QStringLiteral("finished"), QStringLiteral("all done"));
        QVERIFY(model.publish());
        QCOMPARE(model.index(0, ActivityModel::ResultColumn).data().toString(),
                 QStringLiteral("all done"));
        QCOMPARE(model.sourceIds(top).size(), 1001);
    }

    void sourcesWithoutAnAnswerAreMarkedUnknown()
    {
        const QString path = m_dir.filePath(QStringLiteral("unsent.sqlite"));
        ActivityJournal journal(path);
        journal.begin(QStringLiteral("generate"), {QStringLiteral("a"), QStringLiteral("b")});
        FiniClient client(FiniClientConfig{});
        RefreshWorkflow refresh(&client, {});
        GenerateWorkflow generate(&client, {});
        ActivityRecorder recorder(&journal, &refresh, &generate);
        QCOMPARE(recorder.resumeUnfinished(), 0);
        const auto op = journal.recent().first();
        QCOMPARE(op.state, QStringLiteral("interrupted"));
        for (const ActivityJournal::Item &item : op.items) {
            QCOMPARE(item.outcome, QStringLiteral("NotTracked"));
            QVERIFY(item.detail.contains(QStringLiteral("may or may not")));
        }
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, JournalTest)
#include "tst_journal.moc"
