#pragma once

#include "SourceRow.h"

#include <QDialog>

class QCheckBox;

// "Remove from workspace…": how many sources and which (the first titles), and, as a separate
// choice that starts off, whether the knowledge articles written from them go too.
class RemoveDialog : public QDialog
{
    Q_OBJECT

public:
    // Titles listed before "and N more".
    static constexpr int ListedTitles = 5;

    RemoveDialog(const QList<SourceRow> &rows, QWidget *parent = nullptr);

    bool deleteArticles() const;

private:
    QCheckBox *m_articles;
};
