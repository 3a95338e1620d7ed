#include "AboutDialog.h"
#include "FilterSidebar.h"
#include "FiniClient.h"
#include "FiniSandbox.h"
#include "GenerateDialog.h"
#include "GuidedFlowDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "QuickSandbox.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "ShortcutsDialog.h"
#include "ShownWorkspace.h"
#include "SourceCommands.h"
#include "SourceTableView.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Theme.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "WorkspaceDialog.h"
#include "WorkspaceSession.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

// The window and the dialogs for someone who uses the keyboard or a screen reader (issue 12,
// item 10): Tab visits every part and comes back without getting stuck in the table or a text
// field, every control has a name to be announced by, the focused row is clearly marked, and
// headings and explanations are as dark as the text around them.
//
// The naming rule: every visible control that a user works (buttons, fields, lists, tables,
// tabs, sliders, spin boxes) has an accessible name, except a button whose visible text says
// what it does, as screen readers read that text. Parts of another control that never take
// the focus (a view's scroll bars and headers, the buttons inside a line edit) are announced
// with that control.
class WindowAccessTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    ScriptedPrompter m_prompter;
    ShownWorkspace m_shown{&m_prompter};

    void open()
    {
        ShownWorkspace::Options options;
        options.size = QSize(1400, 860);
        QVERIFY(m_shown.open(m_sandbox->url(), FiniSandbox::writeKey(), QStringLiteral("access"),
                             options));
        QVERIFY(QTest::qWaitForWindowActive(m_shown.window()));
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_shown.child<T>(name);
    }

    SourceTableView *table() { return child<SourceTableView>("sourceTable"); }

    static QString describe(const QWidget *widget)
    {
        return widget->objectName().isEmpty() ? QLatin1String(widget->metaObject()->className())
                                              : widget->objectName();
    }

    // Presses `key` from `start` on until the focus is back on it (or `limit` presses), and
    // says where the focus went.
    static QStringList walk(QWidget *start, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                            int limit = 40)
    {
        // Not qWaitForWindowActive: a dialog counts as active there while its parent is.
        QWidget *window = start->window();
        window->activateWindow();
        if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }))
            return {QStringLiteral("(the window is not active)")};
        start->setFocus(Qt::TabFocusReason);
        QStringList visited{describe(start)};
        for (int press = 0; press < limit; ++press) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return visited << QStringLiteral("(nothing)");
            QTest::keyClick(focus, Qt::Key_Tab, modifiers);
            QWidget *next = QApplication::focusWidget();
            if (next == start)
                return visited << describe(start);
            visited << (next ? describe(next) : QStringLiteral("(nothing)"));
        }
        return visited;
    }

    // The walk went round (it ended where it started) and visited `expected` in that order,
    // each once.
    static void verifyRound(const QStringList &visited, const QStringList &expected)
    {
        const QString seen = visited.join(QStringLiteral(" → "));
        QVERIFY2(visited.size() > 1 && visited.constFirst() == visited.constLast(),
                 qPrintable(QStringLiteral("Tab does not come back: ") + seen));
        qsizetype from = 0;
        for (const QString &name : expected) {
            QVERIFY2(visited.count(name) == (name == visited.constFirst() ? 2 : 1),
                     qPrintable(name + QStringLiteral(" is not visited once: ") + seen));
            const qsizetype at = visited.indexOf(name, from);
            QVERIFY2(at >= from, qPrintable(name + QStringLiteral(" is out of order: ") + seen));
            from = at;
        }
    }

    // Opens `window` as the app does, and goes round it with Tab from the first of `order`
    // and back with Shift+Tab.
    static void verifyRoundsOf(QWidget *window, const QStringList &order)
    {
        if (auto *dialog = qobject_cast<QDialog *>(window))
            dialog->open();
        else
            window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QWidget *start = window->findChild<QWidget *>(order.constFirst());
        QVERIFY(start);
        verifyRound(walk(start), order);
        if (QTest::currentTestFailed())
            return;
        QStringList backwards{order.constFirst()};
        for (qsizetype at = order.size() - 1; at > 0; --at)
            backwards << order.at(at);
        verifyRound(walk(start, Qt::ShiftModifier), backwards);
        window->close();
    }

    static QStringList unnamedControls(const QWidget *root)
    {
        QStringList unnamed;
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const auto *button = qobject_cast<const QAbstractButton *>(widget);
            const bool control = button || qobject_cast<const QLineEdit *>(widget)
                                 || qobject_cast<const QComboBox *>(widget)
                                 || qobject_cast<const QAbstractItemView *>(widget)
                                 || qobject_cast<const QAbstractSpinBox *>(widget)
                                 || qobject_cast<const QAbstractSlider *>(widget)
                                 || qobject_cast<const QTabBar *>(widget)
                                 || qobject_cast<const QTextEdit *>(widget)
                                 || qobject_cast<const QPlainTextEdit *>(widget);
            if (!control)
                continue;
            const bool partOfAnother =
                (!button && widget->focusPolicy() == Qt::NoFocus)
                || (button && qobject_cast<const QLineEdit *>(widget->parentWidget()));
            if (partOfAnother)
                continue;
            QString name = widget->accessibleName();
            if (name.isEmpty() && button)
                name = button->text().remove(QLatin1Char('&'));
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(
                    describe(widget), QLatin1String(widget->metaObject()->className()));
        }
        return unnamed;
    }

    static double luminance(QColor color)
    {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        color = color.toRgb();
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
               + 0.0722 * channel(color.blueF());
    }

    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // The strongest contrast of any pixel of the text in `area` with the background: the
    // text's colour where a stroke is solid.
    static double textContrast(const QImage &image, const QRect &area, const QColor &background)
    {
        double best = 1.0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                best = std::max(best, contrast(image.pixelColor(x, y), background));
        }
        return best;
    }

    // AAA for normal text: 7:1 against the background.
    static constexpr double Readable = 7.0;

    void selectSome(int count)
    {
        QStringList ids;
        for (int row = 0; row < count; ++row)
            ids << m_shown.session()
                       ->proxy()
                       ->index(row, 0)
                       .data(SourceTableModel::IdRole)
                       .toString();
        table()->selectIds(ids);
        table()->setCurrentIndex(m_shown.session()->proxy()->index(0, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install();
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_sandbox = QuickSandbox::start(300);
        QVERIFY(m_sandbox);
    }

    void init() { open(); }

    void cleanup()
    {
        m_prompter.setAutoAnswer(std::nullopt);
        m_shown.close();
        Theme::apply(Theme::Choice::System);
    }

    void tabGoesRoundTheWindowAndLeavesTheTable()
    {
        table()->setCurrentIndex(m_shown.session()->proxy()->index(0, 0));
        QTRY_VERIFY(child<QWidget>("copyIdButton")->isVisible());
        verifyRound(walk(child<QWidget>("filterSidebar")),
                    {QStringLiteral("filterSidebar"), QStringLiteral("searchField"),
                     QStringLiteral("operationFilter"), QStringLiteral("languageFilter"),
                     QStringLiteral("sourceTable"), QStringLiteral("openUrlButton"),
                     QStringLiteral("copyIdButton"), QStringLiteral("detailsContent")});

        // Shift+Tab leaves the table backwards, and goes round too.
        table()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(describe(QApplication::focusWidget()), QStringLiteral("languageFilter"));
        verifyRound(walk(table(), Qt::ShiftModifier),
                    {QStringLiteral("sourceTable"), QStringLiteral("languageFilter"),
                     QStringLiteral("searchField"), QStringLiteral("filterSidebar"),
                     QStringLiteral("copyIdButton")});

        // Inside the table the arrow keys move from row to row.
        table()->setFocus(Qt::TabFocusReason);
        table()->setCurrentIndex(m_shown.session()->proxy()->index(0, 0));
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 1);
        QTest::keyClick(table(), Qt::Key_Right);
        QCOMPARE(table()->currentIndex().row(), 1);
        QVERIFY(table()->hasFocus());
    }

    void tabGoesRoundEveryDialog()
    {
        WorkspaceDialog workspace(WorkspaceConfig{}, false, m_shown.window());
        verifyRoundsOf(&workspace,
                       {QStringLiteral("workspaceName"), QStringLiteral("workspaceUrl"),
                        QStringLiteral("workspaceKey"), QStringLiteral("testConnectionButton"),
                        QStringLiteral("saveWorkspaceButton")});
        GenerateDialog generate(3, &m_prompter, m_shown.window());
        verifyRoundsOf(&generate, {QStringLiteral("opUpdate"), QStringLiteral("opAdd"),
                                   QStringLiteral("opNothing"), QStringLiteral("instructionsEdit"),
                                   QStringLiteral("agentEdit"), QStringLiteral("draftsCheck"),
                                   QStringLiteral("generateButton")});
        // Tab left the instructions without typing into them.
        QCOMPARE(
            generate.findChild<QPlainTextEdit *>(QStringLiteral("instructionsEdit"))->toPlainText(),
            QString());
        AboutDialog about(m_shown.window());
        verifyRoundsOf(&about, {QStringLiteral("aboutTabBar"), QStringLiteral("aboutQtButton")});
        ShortcutsDialog shortcuts(m_shown.window()->menuBar(), m_shown.window());
        verifyRoundsOf(&shortcuts, {QStringLiteral("shortcutsList")});
        WelcomePage welcome;
        verifyRoundsOf(&welcome, {QStringLiteral("connectWorkspaceButton"),
                                  QStringLiteral("exploreDemoButton")});
    }

    void tabGoesRoundTheGuidedFlow()
    {
        m_prompter.setAutoAnswer(true);
        selectSome(3);
        m_shown.window()->commands()->startGuidedFlow();
        QTRY_VERIFY(m_shown.window()->commands()->guidedFlow());
        GuidedFlowDialog *flow = m_shown.window()->commands()->guidedFlow();
        QTRY_VERIFY_WITH_TIMEOUT(flow->step() == GuidedFlowDialog::Step::Review
                                     || flow->step() == GuidedFlowDialog::Step::Report,
                                 20000);
        QVERIFY(QTest::qWaitForWindowActive(flow));
        const bool review = flow->step() == GuidedFlowDialog::Step::Review;
        verifyRound(
            walk(flow->findChild<QWidget *>(QStringLiteral("guidedCancel"))),
            review ? QStringList{QStringLiteral("guidedCancel"), QStringLiteral("guidedNext")}
                   : QStringList{QStringLiteral("guidedCancel"), QStringLiteral("guidedReport"),
                                 QStringLiteral("guidedCopy"), QStringLiteral("guidedSave")});
        const QStringList unnamed = unnamedControls(flow);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        flow->close();
    }

    void everyControlHasAName()
    {
        table()->setCurrentIndex(m_shown.session()->proxy()->index(0, 0));
        child<QAction>("activityAction")->trigger();
        child<MessageBar>("messageBar")
            ->showMessage(MessageBar::Tone::Warning, QStringLiteral("Loading stopped"), {},
                          QStringLiteral("Reload"), [] {});
        QTRY_VERIFY(child<QWidget>("activityPanel")->isVisible());
        QTRY_VERIFY(child<QWidget>("copyIdButton")->isVisible());
        QStringList unnamed = unnamedControls(m_shown.window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // The page in the table's place.
        auto *centre = child<QStackedWidget>("centreStack");
        centre->setCurrentWidget(child<QWidget>("statePage"));
        unnamed = unnamedControls(m_shown.window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        centre->setCurrentWidget(table());

        WorkspaceDialog workspace(WorkspaceConfig{}, false, m_shown.window());
        GenerateDialog generate(3, &m_prompter, m_shown.window());
        AboutDialog about(m_shown.window());
        ShortcutsDialog shortcuts(m_shown.window()->menuBar(), m_shown.window());
        WelcomePage welcome;
        for (QWidget *dialog : std::initializer_list<QWidget *>{&workspace, &generate, &about,
                                                                &shortcuts, &welcome}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList missing = unnamedControls(dialog);
            QVERIFY2(missing.isEmpty(), qPrintable(dialog->objectName() + QStringLiteral(": ")
                                                   + missing.join(QStringLiteral(", "))));
            dialog->close();
        }
        // The names are translated like every other text.
        QVERIFY(!child<QWidget>("sourceTable")->accessibleDescription().isEmpty());
    }

    void theFocusedRowIsClearlyMarked()
    {
        SourceTableView *view = table();
        const QPalette palette = view->palette();
        for (const bool selected : {false, true}) {
            view->clearSelection();
            view->setFocus(Qt::TabFocusReason);
            view->selectionModel()->setCurrentIndex(m_shown.session()->proxy()->index(2, 0),
                                                    selected ? QItemSelectionModel::SelectCurrent
                                                                   | QItemSelectionModel::Rows
                                                             : QItemSelectionModel::NoUpdate);
            QTRY_VERIFY(view->hasFocus());
            const QColor ring =
                palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
            const QRect row = view->visualRect(view->currentIndex());
            const QImage image = view->viewport()->grab().toImage();
            const int right =
                std::min(view->viewport()->width(), view->horizontalHeader()->length()) - 3;
            // A solid line above and below the whole row, across every column.
            for (int x = 2; x <= right; x += 7) {
                for (const auto &[y, inside] : {std::pair{row.top(), row.top() + 1},
                                                std::pair{row.bottom(), row.bottom() - 1}}) {
                    QVERIFY2(image.pixelColor(x, y) == ring || image.pixelColor(x, inside) == ring,
                             qPrintable(QStringLiteral("selected %1, pixel %2,%3 is %4, not %5")
                                            .arg(selected)
                                            .arg(x)
                                            .arg(y)
                                            .arg(image.pixelColor(x, y).name(), ring.name())));
                }
            }
            if (selected)
                QVERIFY(Screenshots::save(*m_shown.window(), QStringLiteral("keyboard-focus.png")));
            // Without the focus, no ring.
            child<QWidget>("searchField")->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(!view->hasFocus());
            const QImage unfocused = view->viewport()->grab().toImage();
            QVERIFY(unfocused.pixelColor(right, row.top()) != ring
                    || unfocused.pixelColor(right, row.top() + 1) != ring);
        }
    }

    void headingsAndExplanationsAreReadable()
    {
        auto *sidebar = child<FilterSidebar>("filterSidebar");
        QListWidgetItem *heading = nullptr;
        for (int row = 0; row < sidebar->count() && !heading; ++row) {
            if (!(sidebar->item(row)->flags() & Qt::ItemIsEnabled))
                heading = sidebar->item(row);
        }
        QVERIFY(heading);
        QCOMPARE(heading->text(), QStringLiteral("Source types"));
        const QImage image = sidebar->viewport()->grab().toImage();
        const double headingContrast = textContrast(image, sidebar->visualItemRect(heading),
                                                    sidebar->palette().color(QPalette::Base));
        QVERIFY2(headingContrast >= Readable, qPrintable(QString::number(headingContrast)));

        GenerateDialog dialog(3, &m_prompter, m_shown.window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *name :
             {"opUpdateExplanation", "opAddExplanation", "opNothingExplanation"}) {
            auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label, name);
            const QImage text = label->grab().toImage();
            const double explanationContrast =
                textContrast(text, text.rect(), label->palette().color(QPalette::Window));
            QVERIFY2(
                explanationContrast >= Readable,
                qPrintable(
                    QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(explanationContrast)));
        }
    }

    void guidedFlowStepsAreReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // Every step of the guided flow, the ones still to come too, reads as the text around it.
    void guidedFlowStepsAreReadable()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light);
        QTRY_COMPARE(Theme::isDark(m_shown.window()->palette()), dark);
        m_prompter.setAutoAnswer(true);
        selectSome(3);
        m_shown.window()->commands()->startGuidedFlow();
        QTRY_VERIFY(m_shown.window()->commands()->guidedFlow());
        // At once, before the flow goes on: the steps after the first two are still to come.
        GuidedFlowDialog *flow = m_shown.window()->commands()->guidedFlow();
        QVERIFY(flow->step() <= GuidedFlowDialog::Step::Wait);
        auto *steps = flow->findChild<QListWidget *>(QStringLiteral("guidedSteps"));
        QVERIFY(steps);
        QCOMPARE(steps->count(), 6);
        const QImage image = steps->viewport()->grab().toImage();
        const QColor background = steps->palette().color(QPalette::Base);
        // The text right of where a done or current step has its mark.
        const int markWidth = steps->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
        for (int row = 0; row < steps->count(); ++row) {
            QListWidgetItem *item = steps->item(row);
            const QRect text = steps->visualItemRect(item).adjusted(markWidth, 0, 0, 0);
            const double stepContrast = textContrast(image, text, background);
            QVERIFY2(stepContrast >= Readable,
                     qPrintable(QStringLiteral("%1: %2").arg(item->text()).arg(stepContrast)));
        }
        // Which step is done, current or still to come is said, not only shown.
        QCOMPARE(steps->item(int(flow->step()))->data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Current step"));
        QCOMPARE(steps->item(5)->data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Still to come"));
        flow->close();
    }
};

SOURCEDESK_TEST_MAIN(QApplication, WindowAccessTest)
#include "tst_window_access.moc"
