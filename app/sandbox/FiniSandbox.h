#pragma once

#include "SandboxFaults.h"
#include "SandboxOptions.h"
#include "SandboxService.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

#include <memory>
#include <vector>

class SandboxTcpServer;
class SandboxExchange;

// fini-sandbox: the simulated Fini public API on a real HTTP server. Tests, the benchmark,
// the demo workspace and the fini-sandbox executable all start it in-process.
class FiniSandbox : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString writeKey() { return QStringLiteral("fini_demo_write"); }
    static QString readKey() { return QStringLiteral("fini_demo_read"); }
    static QString otherWorkspaceKey() { return QStringLiteral("fini_other_write"); }
    static QString revokedKey() { return QStringLiteral("fini_demo_revoked"); }

    explicit FiniSandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~FiniSandbox() override;

    // Binds to a loopback address by default; port 0 picks a free port.
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
               quint16 port = 0);
    QUrl url() const;
    QString errorString() const;
    int sourceCount() const;
    // Changes the fault injection of a running sandbox (in-process tests only).
    void setFaults(const SandboxOptions &options);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    void dispatch(const QHttpServerRequest &request, SandboxExchange &&exchange);
    void answer(SandboxExchange &&exchange, int delayMs, const SandboxReply &reply,
                const QByteArray &retryAfter = {});

    SandboxService m_service;
    SandboxFaults m_faults;
    SandboxVariations m_variations;
    SandboxTcpServer *m_tcpServer = nullptr;
    QString m_errorString;
    std::vector<std::unique_ptr<SandboxExchange>> m_stalled;
};
