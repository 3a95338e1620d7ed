#include "SafeText.h"

namespace SafeText {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}
} // namespace

QString escapeControls(const QString &text, QStringView keep)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!isControl(code) || keep.contains(c))
            out.append(c);
        else
            out.append((code <= 0xff ? QStringLiteral("\\x") : QStringLiteral("\\u"))
                       + QString::number(code, 16)
                             .rightJustified(code <= 0xff ? 2 : 4, QLatin1Char('0'))
                             .toUpper());
    }
    return out;
}

} // namespace SafeText
