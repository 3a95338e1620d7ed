#include "WindowActions.h"

#include "AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUrl>

namespace {

QAction *makeAction(QObject *parent, const QString &text, const char *objectName,
                    const QString &icon = {}, const QKeySequence &shortcut = {},
                    const QString &toolTip = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/") + icon + QStringLiteral(".svg")));
    const QString tip = toolTip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : toolTip;
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                           + QLatin1Char(')'));
    } else if (!toolTip.isEmpty()) {
        action->setToolTip(tip);
    }
    return action;
}

} // namespace

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window)
    , reload(makeAction(window, tr("&Reload"), "reloadAction", QStringLiteral("reload"),
                        QKeySequence::Refresh))
    , cancelLoad(makeAction(window, tr("&Stop loading"), "cancelLoadAction", {}, {},
                            tr("Stop reading the sources from Fini; Reload starts again")))
    , find(makeAction(window, tr("&Find…"), "findAction", {}, QKeySequence::Find))
    , refresh(makeAction(window, tr("Re&fresh selected"), "refreshAction",
                         QStringLiteral("refresh-sources"), QKeySequence(tr("Ctrl+R")),
                         tr("Have Fini fetch the selected sources again and find out which "
                            "changed")))
    , generate(makeAction(window, tr("&Generate knowledge…"), "generateAction",
                          QStringLiteral("generate"), QKeySequence(tr("Ctrl+G")),
                          tr("Have Fini write knowledge from the selected sources")))
    , guided(makeAction(window, tr("Refresh and re&generate…"), "guidedAction", {}, {},
                        tr("Refresh, wait, review what changed and generate knowledge, step by "
                           "step")))
    , remove(makeAction(window, tr("Re&move from workspace…"), "removeAction", {},
                        QKeySequence::Delete,
                        tr("Delete the selected sources at Fini; asks first")))
    , addPages(makeAction(window, tr("&Add web pages…"), "addPagesAction", {},
                          QKeySequence(tr("Ctrl+Shift+N")),
                          tr("Have Fini learn from more web pages: paste their addresses")))
    , discover(makeAction(window, tr("&Discover links…"), "discoverAction", {}, {},
                          tr("List the pages a help centre links to, and pick the ones to add")))
    , importResources(makeAction(window, tr("&Import from Notion, Zendesk or Confluence…"),
                                 "importAction", {}, {},
                                 tr("Pick pages or articles of a provider connected in Fini, and "
                                    "have Fini read them")))
    , selectChanged(makeAction(window, tr("Select all &changed"), "selectChangedAction",
                               QStringLiteral("select-changed"), QKeySequence(tr("Ctrl+Shift+A"))))
    , copyIds(makeAction(window, tr("&Copy IDs"), "copyIdsAction", QStringLiteral("copy"),
                         QKeySequence::Copy))
    , copyUrl(makeAction(window, tr("Copy &URL"), "copyUrlAction"))
    , openUrl(makeAction(window, tr("&Open in browser"), "openUrlAction"))
    , exportRows(makeAction(window, tr("&Export visible rows to CSV…"), "exportAction",
                            QStringLiteral("export"), QKeySequence(tr("Ctrl+E"))))
    , askChanged(makeAction(window, tr("Ask Fini for &changed sources"), "askChangedAction",
                            QStringLiteral("ask-changed"), {},
                            tr("Fini's own list of sources whose content changed since knowledge "
                               "was generated")))
    , details(makeAction(window, tr("Show &details"), "detailsAction", QStringLiteral("details"),
                         QKeySequence(tr("Ctrl+I"))))
    , resetColumns(makeAction(window, tr("Reset &columns"), "resetColumnsAction"))
    , preferences(makePreferences(window))
    , about(makeAction(window, tr("&About Sourcedesk"), "aboutAction"))
    , shortcuts(makeAction(window, tr("&Keyboard shortcuts"), "shortcutsAction"))
    // Ctrl+Q everywhere, as on the welcome page: QKeySequence::Quit is empty on Windows.
    , quit(makeAction(window, tr("&Quit"), "quitAction", {}, QKeySequence(tr("Ctrl+Q"))))
{
    // Ctrl+C copies IDs only while the table has focus; elsewhere it copies text.
    copyIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Delete removes sources only from the table; in a text field it deletes text.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    details->setCheckable(true);
    details->setChecked(true);
    cancelLoad->setVisible(false);
    // The toolbar names each action in a word or two, so that all of it fits a window 1,024
    // pixels wide; the menus and the tooltips say it in full.
    refresh->setIconText(tr("Refresh"));
    askChanged->setIconText(tr("Ask Fini for changed"));
    generate->setIconText(tr("Generate"));
    selectChanged->setIconText(tr("Select changed"));
    exportRows->setIconText(tr("Export"));
}

QAction *WindowActions::makePreferences(QObject *parent)
{
    QAction *action =
        makeAction(parent, tr("&Preferences…"), "preferencesAction", {}, QKeySequence::Preferences);
    // macOS shows it in the application menu, where its users look for it.
    action->setMenuRole(QAction::PreferencesRole);
    return action;
}

void WindowActions::setLoading(bool loading)
{
    reload->setVisible(!loading);
    reload->setEnabled(!loading);
    cancelLoad->setVisible(loading);
    cancelLoad->setEnabled(loading);
}

void WindowActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    m_workspaceMenu = bar->addMenu(tr("&Workspace"));
    m_workspaceMenu->setObjectName(QStringLiteral("workspaceMenu"));

    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(exportRows);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(copyIds);
    edit->addAction(copyUrl);
    edit->addSeparator();
    edit->addAction(selectChanged);
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *sources = bar->addMenu(tr("&Sources"));
    sources->addAction(refresh);
    sources->addAction(generate);
    sources->addAction(guided);
    sources->addSeparator();
    sources->addAction(askChanged);
    sources->addSeparator();
    sources->addAction(addPages);
    sources->addAction(discover);
    sources->addAction(importResources);
    sources->addAction(remove);

    m_viewMenu = bar->addMenu(tr("&View"));
    m_viewMenu->addAction(reload);
    m_viewMenu->addAction(cancelLoad);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(details);
    m_viewMenu->addAction(resetColumns);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("Sourcedesk &user guide"), this,
                    [] { QDesktopServices::openUrl(AboutDialog::guideUrl()); });
    help->addAction(shortcuts);
    help->addAction(tr("Fini documentation on sources"), this, [] {
        QDesktopServices::openUrl(
            QUrl(QStringLiteral("https://docs.usefini.com/en/api-reference/sources")));
    });
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void WindowActions::buildToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(reload);
    bar->addAction(cancelLoad);
    bar->addSeparator();
    bar->addAction(refresh);
    bar->addAction(askChanged);
    bar->addAction(generate);
    bar->addSeparator();
    bar->addAction(selectChanged);
    bar->addAction(copyIds);
    bar->addAction(exportRows);
}

void WindowActions::showRowMenu(QWidget *parent, const QPoint &globalPosition)
{
    // popup(), not exec(): no nested event loop, even for a menu.
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->addActions({refresh, generate});
    menu->addSeparator();
    menu->addActions({copyIds, copyUrl, openUrl});
    menu->addSeparator();
    menu->addAction(selectChanged);
    menu->addSeparator();
    menu->addAction(remove);
    menu->popup(globalPosition);
}
