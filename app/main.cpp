#include "AppController.h"
#include "FiniSandbox.h"
#include "KeychainSecretStore.h"
#include "MessageBoxPrompter.h"
#include "Preferences.h"
#include "ProcessExit.h"
#include "SandboxThread.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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

int run(int argc, char *argv[])
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
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Keep a Fini workspace's knowledge in step with its sources."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo workspace."));
    const QCommandLineOption demoSources(
        QStringLiteral("demo-sources"),
        QCoreApplication::translate("main", "Number of sources in the demo workspace."),
        QStringLiteral("n"), QStringLiteral("2500"));
    parser.addOption(demo);
    parser.addOption(demoSources);
    parser.process(app);
    const Preferences preferences = Preferences::load();
    Translations::install(preferences.locale());
    Theme::apply(preferences.theme);
    QGuiApplication::setDesktopFileName(QStringLiteral("com.sourcedesk.Sourcedesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));

    // The demo workspace is an in-process fini-sandbox on its own thread, started on first use.
    std::unique_ptr<SandboxThread> sandbox;
    const int demoSize = std::clamp(parser.value(demoSources).toInt(), 0, 200000);
    const auto startDemo = [&sandbox, demoSize]() -> std::optional<AppController::Endpoint> {
        if (!sandbox) {
            SandboxOptions options;
            options.sources = demoSize;
            sandbox = std::make_unique<SandboxThread>();
            if (!sandbox->start(options)) {
                sandbox.reset();
                return std::nullopt;
            }
        }
        return AppController::Endpoint{sandbox->url(), FiniSandbox::writeKey()};
    };

    KeychainSecretStore secrets(QStringLiteral("com.sourcedesk.Sourcedesk"));
    MessageBoxPrompter prompter;
    AppController controller(&secrets, startDemo, &prompter);
    controller.start(parser.isSet(demo));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    return ProcessExit::afterTeardown(run(argc, argv));
}
