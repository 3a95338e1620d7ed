#include "DiffHtml.h"

#include "Theme.h"

#include <QCoreApplication>

namespace DiffHtml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DiffHtml", text);
}

struct Colours {
    QString text;
    QString added;
    QString removed;
    QString edited;
};

// The theme's tones, so the diff reads like the rest of the window in light and dark.
Colours coloursOf(const QPalette &palette)
{
    return {palette.color(QPalette::Text).name(),
            Theme::background(Theme::Tone::Success, palette).name(),
            Theme::background(Theme::Tone::Error, palette).name(),
            Theme::background(Theme::Tone::Warning, palette).name()};
}

QString paragraph(const QString &background, const QString &text, const QString &label,
                  const QString &body)
{
    return QStringLiteral("<p style=\"background-color:%1;color:%2\"><b>%3</b> %4</p>")
        .arg(background, text, label, body);
}

QString words(const QList<ParagraphDiff::Word> &words, const Colours &colours)
{
    QStringList parts;
    for (const ParagraphDiff::Word &word : words) {
        const QString text = word.text.toHtmlEscaped();
        switch (word.kind) {
        case ParagraphDiff::Word::Kind::Kept:
            parts << text;
            break;
        case ParagraphDiff::Word::Kind::Added:
            parts << QStringLiteral("<u style=\"background-color:%1\">%2</u>")
                         .arg(colours.added, text);
            break;
        case ParagraphDiff::Word::Kind::Removed:
            parts << QStringLiteral("<s style=\"background-color:%1\">%2</s>")
                         .arg(colours.removed, text);
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString render(const QList<ParagraphDiff::Entry> &entries, const QPalette &palette)
{
    const Colours colours = coloursOf(palette);
    QString html;
    for (const ParagraphDiff::Entry &entry : entries) {
        switch (entry.kind) {
        case ParagraphDiff::Entry::Kind::Kept:
            html += QStringLiteral("<p>%1</p>").arg(entry.after.toHtmlEscaped());
            break;
        case ParagraphDiff::Entry::Kind::Added:
            html += paragraph(colours.added, colours.text, tr("Added:"),
                              QStringLiteral("<u>%1</u>").arg(entry.after.toHtmlEscaped()));
            break;
        case ParagraphDiff::Entry::Kind::Removed:
            html += paragraph(colours.removed, colours.text, tr("Removed:"),
                              QStringLiteral("<s>%1</s>").arg(entry.before.toHtmlEscaped()));
            break;
        case ParagraphDiff::Entry::Kind::Edited:
            html +=
                paragraph(colours.edited, colours.text, tr("Edited:"), words(entry.words, colours));
            break;
        }
    }
    return html;
}

} // namespace DiffHtml
