#include "Source.h"

#include "JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace JsonRead;

std::optional<Source> Source::fromJson(const QJsonObject &o)
{
    Source s;
    s.id = string(o, QLatin1String("id"));
    if (s.id.isEmpty())
        return std::nullopt;
    s.originalUrl = string(o, QLatin1String("originalUrl"));
    s.title = string(o, QLatin1String("title"));
    s.storageUrl = string(o, QLatin1String("storageUrl"));
    s.source = string(o, QLatin1String("source"));
    s.externalId = string(o, QLatin1String("externalId"));
    s.mimeType = string(o, QLatin1String("mimeType"));
    s.type = string(o, QLatin1String("type"));
    s.english = boolean(o, QLatin1String("english"), true);
    s.baser = boolean(o, QLatin1String("baser"), false);
    s.success = boolean(o, QLatin1String("success"), true);
    s.changed = boolean(o, QLatin1String("changed"), false);
    s.paragraphs = strings(o, QLatin1String("paragraphs"));
    s.oldParagraphs = strings(o, QLatin1String("oldParagraphs"));
    s.error = string(o, QLatin1String("error"));
    s.createdAt = timestamp(o, QLatin1String("createdAt"));
    s.updatedAt = timestamp(o, QLatin1String("updatedAt"));
    s.linkedJobId = string(o, QLatin1String("linkedJobId"));
    s.linkedKnowledgeId = string(o, QLatin1String("linkedKnowledgeId"));
    s.linkedOperation = string(o, QLatin1String("linkedOperation"));
    s.linkedReason = string(o, QLatin1String("linkedReason"));
    s.linkedJobStatus = string(o, QLatin1String("linkedJobStatus"));
    return s;
}

std::optional<SourcePage> SourcePage::fromJson(const QJsonObject &object, QString *problem)
{
    const QJsonValue documents = object.value(QLatin1String("documents"));
    if (!documents.isArray()) {
        *problem = QCoreApplication::translate("SourcePage", "the answer has no list of sources");
        return std::nullopt;
    }
    SourcePage page;
    const QJsonArray array = documents.toArray();
    page.sources.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (auto source = Source::fromJson(item.toObject()))
            page.sources.append(std::move(*source));
        else
            ++page.skippedRecords;
    }
    page.hasMore = boolean(object, QLatin1String("hasMore"), false);
    return page;
}
