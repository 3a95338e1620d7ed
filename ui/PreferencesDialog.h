#pragma once

#include "Preferences.h"

#include <QDialog>

class GenerateOptionsForm;
class Prompter;
class QComboBox;
class QSpinBox;

// Edit > Preferences: theme, language, how often Sourcedesk asks Fini while work runs there,
// and the options "Generate knowledge…" starts with. The controller applies and stores what
// the user accepts.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Preferences &current, Prompter *prompter, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    QWidget *buildGeneralPage(const Preferences &current);
    QComboBox *addChoice(const char *objectName, const QStringList &texts, int current);
    QSpinBox *addSeconds(const char *objectName, int minimum, int maximum, int value);

    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_firstPoll = nullptr;
    QSpinBox *m_longestPoll = nullptr;
    GenerateOptionsForm *m_generate;
};
