#include "ImportDialog.h"

#include "FiniClient.h"
#include "ResourceTreeModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ImportDialog::ImportDialog(FiniClient *client, const QHash<QString, QSet<QString>> &known,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_known(known)
    , m_model(new ResourceTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_provider(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_import(nullptr)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a provider"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pick what Fini should import from a provider connected to this "
                                "workspace. Items that are sources already are read again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_provider->setObjectName(QStringLiteral("importProvider"));
    for (const QString &provider : ProviderResource::providers())
        m_provider->addItem(ProviderResource::displayName(provider), provider);
    form->addRow(tr("&Provider:"), m_provider);
    m_search->setObjectName(QStringLiteral("importSearch"));
    m_search->setPlaceholderText(tr("Type to show only matching titles"));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("&Search:"), m_search);
    layout->addLayout(form);

    auto *statusRow = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    m_retry->setObjectName(QStringLiteral("importRetry"));
    m_retry->hide();
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ResourceTreeModel::TitleColumn);
    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setAccessibleName(tr("What the provider offers"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ResourceTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ResourceTreeModel::StateColumn,
                                           QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto *checkRow = new QHBoxLayout;
    auto *checkShownButton = new QPushButton(tr("&Check all shown"), this);
    checkShownButton->setObjectName(QStringLiteral("importCheckShown"));
    auto *uncheckAll = new QPushButton(tr("&Uncheck all"), this);
    uncheckAll->setObjectName(QStringLiteral("importUncheckAll"));
    checkRow->addWidget(checkShownButton);
    checkRow->addWidget(uncheckAll);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    checkRow->addWidget(m_summary, 1);
    layout->addLayout(checkRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ImportDialog::load);
    connect(m_retry, &QPushButton::clicked, this, &ImportDialog::load);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(checkShownButton, &QPushButton::clicked, this, [this] { checkShown({}); });
    connect(uncheckAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked({}, false); });
    connect(m_model, &ResourceTreeModel::checkedChanged, this, &ImportDialog::updateImportButton);
    resize(780, 580);
    load();
}

QString ImportDialog::provider() const
{
    return m_provider->currentData().toString();
}

QList<ProviderResource> ImportDialog::chosen() const
{
    return m_model->checked();
}

void ImportDialog::load()
{
    if (m_request)
        m_request->cancel(); // another provider was chosen meanwhile
    m_model->clear();
    m_retry->hide();
    const QString chosenProvider = provider();
    m_status->setText(
        tr("Asking Fini what %1 offers…").arg(ProviderResource::displayName(chosenProvider)));
    m_request = m_client->listResources(
        chosenProvider, this,
        [this, chosenProvider](const ApiResult<QList<ProviderResource>> &result) {
            if (chosenProvider != provider())
                return; // an answer for the provider chosen before
            if (result.ok()) {
                showResources(result.value());
                return;
            }
            const ApiError &error = result.error();
            if (error.kind() == ApiError::Kind::Cancelled)
                return;
            // Fini answers 400 to a provider that is not connected (fini-api.md).
            showProblem(error.kind() == ApiError::Kind::BadRequest
                            ? ProviderResource::notConnectedText(chosenProvider)
                            : error.summary());
        });
}

void ImportDialog::showResources(const QList<ProviderResource> &roots)
{
    const QString chosenProvider = provider();
    m_model->setResources(roots, m_known.value(chosenProvider));
    m_tree->expandAll();
    const int offered = m_model->importableCount();
    const QString name = ProviderResource::displayName(chosenProvider);
    if (offered == 0) {
        m_status->setText(tr("%1 offers nothing more to import: Fini leaves out what it has "
                             "imported already.")
                              .arg(name));
        return;
    }
    m_status->setText(tr("%1 offers %2; %3 of them already in this workspace.")
                          .arg(name, ProviderResource::itemsText(chosenProvider, offered),
                               QLocale().toString(m_model->knownCount())));
}

void ImportDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    m_retry->show();
}

// Checks every importable item the search shows under `parent`.
void ImportDialog::checkShown(const QModelIndex &parent)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, ResourceTreeModel::TitleColumn, parent);
        if (index.data(ResourceTreeModel::ImportableRole).toBool())
            m_model->setAllChecked(m_proxy->mapToSource(index), true);
        else
            checkShown(index);
    }
}

void ImportDialog::updateImportButton()
{
    const int count = m_model->checkedCount();
    const int known = m_model->checkedKnownCount();
    m_import->setText(count > 0
                          ? tr("Import %1").arg(ProviderResource::itemsText(provider(), count))
                          : tr("Import"));
    m_import->setEnabled(count > 0);
    m_summary->setText(
        count == 0  ? QString()
        : known > 0 ? tr("%Ln checked; %1 already in the workspace, refreshed.", nullptr, count)
                          .arg(QLocale().toString(known))
                    : tr("%Ln checked.", nullptr, count));
}
