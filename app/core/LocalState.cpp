#include "LocalState.h"

namespace {
constexpr int StateVersion = 2; // 2: the "Last action" column
}

LocalState::LocalState(const QString &scope)
    : m_scope(scope)
    , m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Sourcedesk"),
                 QStringLiteral("local-state"))
{
    if (m_settings.value(QStringLiteral("version")).toInt() != StateVersion) {
        m_settings.clear();
        m_settings.setValue(QStringLiteral("version"), StateVersion);
    }
}

QByteArray LocalState::read(const char *key) const
{
    return m_settings.value(m_scope + QLatin1Char('/') + QLatin1String(key)).toByteArray();
}

void LocalState::write(const char *key, const QByteArray &value)
{
    m_settings.setValue(m_scope + QLatin1Char('/') + QLatin1String(key), value);
}

QByteArray LocalState::windowGeometry() const
{
    return read("windowGeometry");
}

void LocalState::setWindowGeometry(const QByteArray &state)
{
    write("windowGeometry", state);
}

QByteArray LocalState::windowState() const
{
    return read("windowState");
}

void LocalState::setWindowState(const QByteArray &state)
{
    write("windowState", state);
}

QByteArray LocalState::splitterState() const
{
    return read("splitter");
}

void LocalState::setSplitterState(const QByteArray &state)
{
    write("splitter", state);
}

QByteArray LocalState::headerState() const
{
    return read("tableHeader");
}

void LocalState::setHeaderState(const QByteArray &state)
{
    write("tableHeader", state);
}

void LocalState::sync()
{
    m_settings.sync();
}
