#include "AddPagesDialog.h"

#include "Prompter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// A list of addresses is kilobytes; a file far larger is not one.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
} // namespace

AddPagesDialog::AddPagesDialog(const QSet<QString> &known, Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_known(known)
    , m_prompter(prompter)
    , m_edit(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_refreshExisting(new QCheckBox(this))
    , m_add(nullptr)
{
    setObjectName(QStringLiteral("addPagesDialog"));
    setWindowTitle(tr("Add web pages"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste the addresses of the web pages Fini should learn from, one "
                                "per line, or load them from a text file. Fini fetches each page "
                                "and keeps it up to date when you refresh it."),
                             this);
    intro->setObjectName(QStringLiteral("addPagesIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_edit->setObjectName(QStringLiteral("addPagesEdit"));
    m_edit->setPlaceholderText(tr("https://help.example.com/articles/returns"));
    m_edit->setAccessibleName(tr("Web addresses"));
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit, 1);

    auto *fileRow = new QHBoxLayout;
    auto *load = new QPushButton(tr("&Load from file…"), this);
    load->setObjectName(QStringLiteral("addPagesLoadFile"));
    load->setAutoDefault(false);
    fileRow->addWidget(load);
    fileRow->addStretch(1);
    layout->addLayout(fileRow);

    m_summary->setObjectName(QStringLiteral("addPagesSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_refreshExisting->setObjectName(QStringLiteral("addPagesRefreshExisting"));
    m_refreshExisting->setChecked(true);
    layout->addWidget(m_refreshExisting);
    m_problems->setObjectName(QStringLiteral("addPagesProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addPagesButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &AddPagesDialog::chooseFile);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &AddPagesDialog::sortAddresses);
    connect(m_refreshExisting, &QCheckBox::toggled, this, &AddPagesDialog::sortAddresses);
    resize(560, 440);
    sortAddresses();
}

void AddPagesDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QStringList AddPagesDialog::toRefresh() const
{
    return m_refreshExisting->isChecked() ? m_list.existing : QStringList();
}

void AddPagesDialog::chooseFile()
{
    m_prompter->askOpenFileName(this, tr("Load web addresses"), QDir::homePath(),
                                tr("Text files (*.txt *.csv);;All files (*)"), this,
                                [this](const QString &fileName) {
                                    if (!fileName.isEmpty())
                                        readFile(fileName);
                                });
}

void AddPagesDialog::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_prompter->inform(this, QMessageBox::Warning, tr("The file could not be read"),
                           tr("Sourcedesk could not read %1: %2")
                               .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return;
    }
    if (file.size() > MaxFileBytes) {
        m_prompter->inform(this, QMessageBox::Warning, tr("The file is too large"),
                           tr("%1 is too large for a list of web addresses. Choose a text file "
                              "with one address per line.")
                               .arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QString current = m_edit->toPlainText().trimmed();
    m_edit->setPlainText(current.isEmpty() ? text : current + QLatin1Char('\n') + text);
}

void AddPagesDialog::sortAddresses()
{
    m_list = WebPageList::parse(m_edit->toPlainText(), m_known);
    const int fresh = int(m_list.fresh.size());
    const int existing = int(m_list.existing.size());
    QStringList parts;
    if (fresh > 0)
        parts << tr("%Ln new web page(s)", nullptr, fresh);
    if (existing > 0)
        parts << tr("%Ln already in this workspace", nullptr, existing);
    if (!m_list.repeated.isEmpty())
        parts << tr("%Ln given twice (counted once)", nullptr, int(m_list.repeated.size()));
    if (!m_list.problems.isEmpty())
        parts << tr("%Ln not a web address (left out)", nullptr, int(m_list.problems.size()));
    m_summary->setText(parts.isEmpty() ? tr("No web address yet.")
                                       : parts.join(QStringLiteral(", ")) + QLatin1Char('.'));

    m_refreshExisting->setVisible(existing > 0);
    m_refreshExisting->setText(
        tr("Refresh the %Ln page(s) already in this workspace instead", nullptr, existing));

    QStringList lines;
    for (const WebPageList::Problem &problem :
         m_list.problems.first(std::min<qsizetype>(m_list.problems.size(), ListedProblems)))
        lines << tr("Line %1, “%2”: %3").arg(problem.line).arg(problem.entry, problem.reason);
    if (m_list.problems.size() > ListedProblems)
        lines << tr("… and %Ln more", nullptr, int(m_list.problems.size()) - ListedProblems);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());

    const int count = fresh + int(toRefresh().size());
    m_add->setText(count > 0 ? tr("Add %Ln web page(s)", nullptr, count) : tr("Add"));
    m_add->setEnabled(count > 0);
}
