#pragma once

#include "SandboxOptions.h"

#include <QThread>
#include <QUrl>

class FiniSandbox;

// Runs a FiniSandbox on a thread of its own, so that the demo workspace and the benchmark
// never make the sandbox's work part of the GUI thread's.
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;

    // Generates the workspace and starts listening; blocks until the sandbox is up.
    bool start(const SandboxOptions &options);
    // Changes the fault flags of the running sandbox (waits until they apply).
    void setFaults(const SandboxOptions &options);
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    QThread m_thread;
    FiniSandbox *m_sandbox = nullptr;
    QUrl m_url;
    QString m_error;
};
