#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QPoint;

// Every action of the main window, with its text, icon, shortcut and object name, and the
// menus, toolbar and row menu that offer them. What an action does is wired by the window.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QMainWindow *window);

    // Edit > Preferences…, the same in the main window and on the welcome page.
    static QAction *makePreferences(QObject *parent);

    void buildMenus(QMainWindow *window);
    void buildToolBar(QMainWindow *window);
    void showRowMenu(QWidget *parent, const QPoint &globalPosition);
    // Loading shows "Stop loading" where "Reload" was.
    void setLoading(bool loading);

    QMenu *workspaceMenu() const { return m_workspaceMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

    QAction *const reload;
    QAction *const cancelLoad;
    QAction *const find;
    QAction *const refresh;
    QAction *const generate;
    QAction *const guided;
    QAction *const remove;
    QAction *const addPages;
    QAction *const discover;
    QAction *const importResources;
    QAction *const selectChanged;
    QAction *const copyIds;
    QAction *const copyUrl;
    QAction *const openUrl;
    QAction *const exportRows;
    QAction *const askChanged;
    QAction *const details;
    QAction *const resetColumns;
    QAction *const preferences;
    QAction *const about;
    QAction *const shortcuts;
    QAction *const quit;

private:
    QMenu *m_workspaceMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};
