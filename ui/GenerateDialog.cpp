#include "GenerateDialog.h"

#include "GenerateOptionsForm.h"
#include "Preferences.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GenerateDialog::GenerateDialog(int sourceCount, Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_form(new GenerateOptionsForm(prompter, this))
{
    setObjectName(QStringLiteral("generateDialog"));
    setWindowTitle(tr("Generate knowledge"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Fini reads the stored content of %Ln source(s) and writes knowledge from it.", nullptr,
           sourceCount),
        this);
    intro->setObjectName(QStringLiteral("generateIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form->setOptions(Preferences::load().generate);
    layout->addWidget(m_form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setEnabled(m_form->isAcceptable());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &GenerateOptionsForm::acceptableChanged, m_generate, &QWidget::setEnabled);
}

GenerateOptions GenerateDialog::options() const
{
    return m_form->options();
}
