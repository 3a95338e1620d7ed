#include "WorkspaceStore.h"

#include <QUuid>

namespace {
const QString Group = QStringLiteral("workspaces");
}

WorkspaceStore::WorkspaceStore()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Sourcedesk"),
                 QStringLiteral("Sourcedesk"))
{}

QUrl WorkspaceStore::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api-prod.usefini.com"));
}

QString WorkspaceStore::cleanKey(const QString &pasted)
{
    QString key = pasted.trimmed();
    if (key.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        key = key.mid(7).trimmed();
    return key;
}

QList<WorkspaceConfig> WorkspaceStore::workspaces() const
{
    QList<WorkspaceConfig> result;
    const int count = m_settings.beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        result.append({m_settings.value(QStringLiteral("id")).toString(),
                       m_settings.value(QStringLiteral("name")).toString(),
                       QUrl(m_settings.value(QStringLiteral("baseUrl")).toString()),
                       m_settings.value(QStringLiteral("keyReference")).toString()});
    }
    m_settings.endArray();
    return result;
}

void WorkspaceStore::write(const QList<WorkspaceConfig> &workspaces)
{
    m_settings.remove(Group);
    m_settings.beginWriteArray(Group, int(workspaces.size()));
    for (int i = 0; i < workspaces.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), workspaces.at(i).id);
        m_settings.setValue(QStringLiteral("name"), workspaces.at(i).name);
        m_settings.setValue(QStringLiteral("baseUrl"), workspaces.at(i).baseUrl.toString());
        m_settings.setValue(QStringLiteral("keyReference"), workspaces.at(i).keyReference);
    }
    m_settings.endArray();
    m_settings.sync();
}

std::optional<WorkspaceConfig> WorkspaceStore::find(const QString &id) const
{
    for (const WorkspaceConfig &workspace : workspaces()) {
        if (workspace.id == id)
            return workspace;
    }
    return std::nullopt;
}

WorkspaceConfig WorkspaceStore::save(WorkspaceConfig workspace)
{
    QList<WorkspaceConfig> all = workspaces();
    if (workspace.id.isEmpty())
        workspace.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (workspace.keyReference.isEmpty())
        workspace.keyReference = QStringLiteral("workspace-") + workspace.id;
    bool replaced = false;
    for (WorkspaceConfig &existing : all) {
        if (existing.id == workspace.id) {
            existing = workspace;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(workspace);
    write(all);
    return workspace;
}

void WorkspaceStore::remove(const QString &id)
{
    QList<WorkspaceConfig> all = workspaces();
    all.removeIf([&id](const WorkspaceConfig &w) { return w.id == id; });
    write(all);
    if (lastUsed() == id)
        setLastUsed({});
}

QString WorkspaceStore::lastUsed() const
{
    return m_settings.value(QStringLiteral("lastWorkspace")).toString();
}

void WorkspaceStore::setLastUsed(const QString &id)
{
    m_settings.setValue(QStringLiteral("lastWorkspace"), id);
    m_settings.sync();
}
