#include "ResourceTreeModel.h"

#include "WebPageList.h"

#include <algorithm>

ResourceTreeModel::ResourceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ResourceTreeModel::setResources(const QList<ProviderResource> &roots,
                                     const QSet<QString> &known)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_checkedCount = 0;
    for (int row = 0; row < roots.size(); ++row)
        m_roots.append(add(roots.at(row), -1, row, known));
    endResetModel();
    Q_EMIT checkedChanged();
}

void ResourceTreeModel::clear()
{
    setResources({}, {});
}

int ResourceTreeModel::add(const ProviderResource &resource, int parent, int row,
                           const QSet<QString> &known)
{
    const int id = int(m_nodes.size());
    Node node;
    node.resource = resource;
    node.resource.children.clear();
    node.parent = parent;
    node.row = row;
    node.importableBelow = resource.isImportable() ? 1 : 0;
    node.known = resource.isImportable() && !resource.url.isEmpty()
                 && known.contains(WebPageList::comparable(resource.url));
    m_nodes.append(node);
    for (int childRow = 0; childRow < resource.children.size(); ++childRow) {
        const int child = add(resource.children.at(childRow), id, childRow, known);
        m_nodes[id].children.append(child);
        m_nodes[id].importableBelow += m_nodes.at(child).importableBelow;
    }
    return id;
}

QList<ProviderResource> ResourceTreeModel::checked() const
{
    QList<ProviderResource> items;
    for (const Node &node : m_nodes) {
        if (node.resource.isImportable() && node.checkedBelow > 0)
            items.append(node.resource);
    }
    return items;
}

int ResourceTreeModel::checkedKnownCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const Node &node) { return node.known && node.checkedBelow > 0; }));
}

int ResourceTreeModel::importableCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const Node &node) { return node.resource.isImportable(); }));
}

int ResourceTreeModel::knownCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const Node &node) { return node.known; }));
}

QModelIndex ResourceTreeModel::indexOf(int node, int column) const
{
    return node < 0 ? QModelIndex() : createIndex(m_nodes.at(node).row, column, quintptr(node));
}

int ResourceTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &rows = parent.isValid() ? m_nodes.at(nodeOf(parent)).children : m_roots;
    if (parent.isValid() && parent.column() != TitleColumn)
        return {};
    return row < rows.size() ? indexOf(rows.at(row), column) : QModelIndex();
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(m_nodes.at(nodeOf(child)).parent) : QModelIndex();
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    return parent.column() == TitleColumn ? int(m_nodes.at(nodeOf(parent)).children.size()) : 0;
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::CheckState ResourceTreeModel::checkState(const Node &node) const
{
    if (node.checkedBelow == 0)
        return Qt::Unchecked;
    return node.checkedBelow == node.importableBelow ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes.at(nodeOf(index));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return node.resource.title;
        if (node.known)
            return tr("Already a source: refreshed");
        if (node.resource.container)
            return tr("%Ln to import", nullptr, node.importableBelow);
        return {};
    case Qt::ToolTipRole:
        return node.resource.url.isEmpty() ? node.resource.title : node.resource.url;
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn && node.importableBelow > 0)
            return checkState(node);
        return {};
    case ImportableRole:
        return node.resource.isImportable();
    case KnownRole:
        return node.known;
    default:
        return {};
    }
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TitleColumn && m_nodes.at(nodeOf(index)).importableBelow > 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Title") : tr("Import");
}

bool ResourceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != TitleColumn
        || m_nodes.at(nodeOf(index)).importableBelow == 0)
        return false;
    // A partly checked container checks everything under it, as a click on it is meant to.
    setAllChecked(index, value.value<Qt::CheckState>() != Qt::Unchecked);
    return true;
}

void ResourceTreeModel::setAllChecked(const QModelIndex &index, bool checked)
{
    int changed = 0;
    if (index.isValid()) {
        changed = setSubtree(nodeOf(index), checked);
    } else {
        for (const int root : std::as_const(m_roots))
            changed += setSubtree(root, checked);
    }
    if (changed > 0)
        Q_EMIT checkedChanged();
}

int ResourceTreeModel::setSubtree(int id, bool checked)
{
    const Node &node = m_nodes.at(id);
    if (node.resource.isImportable()) {
        const int delta = (checked ? 1 : 0) - node.checkedBelow;
        if (delta == 0)
            return 0;
        countUp(id, delta);
        return 1;
    }
    int changed = 0;
    const QList<int> children = node.children;
    for (const int child : children)
        changed += setSubtree(child, checked);
    return changed;
}

// The item and every container above it count the change, and views hear of each.
void ResourceTreeModel::countUp(int id, int delta)
{
    m_checkedCount += delta;
    for (int node = id; node >= 0; node = m_nodes.at(node).parent) {
        m_nodes[node].checkedBelow += delta;
        announce(node);
    }
}

void ResourceTreeModel::announce(int node)
{
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
}
