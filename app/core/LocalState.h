#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// Machine-local window state (geometry, splitters, table header), kept apart from
// preferences and never holding a secret. One typed accessor per key.
class LocalState
{
public:
    // `scope` keeps each workspace's table state apart, e.g. "demo".
    explicit LocalState(const QString &scope);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    void sync();

private:
    QByteArray read(const char *key) const;
    void write(const char *key, const QByteArray &value);

    QString m_scope;
    QSettings m_settings;
};
