#pragma once

#include "ApiTask.h"
#include "ProviderResource.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class FiniClient;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class ResourceTreeModel;

// "Import from Notion, Zendesk or Confluence…": what the chosen provider offers, as Fini lists
// it (Notion flat, Zendesk categories → sections → articles, Confluence spaces → pages), in a
// tree with check boxes and a search. Items already in the workspace are marked; importing
// them again refreshes them. A provider that is not connected says where to connect it.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `known`: per provider, the workspace's addresses in WebPageList::comparable() form.
    ImportDialog(FiniClient *client, const QHash<QString, QSet<QString>> &known,
                 QWidget *parent = nullptr);

    QString provider() const;
    QList<ProviderResource> chosen() const;
    ResourceTreeModel *model() const { return m_model; }

private:
    void load();
    void showResources(const QList<ProviderResource> &roots);
    void showProblem(const QString &text);
    void checkShown(const QModelIndex &parent);
    void updateImportButton();

    FiniClient *m_client;
    QHash<QString, QSet<QString>> m_known;
    QPointer<ApiTask> m_request;
    ResourceTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_provider;
    QLabel *m_status;
    QPushButton *m_retry;
    QLineEdit *m_search;
    QTreeView *m_tree;
    QLabel *m_summary;
    QPushButton *m_import;
};
