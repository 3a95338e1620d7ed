#pragma once

#include "SearchMatches.h"

#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>

class SourceTableModel;
class WorkspaceLoader;

// Search, filters and sorting over the sources table. Reads rows straight from the model
// instead of through QVariant roles, so a keystroke over 100,000 rows stays fast.
class SourceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SourceFilterProxy(QObject *parent = nullptr);

    void setSourceTableModel(SourceTableModel *model);

    void setSearchText(const QString &text);
    void setSourceType(const QString &type); // empty: any type
    void setChangedOnly(bool changedOnly);
    void setRunningOnly(bool runningOnly);
    void setFailedOnly(bool failedOnly);
    void setOperation(const std::optional<QString> &operation); // "": not linked
    void setEnglish(std::optional<bool> english);
    void clearFilters();

    // While a workspace loads, rows are appended unsorted and the whole table is sorted now
    // and then: a sorted insert of thousands of rows into 100,000 costs far more than one sort.
    // Bursts of updates (a refresh being followed) are sorted and filtered once a second.
    void followLoading(WorkspaceLoader *loader);

    QString searchText() const { return m_search; }
    QString sourceType() const { return m_sourceType; }
    bool changedOnly() const { return m_changedOnly; }
    bool runningOnly() const { return m_runningOnly; }
    bool failedOnly() const { return m_failedOnly; }
    std::optional<QString> operation() const { return m_operation; }
    std::optional<bool> english() const { return m_english; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void setBulkLoading(bool loading);
    void beginCoalescing();
    void endCoalescing();
    bool hasFilters() const;

    void forgetMatchesOnChange(SourceTableModel *model);
    void searchFor(const QString &foldedText);

    SourceTableModel *m_model = nullptr;
    QString m_search;
    QString m_foldedSearch;
    SearchMatches m_matches;
    QString m_sourceType;
    bool m_changedOnly = false;
    bool m_runningOnly = false;
    bool m_failedOnly = false;
    std::optional<QString> m_operation;
    std::optional<bool> m_english;
    QElapsedTimer m_sinceSort;
    bool m_bulkLoading = false;
    bool m_changedWhileLoading = false;
    QTimer m_updatesTimer;
};
