#pragma once

#include <QString>
#include <QStringView>

// Text from a server made safe to print: control characters (C0, DEL, C1) and the invisible
// direction overrides are shown as escapes such as \x1B, so that no title or message can move
// the cursor, retitle or clear a terminal, hide text, or split a line where it was not split.
namespace SafeText {

// `keep` lists the control characters that may stay as they are (e.g. "\n" for messages).
QString escapeControls(const QString &text, QStringView keep = {});

} // namespace SafeText
