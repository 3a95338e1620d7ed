#pragma once

#include "ProviderResource.h"

#include <QAbstractItemModel>
#include <QSet>

// What a provider offers for import, as a tree with check boxes: the importable items
// (pages, databases, articles) are checked one by one; a container (category, section, space)
// shows whether all, some or none of the items under it are checked, and checking it checks
// them all. Items whose address the workspace has already are marked.
class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, ColumnCount };
    enum Role { ImportableRole = Qt::UserRole + 1, KnownRole };

    explicit ResourceTreeModel(QObject *parent = nullptr);

    // `known`: the workspace's addresses of this provider, in WebPageList::comparable() form.
    void setResources(const QList<ProviderResource> &roots, const QSet<QString> &known);
    void clear();

    // The checked items, in tree order, and how many of them are in the workspace already.
    QList<ProviderResource> checked() const;
    int checkedCount() const { return m_checkedCount; }
    int checkedKnownCount() const;
    int importableCount() const;
    int knownCount() const;
    // Checks or unchecks every importable item under `index` (the whole tree when invalid).
    void setAllChecked(const QModelIndex &index, bool checked);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Node {
        ProviderResource resource; // without its children: they are nodes of their own
        int parent = -1;
        int row = 0;
        QList<int> children;
        int importableBelow = 0; // importable items in this node's subtree, itself included
        int checkedBelow = 0;
        bool known = false;
    };

    int add(const ProviderResource &resource, int parent, int row, const QSet<QString> &known);
    QModelIndex indexOf(int node, int column = TitleColumn) const;
    int nodeOf(const QModelIndex &index) const;
    Qt::CheckState checkState(const Node &node) const;
    // Sets the importable items of `node`'s subtree; returns how many changed.
    int setSubtree(int node, bool checked);
    void countUp(int node, int delta);
    void announce(int node);

    QList<Node> m_nodes;
    QList<int> m_roots;
    int m_checkedCount = 0;
};
