#include "RemoveDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *wrappedLabel(const QString &text, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

RemoveDialog::RemoveDialog(const QList<SourceRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_articles(new QCheckBox(tr("Also delete the knowledge articles written from them"), this))
{
    setObjectName(QStringLiteral("removeDialog"));
    setWindowTitle(tr("Remove sources"));
    const int count = int(rows.size());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Remove %Ln source(s) from this workspace? Fini deletes "
                                      "them and no longer uses their content.",
                                      nullptr, count),
                                   "removeIntro", this));

    QStringList lines;
    for (const SourceRow &row : rows.first(std::min<qsizetype>(rows.size(), ListedTitles)))
        lines << QStringLiteral("• ") + (row.title.isEmpty() ? row.url : row.title);
    if (count > ListedTitles)
        lines << tr("… and %Ln more", nullptr, count - ListedTitles);
    layout->addWidget(wrappedLabel(lines.join(QLatin1Char('\n')), "removeTitles", this));

    const auto linked = std::count_if(rows.cbegin(), rows.cend(), [](const SourceRow &row) {
        return !row.linkedKnowledgeId.isEmpty();
    });
    m_articles->setObjectName(QStringLiteral("removeArticles"));
    m_articles->setChecked(false);
    const QString explanation =
        (linked > 0
             ? tr("%Ln of them have knowledge articles written from them.", nullptr, int(linked))
                   + QLatin1Char(' ')
             : QString())
        + tr("Your customers read these articles. Leave this off to keep them: they stay in Fini "
             "as they are. Turn it on only if the articles must go too; Sourcedesk cannot bring "
             "them back.");
    m_articles->setAccessibleDescription(explanation);
    layout->addSpacing(8);
    layout->addWidget(m_articles);
    QLabel *articlesText = wrappedLabel(explanation, "removeArticlesExplanation", this);
    articlesText->setIndent(24);
    layout->addWidget(articlesText);
    layout->addSpacing(8);
    layout->addWidget(wrappedLabel(tr("A removed web page can be added again from the Activity "
                                      "panel."),
                                   "removeUndoNote", this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Remove %Ln source(s)", nullptr, count),
                                             QDialogButtonBox::AcceptRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    // Enter must not delete: Cancel is the default.
    remove->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("removeCancelButton"));
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

bool RemoveDialog::deleteArticles() const
{
    return m_articles->isChecked();
}
