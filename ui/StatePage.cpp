#include "StatePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

StatePage::StatePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("stateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    // Links for the mouse only: a label's link reached by Tab holds Shift+Tab (Qt goes back
    // to the same link again and again). Help has the same documentation.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setMaximumWidth(520);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(240);
    m_busy->setTextVisible(false);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("stateButton"));
    m_keyButton = new QPushButton(tr("Change the key…"), this);
    m_keyButton->setObjectName(QStringLiteral("stateKeyButton"));
    connect(m_keyButton, &QPushButton::clicked, this, &StatePage::changeKeyRequested);
    layout->addWidget(m_title);
    // Centred by stretches, not by an alignment flag: an aligned item gets the height for the
    // page's whole width, one line, and the rest of the explanation would be cut off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_keyButton);
    buttonRow->addWidget(m_button);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(3);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_state == State::NoMatches)
            Q_EMIT clearFiltersRequested();
        else if (m_state == State::Loading)
            Q_EMIT cancelRequested();
        else
            Q_EMIT retryRequested();
    });
    showState(State::Loading);
}

void StatePage::showState(State state, const QString &detail, bool offerKeyChange)
{
    m_state = state;
    m_busy->setVisible(state == State::Loading);
    m_keyButton->setVisible(state == State::Failed && offerKeyChange);
    // Only the empty workspace's text carries a link; an error from Fini is shown as sent.
    m_text->setTextFormat(state == State::Empty ? Qt::RichText : Qt::PlainText);
    switch (state) {
    case State::Loading:
        m_title->setText(tr("Loading the sources…"));
        m_text->setText(tr("Sourcedesk is reading this workspace's sources from Fini."));
        m_button->setText(tr("Cancel"));
        break;
    case State::Empty:
        m_title->setText(tr("This workspace has no sources yet"));
        m_text->setText(
            tr("Add web pages, help-centre articles or documents in Fini first; they will show "
               "up here. <a href=\"https://docs.usefini.com/en/api-reference/sources\">How to "
               "add sources</a>"));
        m_button->setText(tr("Reload"));
        break;
    case State::Failed:
        m_title->setText(tr("The sources could not be loaded"));
        m_text->setText(detail);
        m_button->setText(tr("Try again"));
        break;
    case State::Cancelled:
        m_title->setText(tr("Loading was stopped"));
        m_text->setText(tr("Fini may be slow or out of reach right now. Reload to try again."));
        m_button->setText(tr("Reload"));
        break;
    case State::NoMatches:
        m_title->setText(tr("No sources match"));
        m_text->setText(tr("No source matches the search and filters you chose."));
        m_button->setText(tr("Clear search and filters"));
        break;
    }
}

void StatePage::setLoadingProgress(const QString &text)
{
    if (m_state == State::Loading)
        m_text->setText(text);
}
