#include "WebPageList.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

// Why `entry` cannot be added as a web page, or empty when it can.
QString problemWith(const QUrl &url)
{
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return WebPageList::tr("not a web address: it must start with https:// or http://");
    if (!url.isValid() || url.host().isEmpty())
        return WebPageList::tr("not a complete web address: the name of the site is missing");
    return {};
}

} // namespace

QString WebPageList::comparable(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid())
        return url.trimmed();
    return parsed.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

WebPageList WebPageList::parse(const QString &text, const QSet<QString> &known)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    WebPageList list;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        for (const QString &entry : line.split(separators, Qt::SkipEmptyParts)) {
            const QUrl url(entry, QUrl::StrictMode);
            const QString reason = problemWith(url);
            if (!reason.isEmpty()) {
                list.problems.append({int(number) + 1, entry, reason});
                continue;
            }
            const QString key = comparable(entry);
            if (seen.contains(key)) {
                list.repeated.append(entry);
                continue;
            }
            seen.insert(key);
            (known.contains(key) ? list.existing : list.fresh).append(entry);
        }
    }
    return list;
}
