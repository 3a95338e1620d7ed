#pragma once

#include "SourceTableModel.h"

#include <QListWidget>

// The left-hand list of views over the workspace, like a mail client's folders, each with
// its count: all, changed, in progress, failed, and one per source type.
class FilterSidebar : public QListWidget
{
    Q_OBJECT

public:
    enum class View { All, Changed, Running, Failed, Type };

    explicit FilterSidebar(QWidget *parent = nullptr);

    void setCounts(const SourceTableModel::Counts &counts);
    void selectView(View view, const QString &type = {});

Q_SIGNALS:
    void viewSelected(FilterSidebar::View view, const QString &type);

private:
    QListWidgetItem *addView(View view, const QString &type, const QString &name);
    void refreshLabels();

    SourceTableModel::Counts m_counts;
};
