#include "AppController.h"

#include "ConnectionTester.h"
#include "Dialogs.h"
#include "FiniClient.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "WelcomePage.h"
#include "WorkspaceDialog.h"

#include <QActionGroup>
#include <QMenu>

namespace {
const QString DemoId = QStringLiteral("demo");
}

AppController::AppController(SecretStore *secrets, DemoStarter demo, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_demo(std::move(demo))
{}

AppController::~AppController()
{
    // The window uses the client: it goes first.
    m_window.reset();
}

void AppController::start(bool demo)
{
    if (demo) {
        openDemo();
        return;
    }
    const QString last = m_store.lastUsed();
    if (!last.isEmpty() && m_store.find(last)) {
        openWorkspace(last);
        return;
    }
    if (!m_store.workspaces().isEmpty()) {
        openWorkspace(m_store.workspaces().constFirst().id);
        return;
    }
    showWelcome();
}

void AppController::showWelcome()
{
    m_welcome = std::make_unique<WelcomePage>();
    connect(m_welcome.get(), &WelcomePage::connectRequested, this, &AppController::addWorkspace);
    connect(m_welcome.get(), &WelcomePage::demoRequested, this, &AppController::openDemo);
    m_welcome->show();
    Q_EMIT windowChanged();
}

void AppController::openDemo()
{
    const std::optional<Endpoint> endpoint = m_demo ? m_demo() : std::nullopt;
    if (!endpoint) {
        Dialogs::message(nullptr, QMessageBox::Warning, tr("Demo workspace"),
                         tr("The demo workspace could not start on this computer."));
        return;
    }
    FiniClientConfig config;
    config.baseUrl = endpoint->baseUrl;
    config.apiKey = endpoint->apiKey;
    show(std::make_unique<FiniClient>(config), DemoId, tr("Demo workspace"), true);
}

void AppController::openWorkspace(const QString &id)
{
    if (id == DemoId) {
        openDemo();
        return;
    }
    const std::optional<WorkspaceConfig> workspace = m_store.find(id);
    if (!workspace)
        return;
    if (m_sessionKeys.contains(id)) {
        open(*workspace, m_sessionKeys.value(id));
        return;
    }
    const WorkspaceConfig config = *workspace;
    m_secrets->read(config.keyReference, this, [this, config](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok) {
            open(config, result.secret);
            return;
        }
        if (result.status == SecretStore::Status::NotFound) {
            askForKey(config,
                      tr("No API key is stored for “%1” on this computer.").arg(config.name));
            return;
        }
        // Never delete or replace the stored key because of a keychain error: it may work
        // again once the keychain is unlocked.
        askForKey(config, tr("Sourcedesk could not read the API key of “%1” from the keychain. "
                             "%2")
                              .arg(config.name, result.message));
    });
}

void AppController::askForKey(const WorkspaceConfig &workspace, const QString &why)
{
    if (!Dialogs::confirm(m_window.get(), tr("API key needed"),
                          why + QStringLiteral("\n\n") + tr("Enter the key now?"),
                          tr("Enter the key…"))) {
        if (!m_window && !m_welcome)
            showWelcome();
        return;
    }
    editWorkspace(workspace.id);
}

void AppController::addWorkspace()
{
    WorkspaceDialog dialog({}, false,
                           m_window ? static_cast<QWidget *>(m_window.get()) : m_welcome.get());
    if (Dialogs::run(dialog) != QDialog::Accepted)
        return;
    const WorkspaceConfig saved = m_store.save(dialog.workspace());
    const QString key = dialog.key();
    storeKeyThen(saved, key, [this, saved, key] { open(saved, key); });
}

void AppController::editWorkspace(const QString &id)
{
    const std::optional<WorkspaceConfig> workspace = m_store.find(id);
    if (!workspace)
        return;
    WorkspaceDialog dialog(*workspace, true, m_window.get());
    if (Dialogs::run(dialog) != QDialog::Accepted)
        return;
    const WorkspaceConfig saved = m_store.save(dialog.workspace());
    const QString key = dialog.key();
    if (key.isEmpty()) {
        openWorkspace(saved.id);
        return;
    }
    storeKeyThen(saved, key, [this, saved, key] { open(saved, key); });
}

void AppController::storeKeyThen(const WorkspaceConfig &workspace, const QString &key,
                                 std::function<void()> then)
{
    m_secrets->write(workspace.keyReference, key, this,
                     [this, workspace, key, then](const SecretStore::Result &result) {
                         if (result.status == SecretStore::Status::Ok) {
                             m_sessionKeys.remove(workspace.id);
                             then();
                             return;
                         }
                         // Never a silent plain-text fallback: the user decides.
                         const bool sessionOnly = Dialogs::confirm(
                             m_window.get(), tr("The key could not be stored"),
                             result.message + QStringLiteral("\n\n")
                                 + tr("Use this key for this session only? Sourcedesk will ask for "
                                      "it again next time."),
                             tr("Use for this session only"), QMessageBox::Warning);
                         if (!sessionOnly)
                             return;
                         m_sessionKeys.insert(workspace.id, key);
                         then();
                     });
}

void AppController::removeWorkspace(const QString &id)
{
    const std::optional<WorkspaceConfig> workspace = m_store.find(id);
    if (!workspace)
        return;
    if (!Dialogs::confirm(m_window.get(), tr("Remove workspace"),
                          tr("Remove “%1” from Sourcedesk? Its API key is deleted from this "
                             "computer's keychain. Nothing changes at Fini.")
                              .arg(workspace->name),
                          tr("Remove")))
        return;
    m_secrets->remove(workspace->keyReference, this, [](const SecretStore::Result &) {});
    m_sessionKeys.remove(id);
    m_store.remove(id);
    if (m_currentId != id) {
        fillWorkspaceMenu();
        return;
    }
    m_window.reset();
    m_client.reset();
    m_currentId.clear();
    if (!m_store.workspaces().isEmpty())
        openWorkspace(m_store.workspaces().constFirst().id);
    else
        showWelcome();
}

void AppController::open(const WorkspaceConfig &workspace, const QString &key)
{
    FiniClientConfig config;
    config.baseUrl = workspace.baseUrl;
    config.apiKey = key;
    show(std::make_unique<FiniClient>(config), workspace.id, workspace.name, false);
    m_store.setLastUsed(workspace.id);
}

void AppController::show(std::unique_ptr<FiniClient> client, const QString &id, const QString &name,
                         bool demo)
{
    m_window.reset();
    m_client = std::move(client);
    m_currentId = id;
    m_window = std::make_unique<MainWindow>(
        m_client.get(),
        WorkspaceInfo{name, demo ? DemoId : QStringLiteral("workspace-") + id, demo, {}});
    connect(
        m_window.get(), &MainWindow::keyRejected, this,
        [this] {
            if (m_currentId == DemoId)
                return;
            if (const auto workspace = m_store.find(m_currentId))
                askForKey(*workspace, tr("Fini did not accept the API key of “%1”: it may have "
                                         "been revoked.")
                                          .arg(workspace->name));
        },
        Qt::QueuedConnection);
    fillWorkspaceMenu();
    m_window->show();
    m_welcome.reset();

    // Whether the key can write decides which actions are offered.
    auto *tester = new ConnectionTester(m_client.get(), m_window.get());
    connect(tester, &ConnectionTester::finished, m_window.get(),
            [this, tester](const ConnectionTester::Result &result) {
                if (result.canRead && result.canWrite == false)
                    m_window->setWriteAllowed(false, tr("This API key can only read. Create a key "
                                                        "with the write scope in Fini (Deploy → "
                                                        "API Keys) to refresh sources or generate "
                                                        "knowledge."));
                tester->deleteLater();
            });
    tester->start();
    Q_EMIT windowChanged();
}

void AppController::fillWorkspaceMenu()
{
    if (!m_window)
        return;
    QMenu *menu = m_window->workspaceMenu();
    menu->clear();
    auto *group = new QActionGroup(menu);
    const auto addEntry = [&](const QString &id, const QString &name) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("switchTo-") + id);
        action->setCheckable(true);
        action->setChecked(id == m_currentId);
        group->addAction(action);
        // Queued: opening another workspace deletes the window whose menu sent this.
        connect(
            action, &QAction::triggered, this,
            [this, id] {
                if (id != m_currentId)
                    openWorkspace(id);
            },
            Qt::QueuedConnection);
    };
    for (const WorkspaceConfig &workspace : m_store.workspaces())
        addEntry(workspace.id, workspace.name);
    addEntry(DemoId, tr("Demo workspace"));
    menu->addSeparator();
    const bool real = m_currentId != DemoId && !m_currentId.isEmpty();
    const auto addCommand = [&](const QString &text, const char *name, bool enabled,
                                std::function<void()> command) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, this, command, Qt::QueuedConnection);
    };
    addCommand(tr("Add workspace…"), "addWorkspaceAction", true, [this] { addWorkspace(); });
    addCommand(tr("Edit this workspace…"), "editWorkspaceAction", real,
               [this] { editWorkspace(m_currentId); });
    addCommand(tr("Remove this workspace…"), "removeWorkspaceAction", real,
               [this] { removeWorkspace(m_currentId); });
}
