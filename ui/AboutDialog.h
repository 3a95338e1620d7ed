#pragma once

#include <QDialog>

class QTabWidget;

// Help > About Sourcedesk: the version, what the app is for, the licence line with the
// licence and the third-party notices one click away (compiled in, so they are there without
// a network), links to the user guide, and Qt's own About box.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The user guide: the README's user-facing sections.
    static QUrl guideUrl();

private:
    QWidget *buildSummary();
    QWidget *buildText(const QString &resource, const QString &name, const char *objectName);
    void followLink(const QString &link);

    QTabWidget *m_tabs;
};
