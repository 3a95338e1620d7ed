#include "CsvWriter.h"

#include "SafeText.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace CsvWriter {

QString field(const QString &text)
{
    // Control characters are shown as escapes (a terminal or an importer could act on them);
    // tabs and line breaks inside a cell are plain text in a spreadsheet.
    QString value = SafeText::escapeControls(text, u"\t\n");
    // A cell whose first visible character is = + - @ runs as a formula in a spreadsheet,
    // even after leading blanks: keep it text.
    const auto visible = std::find_if(value.cbegin(), value.cend(), [](QChar c) {
        return c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n');
    });
    if (visible != value.cend() && QStringLiteral("=+-@").contains(*visible))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}
QString toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QString out;
    QStringList cells;
    for (const int column : columns)
        cells.append(field(model.headerData(column, Qt::Horizontal).toString()));
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        cells.clear();
        for (const int column : columns)
            cells.append(field(model.index(row, column).data().toString()));
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace CsvWriter
