// sourcedesk-bench: prints one JSON object per scenario with the figures and their ratios
// against a baseline measured in the same run. The sandbox runs as a separate process, so
// that memory and GUI-thread figures are Sourcedesk's own.

#include "FiniClient.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "MessageBoxPrompter.h"
#include "SourceFilterProxy.h"
#include "SourceTableModel.h"
#include "WorkspaceLoader.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

void print(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

qint64 statusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// A fini-sandbox process with N sources and latency L.
class SandboxProcess
{
public:
    SandboxProcess(int sources, int latencyMs)
    {
        m_process.setProgram(QStringLiteral(FINI_SANDBOX_PATH));
        m_process.setArguments({QStringLiteral("--sources"), QString::number(sources),
                                QStringLiteral("--latency-ms"), QString::number(latencyMs)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        while (m_process.waitForReadyRead(120000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("fini-sandbox listening on ")) {
                m_url = QUrl(QString::fromLatin1(line.mid(26)));
                return;
            }
        }
    }
    ~SandboxProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

FiniClientConfig clientConfig(const QUrl &url)
{
    FiniClientConfig config;
    config.baseUrl = url;
    config.apiKey = FiniSandbox::readKey();
    return config;
}

// Longest gap between ticks of a 5 ms timer: how long the GUI thread was busy at once.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs);
            m_lastNs = now;
        });
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double longestMs() const { return std::max<double>(0, m_longestNs / 1e6 - 5.0); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

struct LoadRun {
    double ms = 0;
    int rows = 0;
    int requests = 0;
    double longestStallMs = 0;
};

LoadRun loadWithLoader(const QUrl &url)
{
    FiniClient client(clientConfig(url));
    SourceTableModel model;
    SourceFilterProxy proxy;
    proxy.setSourceTableModel(&model);
    proxy.sort(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
    WorkspaceLoader loader(&client, &model);
    proxy.followLoading(&loader);
    QEventLoop loop;
    QObject::connect(&loader, &WorkspaceLoader::finished, &loop, &QEventLoop::quit);
    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    loader.start();
    loop.exec();
    return {double(clock.elapsed()), model.rowCount(), loader.requestCount(), probe.longestMs()};
}

LoadRun loadSequentially(const QUrl &url)
{
    // The docs' way: one cursor, one request at a time, pages added as they come (into the
    // same model and proxy, sorted once at the end, so only the request strategy differs).
    FiniClient client(clientConfig(url));
    SourceTableModel model;
    SourceFilterProxy proxy;
    proxy.setSourceTableModel(&model);
    proxy.sort(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
    proxy.setDynamicSortFilter(false);
    QEventLoop loop;
    int requests = 0;
    std::function<void(const QString &)> next = [&](const QString &cursor) {
        SourceQuery query;
        query.limit = WorkspaceLoader::PageSize;
        query.cursor = cursor;
        ++requests;
        client.listSources(query, &loop, [&](const ApiResult<SourcePage> &page) {
            if (!page.ok()) {
                loop.quit();
                return;
            }
            QList<SourceRow> rows;
            for (const Source &s : page.value().sources)
                rows.append(SourceRow::fromSource(s));
            model.upsert(rows);
            if (page.value().hasMore && !page.value().sources.isEmpty())
                next(page.value().sources.last().id);
            else
                loop.quit();
        });
    };
    QElapsedTimer clock;
    clock.start();
    next(QString());
    loop.exec();
    proxy.setDynamicSortFilter(true);
    return {double(clock.elapsed()), model.rowCount(), requests, 0};
}

void benchSandboxWalk(int sources)
{
    SandboxProcess sandbox(sources, 0);
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    QString cursor;
    int pages = 0;
    for (;;) {
        QUrl url = sandbox.url().resolved(QUrl(QStringLiteral("/v2/documents/public")));
        url.setQuery(QStringLiteral("limit=100")
                     + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer fini_demo_read");
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        ++pages;
        const QJsonArray docs = page.value(QLatin1String("documents")).toArray();
        if (!page.value(QLatin1String("hasMore")).toBool() || docs.isEmpty())
            break;
        cursor = docs.last().toObject().value(QLatin1String("id")).toString();
    }
    const double seconds = clock.elapsed() / 1000.0;
    print({{QStringLiteral("scenario"), QStringLiteral("sandbox_full_walk")},
           {QStringLiteral("sources"), sources},
           {QStringLiteral("pages"), pages},
           {QStringLiteral("seconds"), seconds},
           {QStringLiteral("target_seconds"), 10},
           {QStringLiteral("ratio_to_target"), seconds / 10.0}});
}

void benchFullLoad(int sources, int latencyMs)
{
    SandboxProcess sandbox(sources, latencyMs);
    const LoadRun naive = loadSequentially(sandbox.url());
    const LoadRun loader = loadWithLoader(sandbox.url());
    print({{QStringLiteral("scenario"), QStringLiteral("full_load")},
           {QStringLiteral("sources"), sources},
           {QStringLiteral("latency_ms"), latencyMs},
           {QStringLiteral("loader_ms"), loader.ms},
           {QStringLiteral("loader_rows"), loader.rows},
           {QStringLiteral("loader_requests"), loader.requests},
           {QStringLiteral("naive_sequential_ms"), naive.ms},
           {QStringLiteral("naive_rows"), naive.rows},
           {QStringLiteral("naive_requests"), naive.requests},
           {QStringLiteral("speedup_vs_naive"), naive.ms / std::max(1.0, loader.ms)},
           {QStringLiteral("longest_gui_stall_ms"), loader.longestStallMs}});
}

void benchFirstRows(int sources)
{
    SandboxProcess sandbox(sources, 0);
    QElapsedTimer clock;
    clock.start();
    WorkspaceSession session(
        std::make_unique<FiniClient>(clientConfig(sandbox.url())),
        WorkspaceInfo{QStringLiteral("Bench"), QStringLiteral("bench"), true, {}});
    MessageBoxPrompter prompter;
    MainWindow window(&session, &prompter);
    window.show();
    QEventLoop loop;
    double firstRowsMs = 0;
    QObject::connect(session.loader(), &WorkspaceLoader::firstPageShown, &loop,
                     [&] { firstRowsMs = double(clock.elapsed()); });
    QObject::connect(session.loader(), &WorkspaceLoader::finished, &loop, &QEventLoop::quit);
    session.start();
    loop.exec();
    print({{QStringLiteral("scenario"), QStringLiteral("first_rows_on_screen")},
           {QStringLiteral("sources"), sources},
           {QStringLiteral("first_rows_ms"), firstRowsMs},
           {QStringLiteral("full_load_ms"), double(clock.elapsed())},
           {QStringLiteral("target_ms"), 400},
           {QStringLiteral("ratio_to_target"), firstRowsMs / 400.0}});
}

void benchMemoryAndFilter(int sources)
{
    SandboxProcess sandbox(sources, 0);
    const qint64 before = statusField("VmRSS:");
    FiniClient client(clientConfig(sandbox.url()));
    SourceTableModel model;
    SourceFilterProxy proxy;
    proxy.setSourceTableModel(&model);
    proxy.sort(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
    WorkspaceLoader loader(&client, &model);
    proxy.followLoading(&loader);
    QEventLoop loop;
    QObject::connect(&loader, &WorkspaceLoader::finished, &loop, &QEventLoop::quit);
    loader.start();
    loop.exec();
    const qint64 after = statusField("VmRSS:");
    const qint64 peak = statusField("VmHWM:");
    print(
        {{QStringLiteral("scenario"), QStringLiteral("memory")},
         {QStringLiteral("rows"), model.rowCount()},
         {QStringLiteral("rss_mb"), mb(after)},
         {QStringLiteral("peak_rss_mb"), mb(peak)},
         {QStringLiteral("bytes_per_row"), double(after - before) / std::max(1, model.rowCount())},
         {QStringLiteral("target_mb"), 250},
         {QStringLiteral("ratio_to_target"), mb(peak) / 250.0}});

    // Typing "refund" one key at a time, each keystroke a full refilter and sort.
    const QString word = QStringLiteral("refund");
    const auto keystrokes = [&](const std::function<void(const QString &)> &apply) {
        QList<double> ms;
        for (int round = 0; round < 3; ++round) {
            for (int n = 1; n <= word.size(); ++n) {
                QElapsedTimer clock;
                clock.start();
                // A view reads the rows right away; the first read includes any deferred work.
                apply(word.left(n));
                ms.append(clock.nsecsElapsed() / 1e6);
            }
            apply(QString());
        }
        return ms;
    };
    const QList<double> ours = keystrokes([&](const QString &text) {
        proxy.setSearchText(text);
        proxy.rowCount();
    });
    // Baseline: Qt's stock proxy searching every column through the model's roles.
    QSortFilterProxyModel stock;
    stock.setSourceModel(&model);
    stock.setFilterKeyColumn(-1);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.sort(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
    const QList<double> baseline = keystrokes([&](const QString &text) {
        stock.setFilterFixedString(text);
        stock.rowCount();
    });
    print({{QStringLiteral("scenario"), QStringLiteral("filter_keystroke")},
           {QStringLiteral("rows"), model.rowCount()},
           {QStringLiteral("p50_ms"), percentile(ours, 0.5)},
           {QStringLiteral("p95_ms"), percentile(ours, 0.95)},
           {QStringLiteral("baseline_stock_proxy_p50_ms"), percentile(baseline, 0.5)},
           {QStringLiteral("baseline_stock_proxy_p95_ms"), percentile(baseline, 0.95)},
           {QStringLiteral("speedup_vs_baseline_p95"),
            percentile(baseline, 0.95) / std::max(0.001, percentile(ours, 0.95))},
           {QStringLiteral("target_p95_ms"), 50}});
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    qputenv("XDG_DATA_HOME", settings.path().toUtf8());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sourcesOption(QStringLiteral("sources"),
                                           QStringLiteral("Workspace size."), QStringLiteral("n"),
                                           QStringLiteral("100000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Latency of the slow load scenario."),
                                           QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Run one scenario: walk, first-rows, load, memory."),
        QStringLiteral("scenario"));
    parser.addOption(sourcesOption);
    parser.addOption(latencyOption);
    parser.addOption(onlyOption);
    parser.process(app);
    const int sources = parser.value(sourcesOption).toInt();
    const QString only = parser.value(onlyOption);
    const auto wanted = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };

    if (wanted("walk"))
        benchSandboxWalk(sources);
    if (wanted("first-rows"))
        benchFirstRows(sources);
    if (wanted("load")) {
        benchFullLoad(sources, 0);
        benchFullLoad(sources, parser.value(latencyOption).toInt());
    }
    if (wanted("memory"))
        benchMemoryAndFilter(sources);
    return 0;
}
