#include "GenerateOptionsForm.h"

#include "Prompter.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

const QString AddOperation = QStringLiteral("ADD_ARTICLE_TO_FOLDER");
const QString UpdateOperation = QStringLiteral("UPDATE_ARTICLE");
const QString NothingOperation = QStringLiteral("DO_NOTHING");

QCheckBox *explainedOption(QWidget *parent, QVBoxLayout *layout, const QString &label,
                           const QString &explanation, const char *objectName)
{
    auto *box = new QCheckBox(label, parent);
    box->setObjectName(QLatin1String(objectName));
    box->setChecked(true);
    box->setAccessibleDescription(explanation);
    // Full contrast: a disabled label's grey is too light to read.
    auto *text = new QLabel(explanation, parent);
    text->setObjectName(QString(QLatin1String(objectName) + QLatin1String("Explanation")));
    text->setWordWrap(true);
    text->setIndent(24);
    layout->addWidget(box);
    layout->addWidget(text);
    return box;
}

} // namespace

GenerateOptionsForm::GenerateOptionsForm(Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("generateOptionsForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *ops = new QGroupBox(tr("Fini may"), this);
    auto *opsLayout = new QVBoxLayout(ops);
    m_update = explainedOption(ops, opsLayout, tr("Update the matching article"),
                               tr("Rewrite the existing article that best matches the source."),
                               "opUpdate");
    m_add =
        explainedOption(ops, opsLayout, tr("Add a new article to a folder"),
                        tr("Create an article in an existing folder when none matches."), "opAdd");
    m_nothing = explainedOption(ops, opsLayout, tr("Leave the knowledge as it is"),
                                tr("Decide that nothing needs to change."), "opNothing");
    layout->addWidget(ops);

    auto *form = new QFormLayout;
    m_instructions = new QPlainTextEdit(this);
    m_instructions->setObjectName(QStringLiteral("instructionsEdit"));
    m_instructions->setPlaceholderText(tr("Optional, e.g. \"Keep answers under 150 words.\""));
    m_instructions->setFixedHeight(70);
    m_instructions->setAccessibleName(tr("Instructions"));
    m_instructions->setAccessibleDescription(tr("Optional instructions for Fini"));
    // Tab goes on to the next field instead of typing a tab into the instructions.
    m_instructions->setTabChangesFocus(true);
    m_agent = new QLineEdit(this);
    m_agent->setObjectName(QStringLiteral("agentEdit"));
    m_agent->setPlaceholderText(tr("Optional agent ID"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setAccessibleDescription(m_agent->placeholderText());
    form->addRow(tr("Instructions"), m_instructions);
    form->addRow(tr("Agent"), m_agent);
    layout->addLayout(form);

    m_drafts = new QCheckBox(tr("Save as drafts for review"), this);
    m_drafts->setObjectName(QStringLiteral("draftsCheck"));
    m_drafts->setChecked(true);
    m_drafts->setToolTip(tr("Drafts wait in Fini's Review and Approvals until someone publishes "
                            "them."));
    m_drafts->setAccessibleDescription(m_drafts->toolTip());
    layout->addWidget(m_drafts);

    for (QCheckBox *box : {m_add, m_update, m_nothing})
        connect(box, &QCheckBox::toggled, this,
                [this] { Q_EMIT acceptableChanged(isAcceptable()); });
    connect(m_drafts, &QCheckBox::toggled, this, &GenerateOptionsForm::onDraftToggled);
}

bool GenerateOptionsForm::isAcceptable() const
{
    return m_add->isChecked() || m_update->isChecked() || m_nothing->isChecked();
}

void GenerateOptionsForm::onDraftToggled(bool drafts)
{
    if (drafts)
        return;
    m_prompter->ask(this,
                    {tr("Publish without review?"),
                     tr("Without drafts, Fini changes the knowledge your customers read right "
                        "away, with no review. Publish directly?"),
                     tr("Publish directly"),
                     {},
                     QMessageBox::Warning},
                    this, [this](bool publish) {
                        if (publish)
                            return;
                        const QSignalBlocker block(m_drafts);
                        m_drafts->setChecked(true);
                    });
}

GenerateOptions GenerateOptionsForm::options() const
{
    GenerateOptions options;
    // All three allowed is the same as no restriction: send none.
    if (!(m_add->isChecked() && m_update->isChecked() && m_nothing->isChecked())) {
        if (m_add->isChecked())
            options.restrictedOps.append(AddOperation);
        if (m_update->isChecked())
            options.restrictedOps.append(UpdateOperation);
        if (m_nothing->isChecked())
            options.restrictedOps.append(NothingOperation);
    }
    options.instructions = m_instructions->toPlainText().trimmed();
    options.botId = m_agent->text().trimmed();
    options.isDraft = m_drafts->isChecked();
    return options;
}

void GenerateOptionsForm::setOptions(const GenerateOptions &options)
{
    const bool all = options.restrictedOps.isEmpty();
    m_add->setChecked(all || options.restrictedOps.contains(AddOperation));
    m_update->setChecked(all || options.restrictedOps.contains(UpdateOperation));
    m_nothing->setChecked(all || options.restrictedOps.contains(NothingOperation));
    m_instructions->setPlainText(options.instructions);
    m_agent->setText(options.botId);
    const QSignalBlocker block(m_drafts);
    m_drafts->setChecked(options.isDraft);
}
