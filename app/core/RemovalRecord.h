#pragma once

#include <QString>

// What the activity history keeps of a removed source: its row is gone from the table, yet a
// person must still see what was removed and be able to add a web page again.
struct RemovalRecord {
    QString title;
    QString url;
    QString type; // the source type ("web", "notion", …)

    // The journal item's detail: compact JSON, so titles and addresses of any shape survive.
    QString toDetail() const;
    static RemovalRecord fromDetail(const QString &detail);
    // Only a web page comes back from its address alone; provider pages come back through
    // their provider's import.
    bool canAddAgain() const;
};
