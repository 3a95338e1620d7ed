#include "DiscoverLinksDialog.h"

#include "FiniClient.h"
#include "WebPageList.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

DiscoverLinksDialog::DiscoverLinksDialog(FiniClient *client, const QSet<QString> &known,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_known(known)
    , m_address(new QLineEdit(this))
    , m_limit(new QSpinBox(this))
    , m_discover(new QPushButton(tr("&Discover"), this))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(nullptr)
{
    setObjectName(QStringLiteral("discoverDialog"));
    setWindowTitle(tr("Discover links"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Fini reads the pages at this address and lists the pages they "
                                "link to. Nothing is added until you choose."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address->setObjectName(QStringLiteral("discoverAddress"));
    m_address->setPlaceholderText(tr("https://help.example.com"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    m_discover->setObjectName(QStringLiteral("discoverStart"));
    addressRow->addWidget(m_discover);
    form->addRow(tr("&Address:"), addressRow);
    m_limit->setObjectName(QStringLiteral("discoverLimit"));
    m_limit->setRange(1, 10000);
    m_limit->setValue(DefaultLimit);
    m_limit->setToolTip(tr("Fini lists at most this many pages."));
    form->addRow(tr("At &most:"), m_limit);
    layout->addLayout(form);

    m_status->setObjectName(QStringLiteral("discoverStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list->setObjectName(QStringLiteral("discoverList"));
    m_list->setAccessibleName(tr("Pages found"));
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("discoverAddButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_discover, &QPushButton::clicked, this, &DiscoverLinksDialog::discover);
    connect(m_address, &QLineEdit::returnPressed, this, &DiscoverLinksDialog::discover);
    connect(m_list, &QListWidget::itemChanged, this, &DiscoverLinksDialog::updateAddButton);
    resize(600, 480);
    updateAddButton();
}

QStringList DiscoverLinksDialog::checkedUrls() const
{
    QStringList urls;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            urls.append(item->data(Qt::UserRole).toString());
    }
    return urls;
}

void DiscoverLinksDialog::discover()
{
    const WebPageList address = WebPageList::parse(m_address->text());
    if (!address.problems.isEmpty() || address.isEmpty()) {
        m_status->setText(
            address.problems.isEmpty()
                ? tr("Enter the address of a help centre or website.")
                : tr("“%1”: %2")
                      .arg(address.problems.first().entry, address.problems.first().reason));
        return;
    }
    if (m_request)
        return; // one crawl at a time
    m_list->clear();
    m_discover->setEnabled(false);
    m_status->setText(tr("Fini is reading the pages…"));
    const QStringList links = address.fresh + address.existing;
    m_request = m_client->crawlLinks(links, m_limit->value(), this,
                                     [this](const ApiResult<QStringList> &result) {
                                         m_discover->setEnabled(true);
                                         if (!result.ok()) {
                                             m_status->setText(result.error().summary());
                                             updateAddButton();
                                             return;
                                         }
                                         showFound(result.value());
                                     });
}

void DiscoverLinksDialog::showFound(const QStringList &urls)
{
    const QSignalBlocker quiet(m_list);
    int already = 0;
    for (const QString &url : urls) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, url);
        if (m_known.contains(WebPageList::comparable(url))) {
            ++already;
            item->setText(tr("%1 (already a source)").arg(url));
            item->setFlags(Qt::ItemIsEnabled);
        } else {
            item->setText(url);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    const QLocale locale;
    QString text =
        tr("Fini found %Ln page(s); %1 already in this workspace.", nullptr, int(urls.size()))
            .arg(locale.toString(already));
    if (urls.size() >= m_limit->value())
        text += QLatin1Char(' ') + tr("That is the limit: raise it to see more.");
    m_status->setText(text);
    updateAddButton();
}

void DiscoverLinksDialog::updateAddButton()
{
    const int count = int(checkedUrls().size());
    m_add->setText(count > 0 ? tr("Add %Ln web page(s)", nullptr, count) : tr("Add"));
    m_add->setEnabled(count > 0);
}
