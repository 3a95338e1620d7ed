#pragma once

#include <QString>

// How long something has run, as a clock shows it: "0:07", "12:03", "1:02:03".
namespace ElapsedText {
QString format(qint64 milliseconds);
}
