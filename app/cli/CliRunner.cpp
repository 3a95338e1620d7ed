#include "CliRunner.h"

#include "ActivityJournal.h"
#include "ActivityRecorder.h"
#include "CsvWriter.h"
#include "CursorWalker.h"
#include "FiniClient.h"
#include "KeychainSecretStore.h"
#include "SafeText.h"
#include "SourceCache.h"
#include "WebPageList.h"
#include "WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {

// Largest ID list read from a file or standard input, and most IDs in one run: far above a
// workspace's sources, far below what would take minutes before the first request.
constexpr qint64 MaxIdInputBytes = 8 * 1024 * 1024;
constexpr qsizetype MaxIds = 100000;
constexpr int MinPollMs = 10;
constexpr int MaxPollMs = 3600000;

// Whatever a server sent, as it may reach a terminal: see SafeText.
QString shown(const QString &text)
{
    return SafeText::escapeControls(text);
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"))
                  : QString();
}

QJsonObject sourceJson(const Source &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("status"), s.linkedJobStatus},
            {QStringLiteral("changed"), s.changed},
            {QStringLiteral("linkedOperation"), s.linkedOperation},
            {QStringLiteral("url"), s.originalUrl},
            {QStringLiteral("english"), s.english},
            {QStringLiteral("error"), s.error},
            {QStringLiteral("updatedAt"), isoTime(s.updatedAt)}};
}

QString outcomeName(SourceOutcome::State state)
{
    // Stable machine names for --json, independent of the translated labels.
    switch (state) {
    case SourceOutcome::State::SkippedFile:
        return QStringLiteral("skipped-file");
    case SourceOutcome::State::Rejected:
        return QStringLiteral("rejected");
    case SourceOutcome::State::NoAnswer:
        return QStringLiteral("no-answer");
    case SourceOutcome::State::Queued:
        return QStringLiteral("queued");
    case SourceOutcome::State::Running:
        return QStringLiteral("running");
    case SourceOutcome::State::Completed:
        return QStringLiteral("refreshed");
    case SourceOutcome::State::Added:
        return QStringLiteral("added");
    case SourceOutcome::State::Failed:
        return QStringLiteral("failed");
    case SourceOutcome::State::StillRunning:
        return QStringLiteral("still-running");
    case SourceOutcome::State::NotTracked:
        return QStringLiteral("not-tracked");
    case SourceOutcome::State::DraftCreated:
        return QStringLiteral("draft-created");
    case SourceOutcome::State::ArticleChanged:
        return QStringLiteral("article-updated");
    case SourceOutcome::State::NoChange:
        return QStringLiteral("no-change");
    case SourceOutcome::State::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
    m_progressToTerminal = isatty(fileno(stderr));
    m_retryCountdown.setInterval(1000);
    QObject::connect(&m_retryCountdown, &QTimer::timeout, this, &CliRunner::tickRetryWait);
}

// The recorder and the workflows are children that point at the client and the journal, which
// as members would otherwise go first.
CliRunner::~CliRunner()
{
    delete m_recorder;
    delete m_remove;
    delete m_generate;
    delete m_refresh;
}

QString CliRunner::helpText()
{
    return tr(R"(Usage: sourcedesk-cli COMMAND [options]

Commands:
  list [--source TYPE] [--changed] [--title TEXT] [--url TEXT] [--status STATUS]
       [--format table|json|csv]      every source, page by page
       [--cached]                      what the app saved for --workspace, without asking Fini
  changed                              the sources Fini marks as changed
  refresh ID... | --all | --from-file FILE | -
       [--no-wait]                     queue a refresh, then wait until every source is final
  generate ID... | --from-file FILE | -
       [--ops update,add,nothing] [--instructions TEXT] [--agent ID] [--publish]
                                       generate knowledge (drafts unless --publish), wait for the jobs
  add URL... | --from-file FILE | -    add web pages, then wait until Fini has read each
       [--no-wait]
  remove ID... | --from-file FILE | -  delete sources at Fini
       [--delete-articles]             and the knowledge articles written from them
  crawl URL... [--limit N]             the pages Fini finds from these addresses (adds nothing)
  import PROVIDER --list               what Notion, Zendesk or Confluence offers for import
  import PROVIDER ID... | --all        register those (a category or space: all under it) and
       [--no-wait]                     queue them, then wait until Fini has read each
  jobs JOBID...                        state of knowledge jobs
  jobs --resume                        follow the knowledge jobs of a generate that was stopped
                                       before its jobs ended (from the activity history)
  workflow [--source TYPE] [--generate]
                                       refresh, wait, find what changed, and generate drafts
  sandbox [--port N] [--sources N] [fault options]
                                       run fini-sandbox (see fini-sandbox --help)

Connection:
  --workspace NAME   a workspace saved in the app: its address, and its key from the keychain
  --base-url URL     Fini API address (default https://api-prod.usefini.com, or FINI_BASE_URL)
  FINI_API_KEY       the workspace's API key, from the environment only; --key is refused
                     because a key on the command line leaks into shell history and process lists

Output:
  --json             machine-readable output (list: one JSON object per line)
  --poll-ms N        first interval between progress checks (default 2000, growing to 10000)
  Progress goes to stderr when stderr is a terminal.

Exit codes:
  0 success   2 usage   3 authentication (401)   4 permission (403)
  5 bad request (400, including rejected IDs)   6 server or network failure after retries
  7 partial: some sources failed or were rejected
  workflow exits 0 when it ran to the end; failed sources are counted in its summary, and it
  exits 7 when Fini rejected sources or some were still running at the deadline.
)");
}

int CliRunner::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Unauthorized:
        return Authentication;
    case ApiError::Kind::Forbidden:
        return Permission;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::NotAccepted:
    case ApiError::Kind::InsecureUrl:
        return BadRequest;
    default:
        return Failure;
    }
}

bool CliRunner::json() const
{
    return m_format == QLatin1String("json");
}

void CliRunner::done(int code)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

void CliRunner::fail(const ApiError &error)
{
    m_err << shown(error.summary()) << '\n';
    if (!error.technicalDetails().isEmpty())
        m_err << SafeText::escapeControls(error.technicalDetails(), u"\n") << '\n';
    done(exitCodeFor(error));
}

void CliRunner::progress(const QString &text)
{
    if (m_progressToTerminal)
        m_err << '\r' << text << "\x1b[K" << Qt::flush;
}

void CliRunner::showRetryWait(int delayMs)
{
    if (!m_progressToTerminal)
        return;
    m_retryAt.setRemainingTime(delayMs);
    m_retryCountdown.start();
    tickRetryWait();
}

void CliRunner::tickRetryWait()
{
    const qint64 left = (m_retryAt.remainingTime() + 999) / 1000;
    if (left <= 0) {
        m_retryCountdown.stop();
        return;
    }
    progress(
        tr("Fini is busy or did not answer; trying again in %Ln second(s)…", nullptr, int(left)));
}

void CliRunner::start(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--key") || argument.startsWith(QLatin1String("--key="))) {
            m_err << tr("Never pass an API key on the command line: it would end up in your "
                        "shell history and in process lists. Set FINI_API_KEY instead.")
                  << '\n';
            done(Usage);
            return;
        }
    }
    m_parser.setApplicationDescription(tr("Sourcedesk for scripts and schedules."));
    const auto value = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), tr(help),
                                  QString::fromLatin1(valueName));
    };
    const auto flag = [](const char *name, const char *help) {
        return QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    m_parser.addOptions({flag("help", "Show this help."),
                         flag("version", "Show the version."),
                         value("base-url", "Fini API address.", "url"),
                         value("workspace", "A workspace saved in the app.", "name"),
                         flag("json", "Machine-readable output."),
                         value("format", "table, json or csv.", "format"),
                         value("source", "Only this source type.", "type"),
                         flag("changed", "Only changed sources."),
                         value("title", "Title contains.", "text"),
                         value("url", "URL contains.", "text"),
                         value("status", "Only this status.", "status"),
                         flag("all", "Every source of the workspace."),
                         value("from-file", "IDs, one per line.", "file"),
                         flag("no-wait", "Queue only."),
                         value("ops", "Allowed operations.", "list"),
                         value("instructions", "Extra instructions.", "text"),
                         value("agent", "Agent ID.", "id"),
                         flag("publish", "Publish directly instead of drafts."),
                         flag("delete-articles", "Also delete the linked articles."),
                         value("limit", "At most this many pages.", "n"),
                         flag("generate", "Generate drafts from what changed."),
                         flag("resume", "Follow the jobs of an interrupted generate."),
                         flag("cached", "List what Sourcedesk saved, without asking Fini."),
                         flag("list", "List what the provider offers."),
                         value("poll-ms", "First interval between checks.", "ms")});
    if (!m_parser.parse(arguments)) {
        m_err << m_parser.errorText() << "\n\n" << helpText();
        done(Usage);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "sourcedesk-cli " << QCoreApplication::applicationVersion() << '\n';
        done(Success);
        return;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        (positional.isEmpty() && !m_parser.isSet(QStringLiteral("help")) ? m_err : m_out)
            << helpText();
        done(m_parser.isSet(QStringLiteral("help")) ? Success : Usage);
        return;
    }
    m_command = positional.first();
    m_format = m_parser.isSet(QStringLiteral("json")) ? QStringLiteral("json")
                                                      : m_parser.value(QStringLiteral("format"));
    if (m_format.isEmpty())
        m_format = QStringLiteral("table");
    if (!QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}
             .contains(m_format)) {
        m_err << tr("--format takes table, json or csv.") << '\n';
        done(Usage);
        return;
    }
    if (m_parser.isSet(QStringLiteral("poll-ms"))) {
        bool ok = false;
        const int pollMs = m_parser.value(QStringLiteral("poll-ms")).toInt(&ok);
        if (!ok || pollMs < MinPollMs || pollMs > MaxPollMs) {
            m_err << tr("--poll-ms takes a number of milliseconds from %1 to %2.")
                         .arg(MinPollMs)
                         .arg(MaxPollMs)
                  << '\n';
            done(Usage);
            return;
        }
    }
    static const QStringList commands{QStringLiteral("list"),    QStringLiteral("changed"),
                                      QStringLiteral("refresh"), QStringLiteral("generate"),
                                      QStringLiteral("jobs"),    QStringLiteral("workflow"),
                                      QStringLiteral("add"),     QStringLiteral("remove"),
                                      QStringLiteral("crawl"),   QStringLiteral("import")};
    if (!commands.contains(m_command)) {
        m_err << tr("Unknown command: %1").arg(m_command) << "\n\n" << helpText();
        done(Usage);
        return;
    }
    if (m_parser.isSet(QStringLiteral("cached"))
        && (!m_parser.isSet(QStringLiteral("workspace"))
            || (m_command != QLatin1String("list") && m_command != QLatin1String("changed")))) {
        m_err << tr("--cached lists what Sourcedesk saved for a workspace: use it with list or "
                    "changed and --workspace NAME.")
              << '\n';
        done(Usage);
        return;
    }
    connectThen([this] {
        if (m_command == QLatin1String("list"))
            runList(m_parser.isSet(QStringLiteral("changed")));
        else if (m_command == QLatin1String("changed"))
            runList(true);
        else if (m_command == QLatin1String("refresh"))
            runRefresh();
        else if (m_command == QLatin1String("generate")) {
            bool ok = false;
            const QStringList ids = idsFromArguments(&ok);
            if (ok)
                runGenerate(ids);
        } else if (m_command == QLatin1String("jobs"))
            runJobs();
        else if (m_command == QLatin1String("remove"))
            runRemove();
        else if (m_command == QLatin1String("add"))
            runAdd();
        else if (m_command == QLatin1String("crawl"))
            runCrawl();
        else if (m_command == QLatin1String("import"))
            runImport();
        else
            runWorkflow();
    });
}

void CliRunner::connectThen(std::function<void()> run)
{
    const QString name = m_parser.value(QStringLiteral("workspace"));
    if (name.isEmpty()) {
        if (connect(qEnvironmentVariable("FINI_API_KEY"), {}))
            run();
        return;
    }
    // A workspace saved in the app: its address from the settings, its key from the keychain.
    std::optional<WorkspaceConfig> found;
    for (const WorkspaceConfig &workspace : WorkspaceStore().workspaces()) {
        if (workspace.name.compare(name, Qt::CaseInsensitive) == 0)
            found = workspace;
    }
    if (!found) {
        m_err << tr("No workspace named “%1” is saved in Sourcedesk. Add it in the app, or use "
                    "--base-url with FINI_API_KEY.")
                     .arg(name)
              << '\n';
        done(Usage);
        return;
    }
    const WorkspaceConfig workspace = *found;
    m_journalScope = QStringLiteral("workspace-") + workspace.id; // the app's own
    if (m_parser.isSet(QStringLiteral("cached"))) {
        run(); // reads what the app saved: no key, no request
        return;
    }
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("com.sourcedesk.Sourcedesk"));
    m_secrets->read(
        workspace.keyReference, this, [this, workspace, run](const SecretStore::Result &result) {
            if (result.status != SecretStore::Status::Ok) {
                m_err << tr("The API key of “%1” could not be read from the keychain. "
                            "%2")
                             .arg(workspace.name, result.status == SecretStore::Status::NotFound
                                                      ? SecretStore::describe(result.status)
                                                      : result.message)
                      << '\n';
                done(Usage);
                return;
            }
            if (connect(result.secret, workspace.baseUrl))
                run();
        });
}

bool CliRunner::connect(const QString &key, const QUrl &workspaceUrl)
{
    FiniClientConfig config;
    QString base = m_parser.value(QStringLiteral("base-url"));
    if (base.isEmpty())
        base = workspaceUrl.isEmpty() ? qEnvironmentVariable("FINI_BASE_URL")
                                      : workspaceUrl.toString();
    if (!base.isEmpty())
        config.baseUrl = QUrl(base);
    config.apiKey = WorkspaceStore::cleanKey(key);
    if (config.apiKey.isEmpty()) {
        m_err << tr("Set FINI_API_KEY to the workspace's API key (Fini: Deploy → API Keys).")
              << '\n';
        done(Usage);
        return false;
    }
    if (!config.baseUrl.isValid() || !FiniClient::isAllowedBaseUrl(config.baseUrl)) {
        m_err << tr("The API address must start with https:// (plain http:// only to this "
                    "computer): %1")
                     .arg(base)
              << '\n';
        done(Usage);
        return false;
    }
    m_client = std::make_unique<FiniClient>(config);
    QObject::connect(m_client.get(), &FiniClient::retryScheduled, this,
                     [this](const ApiError &, int delayMs) { showRetryWait(delayMs); });
    PollSchedule::Settings polling;
    if (m_parser.isSet(QStringLiteral("poll-ms"))) {
        polling.firstMs = m_parser.value(QStringLiteral("poll-ms")).toInt();
        polling.maxMs = std::max(polling.firstMs, 10000);
    }
    m_refresh = new RefreshWorkflow(m_client.get(), polling, this);
    m_generate = new GenerateWorkflow(m_client.get(), polling, this);
    // Only commands that queue work at Fini, or follow it, read or write the history.
    if (m_command == QLatin1String("refresh") || m_command == QLatin1String("generate")
        || m_command == QLatin1String("workflow") || m_command == QLatin1String("add")
        || m_command == QLatin1String("remove") || m_command == QLatin1String("import")
        || m_parser.isSet(QStringLiteral("resume")))
        openJournal(config.baseUrl);
    QObject::connect(m_refresh, &RefreshWorkflow::progress, this, [this](int done, int total) {
        progress(tr("Refreshing: %1 of %2 sources finished").arg(done).arg(total));
    });
    QObject::connect(m_generate, &GenerateWorkflow::progress, this, [this](int done, int total) {
        progress(tr("Generating: %1 of %2 knowledge jobs finished").arg(done).arg(total));
    });
    return true;
}

void CliRunner::listAll(const SourceQuery &query, std::function<void(const QList<Source> &)> page,
                        std::function<void()> end)
{
    auto *walker = new CursorWalker(m_client.get(), this);
    // A record can come twice while the order moves under the walk: each ID counts once.
    auto seen = std::make_shared<QSet<QString>>();
    QObject::connect(walker, &CursorWalker::pageRead, this, [page, seen](const SourcePage &read) {
        QList<Source> fresh;
        for (const Source &source : read.sources) {
            if (!seen->contains(source.id)) {
                seen->insert(source.id);
                fresh.append(source);
            }
        }
        page(fresh);
    });
    QObject::connect(walker, &CursorWalker::finished, this,
                     [this, walker, end](CursorWalker::End how, const ApiError &error) {
                         walker->deleteLater();
                         if (how == CursorWalker::End::Failed)
                             fail(error);
                         else
                             end();
                     });
    walker->start(query);
}

void CliRunner::runCachedList(bool changedOnly)
{
    const std::optional<SourceCache::Snapshot> snapshot =
        SourceCache::readFile(SourceCache::defaultPath(m_journalScope), m_journalScope);
    if (!snapshot) {
        m_err << tr("No usable copy of this workspace's sources is saved on this computer. "
                    "Open the workspace in Sourcedesk once, or leave out --cached to ask Fini.")
              << '\n';
        done(Usage);
        return;
    }
    const QString type = m_parser.value(QStringLiteral("source"));
    const QString title = m_parser.value(QStringLiteral("title"));
    const QString url = m_parser.value(QStringLiteral("url"));
    const QString status = m_parser.value(QStringLiteral("status")).toUpper();
    const auto matches = [&](const SourceRow &row) {
        return (type.isEmpty() || row.source == type) && (!changedOnly || row.changed)
               && (status.isEmpty() || row.status == status)
               && row.title.contains(title, Qt::CaseInsensitive)
               && row.url.contains(url, Qt::CaseInsensitive);
    };
    for (const SourceRow &row : snapshot->rows) {
        if (matches(row)) {
            printSource(row.toSource());
            ++m_listed;
        }
    }
    m_err << tr("%1 sources as saved on this computer at %2; Fini was not asked.")
                 .arg(m_listed)
                 .arg(isoTime(snapshot->savedAt))
          << '\n';
    done(Success);
}

void CliRunner::printSource(const Source &s)
{
    if (json()) {
        m_out << QJsonDocument(sourceJson(s)).toJson(QJsonDocument::Compact) << '\n';
    } else if (m_format == QLatin1String("csv")) {
        if (!m_csvHeaderDone) {
            m_out << "id,title,source,status,changed,linkedOperation,url,updatedAt\r\n";
            m_csvHeaderDone = true;
        }
        const QStringList cells{s.id,
                                s.title,
                                s.source,
                                s.linkedJobStatus,
                                s.changed ? QStringLiteral("true") : QStringLiteral("false"),
                                s.linkedOperation,
                                s.originalUrl,
                                isoTime(s.updatedAt)};
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(CsvWriter::field(cell));
        m_out << escaped.join(QLatin1Char(',')) << "\r\n";
    } else {
        m_out << shown(s.id) << "  " << shown(s.linkedJobStatus).leftJustified(11) << ' '
              << shown(s.source).leftJustified(11) << ' ' << (s.changed ? "changed " : "        ")
              << shown(s.title) << '\n';
    }
}

void CliRunner::runList(bool changedOnly)
{
    if (m_parser.isSet(QStringLiteral("cached"))) {
        runCachedList(changedOnly);
        return;
    }
    SourceQuery query;
    query.source = m_parser.value(QStringLiteral("source"));
    query.title = m_parser.value(QStringLiteral("title"));
    query.url = m_parser.value(QStringLiteral("url"));
    if (changedOnly)
        query.changed = true;
    const QString status = m_parser.value(QStringLiteral("status")).toUpper();
    listAll(
        query,
        [this, status](const QList<Source> &sources) {
            for (const Source &source : sources) {
                if (status.isEmpty() || source.linkedJobStatus == status) {
                    printSource(source);
                    ++m_listed;
                }
            }
            m_out.flush();
            progress(tr("%1 sources listed").arg(m_listed));
        },
        [this] {
            if (m_progressToTerminal)
                m_err << '\n';
            done(Success);
        });
}

QStringList CliRunner::idsFromArguments(bool *ok)
{
    *ok = false;
    QStringList ids = m_parser.positionalArguments().mid(1);
    QByteArray input;
    // Reads until the end or one byte past the bound: /dev/zero or a runaway pipe ends here.
    const auto readBounded = [this, &input](QFile &device, const QString &name) {
        for (;;) {
            const QByteArray chunk =
                device.read(std::min<qint64>(64 * 1024, MaxIdInputBytes + 1 - input.size()));
            if (chunk.isEmpty())
                break;
            input += chunk;
            if (input.size() > MaxIdInputBytes) {
                m_err << tr("%1 is larger than %2 MB. Give one source ID a line, at most %3 "
                            "IDs.")
                             .arg(name)
                             .arg(MaxIdInputBytes / (1024 * 1024))
                             .arg(MaxIds)
                      << '\n';
                return false;
            }
        }
        input += '\n';
        return true;
    };
    if (ids.contains(QStringLiteral("-"))) {
        ids.removeAll(QStringLiteral("-"));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly) || !readBounded(in, tr("Standard input"))) {
            done(Usage);
            return {};
        }
    }
    const QString file = m_parser.value(QStringLiteral("from-file"));
    if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(file, in.errorString()) << '\n';
            done(Usage);
            return {};
        }
        if (!readBounded(in, file)) {
            done(Usage);
            return {};
        }
    }
    for (const QByteArray &line : input.split('\n')) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty() && !id.startsWith(QLatin1Char('#')))
            ids.append(id);
        if (ids.size() > MaxIds) {
            m_err << tr("Name at most %1 source IDs in one run; split the list.").arg(MaxIds)
                  << '\n';
            done(Usage);
            return {};
        }
    }
    if (ids.isEmpty()) {
        m_err << tr("Name the IDs: as arguments, with --from-file FILE, or on standard input "
                    "with -.")
              << '\n';
        done(Usage);
        return {};
    }
    *ok = true;
    return ids;
}

void CliRunner::printOutcomes(const QHash<QString, SourceOutcome> &outcomes)
{
    if (json())
        return;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        m_out << shown(it.key()) << "  " << outcomeName(it->state);
        if (!it->detail.isEmpty())
            m_out << "  " << shown(it->detail);
        m_out << '\n';
    }
}

void CliRunner::refreshRows(const QList<SourceRow> &rows,
                            std::function<void(const RefreshWorkflow::Summary &)> then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(m_refresh, &RefreshWorkflow::finished, this,
                                   [connection, then](const RefreshWorkflow::Summary &summary) {
                                       QObject::disconnect(*connection);
                                       then(summary);
                                   });
    m_recorder->refresh(RefreshWorkflow::targets(rows));
}

void CliRunner::runRefresh()
{
    const auto refreshIds = [this](const QList<SourceRow> &rows) {
        if (m_parser.isSet(QStringLiteral("no-wait"))) {
            QStringList ids;
            for (const SourceRow &row : rows)
                ids.append(row.id);
            m_client->refresh(ids, this, [this](const BatchOutcome<QString> &outcome) {
                if (json()) {
                    QJsonArray rejected;
                    for (const IdRejection &r : outcome.rejected)
                        rejected.append(
                            QJsonObject{{QStringLiteral("id"), r.id},
                                        {QStringLiteral("reason"), r.error.explanationFor(r.id)}});
                    m_out << QJsonDocument(
                                 QJsonObject{{QStringLiteral("command"), QStringLiteral("refresh")},
                                             {QStringLiteral("queued"),
                                              QJsonArray::fromStringList(outcome.acceptedIds)},
                                             {QStringLiteral("rejected"), rejected}})
                                 .toJson(QJsonDocument::Compact)
                          << '\n';
                } else {
                    for (const QString &id : outcome.acceptedIds)
                        m_out << shown(id) << "  queued\n";
                    for (const IdRejection &r : outcome.rejected)
                        m_out << shown(r.id) << "  rejected  "
                              << shown(r.error.explanationFor(r.id)) << '\n';
                }
                if (outcome.rejected.isEmpty())
                    done(Success);
                else if (outcome.acceptedIds.isEmpty())
                    fail(outcome.rejected.first().error);
                else
                    done(Partial);
            });
            return;
        }
        refreshRows(rows, [this](const RefreshWorkflow::Summary &s) {
            if (m_progressToTerminal)
                m_err << '\n';
            printOutcomes(m_refresh->outcomes());
            if (json()) {
                QJsonArray sources;
                for (auto it = m_refresh->outcomes().cbegin(); it != m_refresh->outcomes().cend();
                     ++it)
                    sources.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                               {QStringLiteral("outcome"), outcomeName(it->state)},
                                               {QStringLiteral("detail"), it->detail}});
                m_out << QJsonDocument(
                             QJsonObject{{QStringLiteral("command"), QStringLiteral("refresh")},
                                         {QStringLiteral("queued"), s.queued},
                                         {QStringLiteral("rejected"), s.rejected},
                                         {QStringLiteral("skippedFiles"), s.skippedFiles},
                                         {QStringLiteral("refreshed"), s.completed},
                                         {QStringLiteral("failed"), s.failed},
                                         {QStringLiteral("stillRunning"), s.stillRunning},
                                         {QStringLiteral("changed"),
                                          QJsonArray::fromStringList(s.changedFromThisRefresh)},
                                         {QStringLiteral("sources"), sources}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            } else {
                m_out << tr("%1 queued, %2 rejected, %3 refreshed, %4 failed, %5 still running; "
                            "%6 changed")
                             .arg(s.queued)
                             .arg(s.rejected)
                             .arg(s.completed)
                             .arg(s.failed)
                             .arg(s.stillRunning)
                             .arg(s.changedFromThisRefresh.size())
                      << '\n';
            }
            if (s.queued == 0 && s.rejected > 0)
                fail(s.firstError);
            else if (s.rejected || s.failed || s.stillRunning || s.skippedFiles)
                done(Partial);
            else
                done(Success);
        });
    };

    if (m_parser.isSet(QStringLiteral("all"))) {
        auto rows = std::make_shared<QList<SourceRow>>();
        SourceQuery query;
        query.source = m_parser.value(QStringLiteral("source"));
        listAll(
            query,
            [rows](const QList<Source> &sources) {
                for (const Source &source : sources) {
                    if (source.source != QLatin1String("files"))
                        rows->append(SourceRow::fromSource(source));
                }
            },
            [rows, refreshIds] { refreshIds(*rows); });
        return;
    }
    bool ok = false;
    const QStringList ids = idsFromArguments(&ok);
    if (!ok)
        return;
    QList<SourceRow> rows;
    for (const QString &id : ids) {
        SourceRow row;
        row.id = id;
        rows.append(row);
    }
    refreshIds(rows);
}

void CliRunner::runGenerate(const QStringList &ids)
{
    GenerateOptions options;
    const QString ops = m_parser.value(QStringLiteral("ops"));
    for (const QString &op : ops.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = op.trimmed().toLower();
        if (name == QLatin1String("update"))
            options.restrictedOps.append(QStringLiteral("UPDATE_ARTICLE"));
        else if (name == QLatin1String("add"))
            options.restrictedOps.append(QStringLiteral("ADD_ARTICLE_TO_FOLDER"));
        else if (name == QLatin1String("nothing"))
            options.restrictedOps.append(QStringLiteral("DO_NOTHING"));
        else {
            m_err << tr("--ops takes update, add and nothing, separated by commas.") << '\n';
            done(Usage);
            return;
        }
    }
    options.instructions = m_parser.value(QStringLiteral("instructions"));
    options.botId = m_parser.value(QStringLiteral("agent"));
    options.isDraft = !m_parser.isSet(QStringLiteral("publish"));

    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(m_generate, &GenerateWorkflow::finished, this,
                                   [this, connection](const GenerateWorkflow::Summary &summary) {
                                       QObject::disconnect(*connection);
                                       reportGenerate(summary);
                                   });
    m_recorder->generate(ids, options);
}

void CliRunner::reportGenerate(const GenerateWorkflow::Summary &s)
{
    if (m_progressToTerminal)
        m_err << '\n';
    const bool standalone = m_command != QLatin1String("workflow");
    if (standalone)
        printOutcomes(m_generate->outcomes());
    if (json() && standalone) {
        QJsonArray sources;
        for (auto it = m_generate->outcomes().cbegin(); it != m_generate->outcomes().cend(); ++it)
            sources.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                       {QStringLiteral("job"), m_generate->jobs().value(it.key())},
                                       {QStringLiteral("outcome"), outcomeName(it->state)},
                                       {QStringLiteral("detail"), it->detail}});
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("command"), m_command},
                                           {QStringLiteral("queued"), s.queued},
                                           {QStringLiteral("rejected"), s.rejected},
                                           {QStringLiteral("written"), s.written},
                                           {QStringLiteral("noChange"), s.noChange},
                                           {QStringLiteral("failed"), s.failed},
                                           {QStringLiteral("stillRunning"), s.stillRunning},
                                           {QStringLiteral("sources"), sources}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else if (standalone) {
        m_out << tr("%1 queued, %2 rejected, %3 written, %4 no change, %5 failed, %6 "
                    "still running")
                     .arg(s.queued)
                     .arg(s.rejected)
                     .arg(s.written)
                     .arg(s.noChange)
                     .arg(s.failed)
                     .arg(s.stillRunning)
              << '\n';
    }
    if (!standalone) {
        m_lastGenerate = s;
        Q_EMIT generated();
        return;
    }
    if (s.queued == 0 && s.rejected > 0)
        fail(s.firstError);
    else if (s.rejected || s.failed || s.stillRunning)
        done(Partial);
    else
        done(Success);
}

void CliRunner::resumeJobs()
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(m_generate, &GenerateWorkflow::finished, this,
                                   [this, connection](const GenerateWorkflow::Summary &summary) {
                                       QObject::disconnect(*connection);
                                       reportGenerate(summary);
                                   });
    m_recorder->resumeUnfinished();
    if (m_generate->isRunning())
        return;
    QObject::disconnect(*connection);
    if (json())
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("command"), m_command},
                                           {QStringLiteral("resumed"), 0}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << tr("No knowledge jobs of an earlier generate are left to follow.") << '\n';
    done(Success);
}

void CliRunner::openJournal(const QUrl &baseUrl)
{
    if (m_journalScope.isEmpty()) {
        // No saved workspace: one history per address, shared by every CLI run against it.
        QString address = baseUrl.host() + QLatin1Char('-') + QString::number(baseUrl.port(443));
        address.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
        m_journalScope = QStringLiteral("cli-") + address;
    }
    m_journal = std::make_unique<ActivityJournal>(ActivityJournal::defaultPath(m_journalScope));
    if (!m_journal->notice().isEmpty())
        m_err << shown(m_journal->notice()) << '\n';
    if (!m_journal->isOpen())
        m_err << tr("The activity history could not be opened; this run is not recorded. %1")
                     .arg(shown(m_journal->errorString()))
              << '\n';
    QObject::connect(m_journal.get(), &ActivityJournal::writeFailed, this,
                     [this](const QString &message) { m_err << shown(message) << '\n'; });
    m_recorder = new ActivityRecorder(m_journal.get(), m_refresh, m_generate, this);
    m_remove = new RemoveWorkflow(m_client.get(), this);
    m_recorder->setRemoveWorkflow(m_remove);
}

void CliRunner::runRemove()
{
    bool ok = false;
    const QStringList ids = idsFromArguments(&ok);
    if (!ok)
        return;
    QList<RemoveWorkflow::Target> targets;
    targets.reserve(ids.size());
    for (const QString &id : ids)
        targets.append({id, {}});
    QObject::connect(
        m_remove, &RemoveWorkflow::finished, this, [this](const RemoveWorkflow::Summary &s) {
            if (json()) {
                QJsonArray notRemoved;
                for (const IdRejection &r : s.notRemoved)
                    notRemoved.append(
                        QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("reason"), r.error.explanationFor(r.id)}});
                m_out << QJsonDocument(
                             QJsonObject{{QStringLiteral("command"), QStringLiteral("remove")},
                                         {QStringLiteral("deleteArticles"), s.deleteArticles},
                                         {QStringLiteral("removed"),
                                          QJsonArray::fromStringList(s.removedIds)},
                                         {QStringLiteral("notRemoved"), notRemoved}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            } else {
                printOutcomes(s.outcomes);
                m_out << tr("%1 removed, %2 not removed")
                             .arg(s.removedIds.size())
                             .arg(s.notRemoved.size())
                      << '\n';
            }
            if (s.notRemoved.isEmpty())
                done(Success);
            else if (s.removedIds.isEmpty())
                fail(s.firstError);
            else
                done(Partial);
        });
    m_recorder->remove(targets, m_parser.isSet(QStringLiteral("delete-articles")));
}

void CliRunner::runCrawl()
{
    const WebPageList seeds =
        WebPageList::parse(m_parser.positionalArguments().mid(1).join(QLatin1Char('\n')));
    bool limitOk = true;
    const int limit = m_parser.isSet(QStringLiteral("limit"))
                          ? m_parser.value(QStringLiteral("limit")).toInt(&limitOk)
                          : 250;
    if (!seeds.problems.isEmpty() || seeds.isEmpty() || !limitOk || limit < 1) {
        m_err << tr("crawl takes one or more web addresses (https://…) and --limit N, a number "
                    "from 1.")
              << '\n';
        done(Usage);
        return;
    }
    m_client->crawlLinks(seeds.fresh, limit, this, [this](const ApiResult<QStringList> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        if (json())
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("crawl")},
                                               {QStringLiteral("links"),
                                                QJsonArray::fromStringList(result.value())}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            for (const QString &url : result.value())
                m_out << shown(url) << '\n';
        done(Success);
    });
}

void CliRunner::runAdd()
{
    bool ok = false;
    const QStringList entries = idsFromArguments(&ok);
    if (!ok)
        return;
    const WebPageList pages = WebPageList::parse(entries.join(QLatin1Char('\n')));
    if (!pages.problems.isEmpty()) {
        for (const WebPageList::Problem &problem : pages.problems)
            m_err << tr("Not added, %1: %2").arg(shown(problem.entry), problem.reason) << '\n';
        m_err << tr("Nothing was sent. Give web addresses that start with https:// or http://.")
              << '\n';
        done(Usage);
        return;
    }
    m_client->ingestInChunks(QStringLiteral("web"), pages.fresh, {}, this,
                             [this](const BatchOutcome<IngestResult> &outcome) {
                                 followQueued({}, outcome, QStringLiteral("url"));
                             });
}

void CliRunner::followQueued(const QJsonObject &head, const BatchOutcome<IngestResult> &outcome,
                             const QString &refusedKey)
{
    QStringList added;
    QStringList known;
    for (const IngestResult &result : outcome.items) {
        added << result.addedDocumentIds;
        known << result.updatedDocumentIds;
    }
    const QStringList queued = added + known;
    QJsonObject base = head;
    base.insert(QStringLiteral("command"), m_command);
    QJsonArray refused;
    for (const IdRejection &r : outcome.rejected) {
        refused.append(QJsonObject{{refusedKey, r.id},
                                   {QStringLiteral("reason"), r.error.explanationFor(r.id)}});
        if (!json())
            m_out << shown(r.id) << "  refused  " << shown(r.error.explanationFor(r.id)) << '\n';
    }
    base.insert(QStringLiteral("refused"), refused);
    if (queued.isEmpty()) {
        if (json()) {
            base.insert(QStringLiteral("queued"), QJsonArray());
            m_out << QJsonDocument(base).toJson(QJsonDocument::Compact) << '\n';
        }
        outcome.rejected.isEmpty() ? done(Success) : fail(outcome.rejected.first().error);
        return;
    }
    const bool someRefused = !outcome.rejected.isEmpty();
    const auto report = [this, queued, base, someRefused](const RefreshWorkflow::Summary *s) {
        if (json()) {
            QJsonObject result = base;
            result.insert(QStringLiteral("queued"), QJsonArray::fromStringList(queued));
            if (s) {
                result.insert(QStringLiteral("ready"), s->completed);
                result.insert(QStringLiteral("failed"), s->failed);
                result.insert(QStringLiteral("stillRunning"), s->stillRunning);
            }
            m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        } else if (s) {
            printOutcomes(m_refresh->outcomes());
            m_out << tr("%1 queued, %2 ready, %3 failed, %4 still running")
                         .arg(queued.size())
                         .arg(s->completed)
                         .arg(s->failed)
                         .arg(s->stillRunning)
                  << '\n';
        } else {
            for (const QString &id : queued)
                m_out << shown(id) << "  queued\n";
        }
        done(someRefused || (s && (s->failed || s->stillRunning)) ? Partial : Success);
    };
    if (m_parser.isSet(QStringLiteral("no-wait"))) {
        report(nullptr);
        return;
    }
    QObject::connect(m_refresh, &RefreshWorkflow::finished, this,
                     [report](const RefreshWorkflow::Summary &s) { report(&s); });
    m_recorder->followAdded(added, known);
}

void CliRunner::runImport()
{
    const QStringList arguments = m_parser.positionalArguments().mid(1);
    const QString provider = arguments.value(0).toLower();
    const QStringList wanted = arguments.mid(1);
    const bool all = m_parser.isSet(QStringLiteral("all"));
    const bool list = m_parser.isSet(QStringLiteral("list"));
    if (!ProviderResource::providers().contains(provider)
        || int(list) + int(all) + int(!wanted.isEmpty()) != 1) {
        m_err << tr("import takes a provider (notion, zendesk or confluence), then --list, --all "
                    "or the IDs to import.")
              << '\n';
        done(Usage);
        return;
    }
    m_client->listResources(
        provider, this,
        [this, provider, wanted, list](const ApiResult<QList<ProviderResource>> &result) {
            if (!result.ok()) {
                if (result.error().kind() != ApiError::Kind::BadRequest) {
                    fail(result.error());
                    return;
                }
                m_err << ProviderResource::notConnectedText(provider) << '\n'
                      << SafeText::escapeControls(result.error().technicalDetails(), u"\n") << '\n';
                done(BadRequest);
                return;
            }
            if (list) {
                printResources(provider, result.value());
                done(Success);
                return;
            }
            importResources(provider, result.value(), wanted);
        });
}

void CliRunner::printResources(const QString &provider, const QList<ProviderResource> &roots)
{
    std::function<QJsonArray(const QList<ProviderResource> &, int)> walk =
        [&](const QList<ProviderResource> &items, int depth) {
            QJsonArray array;
            for (const ProviderResource &item : items) {
                if (!json())
                    m_out << QString(depth * 2, QLatin1Char(' ')) << shown(item.externalId) << "  "
                          << shown(item.kind) << "  " << shown(item.title) << "  "
                          << shown(item.url) << '\n';
                QJsonObject object{{QStringLiteral("externalId"), item.externalId},
                                   {QStringLiteral("title"), item.title},
                                   {QStringLiteral("url"), item.url},
                                   {QStringLiteral("kind"), item.kind},
                                   {QStringLiteral("importable"), item.isImportable()}};
                const QJsonArray children = walk(item.children, depth + 1);
                if (item.container)
                    object.insert(QStringLiteral("children"), children);
                array.append(object);
            }
            return array;
        };
    const QJsonArray resources = walk(roots, 0);
    if (json())
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("import")},
                                           {QStringLiteral("provider"), provider},
                                           {QStringLiteral("resources"), resources}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
}

void CliRunner::importResources(const QString &provider, const QList<ProviderResource> &roots,
                                const QStringList &wanted)
{
    // A container's ID stands for everything importable under it, as a checked parent does in
    // the app's tree.
    QList<ProviderResource> chosen;
    QSet<QString> taken;
    QStringList unknown;
    const auto take = [&](const QList<ProviderResource> &items) {
        for (const ProviderResource &item : ProviderResource::importable(items)) {
            if (!taken.contains(item.externalId)) {
                taken.insert(item.externalId);
                chosen.append(item);
            }
        }
    };
    std::function<const ProviderResource *(const QList<ProviderResource> &, const QString &)> find =
        [&](const QList<ProviderResource> &items, const QString &id) -> const ProviderResource * {
        for (const ProviderResource &item : items) {
            if (item.externalId == id)
                return &item;
            if (const ProviderResource *found = find(item.children, id))
                return found;
        }
        return nullptr;
    };
    if (wanted.isEmpty())
        take(roots);
    for (const QString &id : wanted) {
        const ProviderResource *item = find(roots, id);
        if (item)
            take({*item});
        else
            unknown.append(id);
    }
    if (!unknown.isEmpty() || chosen.isEmpty()) {
        for (const QString &id : std::as_const(unknown))
            m_err << tr("%1 does not offer “%2” for import: it may be imported already or not "
                        "exist. `import %3 --list` shows what it offers.")
                         .arg(ProviderResource::displayName(provider), shown(id), provider)
                  << '\n';
        if (unknown.isEmpty())
            m_err << tr("%1 offers nothing more to import.")
                         .arg(ProviderResource::displayName(provider))
                  << '\n';
        done(unknown.isEmpty() ? Success : BadRequest);
        return;
    }
    const QJsonObject head{{QStringLiteral("provider"), provider}};
    m_client->registerResources(
        provider, chosen, this,
        [this, provider, head](const BatchOutcome<IngestResult> &registered) {
            QStringList added;
            QStringList known;
            for (const IngestResult &result : registered.items) {
                added << result.addedDocumentIds;
                known << result.updatedDocumentIds;
            }
            if (added.isEmpty() && known.isEmpty()) {
                followQueued(head, registered, QStringLiteral("externalId"));
                return;
            }
            m_client->ingestInChunks(
                provider, added, known, this,
                [this, head, registered](const BatchOutcome<IngestResult> &queued) {
                    BatchOutcome<IngestResult> both = queued;
                    both.rejected = registered.rejected + queued.rejected;
                    followQueued(head, both, QStringLiteral("id"));
                });
        });
}

void CliRunner::runJobs()
{
    if (m_parser.isSet(QStringLiteral("resume"))) {
        resumeJobs();
        return;
    }
    const QStringList ids = m_parser.positionalArguments().mid(1);
    if (ids.isEmpty()) {
        m_err << tr("Name the knowledge job IDs.") << '\n';
        done(Usage);
        return;
    }
    m_client->checkJobs(ids, this, [this](const BatchOutcome<KnowledgeJob> &outcome) {
        QJsonArray jobs;
        for (const KnowledgeJob &job : outcome.items) {
            if (json())
                jobs.append(QJsonObject{{QStringLiteral("id"), job.id},
                                        {QStringLiteral("status"), job.jobStatus},
                                        {QStringLiteral("articleId"), job.hcArticleId},
                                        {QStringLiteral("completedAt"), isoTime(job.completedAt)}});
            else
                m_out << shown(job.id) << "  " << shown(job.jobStatus).leftJustified(11) << ' '
                      << (job.hcArticleId.isEmpty() ? QStringLiteral("-") : shown(job.hcArticleId))
                      << '\n';
        }
        for (const IdRejection &r : outcome.rejected) {
            if (!json())
                m_err << shown(r.id) << "  " << shown(r.error.explanationFor(r.id)) << '\n';
        }
        if (json()) {
            QJsonArray unknown;
            for (const IdRejection &r : outcome.rejected)
                unknown.append(r.id);
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("jobs")},
                                               {QStringLiteral("jobs"), jobs},
                                               {QStringLiteral("unknown"), unknown}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        }
        if (outcome.rejected.isEmpty())
            done(Success);
        else if (outcome.items.isEmpty())
            fail(outcome.rejected.first().error);
        else
            done(Partial);
    });
}

void CliRunner::runWorkflow()
{
    auto rows = std::make_shared<QList<SourceRow>>();
    SourceQuery query;
    query.source = m_parser.value(QStringLiteral("source"));
    listAll(
        query,
        [rows](const QList<Source> &sources) {
            for (const Source &source : sources)
                rows->append(SourceRow::fromSource(source));
        },
        [this, rows] {
            refreshRows(*rows, [this](const RefreshWorkflow::Summary &refresh) {
                if (m_progressToTerminal)
                    m_err << '\n';
                const auto report = [this, refresh](const GenerateWorkflow::Summary *generate) {
                    QJsonObject summary{
                        {QStringLiteral("command"), QStringLiteral("workflow")},
                        {QStringLiteral("refreshQueued"), refresh.queued},
                        {QStringLiteral("refreshRejected"), refresh.rejected},
                        {QStringLiteral("skippedFiles"), refresh.skippedFiles},
                        {QStringLiteral("refreshed"), refresh.completed},
                        {QStringLiteral("refreshFailed"), refresh.failed},
                        {QStringLiteral("stillRunning"), refresh.stillRunning},
                        {QStringLiteral("changed"), int(refresh.changedFromThisRefresh.size())}};
                    if (generate) {
                        summary.insert(QStringLiteral("generateQueued"), generate->queued);
                        summary.insert(QStringLiteral("generateRejected"), generate->rejected);
                        summary.insert(QStringLiteral("written"), generate->written);
                        summary.insert(QStringLiteral("noChange"), generate->noChange);
                        summary.insert(QStringLiteral("generateFailed"), generate->failed);
                    }
                    if (json()) {
                        m_out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
                    } else {
                        m_out
                            << tr("Refresh: %1 queued, %2 rejected, %3 uploaded files skipped, "
                                  "%4 refreshed, %5 failed, %6 still running.")
                                   .arg(refresh.queued)
                                   .arg(refresh.rejected)
                                   .arg(refresh.skippedFiles)
                                   .arg(refresh.completed)
                                   .arg(refresh.failed)
                                   .arg(refresh.stillRunning)
                            << '\n'
                            << tr("Changed: %1 sources.").arg(refresh.changedFromThisRefresh.size())
                            << '\n';
                        if (generate)
                            m_out << tr("Generate: %1 queued, %2 rejected, %3 drafts written, %4 "
                                        "no change needed, %5 failed.")
                                         .arg(generate->queued)
                                         .arg(generate->rejected)
                                         .arg(generate->written)
                                         .arg(generate->noChange)
                                         .arg(generate->failed)
                                  << '\n';
                    }
                    const bool rejected =
                        refresh.rejected > 0 || refresh.stillRunning > 0
                        || (generate && (generate->rejected > 0 || generate->stillRunning > 0));
                    if (refresh.queued == 0 && refresh.rejected > 0)
                        fail(refresh.firstError);
                    else
                        done(rejected ? Partial : Success);
                };
                if (!m_parser.isSet(QStringLiteral("generate"))
                    || refresh.changedFromThisRefresh.isEmpty()) {
                    report(nullptr);
                    return;
                }
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection =
                    QObject::connect(this, &CliRunner::generated, this, [this, connection, report] {
                        QObject::disconnect(*connection);
                        const GenerateWorkflow::Summary s = m_lastGenerate;
                        report(&s);
                    });
                runGenerate(refresh.changedFromThisRefresh);
            });
        });
}
