#include "ResourceTreeModel.h"
#include "TestMain.h"
#include "WebPageList.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

// The provider tree of the import dialog: a valid model in every state, check boxes on the
// importable items, containers that show all, some or none of theirs checked.
class ResourceTreeModelTest : public QObject
{
    Q_OBJECT

private:
    static ProviderResource item(const QString &id, const QString &kind,
                                 const QList<ProviderResource> &children = {})
    {
        ProviderResource resource;
        resource.externalId = id;
        resource.title = QStringLiteral("Title ") + id;
        resource.url = QStringLiteral("https://acme.zendesk.com/") + id;
        resource.kind = kind;
        resource.container = kind == QLatin1String("category") || kind == QLatin1String("section");
        resource.children = children;
        return resource;
    }

    // Two categories: the first with two sections of two articles, the second empty.
    static QList<ProviderResource> helpCentre()
    {
        const auto article = [](const char *id) {
            return item(QString::fromLatin1(id), QStringLiteral("article"));
        };
        return {item(QStringLiteral("c1"), QStringLiteral("category"),
                     {item(QStringLiteral("s1"), QStringLiteral("section"),
                           {article("a1"), article("a2")}),
                      item(QStringLiteral("s2"), QStringLiteral("section"),
                           {article("a3"), article("a4")})}),
                item(QStringLiteral("c2"), QStringLiteral("category"))};
    }

    static QStringList ids(const QList<ProviderResource> &items)
    {
        QStringList result;
        for (const ProviderResource &resource : items)
            result << resource.externalId;
        return result;
    }

private Q_SLOTS:
    void aContainerShowsWhatIsCheckedUnderIt()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResources(helpCentre(), {});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex c1 = model.index(0, 0);
        const QModelIndex s1 = model.index(0, 0, c1);
        const QModelIndex a1 = model.index(0, 0, s1);
        QCOMPARE(model.rowCount(c1), 2);
        QCOMPARE(model.rowCount(s1), 2);
        QCOMPARE(model.rowCount(a1), 0);
        QCOMPARE(model.importableCount(), 4);

        QSignalSpy changed(&model, &ResourceTreeModel::checkedChanged);
        QVERIFY(model.setData(a1, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(a1.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(s1.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(c1.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);

        // A partly checked container checks everything under it.
        QVERIFY(model.setData(c1, Qt::PartiallyChecked, Qt::CheckStateRole));
        QCOMPARE(c1.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model.checkedCount(), 4);
        QCOMPARE(ids(model.checked()), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                                    QStringLiteral("a3"), QStringLiteral("a4")}));

        QVERIFY(model.setData(model.index(1, 0, c1), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 2);
        QCOMPARE(c1.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        model.setAllChecked({}, false);
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(c1.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }

    void anEmptyContainerHasNoCheckBox()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResources(helpCentre(), {});
        const QModelIndex c2 = model.index(1, 0);
        QVERIFY(!(model.flags(c2) & Qt::ItemIsUserCheckable));
        QVERIFY(!c2.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(c2, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        // Only the title column has a box.
        QVERIFY(!(model.flags(model.index(0, ResourceTreeModel::StateColumn))
                  & Qt::ItemIsUserCheckable));
    }

    void itemsOfTheWorkspaceAreMarked()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResources(
            helpCentre(), {WebPageList::comparable(QStringLiteral("https://acme.zendesk.com/a3"))});
        QCOMPARE(model.knownCount(), 1);
        const QModelIndex s2 = model.index(1, 0, model.index(0, 0));
        const QModelIndex a3 = model.index(0, ResourceTreeModel::StateColumn, s2);
        QCOMPARE(a3.data().toString(), QStringLiteral("Already a source: refreshed"));
        QVERIFY(a3.siblingAtColumn(0).data(ResourceTreeModel::KnownRole).toBool());
        QCOMPARE(model.index(0, ResourceTreeModel::StateColumn).data().toString(),
                 QStringLiteral("4 to import"));
        model.setAllChecked(s2, true);
        QCOMPARE(model.checkedKnownCount(), 1);
        QCOMPARE(model.checkedCount(), 2);
    }

    void newResourcesResetTheModel()
    {
        ResourceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResources(helpCentre(), {});
        model.setAllChecked({}, true);
        model.setResources({item(QStringLiteral("p1"), QStringLiteral("page"))}, {});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.checkedCount(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.importableCount(), 0);
    }
};

SOURCEDESK_TEST_MAIN(QApplication, ResourceTreeModelTest)
#include "tst_resource_tree_model.moc"
