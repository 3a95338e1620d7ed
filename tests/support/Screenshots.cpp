#include "Screenshots.h"

#include <QCoreApplication>
#include <QTest>
#include <QWidget>

bool Screenshots::save(QWidget &widget, const QString &fileName)
{
    const QString dir = qEnvironmentVariable("SOURCEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    if (!widget.isVisible()) {
        widget.show();
        if (!QTest::qWaitForWindowExposed(&widget))
            return false;
    }
    // The layouts a change just asked for (a toolbar button hidden, a pane resized) first.
    QCoreApplication::processEvents();
    return widget.grab().save(dir + QLatin1Char('/') + fileName);
}
