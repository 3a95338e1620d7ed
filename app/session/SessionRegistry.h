#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class WorkspaceSession;

// Keeps one session per opened workspace, so a workspace that is not shown goes on with its
// operations. Sessions end only when their workspace is closed or the app quits.
class SessionRegistry : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SessionRegistry() override;

    WorkspaceSession *find(const QString &id) const;
    // Takes the session and starts it (loads its sources, resumes what was running).
    WorkspaceSession *add(const QString &id, std::unique_ptr<WorkspaceSession> session);
    void close(const QString &id);
    QList<WorkspaceSession *> sessions() const;
    // What goes on at Fini in the sessions (all of them, or just one), one sentence each.
    QStringList describeWorkAtFini() const;
    QStringList describeWorkAtFini(const QString &id) const;

private:
    std::map<QString, std::unique_ptr<WorkspaceSession>> m_sessions;
};
