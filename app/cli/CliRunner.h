#pragma once

#include "ApiError.h"
#include "FiniClient.h"
#include "GenerateWorkflow.h"
#include "RefreshWorkflow.h"
#include "RemoveWorkflow.h"
#include "Source.h"
#include "SourceQuery.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

class ActivityJournal;
class ActivityRecorder;
class FiniClient;
class SecretStore;

// sourcedesk-cli: the app's workflows for scripts and schedules. Parses the command line,
// runs one command over the same client, chunking, retries and polling as the app, prints
// the result for people or as JSON, and returns the documented exit code.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Success = 0,
        Usage = 2,
        Authentication = 3,
        Permission = 4,
        BadRequest = 5,
        Failure = 6,
        Partial = 7,
    };

    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // Runs the command; `finished` carries the exit code.
    void start(const QStringList &arguments);
    static int exitCodeFor(const ApiError &error);
    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);
    void generated(); // the workflow command's generate step is over

private:
    void done(int code);
    void fail(const ApiError &error);
    void connectThen(std::function<void()> run);
    bool connect(const QString &key, const QUrl &workspaceUrl);
    void openJournal(const QUrl &baseUrl);
    void runList(bool changedOnly);
    // `list --cached`: the rows Sourcedesk saved for a workspace, without asking Fini.
    void runCachedList(bool changedOnly);
    void runRefresh();
    void runGenerate(const QStringList &ids);
    void runJobs();
    void runRemove();
    void runAdd();
    void runCrawl();
    void runImport();
    void printResources(const QString &provider, const QList<ProviderResource> &roots);
    void importResources(const QString &provider, const QList<ProviderResource> &roots,
                         const QStringList &wanted);
    // Follows what an add or import queued until Fini has read it (not with --no-wait), prints
    // the result with `head` in its JSON, and ends with the exit code. Refusals are named under
    // `refusedKey` (url, externalId, id).
    void followQueued(const QJsonObject &head, const BatchOutcome<IngestResult> &outcome,
                      const QString &refusedKey);
    void resumeJobs();
    void reportGenerate(const GenerateWorkflow::Summary &summary);
    void runWorkflow();
    void listAll(const SourceQuery &query, std::function<void(const QList<Source> &)> page,
                 std::function<void()> end);
    void refreshRows(const QList<SourceRow> &rows,
                     std::function<void(const RefreshWorkflow::Summary &)> then);
    QStringList idsFromArguments(bool *ok);
    void progress(const QString &text);
    // A countdown on the terminal while a failed request waits to be tried again.
    void showRetryWait(int delayMs);
    void tickRetryWait();
    void printSource(const Source &source);
    void printOutcomes(const QHash<QString, SourceOutcome> &outcomes);
    bool json() const;

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<FiniClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    RefreshWorkflow *m_refresh = nullptr;
    GenerateWorkflow *m_generate = nullptr;
    RemoveWorkflow *m_remove = nullptr;
    // The app's activity history of this workspace: CLI runs show in the app, and a killed
    // `generate` can be followed again with `jobs --resume`.
    std::unique_ptr<ActivityJournal> m_journal;
    ActivityRecorder *m_recorder = nullptr;
    QString m_journalScope; // a saved workspace's; otherwise made from the address
    QString m_command;
    QString m_format;
    QTimer m_retryCountdown;
    QDeadlineTimer m_retryAt;
    bool m_progressToTerminal = false;
    bool m_csvHeaderDone = false;
    int m_listed = 0;
    GenerateWorkflow::Summary m_lastGenerate;
};
