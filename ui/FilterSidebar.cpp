#include "FilterSidebar.h"

#include "SidebarItemDelegate.h"
#include "SourceLabels.h"

#include <QLocale>

namespace {
constexpr int ViewRole = Qt::UserRole + 1;
constexpr int TypeRole = Qt::UserRole + 2;
constexpr int NameRole = SidebarItemDelegate::NameRole;
constexpr int CountRole = SidebarItemDelegate::CountRole;
} // namespace

FilterSidebar::FilterSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("filterSidebar"));
    setAccessibleName(tr("Views"));
    setAccessibleDescription(tr("Which sources the table shows, with how many each view has: "
                                "all, changed, in progress, failed, or one type of source."));
    setFrameShape(QFrame::NoFrame);
    setItemDelegate(new SidebarItemDelegate(this));
    setMinimumWidth(180);
    addView(View::All, {}, tr("All sources"));
    addView(View::Changed, {}, tr("Changed"));
    addView(View::Running, {}, tr("In progress"));
    addView(View::Failed, {}, tr("Failed"));
    auto *heading = new QListWidgetItem(tr("Source types"), this);
    heading->setFlags(Qt::NoItemFlags);
    for (const QString &type : SourceLabels::knownSourceTypes())
        addView(View::Type, type, SourceLabels::sourceType(type));
    setCurrentRow(0);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT viewSelected(View(item->data(ViewRole).toInt()),
                                item->data(TypeRole).toString());
    });
    refreshLabels();
}

QListWidgetItem *FilterSidebar::addView(View view, const QString &type, const QString &name)
{
    auto *item = new QListWidgetItem(this);
    item->setData(ViewRole, int(view));
    item->setData(TypeRole, type);
    item->setData(NameRole, name);
    return item;
}

void FilterSidebar::setCounts(const SourceTableModel::Counts &counts)
{
    m_counts = counts;
    // Types the docs do not list still get a view once they show up.
    for (auto it = counts.perType.cbegin(); it != counts.perType.cend(); ++it) {
        bool known = false;
        for (int row = 0; row < count(); ++row)
            known = known || item(row)->data(TypeRole).toString() == it.key();
        if (!known && !it.key().isEmpty())
            addView(View::Type, it.key(), SourceLabels::sourceType(it.key()));
    }
    refreshLabels();
}

void FilterSidebar::refreshLabels()
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *entry = item(row);
        if (!(entry->flags() & Qt::ItemIsEnabled))
            continue;
        int n = 0;
        switch (View(entry->data(ViewRole).toInt())) {
        case View::All:
            n = m_counts.all;
            break;
        case View::Changed:
            n = m_counts.changed;
            break;
        case View::Running:
            n = m_counts.running;
            break;
        case View::Failed:
            n = m_counts.failed;
            break;
        case View::Type:
            n = m_counts.perType.value(entry->data(TypeRole).toString());
            break;
        }
        entry->setData(CountRole, n);
        // The accessible text says both, for screen readers and for tests.
        entry->setText(tr("%1: %2").arg(entry->data(NameRole).toString(), QLocale().toString(n)));
        entry->setToolTip(tr("%Ln source(s)", nullptr, n));
    }
}

void FilterSidebar::selectView(View view, const QString &type)
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *entry = item(row);
        if ((entry->flags() & Qt::ItemIsEnabled) && View(entry->data(ViewRole).toInt()) == view
            && entry->data(TypeRole).toString() == type) {
            setCurrentItem(entry);
            return;
        }
    }
}
