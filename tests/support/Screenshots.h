#pragma once

#include <QString>

class QWidget;

// Documentation screenshots, taken from the tests' fixture data when SOURCEDESK_SCREENSHOT_DIR
// names where they go (README, Development).
namespace Screenshots {
// Saves `widget` as `fileName` in that folder, showing it first if it is hidden. True when no
// screenshot is wanted or it was written.
bool save(QWidget &widget, const QString &fileName);
} // namespace Screenshots
