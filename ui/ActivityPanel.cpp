#include "ActivityPanel.h"

#include "SourceOutcome.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMetaEnum>

namespace {

constexpr int SourceIdRole = Qt::UserRole + 1;

QString outcomeLabel(const QString &name)
{
    bool ok = false;
    const int value =
        QMetaEnum::fromType<SourceOutcome::State>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? SourceOutcome::label(SourceOutcome::State(value))
              : QCoreApplication::translate("ActivityPanel", "Sending");
}

} // namespace

ActivityPanel::ActivityPanel(const ActivityJournal *journal, TitleOf titleOf, QWidget *parent)
    : QTreeWidget(parent)
    , m_journal(journal)
    , m_titleOf(std::move(titleOf))
{
    setObjectName(QStringLiteral("activityPanel"));
    setColumnCount(4);
    setHeaderLabels({tr("When"), tr("Operation"), tr("State"), tr("Result")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        QStringList ids;
        if (item->parent()) {
            ids.append(item->data(0, SourceIdRole).toString());
        } else {
            for (int i = 0; i < item->childCount(); ++i)
                ids.append(item->child(i)->data(0, SourceIdRole).toString());
        }
        Q_EMIT sourcesActivated(ids);
    });
}

void ActivityPanel::reload()
{
    const QLocale locale;
    QSet<qint64> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->isExpanded())
            expanded.insert(topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
    }
    clear();
    for (const ActivityJournal::Operation &operation : m_journal->recent(30)) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, operation.id);
        item->setText(0, locale.toString(QDateTime::fromMSecsSinceEpoch(operation.startedAt),
                                         QLocale::ShortFormat));
        item->setText(
            1, operation.kind == QLatin1String("refresh")
                   ? tr("Refresh of %n source(s)", nullptr, int(operation.items.size()))
                   : tr("Generation from %n source(s)", nullptr, int(operation.items.size())));
        static const QHash<QString, QString> states{
            {QStringLiteral("running"), tr("Running")},
            {QStringLiteral("finished"), tr("Finished")},
            {QStringLiteral("cancelled"), tr("Stopped watching")},
            {QStringLiteral("interrupted"), tr("Interrupted")}};
        item->setText(2, states.value(operation.state, operation.state));
        item->setText(3, operation.summary);
        item->setToolTip(3, operation.summary);
        for (const ActivityJournal::Item &source : operation.items) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, SourceIdRole, source.sourceId);
            const QString title = m_titleOf ? m_titleOf(source.sourceId) : QString();
            child->setText(1, title.isEmpty() ? source.sourceId : title);
            child->setText(2, outcomeLabel(source.outcome));
            child->setText(3, source.detail);
            child->setToolTip(3, source.detail);
        }
        item->setExpanded(expanded.contains(operation.id));
    }
    resizeColumnToContents(0);
}
