#pragma once

#include "ConnectionTester.h"
#include "WorkspaceStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Add or edit a workspace: its name, the API address (for other regions or a proxy) and the
// key, masked with a reveal toggle. "Test connection" tells what the key can do before it is
// saved.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    // `hasStoredKey`: editing a workspace whose key is in the keychain; an empty key field
    // then keeps it.
    WorkspaceDialog(const WorkspaceConfig &workspace, bool hasStoredKey, QWidget *parent = nullptr);

    WorkspaceConfig workspace() const;
    QString key() const; // empty: keep the stored key
    QString validationProblem() const;
    std::optional<ConnectionTester::Result> lastTest() const { return m_lastTest; }

    void testConnection();
    void accept() override;

Q_SIGNALS:
    void tested(const ConnectionTester::Result &result);

private:
    // The last test failed for the key and address in the form now.
    bool lastTestFailed() const;
    void forgetSaveAnyway();

    WorkspaceConfig m_workspace;
    bool m_hasStoredKey;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_test;
    QPushButton *m_save;
    QString m_saveText;
    QLabel *m_result;
    std::optional<ConnectionTester::Result> m_lastTest;
    QString m_testedKey;
    QString m_testedUrl;
    bool m_saveAnywayOffered = false;
};
