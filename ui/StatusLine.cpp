#include "StatusLine.h"

#include "ElapsedText.h"
#include "WorkspaceSession.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

StatusLine::StatusLine(WorkspaceSession *session, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_totals(new QLabel(bar))
    , m_activity(new QLabel(bar))
    , m_activityBar(new QProgressBar(bar))
{
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_activity->setObjectName(QStringLiteral("activityLabel"));
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumWidth(120);
    m_activityBar->setMaximumHeight(14);
    m_activityBar->setTextVisible(false);
    bar->addWidget(m_totals, 1);
    bar->addPermanentWidget(m_activity);
    bar->addPermanentWidget(m_activityBar);

    // Rows come and go a batch at a time (a load hands over a batch every 100 ms at most):
    // the counts follow at once, so the totals, the shown rows and the sidebar always agree.
    // Updates in place come in bursts of thousands of signals during a refresh: those are
    // counted once per pass, which later changes do not push back.
    const SourceTableModel *model = session->model();
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &StatusLine::updateCounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &StatusLine::updateCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusLine::updateCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &StatusLine::updateCounts);
    connect(model, &QAbstractItemModel::dataChanged, &m_countsTimer, [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    });
    connect(session, &WorkspaceSession::changedListed, this, &StatusLine::updateCounts);

    connect(session, &WorkspaceSession::loadProgress, this, &StatusLine::showLoadProgress);
    m_loadTick.setInterval(1000);
    connect(&m_loadTick, &QTimer::timeout, this, &StatusLine::showLoadProgress);

    connect(session->client(), &FiniClient::retryScheduled, this, &StatusLine::showRetryCountdown);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, [this] {
        if (--m_countdownSeconds <= 0) {
            m_countdownTimer.stop();
            m_activity->clear();
            return;
        }
        showCountdown();
    });
    m_counts = model->counts();
}

void StatusLine::updateCounts()
{
    m_countsTimer.stop();
    m_counts = m_session->model()->counts();
    Q_EMIT countsChanged(m_counts);
}

void StatusLine::showTotals(int shown, int selected)
{
    const QLocale locale;
    m_totals->setText(tr("%1 sources · %2 shown · %3 selected · %4 changed · %5 in progress")
                          .arg(locale.toString(m_counts.all), locale.toString(shown),
                               locale.toString(selected), locale.toString(m_counts.changed),
                               locale.toString(m_counts.running)));
}

void StatusLine::setActivityText(const QString &text)
{
    m_activity->setText(text);
}

void StatusLine::showLoadState()
{
    const bool loading = m_session->isLoading();
    m_activityBar->setVisible(loading);
    updateCounts();
    if (loading) {
        m_loadTick.start();
        showLoadProgress();
        return;
    }
    m_loadTick.stop();
    const QLocale locale;
    const QString count = locale.toString(m_session->model()->rowCount());
    if (m_session->loadCancelled())
        m_activity->setText(tr("Loading stopped: %1 sources loaded").arg(count));
    else if (m_session->loadError().isError())
        m_activity->setText(tr("Loaded %1 sources (incomplete)").arg(count));
    else
        m_activity->setText(
            tr("Loaded %1 sources in %2 s")
                .arg(count, locale.toString(m_session->loader()->elapsedMs() / 1000.0, 'f', 1)));
}

void StatusLine::showLoadProgress()
{
    if (!m_session->isLoading())
        return;
    const QLocale locale;
    const WorkspaceLoader *loader = m_session->loader();
    QString text;
    if (m_session->cachedAt() > 0)
        text = tr("Sources from %1, checking for changes…")
                   .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_session->cachedAt()),
                                        QLocale::ShortFormat));
    else if (!loader->isLoading())
        text = tr("Opening the sources saved on this computer…");
    else if (loader->phase() == WorkspaceLoader::Phase::Deletions)
        text = tr("Up to date; looking for deleted sources… %1 checked")
                   .arg(locale.toString(loader->loadedCount()));
    else
        text = tr("Loading sources… %1 loaded · %2")
                   .arg(locale.toString(loader->loadedCount()),
                        ElapsedText::format(loader->elapsedMs()));
    m_activity->setText(text);
    Q_EMIT loadProgressText(text);
}

void StatusLine::showRetryCountdown(const ApiError &error, int delayMs)
{
    if (error.kind() != ApiError::Kind::RateLimited || delayMs < 1000)
        return;
    m_countdownSeconds = (delayMs + 999) / 1000;
    showCountdown();
    m_countdownTimer.start();
}

void StatusLine::showCountdown()
{
    m_activity->setText(tr("Fini asked Sourcedesk to slow down: trying again in %Ln s", nullptr,
                           m_countdownSeconds));
}
