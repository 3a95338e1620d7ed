#pragma once

#include <QJsonObject>
#include <QStringList>

// Tolerant readers for Fini's JSON: a missing field, a null or a value of another type gives
// the default instead of failing, because the real service may differ from its docs.
namespace JsonRead {

QString string(const QJsonObject &object, QLatin1String key);
bool boolean(const QJsonObject &object, QLatin1String key, bool fallback);
QStringList strings(const QJsonObject &object, QLatin1String key);
qint64 timestamp(const QJsonObject &object, QLatin1String key); // ms since epoch, 0 if absent

} // namespace JsonRead
