#pragma once

#include <QDialog>

class QMenuBar;

// Help > Keyboard shortcuts: every action of the window's menus that has a shortcut, menu by
// menu, read from the actions themselves, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};
