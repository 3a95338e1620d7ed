#pragma once

#include "KnowledgeTypes.h"

#include <QDialog>

class Prompter;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The options of "Generate knowledge…", each explained in words: what Fini may do, extra
// instructions, the agent, and whether results wait in Review as drafts (the default).
class GenerateDialog : public QDialog
{
    Q_OBJECT

public:
    GenerateDialog(int sourceCount, Prompter *prompter, QWidget *parent = nullptr);

    GenerateOptions options() const;

private:
    void updateAcceptable();
    void onDraftToggled(bool drafts);

    Prompter *m_prompter;
    QCheckBox *m_add;
    QCheckBox *m_update;
    QCheckBox *m_nothing;
    QPlainTextEdit *m_instructions;
    QLineEdit *m_agent;
    QCheckBox *m_drafts;
    QPushButton *m_generate;
};
