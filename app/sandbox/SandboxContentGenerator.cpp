#include "SandboxContentGenerator.h"

#include <QUuid>

#include <algorithm>
#include <array>
#include <numeric>

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
constexpr int ExtraTypePercent = 2;

struct TypeShare {
    const char *type;
    int percent;
};

// sandbox-spec.md: web 40 %, zendesk 20 %, notion 15 %, confluence 10 %, googledrive 8 %,
// files 7 %.
constexpr std::array<TypeShare, 6> TypeMix{{{"web", 40},
                                            {"zendesk", 20},
                                            {"notion", 15},
                                            {"confluence", 10},
                                            {"googledrive", 8},
                                            {"files", 7}}};

QStringList words(const char *joined)
{
    return QString::fromLatin1(joined).split(QLatin1Char('|'));
}

const QStringList &subjects()
{
    static const QStringList list = words(
        "refund|return label|order|subscription|invoice|password|two-factor login|shipping "
        "address|gift card|discount code|delivery|warranty claim|exchange|payment method|account "
        "email|data export|team seat|API key|integration|mobile app|notification|loyalty "
        "points|pre-order|bulk order|tax receipt|damaged item|missing parcel|store "
        "credit|plan upgrade|trial|cancellation|invoice address|SSO login|user role|audit "
        "log|webhook|billing cycle|price match|backorder|click and collect");
    return list;
}

const QStringList &titlePatterns()
{
    static const QStringList list =
        words("How to change your %1|Where is my %1?|%1 policy|Troubleshooting your %1|Set up "
              "your %1|Cancelling the %1|What happens to my %1 when I move plans?|%1: frequently "
              "asked questions|Requesting help with the %1|Updating the %1|Why was my %1 "
              "declined?|%1 limits and fees");
    return list;
}

const QStringList &sentencePatterns()
{
    static const QStringList list =
        words("Customers can ask about their %1 within %2 days of delivery.|Open Settings and "
              "choose %1 to make the change.|Requests about the %1 are usually answered within %2 "
              "business days.|If the %1 does not work as expected, contact support with your "
              "order number.|Only account owners can change the %1.|We send a confirmation email "
              "once the %1 is ready.|Fees related to the %1 are refunded when the item is "
              "faulty.|The %1 option is not available for marketplace sellers.|You can check the "
              "status of the %1 in the Orders page.|For security reasons, links about the %1 "
              "expire after %2 hours.|Enterprise plans include %2 free changes to the %1 per "
              "month.|Agents should verify the customer's identity before discussing the %1.");
    return list;
}

} // namespace

QString SandboxContentGenerator::slugify(const QString &title)
{
    QString slug;
    slug.reserve(title.size());
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

SandboxContentGenerator::SandboxContentGenerator(quint32 seed, qint64 anchorMs)
    : m_rng(seed)
    , m_anchorMs(anchorMs)
{}

const QStringList &SandboxContentGenerator::extraSourceTypes()
{
    static const QStringList types{QStringLiteral("intercom"), QStringLiteral("sharepoint")};
    return types;
}

std::vector<SandboxSource> SandboxContentGenerator::generate(int count, bool extraTypes)
{
    QStringList types;
    types.reserve(count);
    for (const TypeShare &share : TypeMix) {
        const int n = int(qint64(count) * share.percent / 100);
        for (int i = 0; i < n; ++i)
            types.append(QString::fromLatin1(share.type));
    }
    while (types.size() < count)
        types.append(QStringLiteral("web"));
    std::shuffle(types.begin(), types.end(), m_rng);

    std::vector<SandboxSource> sources;
    sources.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        sources.push_back(makeSource(types.at(i), i));
    if (!extraTypes || count == 0)
        return sources;

    // The oldest records become the unknown types, so that a client meets them only after
    // many pages, as it would a type Fini added long after its first sync.
    std::vector<int> oldestFirst(size_t(count), 0);
    std::iota(oldestFirst.begin(), oldestFirst.end(), 0);
    std::sort(oldestFirst.begin(), oldestFirst.end(), [&sources](int a, int b) {
        return std::pair(sources[size_t(a)].updatedAt, a)
               < std::pair(sources[size_t(b)].updatedAt, b);
    });
    const int extra = std::max(1, count * ExtraTypePercent / 100);
    for (int k = 0; k < extra; ++k) {
        SandboxSource &old = sources[size_t(oldestFirst[size_t(k)])];
        SandboxSource replacement = makeSource(extraSourceTypes().at(k % extraSourceTypes().size()),
                                               oldestFirst[size_t(k)]);
        replacement.updatedAt = old.updatedAt;
        replacement.createdAt = old.createdAt;
        old = replacement;
    }
    return sources;
}

QString SandboxContentGenerator::newUuid()
{
    std::array<quint32, 4> raw{};
    for (quint32 &word : raw)
        word = m_rng.generate();
    QByteArray bytes(reinterpret_cast<const char *>(raw.data()), int(sizeof(raw)));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString SandboxContentGenerator::pick(const QStringList &list)
{
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

QString SandboxContentGenerator::topicTitle()
{
    QString title = pick(titlePatterns());
    title.replace(QLatin1String("%1"), pick(subjects()));
    return capitalised(title);
}

QString SandboxContentGenerator::sentence()
{
    QString text = pick(sentencePatterns());
    text.replace(QLatin1String("%1"), pick(subjects()));
    text.replace(QLatin1String("%2"), QString::number(2 + m_rng.bounded(58)));
    return text;
}

QStringList SandboxContentGenerator::paragraphs(int minCount, int maxCount)
{
    const int count = minCount + int(m_rng.bounded(quint32(maxCount - minCount + 1)));
    QStringList result;
    result.reserve(count);
    for (int p = 0; p < count; ++p) {
        const int sentences = 1 + int(m_rng.bounded(3));
        QStringList parts;
        for (int s = 0; s < sentences; ++s)
            parts.append(sentence());
        result.append(parts.join(QLatin1Char(' ')));
    }
    return result;
}

QStringList SandboxContentGenerator::revise(const QStringList &original)
{
    QStringList revised = original;
    const int edits = 1 + int(m_rng.bounded(3));
    for (int e = 0; e < edits; ++e) {
        const quint32 kind = m_rng.bounded(3);
        const int at = revised.isEmpty() ? 0 : int(m_rng.bounded(quint32(revised.size())));
        if (kind == 0 || revised.size() < 2)
            revised.insert(at, paragraphs(1, 1).constFirst());
        else if (kind == 1)
            revised.removeAt(at);
        else
            revised[at] = revised.at(at) + QLatin1Char(' ') + sentence();
    }
    return revised;
}

bool SandboxContentGenerator::draw(double probability)
{
    return m_rng.generateDouble() < probability;
}

SandboxSource SandboxContentGenerator::webSourceForUrl(const QString &url, qint64 nowMs)
{
    SandboxSource s;
    s.id = newUuid();
    s.originalUrl = url;
    s.title = url.section(QLatin1Char('/'), -1).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (s.title.isEmpty())
        s.title = url;
    s.storageUrl = QStringLiteral("gs://fini-sandbox/documents/") + s.id;
    s.source = QStringLiteral("web");
    s.externalId = slugify(url);
    s.mimeType = QStringLiteral("text/html");
    s.type = QStringLiteral("page");
    s.success = false;
    s.createdAt = nowMs;
    s.updatedAt = nowMs;
    return s;
}

SandboxSource SandboxContentGenerator::makeSource(const QString &type, int ordinal)
{
    SandboxSource s;
    s.id = newUuid();
    s.source = type;
    s.title = topicTitle();
    const QString slug = slugify(s.title);
    const QString number = QString::number(360000000LL + ordinal * 7919LL);

    if (type == QLatin1String("web")) {
        s.externalId = slug + QLatin1Char('-') + QString::number(ordinal);
        s.originalUrl = QStringLiteral("https://help.acme.test/articles/") + s.externalId;
        s.mimeType = QStringLiteral("text/html");
        s.type = QStringLiteral("page");
    } else if (type == QLatin1String("zendesk") || type == QLatin1String("intercom")) {
        // Help-centre articles: a numeric ID, then the slug.
        s.externalId = number;
        s.originalUrl = (type == QLatin1String("zendesk")
                             ? QStringLiteral("https://acme.zendesk.com/hc/en-us/articles/")
                             : QStringLiteral("https://intercom.help/acme/en/articles/"))
                        + number + QLatin1Char('-') + slug;
        s.mimeType = QStringLiteral("text/html");
        s.type = QStringLiteral("article");
    } else if (type == QLatin1String("notion")) {
        s.externalId = QString(s.id).remove(QLatin1Char('-'));
        s.originalUrl =
            QStringLiteral("https://www.notion.so/acme/") + slug + QLatin1Char('-') + s.externalId;
        s.mimeType = QStringLiteral("text/markdown");
        s.type = QStringLiteral("page");
    } else if (type == QLatin1String("confluence")) {
        static const QStringList spaces = words("SUP|OPS|KB|BILL|PROD");
        s.externalId = number;
        s.originalUrl = QStringLiteral("https://acme.atlassian.net/wiki/spaces/") + pick(spaces)
                        + QStringLiteral("/pages/") + number + QLatin1Char('/') + slug;
        s.mimeType = QStringLiteral("text/html");
        s.type = QStringLiteral("page");
    } else if (type == QLatin1String("googledrive")) {
        s.externalId = QString(s.id).remove(QLatin1Char('-')).toUpper().left(28);
        s.originalUrl =
            QStringLiteral("https://docs.google.com/document/d/") + s.externalId + u"/edit";
        s.mimeType = QStringLiteral("application/vnd.google-apps.document");
        s.type = QStringLiteral("document");
    } else if (type == QLatin1String("sharepoint")) {
        s.externalId = number;
        s.originalUrl = QStringLiteral("https://acme.sharepoint.com/sites/support/SitePages/")
                        + slug + QStringLiteral(".aspx");
        s.mimeType = QStringLiteral("text/html");
        s.type = QStringLiteral("page");
    } else {
        s.title += QStringLiteral(".pdf");
        s.externalId = slug + QStringLiteral(".pdf");
        s.originalUrl = QStringLiteral("https://uploads.acme.test/files/") + s.externalId;
        s.mimeType = QStringLiteral("application/pdf");
        s.type = QStringLiteral("file");
    }
    s.storageUrl = QStringLiteral("gs://fini-sandbox/documents/") + s.id;
    s.english = !draw(0.10);
    s.baser = draw(0.05);
    s.paragraphs = paragraphs(3, 12);

    const qint64 age = qint64(m_rng.bounded(quint32(180 * 24 * 60))) * 60 * 1000;
    s.updatedAt = m_anchorMs - age - qint64(m_rng.bounded(60000));
    s.createdAt = s.updatedAt - qint64(m_rng.bounded(quint32(400))) * DayMs;
    s.linkedJobId = newUuid();
    s.linkedJobStatus = QStringLiteral("COMPLETED");

    if (draw(0.60)) {
        s.linkedKnowledgeId = newUuid();
        s.linkedOperation =
            draw(0.7) ? QStringLiteral("UPDATE_ARTICLE") : QStringLiteral("ADD_ARTICLE_TO_FOLDER");
    }
    if (draw(0.03)) {
        s.linkedJobStatus = QStringLiteral("FAILED");
        s.success = false;
        s.error = QStringLiteral("Could not fetch the page: the server answered 503.");
        s.paragraphs.clear();
    }
    if (type != QLatin1String("files")) {
        s.upstreamChangePending = draw(0.20);
        s.brokenUpstream = draw(0.02);
    }
    return s;
}
