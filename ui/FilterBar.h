#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class SourceFilterProxy;

// The search field and the two filter lists above the table, applied to the session's proxy.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(SourceFilterProxy *proxy, QWidget *parent = nullptr);

    void focusSearch();
    void clearSearch();
    // Search and both lists back to "any".
    void clearAll();

private:
    // A session keeps its filters while another workspace is shown.
    void showProxyState();

    SourceFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_operation;
    QComboBox *m_language;
};
