#pragma once

#include "ParagraphDiff.h"
#include "SourceOutcome.h"
#include "SourceRow.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ApiTask;
class FiniClient;
class QFormLayout;
class QLabel;
class QTextBrowser;
class QPushButton;

// Everything about the current source: its fields, a way to open or copy it, and its
// content, which is fetched from Fini when the source becomes current.
class SourceDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit SourceDetailsPane(FiniClient *client, QWidget *parent = nullptr);

    // Shows `row` (nullptr: none) and what the last operation did to it, and again whenever
    // either changes; the content is fetched again only when the row says it may differ.
    void showSource(const SourceRow *row, const std::optional<SourceOutcome> &outcome = {});
    QString currentId() const { return m_row.id; }

Q_SIGNALS:
    // "Open in browser": the window opens it and says so when no browser does.
    void openUrlRequested(const QString &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadContent();
    void showDiff(const QList<ParagraphDiff::Entry> &diff);
    void showContent(const QString &html);
    void showPlainContent(const QString &text);
    QLabel *addField(const QString &name, const char *objectName);

    FiniClient *m_client;
    SourceRow m_row;
    QPointer<ApiTask> m_contentTask;
    QTimer m_contentDelay;
    QLabel *m_placeholder;
    QWidget *m_scroll;
    QWidget *m_body;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_type;
    QLabel *m_status;
    QLabel *m_changed;
    QLabel *m_action;
    QLabel *m_operation;
    QLabel *m_article;
    QLabel *m_updated;
    QLabel *m_created;
    QLabel *m_language;
    QLabel *m_url;
    QLabel *m_id;
    QLabel *m_error;
    QPushButton *m_openButton;
    QPushButton *m_copyIdButton;
    QTextBrowser *m_content;
    QString m_contentHtml;
    QList<ParagraphDiff::Entry> m_diff; // rendered again in a new theme
};
