#pragma once

class QPainter;
class QPalette;
class QRect;

// The mark of the row that has the keyboard focus in a list, a tree or the table: a ring two
// pixels wide in the palette's highlight colour, or in the highlighted text's colour on a
// selected row, so that it stands out on both. The styles' own dotted frame is too faint to
// find.
namespace FocusRing {
void paint(QPainter *painter, const QRect &rect, const QPalette &palette, bool selected);
}
