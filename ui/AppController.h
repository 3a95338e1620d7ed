#pragma once

#include "FiniClient.h"
#include "PollSchedule.h"
#include "SessionRegistry.h"
#include "WorkspaceStore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class MainWindow;
struct Preferences;
class Prompter;
class SecretStore;
class WelcomePage;
class WorkspaceSession;

// Which workspace is shown, and everything around it: the welcome page on first start, adding,
// editing, switching and removing workspaces, their keys in the secret store, the demo
// workspace, and a new key when Fini rejects the old one. Each opened workspace keeps its
// own session (client, table, operations) until it is removed or the app quits; switching
// only changes which session the window shows.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Endpoint {
        QUrl baseUrl;
        QString apiKey;
    };
    // Starts the in-process demo service on first use.
    using DemoStarter = std::function<std::optional<Endpoint>()>;

    AppController(SecretStore *secrets, DemoStarter demo, Prompter *prompter,
                  QObject *parent = nullptr);
    ~AppController() override;

    // How often sessions opened from now on check on Fini (tests use short intervals).
    void setPollSchedule(const PollSchedule::Settings &settings) { m_polling = settings; }
    const PollSchedule::Settings &pollSchedule() const { return m_polling; }

    // Edit > Preferences: what the user accepts is stored and applied at once; a new
    // language shows the window again in it.
    void openPreferences();

    void start(bool demo);
    void openDemo();
    void openWorkspace(const QString &id);
    void addWorkspace();
    void editWorkspace(const QString &id);
    void removeWorkspace(const QString &id);

    MainWindow *window() const { return m_window.get(); }
    WelcomePage *welcome() const { return m_welcome.get(); }
    QString currentWorkspace() const { return m_currentId; }
    WorkspaceSession *session(const QString &id) const { return m_sessions.find(id); }
    WorkspaceStore &store() { return m_store; }

Q_SIGNALS:
    void windowChanged();

private:
    void showWelcome();
    void storeKeyThen(const WorkspaceConfig &workspace, const QString &key,
                      std::function<void()> then);
    void askForKey(const WorkspaceConfig &workspace, const QString &why);
    void open(const WorkspaceConfig &workspace, const QString &key);
    void openSession(const QString &id, const FiniClientConfig &config, const QString &name,
                     bool demo);
    // Keeps a workspace's table state, journal and cache apart from the others'.
    static QString stateScope(const QString &id, bool demo);
    void showSession(const QString &id);
    void testWriteAccess(WorkspaceSession *session);
    void closeWorkspace(const QString &id);
    void fillWorkspaceMenu();
    QWidget *promptParent() const;
    // Windows are replaced only while no prompt is open: a keychain answer or a queued
    // switch must never destroy a window under the dialog the user is reading.
    void whenNoPromptOpen(std::function<void()> step);
    void runDeferredSteps();
    void applyPreferences(const Preferences &preferences, bool languageChanged);

    SecretStore *m_secrets;
    DemoStarter m_demo;
    Prompter *m_prompter;
    WorkspaceStore m_store;
    PollSchedule::Settings m_polling;
    QHash<QString, QString> m_sessionKeys; // keys the user chose not to (or could not) store
    // The sessions outlive the windows that show them.
    SessionRegistry m_sessions;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WelcomePage> m_welcome;
    QString m_currentId;
    QList<std::function<void()>> m_deferred;
};
