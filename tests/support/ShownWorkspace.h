#pragma once

#include "MainWindow.h"
#include "WorkspaceSession.h"

#include <QSize>
#include <QUrl>

#include <memory>

class Prompter;

// One workspace on a server with its window shown, as the window tests use it: a session that
// polls every 50–100 ms, the window on it (destroyed before it), and its sources loaded.
class ShownWorkspace
{
public:
    struct Options {
        bool waitLoaded = true;
        int retryBaseDelayMs = 0; // 0: the client's own
        int retryMaxDelayMs = 0;
        QSize size; // empty: the window's saved or default size
    };

    explicit ShownWorkspace(Prompter *prompter);
    ~ShownWorkspace();

    // Opens the workspace `scope` (its own settings and history) at `url` with `key`; false when
    // its sources did not load within 15 s.
    bool open(const QUrl &url, const QString &key, const QString &scope, const Options &options);
    bool open(const QUrl &url, const QString &key, const QString &scope)
    {
        return open(url, key, scope, Options{});
    }
    void close();

    WorkspaceSession *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }

    // What the message bar above the table says, and its details (the text's tooltip).
    QString messageBarText() const;
    QString messageBarDetails() const;

    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

private:
    Prompter *m_prompter;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window; // views m_session: declared after it, destroyed first
};
