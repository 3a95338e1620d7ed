#include "SourceQuery.h"

QUrlQuery SourceQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto addText = [&query](const char *name, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(QLatin1String(name),
                               QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    const auto addBool = [&query](const char *name, std::optional<bool> value) {
        if (value)
            query.addQueryItem(QLatin1String(name),
                               *value ? QStringLiteral("true") : QStringLiteral("false"));
    };
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    addText("cursor", cursor);
    if (!cursor.isEmpty() && previous)
        query.addQueryItem(QStringLiteral("direction"), QStringLiteral("previous"));
    addText("source", source);
    addBool("english", english);
    addBool("changed", changed);
    addText("id", id);
    addText("title", title);
    addText("url", url);
    addText("linkedKnowledgeId", linkedKnowledgeId);
    addText("linkedOperation", linkedOperation);
    return query;
}
