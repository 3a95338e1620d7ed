#include "PreferencesDialog.h"

#include "GenerateOptionsForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const Preferences &current, Prompter *prompter,
                                     QWidget *parent)
    : QDialog(parent)
    , m_generate(new GenerateOptionsForm(prompter, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("preferencesTabs"));
    tabs->addTab(buildGeneralPage(current), tr("General"));

    auto *generatePage = new QWidget(tabs);
    auto *generateLayout = new QVBoxLayout(generatePage);
    auto *generateIntro =
        new QLabel(tr("\"Generate knowledge…\" starts with these options. You can still change "
                      "them each time."),
                   generatePage);
    generateIntro->setWordWrap(true);
    generateLayout->addWidget(generateIntro);
    m_generate->setOptions(current.generate);
    generateLayout->addWidget(m_generate);
    generateLayout->addStretch();
    tabs->addTab(generatePage, tr("Generate knowledge"));
    layout->addWidget(tabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("preferencesOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("preferencesCancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &GenerateOptionsForm::acceptableChanged,
            buttons->button(QDialogButtonBox::Ok), &QWidget::setEnabled);
}

QWidget *PreferencesDialog::buildGeneralPage(const Preferences &current)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_theme = addChoice("themeCombo", {tr("Follow the system"), tr("Light"), tr("Dark")},
                        int(current.theme));
    form->addRow(tr("&Theme:"), m_theme);
    // Each language by its own name, so that it can be found whatever is shown now.
    m_language =
        addChoice("languageCombo",
                  {tr("Follow the system"), QStringLiteral("English"), QStringLiteral("Deutsch")},
                  int(current.language));
    form->addRow(tr("&Language:"), m_language);

    m_firstPoll = addSeconds("firstPollSpin", Preferences::MinPollSeconds,
                             Preferences::MaxFirstPollSeconds, current.firstPollSeconds);
    m_longestPoll = addSeconds("longestPollSpin", current.firstPollSeconds,
                               Preferences::MaxLongestPollSeconds, current.longestPollSeconds);
    auto *pollingHelp =
        new QLabel(tr("While Fini refreshes sources or generates knowledge, Sourcedesk asks it "
                      "how far it got: first after the first wait, then less and less often, "
                      "up to the longest wait. Shorter waits show results sooner but send Fini "
                      "more requests. A change applies from the next check on."),
                   page);
    pollingHelp->setWordWrap(true);
    form->addRow(pollingHelp);
    form->addRow(tr("&First check after:"), m_firstPoll);
    form->addRow(tr("L&ongest wait between checks:"), m_longestPoll);
    // The longest wait is never shorter than the first.
    connect(m_firstPoll, &QSpinBox::valueChanged, m_longestPoll, &QSpinBox::setMinimum);
    return page;
}

QComboBox *PreferencesDialog::addChoice(const char *objectName, const QStringList &texts,
                                        int current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(objectName));
    combo->addItems(texts);
    combo->setCurrentIndex(current);
    return combo;
}

QSpinBox *PreferencesDialog::addSeconds(const char *objectName, int minimum, int maximum, int value)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setSuffix(tr(" s", "seconds"));
    return spin;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences chosen;
    chosen.theme = Theme::Choice(m_theme->currentIndex());
    chosen.language = Preferences::Language(m_language->currentIndex());
    chosen.firstPollSeconds = m_firstPoll->value();
    chosen.longestPollSeconds = m_longestPoll->value();
    chosen.generate = m_generate->options();
    return chosen;
}
