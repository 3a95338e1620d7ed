#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Watches the bytes of one connection before the HTTP server parses them, request after
// request, and stops a request whose head or body is too large before it is held in memory:
// more than MaxHeaderLines header lines or MaxHeaderBytes of head → 431, a Content-Length past
// MaxBodyBytes → 413. It keeps no more than one request head.
class SandboxRequestGate
{
public:
    enum class Verdict { Pass, HeadersTooLarge, BodyTooLarge, LengthRequired };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderLines = 100;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

    // The next bytes of the connection, in order. Once a verdict other than Pass came, the
    // connection is refused and every later call returns it again.
    Verdict feed(QByteArrayView bytes);

    // The whole answer to a refused request: status, JSON error body, Connection: close.
    static QByteArray refusal(Verdict verdict);

private:
    Verdict endOfHead();

    QByteArray m_head;
    int m_headLines = 0;
    qint64 m_bodyLeft = 0;
    Verdict m_verdict = Verdict::Pass;
};
