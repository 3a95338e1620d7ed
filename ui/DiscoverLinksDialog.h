#pragma once

#include "ApiTask.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class FiniClient;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// "Discover links…": from a help centre's address, the pages Fini finds there (as many as the
// limit allows), those already in the workspace marked and left unchecked; the checked ones are
// added like pasted web pages.
class DiscoverLinksDialog : public QDialog
{
    Q_OBJECT

public:
    // Fini's own default.
    static constexpr int DefaultLimit = 250;

    // `known`: the workspace's web pages in WebPageList::comparable() form.
    DiscoverLinksDialog(FiniClient *client, const QSet<QString> &known, QWidget *parent = nullptr);

    QStringList checkedUrls() const;

private:
    void discover();
    void showFound(const QStringList &urls);
    void updateAddButton();

    FiniClient *m_client;
    QSet<QString> m_known;
    QPointer<ApiTask> m_request;
    QLineEdit *m_address;
    QSpinBox *m_limit;
    QPushButton *m_discover;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_add;
};
