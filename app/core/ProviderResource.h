#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// One item a connected provider (Notion, Zendesk, Confluence) offers for import, as List
// provider resources returns it: a Notion page or database, a Zendesk category, section or
// article, a Confluence space or page. Containers group the importable items under them.
//
// fini-api.md shows Notion's key names only, so every shape is read tolerantly: the ID from
// externalId, id, spaceKey or key (a string or a number); the title from title or name; the
// address from originalUrl, url, html_url, webUrl or link; the kind from object or type; the
// items under it from sections, articles, pages or children. An answer that wraps the list in
// an object (resources, data, items, results) is read too.
struct ProviderResource {
    Q_DECLARE_TR_FUNCTIONS(ProviderResource)

public:
    QString externalId;
    QString title;
    QString url;
    QString mimeType;
    QString kind;
    bool container = false;
    QList<ProviderResource> children;

    bool isImportable() const { return !container && !externalId.isEmpty(); }
    // An item of Register provider resources.
    QJsonObject toRegisterJson() const;

    // The provider's tree, or nothing (and why) when the answer is not a list of resources.
    static std::optional<QList<ProviderResource>>
    listFromJson(const QString &provider, const QJsonDocument &document, QString *problem);
    // The importable items of `roots`, depth first.
    static QList<ProviderResource> importable(const QList<ProviderResource> &roots);

    // notion, zendesk, confluence: the providers the public API imports from.
    static const QStringList &providers();
    static QString displayName(const QString &provider);
    // "pages" or "articles", counted.
    static QString itemsText(const QString &provider, int count);
    // What to do when Fini refuses to list a provider's resources (400: not connected).
    static QString notConnectedText(const QString &provider);
};
