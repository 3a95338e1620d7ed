#include "FiniClient.h"
#include "FiniSandbox.h"
#include "MainWindow.h"
#include "SandboxThread.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <memory>

namespace {

// --help and --version print and exit; they must work without a display.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (printsOnly(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sourcedesk.com"));
    QCoreApplication::setApplicationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Keep a Fini workspace's knowledge in step with its sources."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo workspace."));
    const QCommandLineOption demoSources(
        QStringLiteral("demo-sources"),
        QApplication::translate("main", "Number of sources in the demo workspace."),
        QStringLiteral("n"), QStringLiteral("2500"));
    parser.addOption(demo);
    parser.addOption(demoSources);
    parser.process(app);
    Translations::install();
    QGuiApplication::setDesktopFileName(QStringLiteral("com.sourcedesk.Sourcedesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));

    // Until workspaces can be added (key storage), the app opens the demo workspace: an
    // in-process fini-sandbox on its own thread, so nobody mistakes it for a real one.
    SandboxOptions options;
    options.sources = std::clamp(parser.value(demoSources).toInt(), 0, 200000);
    SandboxThread sandbox;
    if (!sandbox.start(options)) {
        std::fprintf(stderr, "The demo workspace could not start: %s\n",
                     qPrintable(sandbox.errorString()));
        return 1;
    }
    FiniClientConfig config;
    config.baseUrl = sandbox.url();
    config.apiKey = FiniSandbox::writeKey();
    FiniClient client(config);
    MainWindow window(&client, WorkspaceInfo{QApplication::translate("main", "Demo workspace"),
                                             QStringLiteral("demo"),
                                             true,
                                             {}});
    window.show();
    return QApplication::exec();
}
