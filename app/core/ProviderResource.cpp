#include "ProviderResource.h"

#include "JsonRead.h"

#include <QJsonArray>

namespace {

// Kinds that only group other items.
bool isGroupingKind(const QString &kind)
{
    return kind == QLatin1String("category") || kind == QLatin1String("section")
           || kind == QLatin1String("space");
}

// What an item without `object` or `type` is, from where it is in the provider's tree.
QString defaultKind(const QString &provider, bool container, int depth)
{
    if (provider == QLatin1String("zendesk")) {
        if (!container)
            return QStringLiteral("article");
        return depth == 0 ? QStringLiteral("category") : QStringLiteral("section");
    }
    if (provider == QLatin1String("confluence") && container && depth == 0)
        return QStringLiteral("space");
    return QStringLiteral("page");
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = JsonRead::string(object, QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

ProviderResource read(const QString &provider, const QJsonObject &object, int depth);

QList<ProviderResource> readAll(const QString &provider, const QJsonArray &array, int depth)
{
    // Deeper than any provider nests: an answer that does is not followed down for ever.
    constexpr int MaxDepth = 16;
    QList<ProviderResource> items;
    if (depth > MaxDepth)
        return items;
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        ProviderResource item = read(provider, value.toObject(), depth);
        // Nothing to show or import: no ID and nothing under it.
        if (item.externalId.isEmpty() && item.children.isEmpty())
            continue;
        items.append(std::move(item));
    }
    return items;
}

ProviderResource read(const QString &provider, const QJsonObject &object, int depth)
{
    ProviderResource item;
    item.externalId = firstString(object, {"externalId", "id", "spaceKey", "key"});
    item.url = firstString(object, {"originalUrl", "url", "html_url", "webUrl", "link"});
    item.title = firstString(object, {"title", "name"});
    if (item.title.isEmpty())
        item.title = item.url.isEmpty() ? item.externalId : item.url;
    item.kind = firstString(object, {"object", "type"}).toLower();
    bool hasChildren = false;
    for (const char *key : {"sections", "articles", "pages", "children"}) {
        const QJsonValue children = object.value(QLatin1String(key));
        if (!children.isArray())
            continue;
        hasChildren = true;
        item.children.append(readAll(provider, children.toArray(), depth + 1));
    }
    item.container = hasChildren || isGroupingKind(item.kind);
    if (item.kind.isEmpty())
        item.kind = defaultKind(provider, item.container, depth);
    item.mimeType = firstString(object, {"mimeType"});
    if (item.mimeType.isEmpty())
        item.mimeType = provider == QLatin1String("notion") ? QStringLiteral("text/markdown")
                                                            : QStringLiteral("text/html");
    return item;
}

} // namespace

QJsonObject ProviderResource::toRegisterJson() const
{
    return {{QStringLiteral("originalUrl"), url},
            {QStringLiteral("title"), title},
            {QStringLiteral("externalId"), externalId},
            {QStringLiteral("mimeType"), mimeType},
            {QStringLiteral("object"), kind}};
}

std::optional<QList<ProviderResource>> ProviderResource::listFromJson(const QString &provider,
                                                                      const QJsonDocument &document,
                                                                      QString *problem)
{
    if (document.isArray())
        return readAll(provider, document.array(), 0);
    const QJsonObject wrapper = document.object();
    for (const char *key : {"resources", "data", "items", "results"}) {
        const QJsonValue list = wrapper.value(QLatin1String(key));
        if (list.isArray())
            return readAll(provider, list.toArray(), 0);
    }
    *problem = tr("the answer does not list the provider's pages");
    return std::nullopt;
}

QList<ProviderResource> ProviderResource::importable(const QList<ProviderResource> &roots)
{
    QList<ProviderResource> items;
    for (const ProviderResource &root : roots) {
        if (root.isImportable())
            items.append(root);
        items.append(importable(root.children));
    }
    return items;
}

const QStringList &ProviderResource::providers()
{
    static const QStringList names{QStringLiteral("notion"), QStringLiteral("zendesk"),
                                   QStringLiteral("confluence")};
    return names;
}

QString ProviderResource::displayName(const QString &provider)
{
    if (provider == QLatin1String("notion"))
        return QStringLiteral("Notion");
    if (provider == QLatin1String("zendesk"))
        return QStringLiteral("Zendesk");
    if (provider == QLatin1String("confluence"))
        return QStringLiteral("Confluence");
    return provider;
}

QString ProviderResource::itemsText(const QString &provider, int count)
{
    return provider == QLatin1String("zendesk") ? tr("%Ln article(s)", nullptr, count)
                                                : tr("%Ln page(s)", nullptr, count);
}

QString ProviderResource::notConnectedText(const QString &provider)
{
    return tr("%1 is not connected to this workspace. Connect it in Fini's dashboard, where the "
              "workspace's integrations are set up, then try again.")
        .arg(displayName(provider));
}
