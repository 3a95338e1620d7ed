#include "FocusRing.h"

#include <QPainter>
#include <QPalette>
#include <QPen>

namespace FocusRing {

void paint(QPainter *painter, const QRect &rect, const QPalette &palette, bool selected)
{
    constexpr int Width = 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), Width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // The pen is centred on the path: inset by half its width to stay inside the row.
    painter->drawRect(QRectF(rect).adjusted(Width / 2.0, Width / 2.0, -Width / 2.0, -Width / 2.0));
    painter->restore();
}

} // namespace FocusRing
