#include "KnowledgeTypes.h"

#include "JsonRead.h"

#include <QJsonArray>

using namespace JsonRead;

QJsonObject GenerateOptions::toJson() const
{
    QJsonObject body{{QStringLiteral("origin"), QStringLiteral("sources")},
                     {QStringLiteral("isDraft"), isDraft}};
    if (!restrictedOps.isEmpty())
        body.insert(QStringLiteral("restrictedOps"), QJsonArray::fromStringList(restrictedOps));
    if (!instructions.isEmpty())
        body.insert(QStringLiteral("instructions"), instructions);
    if (!botId.isEmpty())
        body.insert(QStringLiteral("botId"), botId);
    return body;
}

std::optional<GeneratedJob> GeneratedJob::fromJson(const QJsonObject &object)
{
    GeneratedJob job{string(object, QLatin1String("documentId")),
                     string(object, QLatin1String("backgroundJobId"))};
    if (job.documentId.isEmpty() || job.backgroundJobId.isEmpty())
        return std::nullopt;
    return job;
}

bool KnowledgeJob::isFinal() const
{
    return jobStatus == QLatin1String("COMPLETED") || jobStatus == QLatin1String("FAILED");
}

std::optional<KnowledgeJob> KnowledgeJob::fromJson(const QJsonObject &object)
{
    KnowledgeJob job;
    job.id = string(object, QLatin1String("id"));
    if (job.id.isEmpty())
        return std::nullopt;
    job.jobStatus = string(object, QLatin1String("jobStatus"));
    job.createdAt = timestamp(object, QLatin1String("createdAt"));
    job.startedAt = timestamp(object, QLatin1String("startedAt"));
    job.completedAt = timestamp(object, QLatin1String("completedAt"));
    job.hcArticleId = string(object, QLatin1String("hcArticleId"));
    job.error = string(object, QLatin1String("error"));
    return job;
}
