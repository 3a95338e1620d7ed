#pragma once

#include "KnowledgeTypes.h"

#include <QDialog>

class GenerateOptionsForm;
class Prompter;
class QPushButton;

// "Generate knowledge…": how many sources, and the options of the generation, which start
// as Preferences says.
class GenerateDialog : public QDialog
{
    Q_OBJECT

public:
    GenerateDialog(int sourceCount, Prompter *prompter, QWidget *parent = nullptr);

    GenerateOptions options() const;

private:
    GenerateOptionsForm *m_form;
    QPushButton *m_generate;
};
