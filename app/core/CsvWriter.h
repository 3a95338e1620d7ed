#pragma once

#include <QStringList>

class QAbstractItemModel;

// Writes the rows of a model (as shown: display text of the given columns) as RFC 4180 CSV
// that a spreadsheet opens as text: no formulas, no control characters.
namespace CsvWriter {

QString field(const QString &text);
QString toCsv(const QAbstractItemModel &model, const QList<int> &columns);

} // namespace CsvWriter
