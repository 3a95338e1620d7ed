#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

// Web addresses pasted or loaded from a file, sorted before anything is sent: new pages, pages
// the workspace has already (to refresh instead), repeats, and entries that are no web address
// (with the reason, in words). Addresses are separated by lines, spaces or commas; empty lines
// and lines starting with # are skipped.
class WebPageList
{
    Q_DECLARE_TR_FUNCTIONS(WebPageList)

public:
    struct Problem {
        int line = 0;
        QString entry;
        QString reason;
    };

    // `known`: the web pages of the workspace in their comparable form (see comparable()).
    static WebPageList parse(const QString &text, const QSet<QString> &known = {});
    // The form two addresses are compared in: scheme and host in lower case, no trailing slash.
    static QString comparable(const QString &url);

    QStringList fresh;    // to add
    QStringList existing; // already in the workspace: refreshed instead
    QStringList repeated; // given more than once (counted once)
    QList<Problem> problems;

    bool isEmpty() const { return fresh.isEmpty() && existing.isEmpty(); }
};
