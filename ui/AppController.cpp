#include "AppController.h"

#include "AboutDialog.h"
#include "ConnectionTester.h"
#include "FiniClient.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "Prompter.h"
#include "SecretStore.h"
#include "SourceCache.h"
#include "Theme.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "WindowActions.h"
#include "WorkspaceDialog.h"
#include "WorkspaceSession.h"

#include <QActionGroup>
#include <QFile>
#include <QMenu>

namespace {
const QString DemoId = QStringLiteral("demo");
}

AppController::AppController(SecretStore *secrets, DemoStarter demo, Prompter *prompter,
                             QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_demo(std::move(demo))
    , m_prompter(prompter)
    , m_polling(Preferences::load().polling(PollSchedule::Settings()))
{
    connect(m_prompter, &Prompter::allAnswered, this, &AppController::runDeferredSteps,
            Qt::QueuedConnection);
}

AppController::~AppController()
{
    // The window views a session: it goes first.
    m_window.reset();
}

void AppController::whenNoPromptOpen(std::function<void()> step)
{
    if (m_prompter->openPrompts() == 0) {
        step();
        return;
    }
    m_deferred.append(std::move(step));
}

void AppController::runDeferredSteps()
{
    while (!m_deferred.isEmpty() && m_prompter->openPrompts() == 0)
        m_deferred.takeFirst()();
}

QWidget *AppController::promptParent() const
{
    if (m_window)
        return m_window.get();
    return m_welcome.get();
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

void AppController::openPreferences()
{
    m_prompter->openDialog(
        std::make_unique<PreferencesDialog>(Preferences::load(), m_prompter, promptParent()), this,
        [this](QDialog &dialog, bool accepted) {
            if (!accepted)
                return;
            const Preferences chosen = static_cast<PreferencesDialog &>(dialog).preferences();
            const bool languageChanged = chosen.locale() != Preferences::load().locale();
            chosen.save();
            applyPreferences(chosen, languageChanged);
        });
}

void AppController::applyPreferences(const Preferences &preferences, bool languageChanged)
{
    Theme::apply(preferences.theme);
    m_polling = preferences.polling(m_polling);
    for (WorkspaceSession *session : m_sessions.sessions())
        session->setPolling(m_polling);
    if (!languageChanged)
        return;
    Translations::install(preferences.locale());
    // Every text of a window is set when it is built: build it again in the new language.
    // The session keeps the view, the selection and what runs.
    whenNoPromptOpen([this] {
        if (m_window)
            showSession(m_currentId);
        else if (m_welcome)
            showWelcome();
    });
}

void AppController::showWelcome()
{
    m_welcome = std::make_unique<WelcomePage>();
    connect(m_welcome.get(), &WelcomePage::connectRequested, this, &AppController::addWorkspace);
    connect(m_welcome.get(), &WelcomePage::demoRequested, this, &AppController::openDemo);
    connect(m_welcome.get(), &WelcomePage::preferencesRequested, this,
            &AppController::openPreferences);
    connect(m_welcome.get(), &WelcomePage::aboutRequested, this, [this] {
        m_prompter->openDialog(std::make_unique<AboutDialog>(m_welcome.get()), this,
                               [](QDialog &, bool) {});
    });
    m_welcome->show();
    Q_EMIT windowChanged();
}

void AppController::openDemo()
{
    if (m_sessions.find(DemoId)) {
        showSession(DemoId);
        return;
    }
    const std::optional<Endpoint> endpoint = m_demo ? m_demo() : std::nullopt;
    if (!endpoint) {
        m_prompter->inform(promptParent(), QMessageBox::Warning, tr("Demo workspace"),
                           tr("The demo workspace could not start on this computer."));
        return;
    }
    FiniClientConfig config;
    config.baseUrl = endpoint->baseUrl;
    config.apiKey = endpoint->apiKey;
    openSession(DemoId, config, tr("Demo workspace"), true);
}

void AppController::openWorkspace(const QString &id)
{
    if (id == DemoId) {
        openDemo();
        return;
    }
    if (m_sessions.find(id)) {
        showSession(id);
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
    const QString id = workspace.id;
    m_prompter->ask(promptParent(),
                    {tr("API key needed"),
                     why + QStringLiteral("\n\n") + tr("Enter the key now?"),
                     tr("Enter the key…"),
                     {},
                     QMessageBox::Question},
                    this, [this, id](bool enter) {
                        if (enter)
                            editWorkspace(id);
                        else if (!m_window && !m_welcome)
                            showWelcome();
                    });
}

void AppController::addWorkspace()
{
    m_prompter->openDialog(
        std::make_unique<WorkspaceDialog>(WorkspaceConfig{}, false, promptParent()), this,
        [this](QDialog &dialog, bool accepted) {
            if (!accepted)
                return;
            const auto &form = static_cast<WorkspaceDialog &>(dialog);
            const WorkspaceConfig saved = m_store.save(form.workspace());
            const QString key = form.key();
            storeKeyThen(saved, key, [this, saved, key] { open(saved, key); });
        });
}

void AppController::editWorkspace(const QString &id)
{
    const std::optional<WorkspaceConfig> workspace = m_store.find(id);
    if (!workspace)
        return;
    m_prompter->openDialog(std::make_unique<WorkspaceDialog>(*workspace, true, promptParent()),
                           this, [this](QDialog &dialog, bool accepted) {
                               if (!accepted)
                                   return;
                               const auto &form = static_cast<WorkspaceDialog &>(dialog);
                               const WorkspaceConfig saved = m_store.save(form.workspace());
                               const QString key = form.key();
                               if (key.isEmpty()) {
                                   openWorkspace(saved.id);
                                   return;
                               }
                               storeKeyThen(saved, key, [this, saved, key] { open(saved, key); });
                           });
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
                         m_prompter->ask(
                             promptParent(),
                             {tr("The key could not be stored"),
                              result.message + QStringLiteral("\n\n")
                                  + tr("Use this key for this session only? Sourcedesk will ask "
                                       "for it again next time."),
                              tr("Use for this session only"),
                              {},
                              QMessageBox::Warning},
                             this, [this, workspace, key, then](bool sessionOnly) {
                                 if (!sessionOnly)
                                     return;
                                 m_sessionKeys.insert(workspace.id, key);
                                 then();
                             });
                     });
}

void AppController::removeWorkspace(const QString &id)
{
    const std::optional<WorkspaceConfig> workspace = m_store.find(id);
    if (!workspace)
        return;
    QString text = tr("Remove “%1” from Sourcedesk? Its API key is deleted from this computer's "
                      "keychain. Nothing changes at Fini.")
                       .arg(workspace->name);
    const QStringList work = m_sessions.describeWorkAtFini(id);
    if (!work.isEmpty())
        text += QStringLiteral("\n\n") + work.join(QLatin1Char('\n')) + QLatin1Char(' ')
                + tr("Fini goes on with this work, but Sourcedesk stops following it.");
    const WorkspaceConfig removed = *workspace;
    m_prompter->ask(
        promptParent(), {tr("Remove workspace"), text, tr("Remove"), {}, QMessageBox::Question},
        this, [this, removed](bool remove) {
            if (!remove)
                return;
            m_secrets->remove(removed.keyReference, this, [](const SecretStore::Result &) {});
            m_sessionKeys.remove(removed.id);
            m_store.remove(removed.id);
            whenNoPromptOpen([this, id = removed.id] {
                closeWorkspace(id); // its session writes the cache one last time
                QFile::remove(SourceCache::defaultPath(stateScope(id, false)));
            });
        });
}

void AppController::closeWorkspace(const QString &id)
{
    if (m_currentId != id) {
        m_sessions.close(id);
        fillWorkspaceMenu();
        return;
    }
    m_window.reset();
    m_sessions.close(id);
    m_currentId.clear();
    if (!m_store.workspaces().isEmpty())
        openWorkspace(m_store.workspaces().constFirst().id);
    else
        showWelcome();
}

void AppController::open(const WorkspaceConfig &workspace, const QString &key)
{
    m_store.setLastUsed(workspace.id);
    WorkspaceSession *session = m_sessions.find(workspace.id);
    if (session && session->client()->config().baseUrl == workspace.baseUrl) {
        // A new key for an open workspace: its operations go on with the new key.
        session->client()->setApiKey(key);
        session->reload();
        testWriteAccess(session);
        showSession(workspace.id);
        return;
    }
    FiniClientConfig config;
    config.baseUrl = workspace.baseUrl;
    config.apiKey = key;
    whenNoPromptOpen([this, id = workspace.id, config, name = workspace.name] {
        // Another address is another service: a new session, which picks up from the journal
        // what the old one was following.
        if (m_currentId == id)
            m_window.reset();
        m_sessions.close(id);
        openSession(id, config, name, false);
    });
}

void AppController::openSession(const QString &id, const FiniClientConfig &config,
                                const QString &name, bool demo)
{
    // The demo's service starts afresh each run: a table kept from the last one would be wrong.
    const QString scope = stateScope(id, demo);
    const WorkspaceInfo info{name, scope, demo, m_polling,
                             demo ? QString() : SourceCache::defaultPath(scope)};
    WorkspaceSession *session = m_sessions.add(
        id, std::make_unique<WorkspaceSession>(std::make_unique<FiniClient>(config), info));
    connect(
        session, &WorkspaceSession::keyRejected, this,
        [this, id] {
            if (id == DemoId)
                return;
            if (const auto workspace = m_store.find(id))
                askForKey(*workspace, tr("Fini did not accept the API key of “%1”: it may have "
                                         "been revoked.")
                                          .arg(workspace->name));
        },
        Qt::QueuedConnection);
    testWriteAccess(session);
    showSession(id);
}

QString AppController::stateScope(const QString &id, bool demo)
{
    return demo ? DemoId : QStringLiteral("workspace-") + id;
}

void AppController::testWriteAccess(WorkspaceSession *session)
{
    // Whether the key can write decides which actions are offered.
    auto *tester = new ConnectionTester(session->client(), session);
    connect(tester, &ConnectionTester::finished, session,
            [session, tester](const ConnectionTester::Result &result) {
                const bool readOnly = result.canRead && result.canWrite == false;
                session->setWriteBlocked(
                    readOnly ? tr("This API key can only read. Create a key with the write scope "
                                  "in Fini (Deploy → API Keys) to refresh sources or generate "
                                  "knowledge.")
                             : QString());
                tester->deleteLater();
            });
    tester->start();
}

void AppController::showSession(const QString &id)
{
    whenNoPromptOpen([this, id] {
        WorkspaceSession *session = m_sessions.find(id);
        if (!session)
            return;
        m_window.reset();
        m_currentId = id;
        m_window = std::make_unique<MainWindow>(session, m_prompter);
        m_window->setWorkAtFini([this] { return m_sessions.describeWorkAtFini(); });
        connect(m_window.get(), &MainWindow::changeKeyRequested, this,
                [this] { editWorkspace(m_currentId); });
        connect(m_window->actions()->preferences, &QAction::triggered, this,
                &AppController::openPreferences);
        fillWorkspaceMenu();
        m_window->show();
        m_welcome.reset();
        Q_EMIT windowChanged();
    });
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
        // Queued: showing another workspace deletes the window whose menu sent this.
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
