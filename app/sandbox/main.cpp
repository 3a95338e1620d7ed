#include "ProcessExit.h"
#include "SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fini-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOURCEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local simulation of the Fini public API for sources and knowledge jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxCommandLine::addOptions(parser);
    parser.process(app);
    return SandboxCommandLine::run(SandboxCommandLine::read(parser));
}

} // namespace

int main(int argc, char *argv[])
{
    return ProcessExit::afterTeardown(run(argc, argv));
}
