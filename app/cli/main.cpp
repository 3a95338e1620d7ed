#include "CliRunner.h"
#include "ProcessExit.h"
#include "SandboxCommandLine.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace {

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sourcedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("sourcedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCEDESK_VERSION));
    Translations::install();

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("sandbox")) {
        arguments.removeAt(1);
        QCommandLineParser parser;
        parser.addHelpOption();
        SandboxCommandLine::addOptions(parser);
        parser.process(arguments);
        return SandboxCommandLine::run(SandboxCommandLine::read(parser));
    }

    CliRunner runner;
    int exitCode = 0;
    QObject::connect(&runner, &CliRunner::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &runner, [&runner, arguments] { runner.start(arguments); });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    return ProcessExit::afterTeardown(run(argc, argv));
}
