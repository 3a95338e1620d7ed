#include "SandboxProviders.h"

#include "SandboxContentGenerator.h"

#include <QJsonObject>

namespace {

// One importable item in twelve cannot be read by Fini, so the tree always has failures.
constexpr int BrokenEvery = 12;
constexpr int NotionPages = 30;
constexpr int NotionDatabaseEvery = 10;
constexpr int ArticlesPerSection = 4;
constexpr int PagesPerSpace = 8;

struct Group {
    const char *title;
    const char *sections[3];
};

constexpr Group ZendeskCategories[] = {
    {"Orders and shipping", {"Delivery", "Returns and exchanges", "Tracking a parcel"}},
    {"Billing and payments", {"Invoices", "Payment methods", "Refunds"}},
    {"Your account", {"Signing in", "Team and roles", "Privacy and data"}},
};

struct Space {
    const char *key;
    const char *title;
};

constexpr Space ConfluenceSpaces[] = {
    {"SUP", "Support playbooks"}, {"OPS", "Operations"}, {"KB", "Product knowledge base"}};

bool isLeaf(const SandboxProviders::Node &node)
{
    return node.kind == QLatin1String("page") || node.kind == QLatin1String("database")
           || node.kind == QLatin1String("article");
}

QJsonValue idValue(const QString &id, bool asNumber)
{
    return asNumber ? QJsonValue(id.toDouble()) : QJsonValue(id);
}

} // namespace

SandboxProviders::SandboxProviders(quint32 seed)
    : m_connected(names())
{
    SandboxContentGenerator content(seed ^ 0x5eed0001u, 0);
    int leaves = 0;
    const auto broken = [&leaves] { return ++leaves % BrokenEvery == 0; };

    for (int i = 0; i < NotionPages; ++i) {
        Node page;
        page.id = content.newUuid().remove(QLatin1Char('-'));
        page.title = content.topicTitle();
        page.kind = (i + 1) % NotionDatabaseEvery == 0 ? QStringLiteral("database")
                                                       : QStringLiteral("page");
        page.url = QStringLiteral("https://www.notion.so/acme/")
                   + SandboxContentGenerator::slugify(page.title) + QLatin1Char('-') + page.id;
        page.broken = broken();
        m_notion.push_back(page);
    }

    leaves = 0;
    const QString helpCentre = QStringLiteral("https://acme.zendesk.com/hc/en-us/");
    int number = 0;
    for (const Group &group : ZendeskCategories) {
        Node category;
        category.id = QString::number(360000100 + ++number);
        category.title = QString::fromLatin1(group.title);
        category.kind = QStringLiteral("category");
        category.url = helpCentre + QStringLiteral("categories/") + category.id;
        for (const char *name : group.sections) {
            Node section;
            section.id = QString::number(360001000 + ++number);
            section.title = QString::fromLatin1(name);
            section.kind = QStringLiteral("section");
            section.url = helpCentre + QStringLiteral("sections/") + section.id;
            for (int a = 0; a < ArticlesPerSection; ++a) {
                Node article;
                article.id = QString::number(360100000LL + ++number * 7919LL);
                article.title = content.topicTitle();
                article.kind = QStringLiteral("article");
                article.url = helpCentre + QStringLiteral("articles/") + article.id
                              + QLatin1Char('-') + SandboxContentGenerator::slugify(article.title);
                article.broken = broken();
                section.children.push_back(article);
            }
            category.children.push_back(section);
        }
        m_zendesk.push_back(category);
    }

    leaves = 0;
    for (const Space &space : ConfluenceSpaces) {
        Node node;
        node.id = QString::fromLatin1(space.key);
        node.title = QString::fromLatin1(space.title);
        node.kind = QStringLiteral("space");
        node.url = QStringLiteral("https://acme.atlassian.net/wiki/spaces/") + node.id;
        for (int p = 0; p < PagesPerSpace; ++p) {
            Node page;
            page.id = QString::number(98000000LL + ++number * 131LL);
            page.title = content.topicTitle();
            page.kind = QStringLiteral("page");
            page.url = node.url + QStringLiteral("/pages/") + page.id + QLatin1Char('/')
                       + SandboxContentGenerator::slugify(page.title);
            page.broken = broken();
            node.children.push_back(page);
        }
        m_confluence.push_back(node);
    }
}

const QStringList &SandboxProviders::names()
{
    static const QStringList providers{QStringLiteral("notion"), QStringLiteral("zendesk"),
                                       QStringLiteral("confluence")};
    return providers;
}

QString SandboxProviders::mimeTypeOf(const QString &provider)
{
    return provider == QLatin1String("notion") ? QStringLiteral("text/markdown")
                                               : QStringLiteral("text/html");
}

const std::vector<SandboxProviders::Node> &SandboxProviders::roots(const QString &provider) const
{
    if (provider == QLatin1String("zendesk"))
        return m_zendesk;
    if (provider == QLatin1String("confluence"))
        return m_confluence;
    return m_notion;
}

const SandboxProviders::Node *SandboxProviders::find(const QString &provider,
                                                     const QString &externalId) const
{
    std::function<const Node *(const std::vector<Node> &)> search =
        [&](const std::vector<Node> &nodes) -> const Node * {
        for (const Node &node : nodes) {
            if (isLeaf(node) && node.id == externalId)
                return &node;
            if (const Node *found = search(node.children))
                return found;
        }
        return nullptr;
    };
    return search(roots(provider));
}

QJsonArray SandboxProviders::toJson(const QString &provider,
                                    const std::function<bool(const QString &)> &imported,
                                    bool otherKeys) const
{
    const QString mimeType = mimeTypeOf(provider);
    QJsonArray answer;
    if (provider == QLatin1String("notion")) {
        // fini-api.md shows these keys: they do not vary.
        for (const Node &page : m_notion) {
            if (imported(page.id))
                continue;
            answer.append(QJsonObject{{QStringLiteral("externalId"), page.id},
                                      {QStringLiteral("title"), page.title},
                                      {QStringLiteral("originalUrl"), page.url},
                                      {QStringLiteral("mimeType"), mimeType},
                                      {QStringLiteral("iconLink"), QJsonValue::Null},
                                      {QStringLiteral("object"), page.kind}});
        }
        return answer;
    }
    const bool zendesk = provider == QLatin1String("zendesk");
    const QString titleKey = otherKeys ? QStringLiteral("name") : QStringLiteral("title");
    const QString urlKey = otherKeys
                               ? (zendesk ? QStringLiteral("html_url") : QStringLiteral("webUrl"))
                               : QStringLiteral("url");
    std::function<QJsonObject(const Node &, int)> render = [&](const Node &node, int depth) {
        QJsonObject object;
        const bool space = !zendesk && depth == 0;
        if (space)
            object.insert(otherKeys ? QStringLiteral("key") : QStringLiteral("spaceKey"), node.id);
        else
            object.insert(QStringLiteral("id"), idValue(node.id, otherKeys));
        // Confluence pages keep "title" either way: only the container's keys differ there.
        object.insert(zendesk || space ? titleKey : QStringLiteral("title"), node.title);
        object.insert(urlKey, node.url);
        if (zendesk)
            object.insert(QStringLiteral("type"), node.kind);
        if (isLeaf(node))
            return object;
        QJsonArray children;
        for (const Node &child : node.children) {
            if (isLeaf(child) && imported(child.id))
                continue;
            children.append(render(child, depth + 1));
        }
        const QString childrenKey = otherKeys    ? QStringLiteral("children")
                                    : !zendesk   ? QStringLiteral("pages")
                                    : depth == 0 ? QStringLiteral("sections")
                                                 : QStringLiteral("articles");
        object.insert(childrenKey, children);
        return object;
    };
    for (const Node &root : roots(provider))
        answer.append(render(root, 0));
    return answer;
}
