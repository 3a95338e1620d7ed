#include "FiniClient.h"
#include "FiniSandbox.h"
#include "HttpProbe.h"
#include "OrderWalk.h"
#include "SearchText.h"
#include "ServerTruth.h"
#include "SourceFilterProxy.h"
#include "SourceTableModel.h"
#include "SubstringSearch.h"
#include "TestMain.h"
#include "WorkspaceLoader.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <thread>

class SourceModelTest : public QObject
{
    Q_OBJECT

private:
    static SourceRow row(const QString &id, qint64 updatedAt,
                         const QString &type = QStringLiteral("web"))
    {
        SourceRow r;
        r.id = id;
        r.title = QStringLiteral("Title ") + id;
        r.source = type;
        r.status = QStringLiteral("COMPLETED");
        r.url = QStringLiteral("https://help.acme.test/") + id;
        r.updatedAt = updatedAt;
        return r;
    }

    static QList<SourceRow> rows(int count)
    {
        QList<SourceRow> list;
        for (int i = 0; i < count; ++i)
            list.append(row(QStringLiteral("id%1").arg(i, 3, 10, QLatin1Char('0')), 1000 + i));
        return list;
    }

    static QStringList proxyIds(const QAbstractItemModel &proxy)
    {
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(proxy.index(r, 0).data(SourceTableModel::IdRole).toString());
        return ids;
    }

private Q_SLOTS:
    void newRowsArriveInOneInsertBlock()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert(rows(250));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("id042")), 42);
        QCOMPARE(model.index(42, SourceTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Title id042"));
        QCOMPARE(model.index(42, SourceTableModel::UpdatedColumn)
                     .data(SourceTableModel::SortRole)
                     .toLongLong(),
                 1042);
    }

    void duplicatesMergeAndNewerDataWins()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SourceRow older = row(QStringLiteral("a"), 100);
        SourceRow newer = row(QStringLiteral("a"), 200);
        newer.status = QStringLiteral("PENDING");
        model.upsert({newer, older});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.row(0).status, QStringLiteral("PENDING"));
        model.upsert({older});
        QCOMPARE(model.row(0).status, QStringLiteral("PENDING"));
    }

    void outcomesChangeOnlyTheLastActionColumn()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<SourceRow> all = rows(10);
        model.upsert(all);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOutcomes({{all.at(2).id, {SourceOutcome::State::Queued, {}, {}}},
                           {all.at(3).id, {SourceOutcome::State::Queued, {}, {}}}});
        // A proxy sorted on another column has nothing to re-sort.
        QCOMPARE(changed.size(), 1);
        const QModelIndex first = changed.first().at(0).toModelIndex();
        const QModelIndex last = changed.first().at(1).toModelIndex();
        QCOMPARE(first.row(), 2);
        QCOMPARE(last.row(), 3);
        QCOMPARE(first.column(), int(SourceTableModel::ActionColumn));
        QCOMPARE(last.column(), int(SourceTableModel::ActionColumn));
        QCOMPARE(model.index(2, SourceTableModel::ActionColumn).data().toString(),
                 SourceOutcome::label(SourceOutcome::State::Queued));
    }

    void updatesAreInPlaceAndCoalesced()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SourceRow> all = rows(100);
        model.upsert(all);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<SourceRow> updates;
        for (const int i : {3, 4, 5, 40, 41, 90}) {
            SourceRow r = all.at(i);
            r.changed = true;
            r.updatedAt += 10;
            updates.append(r);
        }
        model.upsert(updates);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 3); // rows 3-5, 40-41, 90
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QVERIFY(model.row(90).changed);
        QCOMPARE(model.sortKey(90).updatedAt, model.row(90).updatedAt);

        changed.clear();
        for (SourceRow &r : all)
            r.updatedAt += 100;
        model.upsert(all);
        QCOMPARE(changed.size(), 1); // most rows changed: one signal for the table
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 99);

        changed.clear();
        model.upsert(all); // identical data: nothing to repaint
        QCOMPARE(changed.size(), 0);
    }

    void rowsNotSeenInTheLastGenerationGo()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<SourceRow> all = rows(10);
        model.upsert(all);
        QCOMPARE(model.seenInGeneration(), 10);
        model.beginGeneration();
        QCOMPARE(model.seenInGeneration(), 0);
        // Seen again, changed or not, and a copy older than the row's counts as seen too.
        SourceRow older = all.at(9);
        older.updatedAt -= 5;
        model.upsert({all.at(1), all.at(5), all.at(5), older});
        QCOMPARE(model.seenInGeneration(), 3);
        model.removeUnseen();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("id005")), 1);
        QCOMPARE(model.sortKey(1).updatedAt, model.row(1).updatedAt);
        QCOMPARE(model.rowOf(QStringLiteral("id002")), -1);
        QCOMPARE(model.row(2).updatedAt, all.at(9).updatedAt);
        QCOMPARE(model.counts().all, 3);
    }

    void removeUnseenKeepsTypesTheWalkDidNotCover()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({row(QStringLiteral("w1"), 1), row(QStringLiteral("w2"), 2),
                      row(QStringLiteral("x1"), 3, QStringLiteral("intercom")),
                      row(QStringLiteral("n1"), 4, QStringLiteral("notion"))});
        model.beginGeneration();
        model.upsert({row(QStringLiteral("w1"), 1)});
        // Only the walk of web pages and Notion finished: a type nobody walked keeps its rows.
        model.removeUnseen(QSet<QString>{QStringLiteral("web"), QStringLiteral("notion")});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(QStringLiteral("w1")) >= 0);
        QVERIFY(model.rowOf(QStringLiteral("x1")) >= 0);
        QCOMPARE(model.rowOf(QStringLiteral("w2")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("n1")), -1);
    }

    // A source that moved to another type is seen under its new one: it stays, counted there.
    void aSourceThatMovedTypesIsSeenUnderItsNewType()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert({row(QStringLiteral("a"), 1), row(QStringLiteral("b"), 1)});
        model.beginGeneration();
        model.upsert(
            {row(QStringLiteral("a"), 2, QStringLiteral("notion")), row(QStringLiteral("b"), 1)});
        model.removeUnseen(QSet<QString>{QStringLiteral("web")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.counts().perType.value(QStringLiteral("notion")), 1);
        QCOMPARE(model.counts().perType.value(QStringLiteral("web")), 1);
    }

    void countsPerView()
    {
        SourceTableModel model;
        SourceRow changed = row(QStringLiteral("a"), 1);
        changed.changed = true;
        SourceRow running = row(QStringLiteral("b"), 1, QStringLiteral("notion"));
        running.status = QStringLiteral("IN_PROGRESS");
        SourceRow failed = row(QStringLiteral("c"), 1);
        failed.status = QStringLiteral("FAILED");
        failed.success = false;
        model.upsert({changed, running, failed});
        const SourceTableModel::Counts counts = model.counts();
        QCOMPARE(counts.all, 3);
        QCOMPARE(counts.changed, 1);
        QCOMPARE(counts.running, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.perType.value(QStringLiteral("web")), 2);
    }

    void proxyFiltersCombine()
    {
        SourceTableModel model;
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SourceRow a = row(QStringLiteral("aaa"), 3);
        a.title = QStringLiteral("Returns Policy");
        a.changed = true;
        a.linkedOperation = QStringLiteral("UPDATE_ARTICLE");
        SourceRow b = row(QStringLiteral("bbb"), 2, QStringLiteral("zendesk"));
        b.title = QStringLiteral("Shipping");
        b.url = QStringLiteral("https://acme.zendesk.com/returns");
        b.english = false;
        SourceRow c = row(QStringLiteral("ccc"), 1);
        c.title = QStringLiteral("Password reset");
        c.status = QStringLiteral("PENDING");
        model.upsert({a, b, c});

        proxy.setSearchText(QStringLiteral("RETURNS"));
        QCOMPARE(proxy.rowCount(), 2); // title of a, URL of b
        proxy.setSourceType(QStringLiteral("zendesk"));
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("bbb")});
        proxy.setSourceType({});
        proxy.setChangedOnly(true);
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("aaa")});
        proxy.clearFilters();
        proxy.setSearchText(QStringLiteral("ccc")); // IDs are searched too
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("ccc")});
        proxy.clearFilters();
        proxy.setRunningOnly(true);
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("ccc")});
        proxy.clearFilters();
        proxy.setEnglish(false);
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("bbb")});
        proxy.setEnglish(std::nullopt);
        proxy.setOperation(QString()); // not linked
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOperation(QStringLiteral("UPDATE_ARTICLE"));
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("aaa")});
    }

    // The search finds a word wherever it sits in the title, URL or ID, like QString::contains:
    // at the start and the end, after a false start, with repeated letters, and not past the end.
    void searchFindsWordsAnywhere_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("found");
        QTest::newRow("start") << QStringLiteral("Refund policy") << QStringLiteral("refund")
                               << true;
        QTest::newRow("end") << QStringLiteral("Our refund") << QStringLiteral("refund") << true;
        QTest::newRow("false start")
            << QStringLiteral("reref refund") << QStringLiteral("refund") << true;
        QTest::newRow("repeated") << QStringLiteral("aaab") << QStringLiteral("aab") << true;
        QTest::newRow("one letter") << QStringLiteral("xyz") << QStringLiteral("Z") << true;
        QTest::newRow("cut at the end")
            << QStringLiteral("the refun") << QStringLiteral("refund") << false;
        QTest::newRow("absent") << QStringLiteral("Shipping") << QStringLiteral("refund") << false;
        QTest::newRow("other case") << QStringLiteral("REFUND") << QStringLiteral("Refund") << true;
    }

    void searchFindsWordsAnywhere()
    {
        QFETCH(QString, title);
        QFETCH(QString, search);
        QFETCH(bool, found);
        SourceTableModel model;
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        SourceRow r = row(QStringLiteral("id1"), 1);
        r.title = title;
        r.url.clear();
        model.upsert({r});
        proxy.setSearchText(search);
        QCOMPARE(proxy.rowCount(), found ? 1 : 0);
    }

    // The eight-at-a-time search and the one-at-a-time search give QString's answer for every
    // placement: texts of a small alphabet put partial matches everywhere, across block edges
    // and in the last few positions.
    void substringSearchAgreesWithQString()
    {
        QRandomGenerator random(20261129);
        const auto text = [&random](int length) {
            QString made;
            for (int i = 0; i < length; ++i)
                made.append(QChar(u'a' + char16_t(random.bounded(3))));
            return made;
        };
        int found = 0;
        for (int round = 0; round < 20000; ++round) {
            const QString haystack = text(random.bounded(48));
            const QString needle = text(1 + random.bounded(6));
            const bool expected = haystack.contains(needle);
            found += expected ? 1 : 0;
            QVERIFY2(containsSubstring(haystack, needle) == expected,
                     qPrintable(haystack + QLatin1Char('/') + needle));
            QVERIFY2(containsSubstringScalar(haystack, needle) == expected,
                     qPrintable(haystack + QLatin1Char('/') + needle));
        }
        // Both answers are common, so neither "always" nor "never" passes.
        QVERIFY(found > 2000);
        QVERIFY(found < 18000);
    }

    // A search key is title, URL and ID joined and case-folded as QString folds them, for
    // ASCII and for the rest (German, Turkish, Greek, the Kelvin sign, a surrogate pair).
    void searchKeyFoldsLikeQString()
    {
        QRandomGenerator random(20261129);
        const QStringList pieces{QStringLiteral("Refund"),
                                 QStringLiteral("ORDER-42"),
                                 QStringLiteral("https://Help.Example.com/"),
                                 QStringLiteral("\u00c4rger"),
                                 QStringLiteral("Stra\u00dfe"),
                                 QStringLiteral("\u0130stanbul"),
                                 QStringLiteral("\u03a3\u039f\u03a3"),
                                 QStringLiteral("\u212a"),
                                 QStringLiteral("\U00010400x"),
                                 QStringLiteral("z")};
        const auto text = [&] {
            QString made;
            for (int i = random.bounded(5); i > 0; --i)
                made += pieces.at(random.bounded(int(pieces.size())));
            return made;
        };
        int folded = 0;
        for (int round = 0; round < 2000; ++round) {
            SourceRow r;
            r.title = text();
            r.url = text();
            r.id = text();
            const QString joined = r.title + QLatin1Char('\n') + r.url + QLatin1Char('\n') + r.id;
            const QString expected = joined.toCaseFolded();
            QCOMPARE(SourceRow::makeSearchKey(r), expected);
            folded += expected != joined;
        }
        QVERIFY(folded > 1000); // most keys had something to fold
    }

    // The store of search keys follows appends, edits (shorter and longer than before, which
    // leave unused space and compact it) and removals, checked against a plain list.
    void searchTextKeepsEachRowsKey()
    {
        QRandomGenerator random(20261129);
        SearchText text;
        QStringList expected;
        // Now and then a key longer than a block of the store (262,144 characters).
        const auto key = [&random] {
            const int length =
                random.bounded(200) == 0 ? 200000 + random.bounded(100000) : 1 + random.bounded(40);
            return QString(length, QChar(u'a' + char16_t(random.bounded(26))));
        };
        for (int step = 0; step < 3000; ++step) {
            const int choice = random.bounded(10);
            if (choice < 5 || expected.isEmpty()) {
                expected.append(key());
                text.append(expected.last());
            } else if (choice < 8) {
                const int row = random.bounded(int(expected.size()));
                expected[row] = key();
                text.replace(row, expected.at(row));
            } else {
                const int first = random.bounded(int(expected.size()));
                const int count =
                    1 + random.bounded(int(qMin<qsizetype>(5, expected.size() - first)));
                expected.remove(first, count);
                text.remove(first, count);
            }
            QCOMPARE(text.size(), expected.size());
            for (qsizetype row = 0; row < expected.size(); ++row)
                QCOMPARE(text.at(row).toString(), expected.at(row));
        }
        text.clear();
        QCOMPARE(text.size(), 0);
    }

    // The table's search key of every row is the row's own, whatever changed (title, URL or
    // only the status) or went.
    void eachRowsSearchKeyFollowsItsRow()
    {
        SourceTableModel model;
        model.upsert(rows(50));
        SourceRow renamed = row(QStringLiteral("id007"), 5000);
        renamed.title = QStringLiteral("A much longer title than the one before, about refunds");
        SourceRow shortened = row(QStringLiteral("id011"), 5000);
        shortened.title = QStringLiteral("Short");
        shortened.url.clear();
        SourceRow restatused = row(QStringLiteral("id020"), 5000);
        restatused.status = QStringLiteral("IN_PROGRESS");
        model.upsert({renamed, shortened, restatused, row(QStringLiteral("new"), 5000)});
        model.remove({QStringLiteral("id002"), QStringLiteral("id003"), QStringLiteral("id040")});
        QCOMPARE(model.rowCount(), 48);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.searchKey(r).toString(), SourceRow::makeSearchKey(model.row(r)));
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(QStringLiteral("REFUNDS"));
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("id007")});
    }

    // After additions and removals in any order, every row is found by its ID at its place,
    // a removed ID at none, and the counts are those of the rows left.
    void everyRowIsFoundByItsIdAfterRemovals()
    {
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator random(11);
        QSet<QString> removed;
        int next = 0;
        for (int round = 0; round < 60; ++round) {
            QList<SourceRow> added;
            for (int i = int(random.bounded(1, 80)); i > 0; --i, ++next)
                added.append(row(QStringLiteral("s%1").arg(next), round,
                                 next % 3 ? QStringLiteral("web") : QStringLiteral("notion")));
            model.upsert(added);
            QSet<QString> gone;
            for (int i = int(random.bounded(0, 30)); i > 0 && model.rowCount() > 0; --i)
                gone.insert(model.row(int(random.bounded(model.rowCount()))).id);
            model.remove(gone);
            removed.unite(gone);
        }
        QVERIFY(model.rowCount() > 500);
        QVERIFY(removed.size() > 300);
        SourceTableModel::Counts expected;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowOf(model.row(r).id), r);
            expected.add(model.row(r), 1);
        }
        for (const QString &id : std::as_const(removed))
            QCOMPARE(model.rowOf(id), -1);
        QCOMPARE(model.counts().all, expected.all);
        QCOMPARE(model.counts().perType, expected.perType);
    }

    // A saved table prepared on another thread fills the table as upserting its rows would;
    // rows with a repeated ID are upserted, the newer copy kept.
    void preparedContentsFillLikeAnUpsert()
    {
        QList<SourceRow> saved = rows(300);
        saved[10].status = QStringLiteral("IN_PROGRESS");
        saved[20].changed = true;
        SourceTableModel upserted;
        upserted.upsert(saved);
        SourceTableModel::Contents contents;
        std::thread preparing([&] { contents = SourceTableModel::prepare(saved); });
        preparing.join();
        SourceTableModel filled;
        QAbstractItemModelTester tester(&filled,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&filled, &QAbstractItemModel::rowsInserted);
        filled.fill(std::move(contents));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(filled.rowCount(), 300);
        for (int r = 0; r < 300; ++r) {
            QCOMPARE(filled.row(r), upserted.row(r));
            QCOMPARE(filled.rowOf(filled.row(r).id), r);
            QCOMPARE(filled.searchKey(r), upserted.searchKey(r));
            QCOMPARE(filled.sortKey(r).updatedAt, upserted.sortKey(r).updatedAt);
            QCOMPARE(filled.sortKey(r).idPrefix, upserted.sortKey(r).idPrefix);
        }
        QCOMPARE(filled.counts().all, upserted.counts().all);
        QCOMPARE(filled.counts().running, upserted.counts().running);
        QCOMPARE(filled.counts().changed, upserted.counts().changed);
        QCOMPARE(filled.counts().perType, upserted.counts().perType);

        QList<SourceRow> repeated = rows(5);
        repeated.append(row(QStringLiteral("id002"), 9000));
        SourceTableModel::Contents withRepeat = SourceTableModel::prepare(repeated);
        QVERIFY(!withRepeat.index);
        SourceTableModel table;
        table.fill(std::move(withRepeat));
        QCOMPARE(table.rowCount(), 5);
        QCOMPARE(table.row(table.rowOf(QStringLiteral("id002"))).updatedAt, 9000);
    }

    // Typing on searches only the rows that matched the shorter text, but a row edited, added
    // or removed between keystrokes is judged by what it says now.
    void typingOnFindsRowsThatChangedBetweenKeystrokes()
    {
        SourceTableModel model;
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto titled = [](const QString &id, const QString &title, qint64 updatedAt) {
            SourceRow r = row(id, updatedAt);
            r.title = title;
            r.url.clear();
            return r;
        };
        model.upsert({titled(QStringLiteral("a"), QStringLiteral("Refund rules"), 1),
                      titled(QStringLiteral("b"), QStringLiteral("Shipping"), 2),
                      titled(QStringLiteral("c"), QStringLiteral("Returns"), 3)});
        proxy.sort(SourceTableModel::UpdatedColumn, Qt::AscendingOrder);
        proxy.setSearchText(QStringLiteral("re"));
        QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));

        // "Shipping" becomes a refund page.
        model.upsert({titled(QStringLiteral("b"), QStringLiteral("Refund of shipping"), 4)});
        proxy.setSearchText(QStringLiteral("ref"));
        QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        // A new refund page arrives and "Returns" goes.
        model.beginGeneration();
        model.upsert({titled(QStringLiteral("a"), QStringLiteral("Refund rules"), 1),
                      titled(QStringLiteral("b"), QStringLiteral("Refund of shipping"), 4),
                      titled(QStringLiteral("d"), QStringLiteral("Refunds abroad"), 5)});
        model.removeUnseen();
        proxy.setSearchText(QStringLiteral("refu"));
        QCOMPARE(proxyIds(proxy),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}));
        proxy.setSearchText(QStringLiteral("refunds"));
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("d")});

        // Deleting letters widens again; clearing shows every row.
        proxy.setSearchText(QStringLiteral("refund"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("ship"));
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("b")});
    }

    void proxySortsOnRawValuesWithAStableTieBreak()
    {
        SourceTableModel model;
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Display text of dates does not sort; the raw time does.
        model.upsert({row(QStringLiteral("b"), 5), row(QStringLiteral("a"), 5),
                      row(QStringLiteral("c"), 100), row(QStringLiteral("d"), 20)});
        proxy.sort(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("c"), QStringLiteral("d"),
                                               QStringLiteral("b"), QStringLiteral("a")}));
        proxy.sort(SourceTableModel::UpdatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                               QStringLiteral("d"), QStringLiteral("c")}));
    }

    void aBurstOfUpdatesIsSortedAndFilteredOnceItEnds()
    {
        SourceTableModel model;
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SourceRow> all;
        for (int i = 0; i < 50; ++i)
            all.append(row(QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0')), 100 + i));
        model.upsert(all);
        proxy.sort(SourceTableModel::UpdatedColumn, Qt::DescendingOrder);
        proxy.setRunningOnly(false);
        QCOMPARE(proxyIds(proxy).first(), QStringLiteral("s49"));
        // A refresh moves rows page by page: the oldest becomes the newest, another starts.
        for (const int i : {0, 10, 20}) {
            SourceRow updated = all.at(i);
            updated.updatedAt = 1000 + i;
            updated.status = i == 20 ? QStringLiteral("PENDING") : QString();
            model.upsert({updated});
        }
        QTRY_COMPARE(
            proxyIds(proxy).mid(0, 3),
            (QStringList{QStringLiteral("s20"), QStringLiteral("s10"), QStringLiteral("s00")}));
        // Filters follow the updates too.
        proxy.setRunningOnly(true);
        QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("s20")});
        SourceRow done = all.at(20);
        done.updatedAt = 2000;
        model.upsert({done});
        QTRY_COMPARE(proxy.rowCount(), 0);
    }

    void loaderLoadsTheWholeWorkspaceByType()
    {
        SandboxOptions options;
        options.sources = 1234;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::readKey();
        FiniClient client(config);
        SourceTableModel model;
        SourceFilterProxy proxy;
        proxy.setSourceTableModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkspaceLoader loader(&client, &model);
        QSignalSpy first(&loader, &WorkspaceLoader::firstPageShown);
        QSignalSpy finished(&loader, &WorkspaceLoader::finished);
        loader.start();
        QVERIFY(first.wait(5000));
        // The first page of whichever walk answers first: one page, shown before the rest. A
        // typed walk may answer before the walk of the whole order, and its page holds fewer
        // rows when the type is small (98 Google Drive, 86 uploaded files here).
        QVERIFY2(model.rowCount() > 0 && model.rowCount() <= 100,
                 qPrintable(QString::number(model.rowCount())));
        QVERIFY(finished.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(model.rowCount(), 1234);
        QCOMPARE(proxy.rowCount(), 1234);
        // The whole order in ceil(1234 / 100) pages, per known type ceil(n / 100) pages, and
        // one page of the top to catch sources that moved during the load.
        QCOMPARE(loader.requestCount(), 13 + 5 + 3 + 2 + 2 + 1 + 1 + 1);
    }

    void theWholeOrderIsReadWithSeveralCursors_data()
    {
        QTest::addColumn<SandboxVariations>("variations");
        QTest::addColumn<bool>("deleteStarts");
        QTest::newRow("nothing deleted") << SandboxVariations{} << false;
        for (const auto answer :
             {SandboxVariations::UnknownCursor::Refuse, SandboxVariations::UnknownCursor::Empty,
              SandboxVariations::UnknownCursor::Top}) {
            SandboxVariations variations;
            variations.unknownCursor = answer;
            QTest::newRow(qPrintable(QStringLiteral("starts deleted, unknown cursor: ")
                                     + SandboxVariations::unknownCursorName(answer)))
                << variations << true;
        }
        QTest::newRow("starts deleted, every variation") << SandboxVariations::all() << true;
    }

    // Cursors open further down the order where the typed walks found sources. A server may
    // answer a cursor at a deleted source as it likes; the cursor above then reads on, and no
    // source goes missing.
    void theWholeOrderIsReadWithSeveralCursors()
    {
        QFETCH(SandboxVariations, variations);
        QFETCH(bool, deleteStarts);
        SandboxOptions options;
        options.sources = 6000;
        options.seed = 9;
        options.latencyMs = 1;
        options.variations = variations;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        FiniClient client(config);
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkspaceLoader loader(&client, &model);
        QSignalSpy finished(&loader, &WorkspaceLoader::finished);
        QStringList deleted;
        connect(loader.orderWalk(), &OrderWalk::cursorOpening, this, [&](const QString &id) {
            if (!deleteStarts)
                return;
            // Gone before the cursor's first request leaves.
            HttpProbe(sandbox.url())
                .send("DELETE", QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
                      QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), QJsonArray{id}}})
                          .toJson());
            deleted.append(id);
        });
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(loader.orderWalk()->cursorCount() > 2,
                 qPrintable(QString::number(loader.orderWalk()->cursorCount())));
        QCOMPARE(deleted.isEmpty(), !deleteStarts);

        const QHash<QString, Source> truth = ServerTruth::walk(client);
        QCOMPARE(truth.size(), 6000 - deleted.size());
        for (auto it = truth.cbegin(); it != truth.cend(); ++it)
            QVERIFY2(model.rowOf(it.key()) >= 0, qPrintable(it.key()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.row(row).id;
            QVERIFY2(truth.contains(id) || deleted.contains(id), qPrintable(id));
        }
    }

    void reloadKeepsRowsAndDropsDeletedOnes()
    {
        SandboxOptions options;
        options.sources = 300;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        FiniClient client(config);
        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkspaceLoader loader(&client, &model);
        QSignalSpy finished(&loader, &WorkspaceLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const QString gone = model.row(7).id;
        HttpProbe(sandbox.url())
            .send("DELETE", QStringLiteral("/v2/documents/public"), FiniSandbox::writeKey(),
                  QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), QJsonArray{gone}}})
                      .toJson());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(model.rowCount(), 299);
        QCOMPARE(model.rowOf(gone), -1);
        QCOMPARE(reset.size(), 0);
    }

    // Sources Fini works on during a load rise past every walk's cursor; none may go missing.
    void sourcesThatMoveDuringTheLoadAreNotLost()
    {
        SandboxOptions options;
        options.sources = 3000;
        options.seed = 4;
        options.latencyMs = 5;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::writeKey();
        FiniClient client(config);
        QList<Source> oldest = ServerTruth::walk(client).values();
        std::sort(oldest.begin(), oldest.end(),
                  [](const Source &a, const Source &b) { return a.updatedAt < b.updatedAt; });
        QJsonArray moving;
        for (const Source &source : std::as_const(oldest)) {
            if (moving.size() < 100 && source.source != QLatin1String("files"))
                moving.append(source.id);
        }

        SourceTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkspaceLoader loader(&client, &model);
        QSignalSpy finished(&loader, &WorkspaceLoader::finished);
        connect(&loader, &WorkspaceLoader::firstPageShown, this, [&] {
            // The oldest sources jump to the top while the walks are still far from them.
            HttpProbe(sandbox.url())
                .post(QStringLiteral("/v2/documents/public/refresh"), FiniSandbox::writeKey(),
                      QJsonDocument(QJsonObject{{QStringLiteral("documentIds"), moving}}));
        });
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(model.rowCount(), 3000);
        for (const QJsonValue &id : std::as_const(moving))
            QVERIFY(model.rowOf(id.toString()) >= 0);
    }

    void loaderReportsAFailure()
    {
        SandboxOptions options;
        options.sources = 50;
        options.failRate = 1.0;
        FiniSandbox sandbox(options);
        QVERIFY(sandbox.start());
        FiniClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = FiniSandbox::readKey();
        config.retry.baseDelayMs = 1;
        config.retry.maxDelayMs = 2;
        FiniClient client(config);
        SourceTableModel model;
        WorkspaceLoader loader(&client, &model);
        QSignalSpy failed(&loader, &WorkspaceLoader::failed);
        QSignalSpy finished(&loader, &WorkspaceLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::ServerError);
        QVERIFY(!loader.isLoading());
    }
};

SOURCEDESK_TEST_MAIN(QCoreApplication, SourceModelTest)
#include "tst_source_model.moc"
