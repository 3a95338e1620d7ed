#include "WorkspaceDialog.h"

#include "FiniClient.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

WorkspaceDialog::WorkspaceDialog(const WorkspaceConfig &workspace, bool hasStoredKey,
                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_hasStoredKey(hasStoredKey)
{
    setObjectName(QStringLiteral("workspaceDialog"));
    setWindowTitle(workspace.id.isEmpty() ? tr("Connect a Fini workspace") : tr("Edit workspace"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Create an API key in Fini under Deploy → API Keys. Sourcedesk "
                                "keeps it in this computer's keychain, never in a file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(workspace.name, this);
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_name->setPlaceholderText(tr("e.g. Acme support"));
    m_name->setAccessibleName(tr("Workspace name"));
    m_url = new QLineEdit(
        (workspace.baseUrl.isEmpty() ? WorkspaceStore::defaultBaseUrl() : workspace.baseUrl)
            .toString(),
        this);
    m_url->setObjectName(QStringLiteral("workspaceUrl"));
    m_url->setAccessibleName(tr("API address"));
    m_url->setAccessibleDescription(tr("Where Fini's API answers; change it only for another "
                                       "region or a proxy"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("workspaceKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(hasStoredKey ? tr("Leave empty to keep the stored key")
                                           : tr("fini_…"));
    QAction *reveal =
        m_key->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealKeyAction"));
    reveal->setCheckable(true);
    reveal->setText(tr("Show the key"));
    reveal->setToolTip(reveal->text());
    connect(reveal, &QAction::toggled, m_key, [this, reveal](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(shown ? tr("Hide the key") : tr("Show the key"));
        reveal->setToolTip(reveal->text());
    });
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("API address"), m_url);
    form->addRow(tr("API key"), m_key);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_test->setAccessibleDescription(tr("Ask Fini what this key may do, without saving it"));
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveWorkspaceButton"));
    m_saveText = m_save->text();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &WorkspaceDialog::testConnection);
    // Another key or address is not what the failed test was about.
    connect(m_key, &QLineEdit::textEdited, this, &WorkspaceDialog::forgetSaveAnyway);
    connect(m_url, &QLineEdit::textEdited, this, &WorkspaceDialog::forgetSaveAnyway);
}

WorkspaceConfig WorkspaceDialog::workspace() const
{
    WorkspaceConfig result = m_workspace;
    result.name = m_name->text().trimmed();
    result.baseUrl = QUrl(m_url->text().trimmed());
    return result;
}

QString WorkspaceDialog::key() const
{
    return WorkspaceStore::cleanKey(m_key->text());
}

QString WorkspaceDialog::validationProblem() const
{
    const QUrl url(m_url->text().trimmed());
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the workspace a name.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the API address, e.g. https://api-prod.usefini.com.");
    if (!FiniClient::isAllowedBaseUrl(url))
        return tr("The API address must start with https://. Plain http:// would send the key "
                  "unencrypted, so it is only allowed for this computer.");
    if (key().isEmpty() && !m_hasStoredKey)
        return tr("Paste the workspace's API key.");
    return {};
}

void WorkspaceDialog::testConnection()
{
    const QString problem = validationProblem();
    if (!problem.isEmpty() || key().isEmpty()) {
        m_result->setText(problem.isEmpty() ? tr("Paste the key to test it.") : problem);
        return;
    }
    FiniClientConfig config;
    config.baseUrl = QUrl(m_url->text().trimmed());
    config.apiKey = key();
    config.timeoutMs = 15000;
    auto *client = new FiniClient(config, this);
    auto *tester = new ConnectionTester(client, client);
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    forgetSaveAnyway();
    connect(tester, &ConnectionTester::finished, this,
            [this, client, key = config.apiKey,
             url = m_url->text().trimmed()](const ConnectionTester::Result &result) {
                m_lastTest = result;
                m_testedKey = key;
                m_testedUrl = url;
                m_result->setText(result.summary());
                m_test->setEnabled(true);
                client->deleteLater();
                Q_EMIT tested(result);
            });
    tester->start();
}

bool WorkspaceDialog::lastTestFailed() const
{
    return m_lastTest && !m_lastTest->canRead && m_testedKey == key()
           && m_testedUrl == m_url->text().trimmed();
}

void WorkspaceDialog::forgetSaveAnyway()
{
    if (std::exchange(m_saveAnywayOffered, false))
        m_save->setText(m_saveText);
}

void WorkspaceDialog::accept()
{
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    // A key that just failed its test is most likely mistyped or revoked: say so once, and
    // save only when asked again.
    if (lastTestFailed() && !m_saveAnywayOffered) {
        m_saveAnywayOffered = true;
        m_result->setText(tr("The connection test failed with this key: %1\nCorrect the key or "
                             "the address and test again, or choose Save anyway to keep them.")
                              .arg(m_lastTest->summary()));
        m_save->setText(tr("Save anyway"));
        return;
    }
    QDialog::accept();
}
