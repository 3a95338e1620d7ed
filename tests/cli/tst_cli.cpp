#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "SandboxThread.h"
#include "SandboxVariations.h"
#include "SourceCache.h"
#include "TestMain.h"
#include "WorkspaceStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Runs the real sourcedesk-cli binary against a fini-sandbox on its own thread, so that the
// test can block on the process while the sandbox answers.
class CliTest : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<SandboxThread> m_sandbox;
    QTemporaryDir m_data; // the CLI's activity history goes here, not to the user's

    // Starts the CLI against the sandbox with the write key (or `key`).
    void startCli(QProcess &process, const QStringList &arguments,
                  const QString &key = FiniSandbox::writeKey(), const QUrl &base = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FINI_API_KEY"), key);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        process.setProcessEnvironment(env);
        QStringList args = arguments;
        if (!arguments.contains(QStringLiteral("--key")))
            args << QStringLiteral("--base-url")
                 << (base.isEmpty() ? m_sandbox->url() : base).toString()
                 << QStringLiteral("--poll-ms") << QStringLiteral("50");
        process.start(QStringLiteral(SOURCEDESK_CLI_PATH), args);
    }

    Run cli(const QStringList &arguments, const QString &key = FiniSandbox::writeKey(),
            const QByteArray &input = {}, const QUrl &base = {})
    {
        QProcess process;
        startCli(process, arguments, key, base);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }

    QStringList ids(const QString &query, int count)
    {
        QStringList result;
        const auto page =
            HttpProbe(m_sandbox->url())
                .get(QStringLiteral("/v2/documents/public?limit=%1&").arg(count) + query,
                     FiniSandbox::writeKey());
        for (const QJsonValue &doc : page.json.object().value(QLatin1String("documents")).toArray())
            result.append(doc.toObject().value(QLatin1String("id")).toString());
        return result;
    }

    // Knowledge jobs the activity history at `path` knows, read with a connection of its own.
    static int jobsRecorded(const QString &path)
    {
        int count = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("history"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (QFileInfo::exists(path) && db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM items WHERE job_id != ''"))
                    && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("history"));
        return count;
    }

    // 400 sources whose refreshes and jobs run `runningMs` each and never fail.
    void startSandbox(int runningMs)
    {
        SandboxOptions options;
        options.sources = 400;
        options.seed = 9;
        options.pendingMs = 50;
        options.runningMs = runningMs;
        options.jobFailRate = 0.0;
        m_sandbox = std::make_unique<SandboxThread>();
        QVERIFY(m_sandbox->start(options));
    }

    static void expectNoKey(const Run &run, const QString &key)
    {
        QVERIFY(!run.out.contains(key.toUtf8()));
        QVERIFY(!run.err.contains(key.toUtf8()));
    }

private Q_SLOTS:
    void init() { startSandbox(100); }

    void cleanup() { m_sandbox.reset(); }

    void listStreamsEveryPageAsJsonLines()
    {
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const auto lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 400);
        QSet<QString> unique;
        for (const QJsonObject &line : lines) {
            for (const char *field :
                 {"id", "title", "source", "status", "changed", "url", "updatedAt"})
                QVERIFY2(line.contains(QLatin1String(field)), field);
            unique.insert(line.value(QLatin1String("id")).toString());
        }
        QCOMPARE(unique.size(), 400);
        expectNoKey(run, FiniSandbox::writeKey());
    }

    void listFiltersAndFormats()
    {
        const Run notion = cli({QStringLiteral("list"), QStringLiteral("--source"),
                                QStringLiteral("notion"), QStringLiteral("--json")});
        QCOMPARE(notion.exitCode, 0);
        QCOMPARE(jsonLines(notion.out).size(), 60); // 15 % of 400
        const Run failed = cli({QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("failed"), QStringLiteral("--json")});
        for (const QJsonObject &line : jsonLines(failed.out))
            QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
        const Run csv =
            cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--source"), QStringLiteral("files")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = csv.out.trimmed().split('\n');
        QVERIFY(rows.first().startsWith("id,title,source,status"));
        QCOMPARE(rows.size(), 1 + 28);
        const Run table =
            cli({QStringLiteral("list"), QStringLiteral("--title"), QStringLiteral("password")});
        QCOMPARE(table.exitCode, 0);
        for (const QByteArray &line : table.out.trimmed().split('\n'))
            QVERIFY(line.toLower().contains("password"));
    }

    void refreshWaitsAndReportsEverySource()
    {
        const QStringList web = ids(QStringLiteral("source=web"), 12);
        const Run run = cli(QStringList{QStringLiteral("refresh"), QStringLiteral("--json")} + web);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("queued")).toInt(), 12);
        QCOMPARE(result.value(QLatin1String("refreshed")).toInt()
                     + result.value(QLatin1String("failed")).toInt(),
                 12);
        QCOMPARE(result.value(QLatin1String("sources")).toArray().size(), 12);
    }

    void refreshReadsIdsFromStdinAndFiles()
    {
        const QStringList web = ids(QStringLiteral("source=zendesk"), 3);
        const Run stdinRun =
            cli({QStringLiteral("refresh"), QStringLiteral("-"), QStringLiteral("--no-wait")},
                FiniSandbox::writeKey(), web.join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(stdinRun.exitCode, 0);
        QCOMPARE(stdinRun.out.count("queued"), 3);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(web.join(QLatin1Char('\n')).toUtf8());
        file.close();
        const Run fileRun = cli({QStringLiteral("refresh"), QStringLiteral("--from-file"),
                                 file.fileName(), QStringLiteral("--no-wait")});
        QCOMPARE(fileRun.exitCode, 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("exitCode");
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        QTest::newRow("usage: no command") << QStringList{} << FiniSandbox::writeKey() << 2;
        QTest::newRow("usage: unknown command")
            << QStringList{QStringLiteral("frobnicate")} << FiniSandbox::writeKey() << 2;
        QTest::newRow("usage: key on the command line")
            << QStringList{QStringLiteral("list"), QStringLiteral("--key"), QStringLiteral("x")}
            << FiniSandbox::writeKey() << 2;
        QTest::newRow("usage: no key") << QStringList{QStringLiteral("list")} << QString() << 2;
        QTest::newRow("401") << QStringList{QStringLiteral("list")} << FiniSandbox::revokedKey()
                             << 3;
        QTest::newRow("403") << QStringList{QStringLiteral("refresh"), QStringLiteral("--all")}
                             << FiniSandbox::readKey() << 4;
        QTest::newRow("400") << QStringList{QStringLiteral("refresh"), unknown}
                             << FiniSandbox::writeKey() << 5;
        QTest::newRow("remove 401")
            << QStringList{QStringLiteral("remove"), unknown} << FiniSandbox::revokedKey() << 3;
        QTest::newRow("remove 403")
            << QStringList{QStringLiteral("remove"), unknown} << FiniSandbox::readKey() << 4;
        QTest::newRow("remove 400")
            << QStringList{QStringLiteral("remove"), unknown} << FiniSandbox::writeKey() << 5;
        QTest::newRow("add 403") << QStringList{QStringLiteral("add"),
                                                QStringLiteral("https://help.acme.test/a")}
                                 << FiniSandbox::readKey() << 4;
        QTest::newRow("add: not a web address")
            << QStringList{QStringLiteral("add"), QStringLiteral("help.acme.test/a")}
            << FiniSandbox::writeKey() << 2;
        const QString import = QStringLiteral("import");
        QTest::newRow("import: no provider") << QStringList{import} << FiniSandbox::writeKey() << 2;
        QTest::newRow("import: unknown provider")
            << QStringList{import, QStringLiteral("googledrive"), QStringLiteral("--all")}
            << FiniSandbox::writeKey() << 2;
        QTest::newRow("import: nothing chosen")
            << QStringList{import, QStringLiteral("notion")} << FiniSandbox::writeKey() << 2;
        QTest::newRow("import 401")
            << QStringList{import, QStringLiteral("notion"), QStringLiteral("--list")}
            << FiniSandbox::revokedKey() << 3;
        QTest::newRow("import 403")
            << QStringList{import, QStringLiteral("zendesk"), QStringLiteral("--all")}
            << FiniSandbox::readKey() << 4;
        QTest::newRow("import: not offered")
            << QStringList{import, QStringLiteral("notion"), QStringLiteral("no-such-page")}
            << FiniSandbox::writeKey() << 5;
        QTest::newRow("404 job") << QStringList{QStringLiteral("jobs"), unknown}
                                 << FiniSandbox::writeKey() << 5;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(int, exitCode);
        const Run run = cli(arguments, key);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        if (!key.isEmpty())
            expectNoKey(run, key);
    }

    void partialWhenSomeSourcesAreRejected()
    {
        const QStringList good = ids(QStringLiteral("source=web"), 4);
        const Run run = cli(QStringList{QStringLiteral("refresh")} + good
                            + QStringList{QStringLiteral("00000000-0000-4000-8000-00000000dead")});
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.out.contains("rejected"));
    }

    void removeDeletesAndReportsAsJson()
    {
        const QStringList doomed = ids(QStringLiteral("source=web"), 3);
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        Run run = cli(QStringList{QStringLiteral("remove"), QStringLiteral("--json"),
                                  QStringLiteral("--delete-articles")}
                      + doomed.first(2));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = jsonLines(run.out).value(0);
        QCOMPARE(result.value(QLatin1String("command")).toString(), QStringLiteral("remove"));
        QVERIFY(result.value(QLatin1String("deleteArticles")).toBool());
        QCOMPARE(result.value(QLatin1String("removed")).toArray().size(), 2);
        QVERIFY(result.value(QLatin1String("notRemoved")).toArray().isEmpty());
        QCOMPARE(HttpProbe(m_sandbox->url())
                     .get(QStringLiteral("/v2/documents/public/") + doomed.first(),
                          FiniSandbox::writeKey())
                     .status,
                 404);
        // One unknown ID among good ones: the others are removed, and the run is partial.
        run = cli({QStringLiteral("remove"), doomed.at(2), unknown});
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.out.contains("removed"));
        QVERIFY(run.out.contains(QByteArray(unknown.toUtf8() + "  rejected")));
    }

    void addQueuesWebPagesAndWaitsForThem()
    {
        const Run run = cli({QStringLiteral("add"), QStringLiteral("--json"),
                             QStringLiteral("https://help.acme.test/articles/cli-one"),
                             QStringLiteral("https://help.acme.test/articles/cli-two")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = jsonLines(run.out).value(0);
        QCOMPARE(result.value(QLatin1String("command")).toString(), QStringLiteral("add"));
        QCOMPARE(result.value(QLatin1String("queued")).toArray().size(), 2);
        QCOMPARE(result.value(QLatin1String("ready")).toInt(), 2);
        QVERIFY(result.value(QLatin1String("refused")).toArray().isEmpty());
        const QJsonArray found =
            HttpProbe(m_sandbox->url())
                .get(QStringLiteral("/v2/documents/public?url=cli-one"), FiniSandbox::writeKey())
                .json.object()
                .value(QLatin1String("documents"))
                .toArray();
        QCOMPARE(found.size(), 1);
    }

    void importListsWhatAProviderOffers()
    {
        Run run = cli({QStringLiteral("import"), QStringLiteral("zendesk"),
                       QStringLiteral("--list"), QStringLiteral("--json")},
                      FiniSandbox::readKey());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = jsonLines(run.out).value(0);
        QCOMPARE(result.value(QLatin1String("command")).toString(), QStringLiteral("import"));
        QCOMPARE(result.value(QLatin1String("provider")).toString(), QStringLiteral("zendesk"));
        const QJsonArray categories = result.value(QLatin1String("resources")).toArray();
        QCOMPARE(categories.size(), 3);
        const QJsonObject section =
            categories.at(0).toObject().value(QLatin1String("children")).toArray().at(0).toObject();
        QCOMPARE(section.value(QLatin1String("kind")).toString(), QStringLiteral("section"));
        QVERIFY(!section.value(QLatin1String("importable")).toBool());
        const QJsonObject article =
            section.value(QLatin1String("children")).toArray().at(0).toObject();
        QVERIFY(article.value(QLatin1String("importable")).toBool());
        QVERIFY(!article.value(QLatin1String("externalId")).toString().isEmpty());
        // For people: one line per item, indented under its container.
        run =
            cli({QStringLiteral("import"), QStringLiteral("confluence"), QStringLiteral("--list")},
                FiniSandbox::readKey());
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3 + 3 * 8);
        QVERIFY(lines.at(0).startsWith("SUP  space  "));
        QVERIFY(lines.at(1).startsWith("  "));
    }

    void importRegistersQueuesAndWaits()
    {
        // A space's key stands for its pages.
        Run run = cli({QStringLiteral("import"), QStringLiteral("confluence"),
                       QStringLiteral("SUP"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject result = jsonLines(run.out).value(0);
        QCOMPARE(result.value(QLatin1String("command")).toString(), QStringLiteral("import"));
        QCOMPARE(result.value(QLatin1String("provider")).toString(), QStringLiteral("confluence"));
        QCOMPARE(result.value(QLatin1String("queued")).toArray().size(), 8);
        QCOMPARE(result.value(QLatin1String("ready")).toInt(), 8);
        QVERIFY(result.value(QLatin1String("refused")).toArray().isEmpty());
        for (const QJsonValue &id : result.value(QLatin1String("queued")).toArray()) {
            const QJsonObject source =
                HttpProbe(m_sandbox->url())
                    .get(QStringLiteral("/v2/documents/public/") + id.toString(),
                         FiniSandbox::readKey())
                    .json.object();
            QCOMPARE(source.value(QLatin1String("source")).toString(),
                     QStringLiteral("confluence"));
            QCOMPARE(source.value(QLatin1String("linkedJobStatus")).toString(),
                     QStringLiteral("COMPLETED"));
        }
        // What Fini imported is no longer offered.
        run = cli({QStringLiteral("import"), QStringLiteral("confluence"), QStringLiteral("--list"),
                   QStringLiteral("--json")});
        const QJsonArray spaces =
            jsonLines(run.out).value(0).value(QLatin1String("resources")).toArray();
        QVERIFY(spaces.at(0).toObject().value(QLatin1String("children")).toArray().isEmpty());
        // --all: everything left; the two pages Fini cannot read make it partial (7).
        run = cli({QStringLiteral("import"), QStringLiteral("confluence"), QStringLiteral("--all"),
                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 7);
        result = jsonLines(run.out).value(0);
        QCOMPARE(result.value(QLatin1String("queued")).toArray().size(), 16);
        QCOMPARE(result.value(QLatin1String("failed")).toInt(), 2);
    }

    void importFromAProviderNotConnectedSaysWhere()
    {
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/providers"), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("connected"), QJsonArray()}}));
        const Run run =
            cli({QStringLiteral("import"), QStringLiteral("notion"), QStringLiteral("--all")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.startsWith("Notion is not connected to this workspace. Connect it in "
                                    "Fini's dashboard"),
                 run.err.constData());
    }

    void crawlListsWhatFiniFinds()
    {
        Run run = cli({QStringLiteral("crawl"), QStringLiteral("--json"), QStringLiteral("--limit"),
                       QStringLiteral("7"), QStringLiteral("https://docs.elsewhere.test")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = jsonLines(run.out).value(0);
        QCOMPARE(result.value(QLatin1String("command")).toString(), QStringLiteral("crawl"));
        QCOMPARE(result.value(QLatin1String("links")).toArray().size(), 7);
        run = cli({QStringLiteral("crawl"), QStringLiteral("https://docs.elsewhere.test")},
                  FiniSandbox::readKey());
        QCOMPARE(run.exitCode, 4);
        run = cli({QStringLiteral("crawl"), QStringLiteral("docs.elsewhere.test")});
        QCOMPARE(run.exitCode, 2);
    }

    void unknownSavedWorkspaceIsAUsageError()
    {
        QTemporaryDir config;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.remove(QStringLiteral("FINI_API_KEY"));
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(SOURCEDESK_CLI_PATH),
            {QStringLiteral("list"), QStringLiteral("--workspace"), QStringLiteral("Acme")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("No workspace named"));
    }

    // `--cached` prints what the app saved for a workspace, filtered, without a key and
    // without a request (the workspace's address answers nothing); without it nothing saved
    // is read.
    void listCachedReadsOnlyWhatTheAppSaved()
    {
        QTemporaryDir config;
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
        const WorkspaceConfig saved = WorkspaceStore().save(
            {{}, QStringLiteral("Acme"), QUrl(QStringLiteral("http://127.0.0.1:9")), {}});
        SourceRow web;
        web.id = QStringLiteral("cached-web");
        web.source = QStringLiteral("web");
        web.status = QStringLiteral("COMPLETED");
        web.changed = true;
        SourceRow notion = web;
        notion.id = QStringLiteral("cached-notion");
        notion.source = QStringLiteral("notion");
        const QString scope = QStringLiteral("workspace-") + saved.id;
        // The app's data folder (organisation, then application), which the CLI shares.
        const QString folder = m_data.filePath(QStringLiteral("Sourcedesk/Sourcedesk"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(SourceCache::writeFile(
            folder + QStringLiteral("/sources-") + scope + QStringLiteral(".cache"),
            {scope, QDateTime::currentMSecsSinceEpoch(), 1, {web, notion}}));

        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
            env.remove(QStringLiteral("FINI_API_KEY"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(SOURCEDESK_CLI_PATH), arguments);
            process.waitForFinished(20000);
            return Run{process.exitCode(), process.readAllStandardOutput(),
                       process.readAllStandardError()};
        };
        const Run cached =
            run({QStringLiteral("changed"), QStringLiteral("--workspace"), QStringLiteral("Acme"),
                 QStringLiteral("--cached"), QStringLiteral("--source"), QStringLiteral("web"),
                 QStringLiteral("--json")});
        QVERIFY2(cached.exitCode == 0, cached.err.constData());
        const QList<QJsonObject> lines = jsonLines(cached.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("id")).toString(), web.id);
        QVERIFY(cached.err.contains("Fini was not asked"));

        const Run withoutWorkspace = run({QStringLiteral("list"), QStringLiteral("--cached")});
        QCOMPARE(withoutWorkspace.exitCode, 2);
        QVERIFY(withoutWorkspace.out.isEmpty());
    }

    void sandboxCommandRunsFiniSandbox()
    {
        QProcess process;
        process.start(QStringLiteral(SOURCEDESK_CLI_PATH),
                      {QStringLiteral("sandbox"), QStringLiteral("--sources"), QStringLiteral("30"),
                       QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForReadyRead(10000));
        const QByteArray line = process.readLine().trimmed();
        QVERIFY(line.startsWith("fini-sandbox listening on http://127.0.0.1:"));
        const QUrl url(QString::fromLatin1(line.mid(26)));
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")},
                            FiniSandbox::readKey(), {}, url);
        process.terminate();
        process.waitForFinished(5000);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(jsonLines(run.out).size(), 30);
    }

    void serverFailureAfterRetriesIs6()
    {
        // Nothing listens there: connection refused on every retry.
        const Run run = cli({QStringLiteral("list")}, FiniSandbox::writeKey(), {},
                            QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(run.exitCode, 6);
    }

    void plainHttpElsewhereIsRefused()
    {
        const Run run = cli({QStringLiteral("list")}, FiniSandbox::writeKey(), {},
                            QUrl(QStringLiteral("http://api-prod.usefini.com")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("https://"));
    }

    void generateWaitsForTheJobsAndJobsReportsThem()
    {
        const QStringList notion = ids(QStringLiteral("source=notion"), 5);
        const Run run = cli(QStringList{QStringLiteral("generate"), QStringLiteral("--json"),
                                        QStringLiteral("--ops"), QStringLiteral("update,add")}
                            + notion);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QLatin1String("queued")).toInt(), 5);
        QCOMPARE(result.value(QLatin1String("written")).toInt(), 5);
        QStringList jobs;
        for (const QJsonValue &source : result.value(QLatin1String("sources")).toArray()) {
            QCOMPARE(source.toObject().value(QLatin1String("outcome")).toString(),
                     QStringLiteral("draft-created"));
            jobs.append(source.toObject().value(QLatin1String("job")).toString());
        }
        const Run status =
            cli(QStringList{QStringLiteral("jobs"), QStringLiteral("--json")} + jobs);
        QCOMPARE(status.exitCode, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(status.out).object().value(QLatin1String("jobs")).toArray();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QLatin1String("status")).toString(),
                     QStringLiteral("COMPLETED"));
    }

    void aKilledGenerateIsFollowedAgainWithJobsResume()
    {
        startSandbox(4000); // jobs that outlast the kill below
        const QStringList notion = ids(QStringLiteral("source=notion"), 5);

        QProcess generate;
        startCli(generate, QStringList{QStringLiteral("generate"), QStringLiteral("--ops"),
                                       QStringLiteral("update,add")}
                               + notion);
        // The history holds the five jobs Fini queued; then the run is killed mid-wait.
        const QString history =
            m_data.filePath(QStringLiteral("Sourcedesk/Sourcedesk/activity-cli-127.0.0.1-%1.sqlite")
                                .arg(m_sandbox->url().port()));
        QTRY_COMPARE_WITH_TIMEOUT(jobsRecorded(history), 5, 20000);
        generate.kill();
        QVERIFY(generate.waitForFinished(10000));

        const Run resumed =
            cli({QStringLiteral("jobs"), QStringLiteral("--resume"), QStringLiteral("--json")});
        QCOMPARE(resumed.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(resumed.out).object();
        QCOMPARE(result.value(QLatin1String("command")).toString(), QStringLiteral("jobs"));
        QStringList followed;
        for (const QJsonValue &source : result.value(QLatin1String("sources")).toArray()) {
            QCOMPARE(source.toObject().value(QLatin1String("outcome")).toString(),
                     QStringLiteral("draft-created"));
            followed.append(source.toObject().value(QLatin1String("id")).toString());
        }
        followed.sort();
        QStringList expected = notion;
        expected.sort();
        QCOMPARE(followed, expected);

        // Followed to the end: nothing is left for another resume.
        const Run again =
            cli({QStringLiteral("jobs"), QStringLiteral("--resume"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(again.out).object().value(QLatin1String("resumed")).toInt(), 0);
    }

    void workflowRefreshesFindsChangesAndGeneratesDrafts()
    {
        const Run run = cli(
            {QStringLiteral("workflow"), QStringLiteral("--generate"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QLatin1String("skippedFiles")).toInt(), 28);
        QCOMPARE(summary.value(QLatin1String("refreshQueued")).toInt(), 372);
        QCOMPARE(summary.value(QLatin1String("refreshed")).toInt()
                     + summary.value(QLatin1String("refreshFailed")).toInt(),
                 372);
        const int changed = summary.value(QLatin1String("changed")).toInt();
        QVERIFY(changed > 0);
        QCOMPARE(summary.value(QLatin1String("generateQueued")).toInt(), changed);
        QCOMPARE(summary.value(QLatin1String("written")).toInt(), changed);
        // Generation cleared the changed flags at Fini.
        const Run after = cli({QStringLiteral("changed"), QStringLiteral("--json")});
        QCOMPARE(jsonLines(after.out).size(), 0);
    }

    void workflowHoldsOnEveryLegalVariation_data()
    {
        QTest::addColumn<SandboxVariations>("variations");
        for (const SandboxVariations::Preset &preset : SandboxVariations::presets())
            QTest::newRow(qPrintable(preset.name)) << preset.variations;
    }

    void workflowHoldsOnEveryLegalVariation()
    {
        QFETCH(SandboxVariations, variations);
        SandboxOptions options;
        options.sources = 300;
        options.seed = 23;
        options.pendingMs = 100;
        options.runningMs = 200;
        options.jobFailRate = 0.0;
        options.variations = variations;
        m_sandbox = std::make_unique<SandboxThread>();
        QVERIFY(m_sandbox->start(options));
        int refreshable = 0;
        for (const QJsonObject &source :
             jsonLines(cli({QStringLiteral("list"), QStringLiteral("--json")}).out))
            refreshable +=
                source.value(QLatin1String("source")).toString() != QLatin1String("files");

        const Run run = cli(
            {QStringLiteral("workflow"), QStringLiteral("--generate"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QLatin1String("refreshQueued")).toInt(), refreshable);
        QCOMPARE(summary.value(QLatin1String("stillRunning")).toInt(), 0);
        QCOMPARE(summary.value(QLatin1String("refreshed")).toInt()
                     + summary.value(QLatin1String("refreshFailed")).toInt(),
                 refreshable);
        const int changed = summary.value(QLatin1String("changed")).toInt();
        QVERIFY(changed > 0);
        QCOMPARE(summary.value(QLatin1String("written")).toInt()
                     + summary.value(QLatin1String("noChange")).toInt(),
                 changed);
        const Run after = cli({QStringLiteral("changed"), QStringLiteral("--json")});
        QCOMPARE(jsonLines(after.out).size(), 0);
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, CliTest)
#include "tst_cli.moc"
