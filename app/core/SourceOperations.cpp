#include "SourceOperations.h"

#include "JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject IngestRequest::toJson() const
{
    QJsonObject body{
        {QStringLiteral("source"), source},
        {QStringLiteral("documentIdsToAdd"), QJsonArray::fromStringList(toAdd)},
        {QStringLiteral("documentIdsToRefresh"), QJsonArray::fromStringList(toRefresh)}};
    if (english)
        body.insert(QStringLiteral("english"), *english);
    if (baser)
        body.insert(QStringLiteral("baser"), *baser);
    return body;
}

std::optional<IngestResult> IngestResult::fromJson(const QJsonObject &object, QString *problem)
{
    if (!object.contains(QLatin1String("addedDocumentIds"))
        && !object.contains(QLatin1String("updatedDocumentIds"))) {
        *problem = QCoreApplication::translate("IngestResult",
                                               "the answer names no added or updated sources");
        return std::nullopt;
    }
    return IngestResult{JsonRead::strings(object, QLatin1String("addedDocumentIds")),
                        JsonRead::strings(object, QLatin1String("updatedDocumentIds"))};
}
