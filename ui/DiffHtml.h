#pragma once

#include "ParagraphDiff.h"

#include <QPalette>

// The paragraph diff as HTML for the details pane. Colours come from the palette, so they
// follow a dark theme; added words are also underlined and removed ones struck out, and every
// changed paragraph says in words what happened to it, so nothing depends on colour alone.
namespace DiffHtml {
QString render(const QList<ParagraphDiff::Entry> &entries, const QPalette &palette);
}
