#include "SandboxThread.h"

#include "FiniSandbox.h"

SandboxThread::SandboxThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("fini-sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (m_sandbox)
        QMetaObject::invokeMethod(
            m_sandbox, [this] { delete m_sandbox; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SandboxThread::start(const SandboxOptions &options)
{
    m_thread.start();
    bool started = false;
    auto *anchor = new QObject;
    anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            m_sandbox = new FiniSandbox(options);
            started = m_sandbox->start();
            m_url = m_sandbox->url();
            m_error = m_sandbox->errorString();
            delete anchor;
        },
        Qt::BlockingQueuedConnection);
    return started;
}

void SandboxThread::setFaults(const SandboxOptions &options)
{
    if (m_sandbox)
        QMetaObject::invokeMethod(
            m_sandbox, [this, options] { m_sandbox->setFaults(options); },
            Qt::BlockingQueuedConnection);
}
