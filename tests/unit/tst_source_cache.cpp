#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "ServerTruth.h"
#include "SourceCache.h"
#include "SourceLabels.h"
#include "SourceTableModel.h"
#include "TestMain.h"
#include "WorkspaceLoader.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// The table kept on disk between runs, and the delta that brings it up to date: every change
// at Fini since the cache was written is found (changed, new, moved to another type), and a
// deleted source goes only once a complete walk did not see it.
class SourceCacheTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

    static SourceRow row(const QString &id, qint64 updatedAt,
                         const QString &type = QStringLiteral("web"))
    {
        SourceRow r;
        r.id = id;
        r.title = QStringLiteral("Title ") + id;
        r.source = type;
        r.status = QStringLiteral("COMPLETED");
        r.url = QStringLiteral("https://help.acme.test/") + id;
        r.updatedAt = updatedAt;
        return r;
    }

    static SourceCache::Snapshot snapshotOf(const QString &workspace, int count)
    {
        SourceCache::Snapshot snapshot{workspace, 1000, 2000, {}};
        snapshot.rows.reserve(count);
        for (int i = 0; i < count; ++i)
            snapshot.rows.append(row(QStringLiteral("id%1").arg(i), 1000 + i,
                                     i % 3 ? QStringLiteral("web") : QStringLiteral("notion")));
        return snapshot;
    }

    QString cachePath(const QString &name) const
    {
        return m_data.filePath(name + QStringLiteral(".cache"));
    }

    static FiniClientConfig configFor(const FiniSandbox &sandbox)
    {
        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        return config;
    }

    static bool settled(FiniClient &client, const QStringList &ids)
    {
        const QHash<QString, Source> truth = ServerTruth::walk(client);
        return std::all_of(ids.cbegin(), ids.cend(), [&truth](const QString &id) {
            const QString status = truth.value(id).linkedJobStatus;
            return status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED");
        });
    }

    struct ServerChanges {
        QStringList changed; // new content, so a newer `updatedAt` under every variation
        QString added;
        QString deleted;
        bool settled = false; // every run ended
    };

    // What happens at Fini while Sourcedesk is closed: content changes, a new source, a
    // deletion. Returns once every run has ended.
    static ServerChanges changeServer(FiniSandbox &sandbox, FiniClient &client,
                                      const QList<Source> &before)
    {
        ServerChanges changes;
        for (const Source &source : before) {
            if (source.source == QLatin1String("files")
                || !SourceLabels::knownSourceTypes().contains(source.source))
                continue;
            if (changes.changed.size() < 4)
                changes.changed.append(source.id);
            else if (changes.deleted.isEmpty())
                changes.deleted = source.id;
        }
        const QJsonArray changed = QJsonArray::fromStringList(changes.changed);
        HttpProbe probe(sandbox.url());
        probe.post(QStringLiteral("/_sandbox/upstream-change"), {},
                   QJsonDocument(QJsonObject{{QStringLiteral("ids"), changed}}));
        probe.post(QStringLiteral("/v2/documents/public/refresh"), FiniSandbox::writeKey(),
                   QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), changed}}));
        const HttpProbe::Answer added =
            probe.post(QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
                       QJsonDocument(QJsonObject{
                           {QStringLiteral("source"), QStringLiteral("web")},
                           {QStringLiteral("documentIdsToAdd"),
                            QJsonArray{QStringLiteral("https://help.acme.test/cache-test-new")}}}));
        changes.added = added.json.object()
                            .value(QStringLiteral("addedDocumentIds"))
                            .toArray()
                            .first()
                            .toString();
        probe.send(
            "DELETE", QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
            QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), QJsonArray{changes.deleted}}})
                .toJson());
        const QStringList running = changes.changed + QStringList{changes.added};
        changes.settled = QTest::qWaitFor([&] { return settled(client, running); }, 20000);
        return changes;
    }

    // The model holds exactly what the server lists, as the server lists it.
    static QString differenceFromServer(const SourceTableModel &model, FiniClient &client)
    {
        const QHash<QString, Source> truth = ServerTruth::walk(client);
        if (model.rowCount() != truth.size())
            return QStringLiteral("%1 rows, the server lists %2")
                .arg(model.rowCount())
                .arg(truth.size());
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            const int at = model.rowOf(it.key());
            if (at < 0)
                return it.key() + QStringLiteral(" missing");
            const SourceRow &shown = model.row(at);
            if (shown.updatedAt != it->updatedAt || shown.status != it->linkedJobStatus
                || shown.source != it->source)
                return it.key() + QStringLiteral(" differs");
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("Sourcedesk"));
        // The sessions' activity journals go to this test's own folder.
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    }

    void snapshotRoundTrips()
    {
        SourceCache::Snapshot written = snapshotOf(QStringLiteral("workspace-a"), 50);
        // Text of every kind, and fields of every kind set, at every offset in the file.
        written.rows[3].title = QStringLiteral("Rückgabe — 返品 \U0001F4E6 (Kelvin: \u212A)");
        written.rows[4].title = QString();
        written.rows[5].title = QStringLiteral("");
        written.rows[6].linkedOperation = QStringLiteral("op-1");
        written.rows[7].linkedOperation = QStringLiteral("op-1");
        written.rows[8].error = QStringLiteral("The page could not be read: timeout");
        written.rows[9].changed = true;
        written.rows[9].english = false;
        written.rows[9].success = false;
        written.rows[9].createdAt = -1;
        const QString path = cachePath(QStringLiteral("round-trip"));
        QVERIFY(SourceCache::writeFile(path, written));
        QString problem;
        const auto read = SourceCache::readFile(path, QStringLiteral("workspace-a"), &problem);
        QVERIFY2(read, qPrintable(problem));
        QVERIFY(problem.isEmpty());
        QCOMPARE(read->savedAt, written.savedAt);
        QCOMPARE(read->syncedTo, written.syncedTo);
        QCOMPARE(read->rows, written.rows);
        // Neighbours with the same type or operation share one string.
        QCOMPARE(read->rows.at(1).source.constData(), read->rows.at(2).source.constData());
        QCOMPARE(read->rows.at(6).linkedOperation.constData(),
                 read->rows.at(7).linkedOperation.constData());
    }

    // A file made by another program from the format's description (the fuzz target's seed,
    // written with Python's struct): the reader does not merely agree with our own writer.
    void aFileWrittenElsewhereIsRead()
    {
        QFile file(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/fuzz/corpus/fuzz_source_cache/three-rows.bin"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QString problem;
        const auto read = SourceCache::parse(bytes, QStringLiteral("fuzz"), &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(read->savedAt, qint64(1700000100000));
        QCOMPARE(read->syncedTo, qint64(1700000000500));
        QCOMPARE(read->rows.size(), qsizetype(3));
        const SourceRow &last = read->rows.at(2);
        QCOMPARE(last.id, QStringLiteral("id2"));
        QCOMPARE(last.title, QStringLiteral("Ünïcode — 返品"));
        QCOMPARE(last.source, QStringLiteral("notion"));
        QCOMPARE(last.status, QStringLiteral("FAILED"));
        QCOMPARE(last.linkedOperation, QStringLiteral("op-7"));
        QVERIFY(last.linkedKnowledgeId.isNull());
        QCOMPARE(last.url, QStringLiteral("https://help.acme.test/2"));
        QCOMPARE(last.error, QStringLiteral("Timeout while reading the page"));
        QCOMPARE(last.updatedAt, qint64(1700000000002));
        QCOMPARE(last.createdAt, qint64(1690000000000));
        QVERIFY(!last.changed);
        QVERIFY(last.english);
        QVERIFY(last.success);
        QVERIFY(read->rows.at(1).changed);
        QVERIFY(!SourceCache::parse(bytes, QStringLiteral("acme"), &problem));
        QCOMPARE(problem, QStringLiteral("written for workspace fuzz"));
    }

    void aDamagedForeignOrOtherWorkspacesCacheIsRefused_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("cut short") << QByteArray("cut");
        QTest::newRow("garbage") << QByteArray("garbage");
        QTest::newRow("other version") << QByteArray("version");
        QTest::newRow("other workspace") << QByteArray("workspace");
        QTest::newRow("huge count") << QByteArray("count");
    }

    void aDamagedForeignOrOtherWorkspacesCacheIsRefused()
    {
        QFETCH(QByteArray, damage);
        const QString path = cachePath(QStringLiteral("damaged"));
        const QString workspace = QStringLiteral("workspace-a");
        QVERIFY(SourceCache::writeFile(
            path,
            snapshotOf(damage == "workspace" ? QStringLiteral("workspace-b") : workspace, 20)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        if (damage == "cut")
            bytes.chop(7);
        else if (damage == "garbage")
            bytes = QByteArray(300, '\x5a');
        else if (damage == "version")
            bytes[4] = 99; // the version, after the magic, little-endian
        if (damage == "count") {
            // The row count follows magic, version, workspace (its length, then UTF-16) and
            // two times; a huge one must not be taken as a size to allocate.
            const qsizetype countAt = 4 + 4 + 4 + 2 * workspace.size() + 8 + 8;
            bytes[countAt] = char(0x7f);
        }
        file.resize(0);
        file.seek(0);
        file.write(bytes);
        file.close();
        QString problem;
        QVERIFY(!SourceCache::readFile(path, workspace, &problem));
        QVERIFY(!problem.isEmpty());

        // Read the way a session reads it: discarded, and the file is gone.
        SourceCache cache(path, workspace);
        std::optional<std::optional<SourceCache::Opened>> answer;
        cache.read(
            this, [](qint64) {},
            [&](std::optional<SourceCache::Opened> opened) { answer = std::move(opened); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->has_value());
        QVERIFY(!QFile::exists(path));
    }

    // Not a benchmark: the figure the README quotes for opening a big workspace from disk.
    void aHundredThousandRowsLoadQuickly()
    {
        const QString path = cachePath(QStringLiteral("big"));
        QVERIFY(SourceCache::writeFile(path, snapshotOf(QStringLiteral("big"), 100000)));
        QElapsedTimer clock;
        clock.start();
        auto snapshot = SourceCache::readFile(path, QStringLiteral("big"));
        const qint64 readMs = clock.restart();
        QVERIFY(snapshot);
        SourceTableModel::Contents contents = SourceTableModel::prepare(std::move(snapshot->rows));
        const qint64 preparedMs = clock.restart();
        SourceTableModel model;
        model.fill(std::move(contents));
        const qint64 shownMs = clock.elapsed();
        QCOMPARE(model.rowCount(), 100000);
        // The keys and counts made while reading belong to their rows.
        for (int row = 0; row < model.rowCount(); row += 997)
            QCOMPARE(model.searchKey(row).toString(), SourceRow::makeSearchKey(model.row(row)));
        QCOMPARE(model.rowOf(QStringLiteral("id99999")), 99999);
        QCOMPARE(model.counts().all, 100000);
        QCOMPARE(model.counts().perType.value(QStringLiteral("notion")), 33334);
        qInfo("100,000 cached rows: file of %lld KB read in %lld ms, prepared in %lld ms (both on "
              "the reading thread), into the model in %lld ms",
              QFileInfo(path).size() / 1024, readMs, preparedMs, shownMs);
    }

    void theDeltaFindsEveryChange_data()
    {
        QTest::addColumn<SandboxVariations>("variations");
        QTest::newRow("spec") << SandboxVariations{};
        for (const SandboxVariations::Preset &preset : SandboxVariations::presets())
            QTest::newRow(qPrintable(preset.name)) << preset.variations;
    }

    // The table as a cache left it, one source filed under another type: the delta finds
    // what changed at Fini since in a few requests; the deleted source stays until the walk
    // of the whole order ends without it.
    void theDeltaFindsEveryChange()
    {
        QFETCH(SandboxVariations, variations);
        SandboxOptions options;
        options.sources = 1500;
        options.seed = 11;
        options.pendingMs = 20;
        options.runningMs = 20;
        options.variations = variations;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        FiniClient client(configFor(sandbox));
        const QHash<QString, Source> before = ServerTruth::walk(client);
        QCOMPARE(before.size(), 1500);

        QList<Source> newestFirst = before.values();
        std::sort(newestFirst.begin(), newestFirst.end(),
                  [](const Source &a, const Source &b) { return a.updatedAt > b.updatedAt; });
        SourceCache::Snapshot cached{QStringLiteral("delta"), 0, newestFirst.first().updatedAt, {}};
        for (const Source &source : std::as_const(newestFirst))
            cached.rows.append(SourceRow::fromSource(source));
        // Oldest sources change: far below anything a delta reads unless it finds them.
        std::reverse(newestFirst.begin(), newestFirst.end());
        const ServerChanges changes = changeServer(sandbox, client, newestFirst);
        QVERIFY(!changes.added.isEmpty());
        QVERIFY(changes.settled);
        // A change that does not move `updatedAt` (a status under keep-updated-at, a run that
        // failed without new content) is out of a delta's sight: the walk for deletions,
        // which reads everything, brings it (checked at the end).
        const QHash<QString, Source> truth = ServerTruth::walk(client);
        QStringList visible{changes.added};
        for (const QString &id : changes.changed) {
            if (truth.value(id).updatedAt != before.value(id).updatedAt)
                visible.append(id);
        }
        QVERIFY2(visible.size() >= 3, qPrintable(visible.join(QLatin1Char(' '))));
        const QString moved = visible.at(1);
        SourceRow &movedRow =
            cached.rows[cached.rows.indexOf(SourceRow::fromSource(before.value(moved)))];
        const QString cachedType = movedRow.source == QLatin1String("notion")
                                       ? QStringLiteral("zendesk")
                                       : QStringLiteral("notion");
        movedRow.source = cachedType;

        const QString path = cachePath(QStringLiteral("delta"));
        QVERIFY(SourceCache::writeFile(path, cached));
        auto snapshot = SourceCache::readFile(path, QStringLiteral("delta"));
        QVERIFY(snapshot);
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkspaceLoader loader(&client, &model);
        QSignalSpy finished(&loader, &WorkspaceLoader::finished);
        QHash<QString, SourceRow> afterDelta;
        int movedTypeCount = -1;
        connect(&loader, &WorkspaceLoader::deltaMerged, this, [&] {
            for (const SourceRow &shown : model.rows())
                afterDelta.insert(shown.id, shown);
            movedTypeCount = model.counts().perType.value(cachedType);
        });
        // As a session does: the delta starts while the table is still read from the file, and
        // what it finds waits for the table.
        loader.startFromCache(snapshot->syncedTo);
        QTRY_VERIFY_WITH_TIMEOUT(loader.deltaWaitsForTable(), 30000);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(afterDelta.isEmpty());
        model.fill(SourceTableModel::prepare(snapshot->rows));
        const int cachedOfType = model.counts().perType.value(cachedType);
        loader.tableReady();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().first().toBool());
        // Nothing changed at the server since the runs ended: what the delta met is `truth`.
        for (const QString &id : std::as_const(visible)) {
            QVERIFY2(afterDelta.contains(id), qPrintable(id));
            QCOMPARE(afterDelta.value(id).updatedAt, truth.value(id).updatedAt);
            QCOMPARE(afterDelta.value(id).status, truth.value(id).linkedJobStatus);
        }
        QCOMPARE(afterDelta.value(moved).source, truth.value(moved).source);
        QCOMPARE(movedTypeCount, cachedOfType - 1);
        QVERIFY(afterDelta.contains(changes.deleted));
        QVERIFY(loader.deltaRequestCount() >= 1);
        QVERIFY2(loader.deltaRequestCount() <= 4,
                 qPrintable(QString::number(loader.deltaRequestCount())));
        QCOMPARE(model.rowOf(changes.deleted), -1);
        const QString difference = differenceFromServer(model, client);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // A workspace opened again shows its rows from the cache before Fini answers, then
    // catches up; a damaged cache or one of another workspace is never shown.
    void aSessionOpensFromItsCache_data()
    {
        QTest::addColumn<QByteArray>("cache");
        QTest::newRow("written by the last run") << QByteArray("own");
        QTest::newRow("damaged") << QByteArray("damaged");
        QTest::newRow("another workspace's") << QByteArray("other");
    }

    void aSessionOpensFromItsCache()
    {
        QFETCH(QByteArray, cache);
        SandboxOptions options;
        options.sources = 800;
        options.seed = 5;
        options.latencyMs = 2;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        const QString scope = QStringLiteral("workspace-session-") + QString::fromLatin1(cache);
        WorkspaceInfo info{QStringLiteral("Acme"),
                           scope,
                           false,
                           {},
                           cachePath(QStringLiteral("session-") + QString::fromLatin1(cache))};
        QFile::remove(info.cachePath);
        const QString foreignId = QStringLiteral("not-this-workspaces");
        if (cache == "own") {
            WorkspaceSession first(std::make_unique<FiniClient>(configFor(sandbox)), info);
            first.start();
            QTRY_VERIFY_WITH_TIMEOUT(!first.isLoading(), 20000);
            QCOMPARE(first.model()->rowCount(), 800);
        } else if (cache == "damaged") {
            QFile file(info.cachePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SDKC and then nothing a cache would hold");
        } else {
            SourceCache::Snapshot other = snapshotOf(QStringLiteral("workspace-other"), 3);
            other.rows.first().id = foreignId;
            other.syncedTo = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(SourceCache::writeFile(info.cachePath, other));
        }
        QVERIFY(QFile::exists(info.cachePath));

        FiniClient truthClient(configFor(sandbox));
        HttpProbe(sandbox.url())
            .send("DELETE", QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("documentIds"),
                                   QJsonArray{ServerTruth::walk(truthClient).keys().first()}}})
                      .toJson());

        WorkspaceSession session(std::make_unique<FiniClient>(configFor(sandbox)), info);
        QAbstractItemModelTester tester(session.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy merged(session.loader(), &WorkspaceLoader::deltaMerged);
        bool foreignShown = false;
        bool allShownFromCache = false;
        connect(session.model(), &QAbstractItemModel::rowsInserted, this, [&] {
            foreignShown = foreignShown || session.model()->rowOf(foreignId) >= 0;
            // Every row at once, before the delta is merged, marked as from the cache.
            if (session.model()->rowCount() == 800 && merged.isEmpty())
                allShownFromCache = session.cachedAt() > 0;
        });
        session.start();
        QVERIFY(session.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), 30000);
        QCOMPARE(allShownFromCache, cache == "own");
        QCOMPARE(session.cachedAt(), qint64(0));
        QVERIFY(!session.loadError().isError());
        QVERIFY(!foreignShown);
        QCOMPARE(merged.size(), cache == "own" ? 1 : 0);
        const QString difference = differenceFromServer(*session.model(), truthClient);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));

        // What was loaded is the cache now, for this workspace only.
        const auto savedRows = [&] {
            const auto saved = SourceCache::readFile(info.cachePath, scope);
            return saved ? saved->rows.size() : -1;
        };
        QTRY_COMPARE(savedRows(), qsizetype(799));
    }

    // Cancelled while the cache is read, its delta running already: the load stops, and the
    // cache is not saved over with a table that never came.
    void aCancelWhileTheCacheIsReadKeepsTheCache()
    {
        SandboxOptions options;
        options.sources = 300;
        options.latencyMs = 200;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        const QString scope = QStringLiteral("workspace-cancelled");
        WorkspaceInfo info{
            QStringLiteral("Acme"), scope, false, {}, cachePath(QStringLiteral("cancelled"))};
        SourceCache::Snapshot saved = snapshotOf(scope, 100000);
        saved.syncedTo = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(SourceCache::writeFile(info.cachePath, saved));
        {
            WorkspaceSession session(std::make_unique<FiniClient>(configFor(sandbox)), info);
            session.start();
            QTRY_VERIFY(session.loader()->isLoading()); // the header started the delta
            QCOMPARE(session.model()->rowCount(), 0);   // the rows are still being read
            session.cancelLoad();
            QVERIFY(!session.isLoading());
            QVERIFY(!session.loader()->isLoading());
        }
        const auto kept = SourceCache::readFile(info.cachePath, scope);
        QVERIFY(kept);
        QCOMPARE(kept->rows.size(), qsizetype(100000));
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, SourceCacheTest)
#include "tst_source_cache.moc"
