#include "RemovalRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

QString RemovalRecord::toDetail() const
{
    const QJsonObject object{{QStringLiteral("title"), title},
                             {QStringLiteral("url"), url},
                             {QStringLiteral("type"), type}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

RemovalRecord RemovalRecord::fromDetail(const QString &detail)
{
    const QJsonObject object = QJsonDocument::fromJson(detail.toUtf8()).object();
    return {object.value(QLatin1String("title")).toString(),
            object.value(QLatin1String("url")).toString(),
            object.value(QLatin1String("type")).toString()};
}

bool RemovalRecord::canAddAgain() const
{
    const QUrl address(url);
    return type == QLatin1String("web") && address.isValid() && !address.host().isEmpty()
           && (address.scheme() == QLatin1String("https")
               || address.scheme() == QLatin1String("http"));
}
