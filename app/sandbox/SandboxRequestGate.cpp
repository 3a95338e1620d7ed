#include "SandboxRequestGate.h"

#include "SandboxReply.h"

#include <QList>

SandboxRequestGate::Verdict SandboxRequestGate::feed(QByteArrayView bytes)
{
    qsizetype at = 0;
    while (m_verdict == Verdict::Pass && at < bytes.size()) {
        if (m_bodyLeft > 0) {
            const qsizetype take = qsizetype(std::min<qint64>(m_bodyLeft, bytes.size() - at));
            m_bodyLeft -= take;
            at += take;
            continue;
        }
        // One byte at a time through the head: the end "\r\n\r\n" may be split across reads.
        const char byte = bytes.at(at++);
        m_head.append(byte);
        if (byte == '\n')
            ++m_headLines;
        // The request line and the empty line that ends the head are not header lines.
        if (m_head.size() > MaxHeaderBytes || m_headLines > MaxHeaderLines + 2)
            m_verdict = Verdict::HeadersTooLarge;
        else if (m_head.endsWith("\r\n\r\n") || m_head.endsWith("\n\n"))
            m_verdict = endOfHead();
    }
    return m_verdict;
}

SandboxRequestGate::Verdict SandboxRequestGate::endOfHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    m_headLines = 0;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return Verdict::LengthRequired; // no client of the sandbox streams a body
        if (name != "content-length")
            continue;
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxBodyBytes)
            return Verdict::BodyTooLarge;
        m_bodyLeft = length;
    }
    return Verdict::Pass;
}

QByteArray SandboxRequestGate::refusal(Verdict verdict)
{
    const int status = verdict == Verdict::HeadersTooLarge ? 431
                       : verdict == Verdict::BodyTooLarge  ? 413
                                                           : 411;
    const QString message =
        verdict == Verdict::HeadersTooLarge
            ? QStringLiteral("Request headers too large: at most %1 lines and %2 bytes")
                  .arg(MaxHeaderLines)
                  .arg(MaxHeaderBytes)
        : verdict == Verdict::BodyTooLarge
            ? QStringLiteral("Request body too large: at most %1 bytes").arg(MaxBodyBytes)
            : QStringLiteral("A Content-Length is required");
    const SandboxReply reply = SandboxReply::error(status, message);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + SandboxReply::reasonPhrase(status)
           + "\r\nContent-Type: " + reply.contentType + "\r\nContent-Length: "
           + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
}
