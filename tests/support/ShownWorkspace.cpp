#include "ShownWorkspace.h"

#include "FiniClient.h"
#include "MessageBar.h"
#include "PollSchedule.h"

#include <QLabel>
#include <QTest>

ShownWorkspace::ShownWorkspace(Prompter *prompter)
    : m_prompter(prompter)
{}

ShownWorkspace::~ShownWorkspace()
{
    close();
}

QString ShownWorkspace::messageBarText() const
{
    return child<MessageBar>("messageBar")->text();
}

QString ShownWorkspace::messageBarDetails() const
{
    return child<MessageBar>("messageBar")
        ->findChild<QLabel *>(QStringLiteral("messageBarText"))
        ->toolTip();
}

bool ShownWorkspace::open(const QUrl &url, const QString &key, const QString &scope,
                          const Options &options)
{
    close();
    FiniClientConfig config;
    config.baseUrl = url;
    config.apiKey = key;
    if (options.retryBaseDelayMs > 0)
        config.retry.baseDelayMs = options.retryBaseDelayMs;
    if (options.retryMaxDelayMs > 0)
        config.retry.maxDelayMs = options.retryMaxDelayMs;
    PollSchedule::Settings polling;
    polling.firstMs = 50;
    polling.maxMs = 100;
    m_session = std::make_unique<WorkspaceSession>(
        std::make_unique<FiniClient>(config),
        WorkspaceInfo{QStringLiteral("Demo workspace"), scope, true, polling, {}});
    m_window = std::make_unique<MainWindow>(m_session.get(), m_prompter);
    if (options.size.isValid())
        m_window->resize(options.size);
    m_window->show();
    m_session->start();
    return !options.waitLoaded
           || QTest::qWaitFor([this] { return !m_session->isLoading(); }, 15000);
}

void ShownWorkspace::close()
{
    m_window.reset();
    m_session.reset();
}
