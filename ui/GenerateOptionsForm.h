#pragma once

#include "KnowledgeTypes.h"

#include <QWidget>

class Prompter;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

// The options of a generation, each explained in words: what Fini may do, extra
// instructions, the agent, and whether results wait in Review as drafts. "Generate
// knowledge…" asks them; Preferences keeps the ones it starts with.
class GenerateOptionsForm : public QWidget
{
    Q_OBJECT

public:
    GenerateOptionsForm(Prompter *prompter, QWidget *parent = nullptr);

    GenerateOptions options() const;
    // Shows `options` without asking anything: turning drafts off was confirmed when chosen.
    void setOptions(const GenerateOptions &options);
    // With nothing allowed Fini could do nothing at all.
    bool isAcceptable() const;

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    void onDraftToggled(bool drafts);

    Prompter *m_prompter;
    QCheckBox *m_add;
    QCheckBox *m_update;
    QCheckBox *m_nothing;
    QPlainTextEdit *m_instructions;
    QLineEdit *m_agent;
    QCheckBox *m_drafts;
};
