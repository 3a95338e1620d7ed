#include "DataFolder.h"

#include <QDir>
#include <QStandardPaths>

QString DataFolder::path()
{
    QDir appData(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (appData.dirName() != QLatin1String("Sourcedesk"))
        appData.setPath(appData.absoluteFilePath(QStringLiteral("../Sourcedesk")));
    const QString dir = appData.absolutePath();
    QDir().mkpath(dir);
    return dir;
}

QString DataFolder::file(const QString &prefix, const QString &scope, const QString &suffix)
{
    return path() + QLatin1Char('/') + prefix + scope + suffix;
}
