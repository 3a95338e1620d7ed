#include "SessionRegistry.h"

#include "WorkspaceSession.h"

SessionRegistry::~SessionRegistry() = default;

WorkspaceSession *SessionRegistry::find(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

WorkspaceSession *SessionRegistry::add(const QString &id, std::unique_ptr<WorkspaceSession> session)
{
    WorkspaceSession *added = session.get();
    m_sessions[id] = std::move(session);
    added->start();
    return added;
}

void SessionRegistry::close(const QString &id)
{
    m_sessions.erase(id);
}

QList<WorkspaceSession *> SessionRegistry::sessions() const
{
    QList<WorkspaceSession *> all;
    for (const auto &[id, session] : m_sessions)
        all.append(session.get());
    return all;
}

QStringList SessionRegistry::describeWorkAtFini() const
{
    QStringList work;
    for (const auto &[id, session] : m_sessions) {
        const QString sentence = session->describeWorkAtFini();
        if (!sentence.isEmpty())
            work.append(sentence);
    }
    return work;
}

QStringList SessionRegistry::describeWorkAtFini(const QString &id) const
{
    const WorkspaceSession *session = find(id);
    if (!session || session->describeWorkAtFini().isEmpty())
        return {};
    return {session->describeWorkAtFini()};
}
