#pragma once

#include "WorkspaceStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class FiniClient;
class MainWindow;
class SecretStore;
class WelcomePage;

// Which workspace is open, and everything around it: the welcome page on first start, adding,
// editing, switching and removing workspaces, their keys in the secret store, the demo
// workspace, and a new key when Fini rejects the old one. Each workspace gets its own window
// state, client and table, so nothing of two workspaces ever mixes.
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

    AppController(SecretStore *secrets, DemoStarter demo, QObject *parent = nullptr);
    ~AppController() override;

    void start(bool demo);
    void openDemo();
    void openWorkspace(const QString &id);
    void addWorkspace();
    void editWorkspace(const QString &id);
    void removeWorkspace(const QString &id);

    MainWindow *window() const { return m_window.get(); }
    WelcomePage *welcome() const { return m_welcome.get(); }
    QString currentWorkspace() const { return m_currentId; }
    WorkspaceStore &store() { return m_store; }

Q_SIGNALS:
    void windowChanged();

private:
    void showWelcome();
    void storeKeyThen(const WorkspaceConfig &workspace, const QString &key,
                      std::function<void()> then);
    void askForKey(const WorkspaceConfig &workspace, const QString &why);
    void open(const WorkspaceConfig &workspace, const QString &key);
    void show(std::unique_ptr<FiniClient> client, const QString &id, const QString &name,
              bool demo);
    void fillWorkspaceMenu();

    SecretStore *m_secrets;
    DemoStarter m_demo;
    WorkspaceStore m_store;
    QHash<QString, QString> m_sessionKeys; // keys the user chose not to (or could not) store
    std::unique_ptr<FiniClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WelcomePage> m_welcome;
    QString m_currentId;
};
