#pragma once

#include <QString>

// Settings and app data (activity journals) of a test go to throw-away places, never the
// user's: the settings to `settingsDir`, the app data to a folder of this test process.
namespace TestPlaces {
void useThrowAway(const QString &settingsDir);
}
