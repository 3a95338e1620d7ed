#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Theme {

namespace {

// The style and palette the platform gave before any choice: "System" and "Light" on a
// light desktop go back to them.
struct PlatformLook {
    QString styleName;
    bool dark = false;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look{QApplication::style()->name(),
                                   isDark(QGuiApplication::palette())};
    return look;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}

int hue(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return 0;
    case Tone::Warning:
        return 32;
    case Tone::Information:
        return 208;
    case Tone::Success:
        return 125;
    case Tone::Neutral:
        break;
    }
    return 200;
}

int saturation(Tone tone)
{
    return tone == Tone::Neutral ? 30 : 170;
}

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    const auto blend = [amount](int from, int to) { return int(from + (to - from) * amount); };
    return QColor(blend(base.red(), tint.red()), blend(base.green(), tint.green()),
                  blend(base.blue(), tint.blue()));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Qt 6.4 cannot ask the desktop: a dark platform palette is the sign it is dark.
    return platformLook().dark;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor muted(0x9a, 0xa0, 0xa6);
    const QColor highlight(0x3d, 0x7b, 0xd9);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window.lighter(115));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(125));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}

QPalette lightPalette()
{
    // Fusion's light colours, fixed: from Qt 6.5 its own palette follows the desktop's scheme,
    // and "Light" must stay light on a dark desktop.
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x00, 0x00, 0x00);
    const QColor muted(0x7f, 0x7f, 0x7f);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Midlight, window.lighter(110));
    palette.setColor(QPalette::Mid, window.darker(130));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xff, 0x00, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x8a, 0x8a, 0x8a));
    return palette;
}

void apply(Choice choice)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // "Follow the system" follows it also when the desktop switches while Sourcedesk runs.
    static Choice current = Choice::System;
    static const bool following = [] {
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (current == Choice::System)
                apply(Choice::System);
        });
        return true;
    }();
    Q_UNUSED(following);
    current = choice;
#endif
    const PlatformLook &platform = platformLook();
    const bool dark = choice == Choice::Dark || (choice == Choice::System && systemPrefersDark());
    if (dark == platform.dark) {
        // The platform's own look already is what was chosen.
        useStyle(platform.styleName);
        QApplication::setPalette(QPalette());
        return;
    }
    // Fusion draws every control from the palette, so it is the one style that shows the
    // other theme whole.
    useStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

QColor foreground(Tone tone, const QPalette &palette)
{
    return QColor::fromHsl(hue(tone), saturation(tone), isDark(palette) ? 190 : 85);
}

QColor background(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), foreground(tone, palette),
               isDark(palette) ? 0.22 : 0.12);
}

QColor border(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), foreground(tone, palette), 0.45);
}

} // namespace Theme
