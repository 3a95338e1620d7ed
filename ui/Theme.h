#pragma once

#include <QColor>

class QPalette;
class QString;

// Light and dark: the one place that decides the app's palette and the colours that carry a
// meaning (errors, warnings, what changed), derived from the palette so that both themes
// read well. Widgets take every colour from here or from their palette.
namespace Theme {

enum class Choice { System, Light, Dark };

// Applies `choice` to the whole application; "System" follows the desktop's setting where
// Qt can tell it, and otherwise the palette the platform gives.
void apply(Choice choice);
bool systemPrefersDark();
bool isDark(const QPalette &palette);
QPalette darkPalette();
QPalette lightPalette();

enum class Tone { Error, Warning, Information, Success, Neutral };
// Text or a mark in the tone, readable on the palette's Base and Window.
QColor foreground(Tone tone, const QPalette &palette);
// A background tinted with the tone, under the palette's own text colour.
QColor background(Tone tone, const QPalette &palette);
QColor border(Tone tone, const QPalette &palette);

} // namespace Theme
