#pragma once

#include "WebPageList.h"

#include <QDialog>
#include <QSet>

class Prompter;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// "Add web pages…": addresses pasted or loaded from a text file, sorted as they are typed —
// new pages; pages the workspace has already, offered as a refresh instead; repeats; and
// entries that are no web address, each with its reason. Only web pages: Fini's other sources
// come from their provider's import, so URLs and source IDs are never mixed.
class AddPagesDialog : public QDialog
{
    Q_OBJECT

public:
    // Problems listed before "and N more".
    static constexpr int ListedProblems = 8;

    // `known`: the workspace's web pages in WebPageList::comparable() form.
    AddPagesDialog(const QSet<QString> &known, Prompter *prompter, QWidget *parent = nullptr);

    void setText(const QString &text);
    QStringList toAdd() const { return m_list.fresh; }
    // The pages already in the workspace, when the user agreed to refresh them.
    QStringList toRefresh() const;

private:
    void chooseFile();
    void readFile(const QString &fileName);
    void sortAddresses();

    QSet<QString> m_known;
    Prompter *m_prompter;
    WebPageList m_list;
    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QLabel *m_problems;
    QCheckBox *m_refreshExisting;
    QPushButton *m_add;
};
