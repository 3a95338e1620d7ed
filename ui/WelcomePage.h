#pragma once

#include <QWidget>

class QVBoxLayout;

// The first screen without any workspace: connect a real one, or look around in the demo. Its
// menus add a workspace, quit (Ctrl+Q), open Preferences and show About.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectRequested();
    void demoRequested();
    void preferencesRequested();
    void aboutRequested();

private:
    void buildMenus(QVBoxLayout *layout);
};
