#include "FilterBar.h"

#include "SourceFilterProxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

FilterBar::FilterBar(SourceFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_operation->setObjectName(QStringLiteral("operationFilter"));
    m_operation->setToolTip(tr("Filter by linked knowledge operation"));
    m_operation->setAccessibleName(tr("Linked operation filter"));
    m_operation->setAccessibleDescription(m_operation->toolTip());
    m_operation->addItem(tr("Any operation"));
    m_operation->addItem(tr("Not linked"), QString());
    m_operation->addItem(tr("Add article to folder"), QStringLiteral("ADD_ARTICLE_TO_FOLDER"));
    m_operation->addItem(tr("Update article"), QStringLiteral("UPDATE_ARTICLE"));
    m_operation->addItem(tr("No change"), QStringLiteral("DO_NOTHING"));

    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_language->setToolTip(tr("Filter by language processing"));
    m_language->setAccessibleName(tr("Language filter"));
    m_language->setAccessibleDescription(m_language->toolTip());
    m_language->addItem(tr("Any language"));
    m_language->addItem(tr("English"), true);
    m_language->addItem(tr("Other"), false);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search title, URL or ID"));
    m_search->setAccessibleName(tr("Search sources"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    // As wide as their usual texts in any language: a longer translation is elided here, not
    // taken from the table's room.
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operation->setMinimumContentsLength(13);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(8);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_operation);
    layout->addWidget(m_language);
    showProxyState();

    connect(m_search, &QLineEdit::textChanged, m_proxy, &SourceFilterProxy::setSearchText);
    connect(m_operation, &QComboBox::currentIndexChanged, m_proxy, [this](int index) {
        m_proxy->setOperation(
            index == 0 ? std::nullopt
                       : std::optional<QString>(m_operation->itemData(index).toString()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, m_proxy, [this](int index) {
        m_proxy->setEnglish(index == 0 ? std::nullopt
                                       : std::optional<bool>(m_language->itemData(index).toBool()));
    });
}

void FilterBar::showProxyState()
{
    m_search->setText(m_proxy->searchText());
    const std::optional<QString> operation = m_proxy->operation();
    for (int index = 1; operation && index < m_operation->count(); ++index) {
        if (m_operation->itemData(index).toString() == *operation)
            m_operation->setCurrentIndex(index);
    }
    const std::optional<bool> english = m_proxy->english();
    if (english)
        m_language->setCurrentIndex(m_language->findData(*english));
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearSearch()
{
    m_search->clear();
}

void FilterBar::clearAll()
{
    m_search->clear();
    m_operation->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
}
