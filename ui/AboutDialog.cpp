#include "AboutDialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString LicencePage = QStringLiteral("#licence");
const QString NoticesPage = QStringLiteral("#notices");
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Sourcedesk"));
    resize(620, 480);
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("aboutTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Pages of the About box"));
    m_tabs->addTab(buildSummary(), tr("About"));
    // The licence and the notices are compiled into the app (ui/CMakeLists.txt).
    m_tabs->addTab(buildText(QStringLiteral(":/legal/LICENSE"), tr("Licence"), "licenceText"),
                   tr("Licence"));
    m_tabs->addTab(buildText(QStringLiteral(":/legal/THIRD-PARTY-NOTICES.txt"),
                             tr("Third-party notices"), "noticesText"),
                   tr("Third-party notices"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setAccessibleDescription(tr("Which version of Qt Sourcedesk uses, and its licence"));
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

QUrl AboutDialog::guideUrl()
{
    return QUrl(QStringLiteral(SOURCEDESK_HOMEPAGE "#using-sourcedesk"));
}

QWidget *AboutDialog::buildSummary()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sourcedesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *version =
        new QLabel(tr("Sourcedesk %1").arg(QCoreApplication::applicationVersion()), page);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setAlignment(Qt::AlignCenter);
    QFont big = version->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    version->setFont(big);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(
        tr("Sourcedesk keeps a Fini workspace's knowledge in step with its sources. It shows "
           "every source of the workspace in one table, refreshes the ones you pick, shows "
           "which really changed and what changed in them, and has Fini write knowledge from "
           "them, as drafts for review by default. API keys stay in this computer's keychain."),
        page);
    description->setObjectName(QStringLiteral("aboutDescription"));
    description->setWordWrap(true);
    const auto link = [](const QString &target, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
    };
    auto *licence = new QLabel(
        tr("Copyright 2026 Sourcedesk. Proprietary software: see the %1. Sourcedesk uses Qt "
           "(LGPLv3), QtKeychain (BSD) and SQLite (public domain): see the %2.")
                .arg(link(LicencePage, tr("licence")), link(NoticesPage, tr("third-party notices")))
            + QStringLiteral("<br><br>")
            + tr("How to use Sourcedesk: %1. Keyboard shortcuts: Help > Keyboard shortcuts.")
                  .arg(link(guideUrl().toString(), tr("the user guide"))),
        page);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setTextFormat(Qt::RichText);
    // Links for the mouse: the keyboard has the tabs above and Help > Sourcedesk user guide,
    // and a label's links reached by Tab hold Shift+Tab (Qt goes back to the same link).
    licence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(licence, &QLabel::linkActivated, this, &AboutDialog::followLink);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(version);
    layout->addSpacing(8);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addWidget(licence);
    layout->addStretch(2);
    return page;
}

QWidget *AboutDialog::buildText(const QString &resource, const QString &name,
                                const char *objectName)
{
    auto *text = new QPlainTextEdit(m_tabs);
    text->setObjectName(QLatin1String(objectName));
    text->setReadOnly(true);
    text->setTabChangesFocus(true);
    text->setAccessibleName(name);
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        text->setPlainText(QString::fromUtf8(file.readAll()));
    return text;
}

void AboutDialog::followLink(const QString &link)
{
    if (link == LicencePage)
        m_tabs->setCurrentIndex(1);
    else if (link == NoticesPage)
        m_tabs->setCurrentIndex(2);
    else
        QDesktopServices::openUrl(QUrl(link));
}
