#pragma once

#include <QList>
#include <QSettings>
#include <QUrl>

// A workspace as Sourcedesk remembers it: a name, the API address and the reference of its
// key in the secret store. The key itself is never part of it.
struct WorkspaceConfig {
    QString id;
    QString name;
    QUrl baseUrl;
    QString keyReference;

    bool operator==(const WorkspaceConfig &other) const = default;
};

// The saved workspaces, in the user's settings.
class WorkspaceStore
{
public:
    WorkspaceStore();

    QList<WorkspaceConfig> workspaces() const;
    std::optional<WorkspaceConfig> find(const QString &id) const;
    // Adds a new workspace (empty id) or updates the one with the same id; returns it.
    WorkspaceConfig save(WorkspaceConfig workspace);
    void remove(const QString &id);
    QString lastUsed() const;
    void setLastUsed(const QString &id);

    static QUrl defaultBaseUrl();
    // Accepts a pasted "Bearer fini_…" and stray spaces.
    static QString cleanKey(const QString &pasted);

private:
    void write(const QList<WorkspaceConfig> &workspaces);

    mutable QSettings m_settings;
};
