#include "SourceDetailsPane.h"

#include "DiffHtml.h"
#include "FiniClient.h"
#include "SourceLabels.h"

#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString formatTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat)
                  : QString();
}
} // namespace

SourceDetailsPane::SourceDetailsPane(FiniClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select a source to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the controls inside, which the scroll area brings into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    outer->addWidget(scroll);
    scroll->hide();
    m_scroll = scroll;

    auto *layout = new QVBoxLayout(m_body);
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("Open in browser"), m_body);
    m_openButton->setObjectName(QStringLiteral("openUrlButton"));
    m_copyIdButton = new QPushButton(tr("Copy ID"), m_body);
    m_copyIdButton->setObjectName(QStringLiteral("copyIdButton"));
    m_openButton->setAccessibleDescription(tr("Open the current source's address in the web "
                                              "browser"));
    m_copyIdButton->setAccessibleDescription(tr("Copy the current source's ID"));
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_copyIdButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    m_type = addField(tr("Type"), "detailsType");
    m_status = addField(tr("Status"), "detailsStatus");
    m_changed = addField(tr("Changed"), "detailsChanged");
    m_action = addField(tr("Last action"), "detailsAction");
    m_operation = addField(tr("Linked operation"), "detailsOperation");
    m_article = addField(tr("Linked article"), "detailsArticle");
    m_updated = addField(tr("Last updated"), "detailsUpdated");
    m_created = addField(tr("Created"), "detailsCreated");
    m_language = addField(tr("Language"), "detailsLanguage");
    m_url = addField(tr("URL"), "detailsUrl");
    // The link for the mouse; the keyboard has "Open in browser". A label's link reached by
    // Tab holds Shift+Tab (Qt goes back to the same link again and again).
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_url->setOpenExternalLinks(true);
    m_id = addField(tr("ID"), "detailsId");
    m_error = addField(tr("Last error"), "detailsError");

    auto *contentHeading = new QLabel(tr("Content"), m_body);
    QFont bold = contentHeading->font();
    bold.setBold(true);
    contentHeading->setFont(bold);
    layout->addWidget(contentHeading);
    m_content = new QTextBrowser(m_body);
    m_content->setObjectName(QStringLiteral("detailsContent"));
    m_content->setOpenLinks(false);
    m_content->setMinimumHeight(160);
    m_content->setAccessibleName(tr("Content of the current source"));
    layout->addWidget(m_content, 1);

    connect(m_openButton, &QPushButton::clicked, this,
            [this] { Q_EMIT openUrlRequested(m_row.url); });
    connect(m_copyIdButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_row.id); });

    // Arrow-key scrolling through the table should not send a request per row.
    m_contentDelay.setSingleShot(true);
    m_contentDelay.setInterval(200);
    connect(&m_contentDelay, &QTimer::timeout, this, &SourceDetailsPane::loadContent);
}

QLabel *SourceDetailsPane::addField(const QString &name, const char *objectName)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(QLatin1String(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(name, value);
    return value;
}

void SourceDetailsPane::showSource(const SourceRow *row,
                                   const std::optional<SourceOutcome> &outcome)
{
    // The same source shown again after its row changed keeps its content unless a refresh
    // or a generation may have changed what Fini holds for it.
    const bool sameContent = row && row->id == m_row.id && row->updatedAt == m_row.updatedAt
                             && row->status == m_row.status && row->changed == m_row.changed;
    if (!sameContent) {
        if (m_contentTask)
            m_contentTask->cancel();
        m_contentDelay.stop();
    }
    if (!row) {
        m_row = {};
        m_placeholder->show();
        m_scroll->hide();
        return;
    }
    m_row = *row;
    m_placeholder->hide();
    m_scroll->show();
    m_title->setText(row->title.isEmpty() ? tr("(untitled)") : row->title);
    m_type->setText(SourceLabels::sourceType(row->source));
    m_status->setText(SourceLabels::status(row->status));
    m_changed->setText(row->changed ? tr("Yes, since the last knowledge generation") : tr("No"));
    // The reason of a failure is what the user acts on: it is written out, not only a tooltip.
    m_action->setText(!outcome ? tr("None")
                      : outcome->detail.isEmpty()
                          ? outcome->label()
                          : tr("%1: %2").arg(outcome->label(), outcome->detail));
    m_operation->setText(SourceLabels::operation(row->linkedOperation));
    m_article->setText(row->linkedKnowledgeId.isEmpty() ? tr("None") : row->linkedKnowledgeId);
    m_updated->setText(formatTime(row->updatedAt));
    m_created->setText(formatTime(row->createdAt));
    m_language->setText(SourceLabels::language(row->english));
    m_url->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(row->url.toHtmlEscaped(), row->url.toHtmlEscaped()));
    m_id->setText(row->id);
    m_error->setText(row->error.isEmpty() ? tr("None") : row->error);
    m_openButton->setEnabled(QUrl(row->url).scheme().startsWith(QLatin1String("http")));
    if (!sameContent) {
        showPlainContent(tr("Loading the content…"));
        m_contentDelay.start();
    }
}

void SourceDetailsPane::loadContent()
{
    const QString id = m_row.id;
    m_contentTask = m_client->getSource(id, this, [this, id](const ApiResult<Source> &result) {
        if (id != m_row.id)
            return;
        if (!result.ok()) {
            if (result.error().kind() != ApiError::Kind::Cancelled)
                showPlainContent(result.error().summary());
            return;
        }
        const Source &source = result.value();
        if (source.paragraphs.isEmpty()) {
            showPlainContent(tr("Fini has no content for this source yet."));
            return;
        }
        // After a refresh that found changes, show what changed, so the user can judge
        // whether generating knowledge is worth it.
        if (!source.oldParagraphs.isEmpty() && source.oldParagraphs != source.paragraphs) {
            showDiff(ParagraphDiff::compare(source.oldParagraphs, source.paragraphs));
            return;
        }
        QString html;
        for (const QString &paragraph : source.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
        m_diff.clear();
        showContent(html);
    });
}

void SourceDetailsPane::showDiff(const QList<ParagraphDiff::Entry> &diff)
{
    m_diff = diff;
    showContent(QStringLiteral("<p><b>%1</b></p>").arg(tr("What changed in the last refresh"))
                + DiffHtml::render(diff, palette()));
}

void SourceDetailsPane::showContent(const QString &html)
{
    m_contentHtml = html;
    m_content->setHtml(html);
}

void SourceDetailsPane::showPlainContent(const QString &text)
{
    m_contentHtml.clear();
    m_diff.clear();
    m_content->setPlainText(text);
}

void SourceDetailsPane::changeEvent(QEvent *event)
{
    // Rich text takes its colours (the diff's, a link's) when it is read: read it again in
    // the new theme.
    if (event->type() == QEvent::PaletteChange) {
        if (!m_diff.isEmpty())
            showDiff(m_diff);
        else if (!m_contentHtml.isEmpty())
            showContent(m_contentHtml);
        const QString url = m_url->text();
        m_url->clear();
        m_url->setText(url);
    }
    QWidget::changeEvent(event);
}
