#pragma once

#include <QString>
#include <QStringList>

// The words people read for Fini's wire values. Unknown values are shown as they came.
namespace SourceLabels {

QStringList knownSourceTypes();
QString sourceType(const QString &wireValue);
QString status(const QString &linkedJobStatus);
QString operation(const QString &linkedOperation);
QString language(bool english);

} // namespace SourceLabels
