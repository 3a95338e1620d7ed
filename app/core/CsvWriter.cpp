#include "CsvWriter.h"

#include <QAbstractItemModel>

namespace CsvWriter {

QString field(const QString &text)
{
    // A leading = + - @ would run as a formula in a spreadsheet: keep it text.
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
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
