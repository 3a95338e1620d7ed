#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// "&Find…" as the menu shows it: "Find".
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(520, 520);
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setAccessibleName(tr("Keyboard shortcuts"));
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem *heading = nullptr;
        for (const QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty() || action->isSeparator())
                continue;
            if (!heading) {
                heading = new QTreeWidgetItem(list, {plainText(menuAction)});
                QFont bold = heading->font(0);
                bold.setBold(true);
                heading->setFont(0, bold);
                heading->setFlags(Qt::ItemIsEnabled);
            }
            QStringList keys;
            for (const QKeySequence &shortcut : action->shortcuts())
                keys.append(shortcut.toString(QKeySequence::NativeText));
            new QTreeWidgetItem(list, {plainText(action), keys.join(tr(" or "))});
        }
    }
    auto *navigation = new QLabel(tr("Tab and Shift+Tab move from one part of the window to the "
                                     "next. The arrow keys move inside the table and the lists; "
                                     "Shift or Ctrl with them extends the selection."),
                                  this);
    navigation->setObjectName(QStringLiteral("shortcutsNavigation"));
    navigation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list, 1);
    layout->addWidget(navigation);
    layout->addWidget(buttons);
}
