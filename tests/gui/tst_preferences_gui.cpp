#include "AppController.h"
#include "FilterSidebar.h"
#include "FiniSandbox.h"
#include "GenerateDialog.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "MessageBoxPrompter.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "QuickSandbox.h"
#include "Screenshots.h"
#include "ScriptedPrompter.h"
#include "SourceDetailsPane.h"
#include "SourceTableView.h"
#include "StatePage.h"
#include "TestMain.h"
#include "TestPlaces.h"
#include "Theme.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "WindowActions.h"
#include "WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// Edit > Preferences (issue 12): the poll limits reach the operations started next, the
// generate options are where "Generate knowledge…" starts, the theme recolours every widget
// from one palette, and German replaces every text of the window, with German plurals and
// numbers. Screenshots of both themes in both languages come from here.
class PreferencesGuiTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<FiniSandbox> m_sandbox;
    MemorySecretStore m_secrets;
    ScriptedPrompter m_prompter;
    std::unique_ptr<AppController> m_app;

    void startDemo()
    {
        const QUrl url = m_sandbox->url();
        m_app = std::make_unique<AppController>(
            &m_secrets,
            [url] {
                return std::optional<AppController::Endpoint>({url, FiniSandbox::writeKey()});
            },
            &m_prompter);
        m_app->start(true);
        QTRY_VERIFY(m_app->window());
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLoading(), 15000);
    }

    MainWindow *window() const { return m_app->window(); }
    WorkspaceSession *session() const { return window()->session(); }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // Edit > Preferences… of the main window, or of the welcome page while it is shown.
    QAction *preferencesAction() const
    {
        if (window())
            return window()->actions()->preferences;
        return child<QAction>(m_app->welcome(), "preferencesAction");
    }

    // Opens Edit > Preferences, lets `change` work the dialog as a user would, then clicks OK.
    void changePreferences(const std::function<void(QDialog &)> &change)
    {
        m_prompter.setNextDialogHandler([change](QDialog &dialog) {
            change(dialog);
            child<QPushButton>(&dialog, "preferencesOk")->click();
            return dialog.result();
        });
        preferencesAction()->trigger();
        QTRY_COMPARE(m_prompter.openPrompts(), 0);
    }

    void choose(const char *combo, int index)
    {
        changePreferences([combo, index](QDialog &dialog) {
            child<QComboBox>(&dialog, combo)->setCurrentIndex(index);
        });
    }

    // As a user chooses them in Preferences: `theme` "light" or "dark", `language` "en" or
    // "de" (the window is built again in it).
    void chooseLook(const QString &theme, const QString &language)
    {
        if (language == QLatin1String("de")) {
            const QPointer<MainWindow> english = window();
            choose("languageCombo", 2);
            QTRY_VERIFY(window() != english);
        }
        if (theme == QLatin1String("dark"))
            choose("themeCombo", 2);
        QTRY_COMPARE(Theme::isDark(window()->palette()), theme == QLatin1String("dark"));
    }

    // The demo's first web source with knowledge, changed at its origin and refreshed, is
    // current: the details show what changed.
    // Makes `id` the current source of the table, scrolled into view.
    void showSource(const QString &id)
    {
        auto *table = child<SourceTableView>(window(), "sourceTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(SourceTableModel::IdRole).toString() == id) {
                table->setCurrentIndex(index);
                table->scrollTo(index);
            }
        }
        QCOMPARE(child<SourceDetailsPane>(window(), "detailsPane")->currentId(), id);
    }

    void showADiff()
    {
        const SourceTableModel *model = session()->model();
        QString id;
        for (int row = 0; row < model->rowCount() && id.isEmpty(); ++row) {
            const SourceRow &r = model->row(row);
            if (r.source == QLatin1String("web") && !r.changed && !r.linkedKnowledgeId.isEmpty()
                && !r.isRunning() && !r.isFailed())
                id = r.id;
        }
        QVERIFY(!id.isEmpty());
        HttpProbe(m_sandbox->url())
            .post(QStringLiteral("/_sandbox/upstream-change"), {},
                  QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{id}}}));
        QSignalSpy finished(session(), &WorkspaceSession::refreshFinished);
        session()->refresh({RefreshWorkflow::Target::of(model->row(model->rowOf(id)))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        showSource(id);
        auto *content = child<QTextBrowser>(window(), "detailsContent");
        QTRY_VERIFY_WITH_TIMEOUT(content->toHtml().contains(QStringLiteral("background-color")),
                                 10000);
    }

    void saveWindow(const QString &theme, const QString &language)
    {
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window()->resize(size);
            QCoreApplication::processEvents();
            QVERIFY(Screenshots::save(*window(), QStringLiteral("main-%1-%2-%3x%4.png")
                                                     .arg(theme, language)
                                                     .arg(size.width())
                                                     .arg(size.height())));
        }
    }

    void saveDialogs(const QString &theme, const QString &language)
    {
        GenerateDialog generate(40, &m_prompter, window());
        generate.show();
        QVERIFY(
            Screenshots::save(generate, QStringLiteral("generate-%1-%2.png").arg(theme, language)));
        PreferencesDialog preferences(Preferences::load(), &m_prompter, window());
        preferences.show();
        QVERIFY(Screenshots::save(preferences,
                                  QStringLiteral("preferences-%1-%2.png").arg(theme, language)));
        MessageBoxPrompter boxes;
        // The words of a refresh that could not reach Fini.
        const auto translate = [](const char *context, const char *text) {
            return QCoreApplication::translate(context, text);
        };
        boxes.showError(window(),
                        translate("OperationResultPresenter", "The refresh did not start"),
                        translate("ApiError", "%1 failed: the connection to Fini could not be "
                                              "made or was dropped. Check your internet "
                                              "connection or proxy and try again.")
                            .arg(translate("ApiError", "Refreshing the sources")),
                        QStringLiteral("HTTP status: 503"), true, window(), {});
        auto *error = child<QMessageBox>(window(), "errorBox");
        QVERIFY(error);
        QVERIFY(Screenshots::save(*error, QStringLiteral("error-%1-%2.png").arg(theme, language)));
        error->reject();
        QTRY_COMPARE(boxes.openPrompts(), 0);
    }

    static double meanLightness(const QImage &image)
    {
        qint64 sum = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                sum += QColor(image.pixel(x, y)).lightness();
        return double(sum) / ((image.height() + 3) / 4) / ((image.width() + 3) / 4);
    }

    // Every widget takes its colours from the application's palette: none has its own
    // palette or a style sheet that could keep the other theme's colours.
    void verifyEveryWidgetFollowsThePalette(bool dark)
    {
        const QPalette palette = QApplication::palette();
        QCOMPARE(Theme::isDark(palette), dark);
        QCOMPARE(palette.color(QPalette::WindowText).lightness() > 128, dark);
        QCOMPARE(palette.color(QPalette::Base).lightness() < 128, dark);
        QCOMPARE(palette.color(QPalette::Text).lightness() > 128, dark);
        // Qt hands the new palette to the widgets through posted events.
        QTRY_COMPARE(Theme::isDark(window()->palette()), dark);
        const QList<QWidget *> widgets = window()->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(!widget->testAttribute(Qt::WA_SetPalette), qPrintable(widget->objectName()));
        }
        for (const char *name : {"sourceTable", "detailsContent", "filterSidebar"}) {
            auto *widget = child<QAbstractScrollArea>(window(), name);
            QVERIFY2(Theme::isDark(widget->palette()) == dark, name);
            QVERIFY2((widget->viewport()->palette().color(QPalette::Base).lightness() < 128)
                         == dark,
                     name);
        }
        const double lightness = meanLightness(window()->grab().toImage());
        QVERIFY2(dark ? lightness < 90 : lightness > 170, qPrintable(QString::number(lightness)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Translations::install();
        QVERIFY(m_settingsDir.isValid());
        TestPlaces::useThrowAway(m_settingsDir.path());
        m_sandbox = QuickSandbox::start();
        QVERIFY(m_sandbox);
    }

    void init()
    {
        QSettings().remove(QStringLiteral("preferences"));
        m_prompter.setAutoAnswer(true);
    }

    void cleanup()
    {
        m_app.reset();
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        Theme::apply(Theme::Choice::System);
        m_prompter.setAutoAnswer(std::nullopt);
    }

    void preferencesAreInTheEditMenu()
    {
        startDemo();
        QAction *action = window()->actions()->preferences;
        QCOMPARE(action->objectName(), QStringLiteral("preferencesAction"));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QMenu *edit = nullptr;
        for (QAction *menu : window()->menuBar()->actions())
            if (menu->text() == QStringLiteral("&Edit"))
                edit = menu->menu();
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(action));

        // Cancel changes nothing.
        m_prompter.setNextDialogHandler([](QDialog &dialog) {
            child<QComboBox>(&dialog, "themeCombo")->setCurrentIndex(2);
            child<QPushButton>(&dialog, "preferencesCancel")->click();
            return dialog.result();
        });
        action->trigger();
        QTRY_COMPARE(m_prompter.openPrompts(), 0);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QVERIFY(!QSettings().contains(QStringLiteral("preferences/theme")));
    }

    // Before any workspace is connected, the welcome page's Edit menu opens the same
    // Preferences, and what is chosen there applies at once.
    void preferencesOpenFromTheWelcomePage()
    {
        m_app =
            std::make_unique<AppController>(&m_secrets, AppController::DemoStarter{}, &m_prompter);
        m_app->start(false);
        QTRY_VERIFY(m_app->welcome());
        QVERIFY(!window());
        QAction *action = preferencesAction();
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Preferences…"));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QStringList menus;
        QMenu *edit = nullptr;
        for (QAction *menu : child<QMenuBar>(m_app->welcome(), "welcomeMenuBar")->actions()) {
            menus << menu->text();
            if (menu->text() == QStringLiteral("&Edit"))
                edit = menu->menu();
        }
        QCOMPARE(menus, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"),
                                     QStringLiteral("&Help")}));
        QVERIFY(edit->actions().contains(action));
        // Its shortcut works wherever the focus is on the page.
        QVERIFY(m_app->welcome()->actions().contains(action));

        choose("themeCombo", 2);
        QCOMPARE(QSettings().value(QStringLiteral("preferences/theme")).toString(),
                 QStringLiteral("dark"));
        QTRY_VERIFY(Theme::isDark(m_app->welcome()->palette()));

        // A new language builds the page again in it.
        const QPointer<WelcomePage> english = m_app->welcome();
        choose("languageCombo", 2);
        QTRY_VERIFY(m_app->welcome() != english);
        QCOMPARE(preferencesAction()->text(), QStringLiteral("&Einstellungen…"));
    }

    void pollLimitsReachTheNextOperations()
    {
        startDemo();
        changePreferences([](QDialog &dialog) {
            auto *first = child<QSpinBox>(&dialog, "firstPollSpin");
            auto *longest = child<QSpinBox>(&dialog, "longestPollSpin");
            QCOMPARE(first->value(), 2);
            QCOMPARE(longest->value(), 10);
            QCOMPARE(first->minimum(), Preferences::MinPollSeconds);
            QCOMPARE(longest->maximum(), Preferences::MaxLongestPollSeconds);
            first->setValue(5);
            // Never shorter than the first wait.
            longest->setValue(3);
            QCOMPARE(longest->value(), 5);
            longest->setValue(45);
        });
        // The open session's next refresh and generation, and every session opened later.
        QCOMPARE(session()->refreshWorkflow()->pollSettings().firstMs, 5000);
        QCOMPARE(session()->refreshWorkflow()->pollSettings().maxMs, 45000);
        QCOMPARE(session()->generateWorkflow()->pollSettings().firstMs, 5000);
        QCOMPARE(session()->generateWorkflow()->pollSettings().maxMs, 45000);
        QCOMPARE(m_app->pollSchedule().firstMs, 5000);
        QCOMPARE(m_app->pollSchedule().maxMs, 45000);
        QCOMPARE(QSettings().value(QStringLiteral("preferences/firstPollSeconds")).toInt(), 5);

        // The next start reads them back.
        m_app.reset();
        startDemo();
        QCOMPARE(session()->refreshWorkflow()->pollSettings().firstMs, 5000);
        QCOMPARE(session()->generateWorkflow()->pollSettings().maxMs, 45000);
    }

    void generateStartsWithThePreferredOptions()
    {
        startDemo();
        const int askedBefore = m_prompter.questionsAsked();
        changePreferences([](QDialog &dialog) {
            child<QCheckBox>(&dialog, "opAdd")->setChecked(false);
            child<QPlainTextEdit>(&dialog, "instructionsEdit")
                ->setPlainText(QStringLiteral("Keep answers short."));
            child<QLineEdit>(&dialog, "agentEdit")->setText(QStringLiteral("bot-7"));
            // Publishing without review is confirmed when chosen, here.
            child<QCheckBox>(&dialog, "draftsCheck")->setChecked(false);
        });
        QCOMPARE(m_prompter.questionsAsked(), askedBefore + 1);

        GenerateDialog dialog(3, &m_prompter, window());
        QVERIFY(!child<QCheckBox>(&dialog, "opAdd")->isChecked());
        QVERIFY(child<QCheckBox>(&dialog, "opUpdate")->isChecked());
        QCOMPARE(child<QPlainTextEdit>(&dialog, "instructionsEdit")->toPlainText(),
                 QStringLiteral("Keep answers short."));
        QCOMPARE(child<QLineEdit>(&dialog, "agentEdit")->text(), QStringLiteral("bot-7"));
        QVERIFY(!child<QCheckBox>(&dialog, "draftsCheck")->isChecked());
        const GenerateOptions options = dialog.options();
        QCOMPARE(options.restrictedOps,
                 QStringList({QStringLiteral("UPDATE_ARTICLE"), QStringLiteral("DO_NOTHING")}));
        QCOMPARE(options.botId, QStringLiteral("bot-7"));
        QVERIFY(!options.isDraft);
        // Opening it asked nothing more.
        QCOMPARE(m_prompter.questionsAsked(), askedBefore + 1);

        // Nothing allowed cannot be the default either.
        bool okEnabled = true;
        m_prompter.setNextDialogHandler([&okEnabled](QDialog &dialog) {
            for (const char *name : {"opAdd", "opUpdate", "opNothing"})
                child<QCheckBox>(&dialog, name)->setChecked(false);
            okEnabled = child<QPushButton>(&dialog, "preferencesOk")->isEnabled();
            dialog.reject();
            return dialog.result();
        });
        window()->actions()->preferences->trigger();
        QTRY_COMPARE(m_prompter.openPrompts(), 0);
        QVERIFY(!okEnabled);
    }

    void darkThemeRecoloursEveryWidget()
    {
        startDemo();
        showADiff();
        verifyEveryWidgetFollowsThePalette(false);
        saveWindow(QStringLiteral("light"), QStringLiteral("en"));
        saveDialogs(QStringLiteral("light"), QStringLiteral("en"));

        choose("themeCombo", 2);
        QCOMPARE(QSettings().value(QStringLiteral("preferences/theme")).toString(),
                 QStringLiteral("dark"));
        verifyEveryWidgetFollowsThePalette(true);
        // The diff's colours are the dark theme's too.
        auto *content = child<QTextBrowser>(window(), "detailsContent");
        QTRY_VERIFY(content->toHtml().contains(
            Theme::background(Theme::Tone::Success, QApplication::palette()).name()));
        saveWindow(QStringLiteral("dark"), QStringLiteral("en"));
        saveDialogs(QStringLiteral("dark"), QStringLiteral("en"));

        choose("themeCombo", 1);
        verifyEveryWidgetFollowsThePalette(false);
        // "Follow the system": this platform is light.
        choose("themeCombo", 0);
        verifyEveryWidgetFollowsThePalette(Theme::systemPrefersDark());
    }

    void generateResultAndStatePageReadWhole_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("stateTitle");
        QTest::addColumn<QString>("stateText");
        const QString english[] = {QStringLiteral("No sources match"),
                                   QStringLiteral("No source matches the search and filters you "
                                                  "chose.")};
        const QString german[] = {QStringLiteral("Keine Quellen passen"),
                                  QStringLiteral("Keine Quelle passt zu der gewählten Suche und "
                                                 "den Filtern.")};
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QTest::addRow("%s-en", qPrintable(theme))
                << theme << QStringLiteral("en") << english[0] << english[1];
            QTest::addRow("%s-de", qPrintable(theme))
                << theme << QStringLiteral("de") << german[0] << german[1];
        }
    }

    // The result of a generation and the page in place of an empty table, as a user reads
    // them (and as the documentation's screenshots show them, in both themes and languages):
    // each says what happened.
    void generateResultAndStatePageReadWhole()
    {
        QFETCH(QString, theme);
        QFETCH(QString, language);
        QFETCH(QString, stateTitle);
        QFETCH(QString, stateText);
        startDemo();
        chooseLook(theme, language);
        showADiff();
        const QString id = child<SourceDetailsPane>(window(), "detailsPane")->currentId();
        QSignalSpy finished(session(), &WorkspaceSession::generateFinished);
        session()->generate({id}, GenerateOptions{});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!session()->isLoading(), 15000); // the reload after it
        auto *bar = child<MessageBar>(window(), "messageBar");
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("1")), qPrintable(bar->text()));
        // The source generated from is shown where it now stands: among all sources, no
        // longer marked as changed.
        child<FilterSidebar>(window(), "filterSidebar")->selectView(FilterSidebar::View::All);
        QTRY_COMPARE(session()->proxy()->rowCount(), session()->model()->rowCount());
        showSource(id);
        QVERIFY(!session()->model()->row(session()->model()->rowOf(id)).changed);
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>(window(), "detailsContent")->toPlainText()
                                     != SourceDetailsPane::tr("Loading the content…"),
                                 10000);
        // Every heading of the table is whole, in German too.
        const QHeaderView *header =
            child<SourceTableView>(window(), "sourceTable")->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                QVERIFY2(
                    header->sectionSize(column) >= header->sectionSizeHint(column),
                    qPrintable(header->model()->headerData(column, Qt::Horizontal).toString()));
        }
        QVERIFY(Screenshots::save(
            *window(), QStringLiteral("generate-result-%1-%2.png").arg(theme, language)));

        child<QLineEdit>(window(), "searchField")->setText(QStringLiteral("no source has this"));
        QTRY_VERIFY(child<StatePage>(window(), "statePage")->isVisible());
        QCOMPARE(child<QLabel>(window(), "stateTitle")->text(), stateTitle);
        QCOMPARE(child<QLabel>(window(), "stateText")->text(), stateText);
        QVERIFY(Screenshots::save(*window(),
                                  QStringLiteral("state-page-%1-%2.png").arg(theme, language)));
    }

    void germanReplacesEveryTextOfTheWindow()
    {
        startDemo();
        showADiff();
        const QPointer<MainWindow> english = window();
        choose("languageCombo", 2);
        // The window is built again in German, with the same view and current source.
        QTRY_VERIFY(window() != english);
        QVERIFY(!english);
        QCOMPARE(QLocale().language(), QLocale::German);
        QStringList menus;
        for (QAction *menu : window()->menuBar()->actions())
            menus.append(menu->text());
        QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u',')));
        QCOMPARE(window()->actions()->preferences->text(), QStringLiteral("&Einstellungen…"));
        QCOMPARE(window()->windowTitle(), QStringLiteral("Demo-Arbeitsbereich — Sourcedesk"));
        auto *content = child<QTextBrowser>(window(), "detailsContent");
        QTRY_VERIFY_WITH_TIMEOUT(
            content->toPlainText().startsWith(QStringLiteral("Was sich bei der letzten")), 10000);
        // German grouping, and both plural forms.
        QVERIFY2(
            child<QLabel>(window(), "totalsLabel")->text().startsWith(QStringLiteral("2.500 ")),
            qPrintable(child<QLabel>(window(), "totalsLabel")->text()));
        const auto intro = [this](int count) {
            GenerateDialog dialog(count, &m_prompter);
            return child<QLabel>(&dialog, "generateIntro")->text();
        };
        QVERIFY2(intro(1).contains(QStringLiteral(" 1 Quelle ")), qPrintable(intro(1)));
        QVERIFY2(intro(1000).contains(QStringLiteral(" 1.000 Quellen ")), qPrintable(intro(1000)));
        saveWindow(QStringLiteral("light"), QStringLiteral("de"));
        saveDialogs(QStringLiteral("light"), QStringLiteral("de"));
        choose("themeCombo", 2);
        saveWindow(QStringLiteral("dark"), QStringLiteral("de"));
        saveDialogs(QStringLiteral("dark"), QStringLiteral("de"));

        // And back: English again.
        choose("languageCombo", 1);
        QTRY_VERIFY(window()->actions()->preferences->text() == QStringLiteral("&Preferences…"));
    }

    void germanFromTheStart()
    {
        Preferences german;
        german.language = Preferences::Language::German;
        german.save();
        // As main() does before the first window.
        Translations::install(Preferences::load().locale());
        startDemo();
        QCOMPARE(window()->windowTitle(), QStringLiteral("Demo-Arbeitsbereich — Sourcedesk"));
        QCOMPARE(QLocale().toString(1000), QStringLiteral("1.000"));
        QCOMPARE(window()->actions()->preferences->text(), QStringLiteral("&Einstellungen…"));
    }
};

SOURCEDESK_TEST_MAIN(QApplication, PreferencesGuiTest)
#include "tst_preferences_gui.moc"
