#include "WelcomePage.h"

#include "WindowActions.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setWindowTitle(tr("Welcome — Sourcedesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sourcedesk.svg")));
    resize(640, 440);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sourcedesk.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Sourcedesk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Keep your Fini workspace's knowledge in step with its sources: "
                               "refresh them, see what changed, and generate knowledge."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *connectButton = new QPushButton(tr("Connect a Fini workspace"), this);
    connectButton->setObjectName(QStringLiteral("connectWorkspaceButton"));
    connectButton->setAccessibleDescription(
        tr("Enter the address and the API key of a Fini workspace"));
    connectButton->setDefault(true);
    connectButton->setMinimumWidth(280);
    auto *demoButton = new QPushButton(tr("Explore the demo workspace"), this);
    demoButton->setObjectName(QStringLiteral("exploreDemoButton"));
    demoButton->setAccessibleDescription(
        tr("Try Sourcedesk on a made-up workspace on this computer; nothing reaches Fini"));
    demoButton->setMinimumWidth(280);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(connectButton, 0, Qt::AlignHCenter);
    layout->addWidget(demoButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    buildMenus(layout);
}

void WelcomePage::buildMenus(QVBoxLayout *layout)
{
    auto *bar = new QMenuBar(this);
    bar->setObjectName(QStringLiteral("welcomeMenuBar"));
    layout->setMenuBar(bar);
    const auto addEntry = [this](QMenu *menu, const QString &text, const char *name,
                                 const QKeySequence &shortcut = {}) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        this->addAction(action); // its shortcut works wherever the focus is on the page
        return action;
    };
    QMenu *file = bar->addMenu(tr("&File"));
    connect(addEntry(file, tr("&Add workspace…"), "welcomeAddWorkspaceAction"), &QAction::triggered,
            this, &WelcomePage::connectRequested);
    connect(addEntry(file, tr("Open the &demo workspace"), "welcomeDemoAction"),
            &QAction::triggered, this, &WelcomePage::demoRequested);
    file->addSeparator();
    // Ctrl+Q everywhere: QKeySequence::Quit is empty on Windows and on some desktops.
    connect(addEntry(file, tr("&Quit"), "welcomeQuitAction", QKeySequence(tr("Ctrl+Q"))),
            &QAction::triggered, this, &QWidget::close);
    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *preferences = WindowActions::makePreferences(this);
    edit->addAction(preferences);
    addAction(preferences);
    connect(preferences, &QAction::triggered, this, &WelcomePage::preferencesRequested);
    QMenu *help = bar->addMenu(tr("&Help"));
    connect(addEntry(help, tr("&About Sourcedesk"), "welcomeAboutAction"), &QAction::triggered,
            this, &WelcomePage::aboutRequested);
}
