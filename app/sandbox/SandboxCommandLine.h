#pragma once

#include "SandboxOptions.h"

#include <QHostAddress>

class QCommandLineParser;

// The fini-sandbox command line, shared by the fini-sandbox executable and
// `sourcedesk-cli sandbox`.
namespace SandboxCommandLine {

void addOptions(QCommandLineParser &parser);

struct Parsed {
    SandboxOptions options;
    QHostAddress host;
    quint16 port = 0;
    QString error; // non-empty when a value is out of range
};

Parsed read(const QCommandLineParser &parser);

// Starts the sandbox as the spec's process does: prints the listening line and the demo keys.
int run(const Parsed &parsed);

} // namespace SandboxCommandLine
