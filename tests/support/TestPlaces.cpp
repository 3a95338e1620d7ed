#include "TestPlaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace TestPlaces {

void useThrowAway(const QString &settingsDir)
{
    const QByteArray data = QDir::tempPath().toUtf8() + "/sourcedesk-test-data-"
                            + QByteArray::number(QCoreApplication::applicationPid());
    qputenv("XDG_DATA_HOME", data);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
}

} // namespace TestPlaces
