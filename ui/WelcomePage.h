#pragma once

#include <QWidget>

// The first screen without any workspace: connect a real one, or look around in the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectRequested();
    void demoRequested();
};
