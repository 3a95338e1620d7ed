// A process that starts a knowledge generation with the journal, says when Fini has queued
// the jobs, and waits to be killed: tst_journal kills it and resumes from its journal.
#include "ActivityRecorder.h"
#include "FiniClient.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return 2;
    FiniClientConfig config;
    config.baseUrl = QUrl(args.at(1));
    config.apiKey = qEnvironmentVariable("FINI_API_KEY");
    FiniClient client(config);
    ActivityJournal journal(args.at(2));
    RefreshWorkflow refresh(&client, {});
    GenerateWorkflow generate(&client, {});
    ActivityRecorder recorder(&journal, &refresh, &generate);
    // Says so once the journal holds the jobs: the journal writes on a thread of its own.
    QObject::connect(&generate, &GenerateWorkflow::queued, &app, [&](int accepted, int) {
        if (!journal.waitForWrites(10000))
            return;
        std::printf("queued %d\n", accepted);
        std::fflush(stdout);
    });
    recorder.generate(args.mid(3), GenerateOptions{});
    return QCoreApplication::exec();
}
