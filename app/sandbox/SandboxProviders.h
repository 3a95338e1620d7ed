#pragma once

#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <vector>

// What the connected providers of a simulated workspace offer for import (List provider
// resources): a seeded Notion workspace (flat pages and databases), a Zendesk help centre
// (categories → sections → articles) and Confluence spaces with their pages. Which providers
// are connected can change while the sandbox runs.
class SandboxProviders
{
public:
    struct Node {
        QString id;
        QString title;
        QString url;
        QString kind; // page, database, category, section, article, space
        // Its ingestion ends FAILED (the integration lost access), so it stays importable.
        bool broken = false;
        std::vector<Node> children;
    };

    explicit SandboxProviders(quint32 seed);

    static const QStringList &names();
    static QString mimeTypeOf(const QString &provider);

    bool isConnected(const QString &provider) const { return m_connected.contains(provider); }
    void setConnected(const QStringList &providers) { m_connected = providers; }

    // The resource `externalId` of `provider`, or null.
    const Node *find(const QString &provider, const QString &externalId) const;
    // The List-provider-resources answer: the provider's shape, without the items that
    // `imported` says were imported successfully. With `otherKeys`, Zendesk and Confluence use
    // the other key names the client accepts (fini-api.md shows none for them).
    QJsonArray toJson(const QString &provider, const std::function<bool(const QString &)> &imported,
                      bool otherKeys) const;

private:
    const std::vector<Node> &roots(const QString &provider) const;

    std::vector<Node> m_notion;
    std::vector<Node> m_zendesk;
    std::vector<Node> m_confluence;
    QStringList m_connected;
};
