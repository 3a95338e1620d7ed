#include "JsonRead.h"

#include <QDateTime>
#include <QJsonArray>

namespace JsonRead {

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool boolean(const QJsonObject &object, QLatin1String key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString() == QLatin1String("true");
    return fallback;
}

QStringList strings(const QJsonObject &object, QLatin1String key)
{
    QStringList result;
    const QJsonArray array = object.value(key).toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

qint64 timestamp(const QJsonObject &object, QLatin1String key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty())
        return 0;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace JsonRead
