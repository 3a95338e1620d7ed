#pragma once

#include "SandboxOptions.h"
#include "SandboxReply.h"
#include "SandboxWorkspace.h"

#include <QHash>
#include <QUrlQuery>

#include <memory>

// The simulated Fini service without its transport: authentication and scopes, routing,
// request validation and the two seeded workspaces of sandbox-spec.md. FiniSandbox puts it
// on HTTP.
class SandboxService
{
public:
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization;
        QByteArray body;
        bool fromLoopback = true; // the peer is this computer
    };

    explicit SandboxService(const SandboxOptions &options);

    static bool isFiniRoute(const QString &path);
    static QString routeName(const QByteArray &method, const QString &path);

    SandboxReply handle(const Request &request, qint64 nowMs);
    void countAnswer(const QString &route, const QString &outcome);
    int sourceCount() const;

private:
    enum class Scope { Read, Write };
    struct Caller {
        SandboxWorkspace *workspace = nullptr;
        SandboxWorkspace *other = nullptr;
    };

    void reset();
    std::optional<SandboxReply> authenticate(const Request &request, Scope scope, Caller &caller);
    SandboxReply handleFini(const Request &request, qint64 nowMs);
    SandboxReply handleSandbox(const Request &request);
    SandboxReply stats() const;

    SandboxOptions m_options;
    std::unique_ptr<SandboxWorkspace> m_demo;
    std::unique_ptr<SandboxWorkspace> m_other;
    QHash<QString, QHash<QString, int>> m_answers; // bounded: see countAnswer()
};
