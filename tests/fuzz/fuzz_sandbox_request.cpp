#include "SandboxRequestGate.h"
#include "SandboxService.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

// fini-sandbox's side of a request: the raw bytes through the gate that screens heads and
// bodies (fed in two parts, as reads split them), then, when the gate lets them through, the
// method, target and body through the service's routing and validation.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static SandboxService service([] {
        SandboxOptions options;
        options.sources = 60;
        options.pendingMs = 0;
        options.runningMs = 0;
        return options;
    }());
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    SandboxRequestGate gate;
    const qsizetype half = bytes.size() / 2;
    if (gate.feed(QByteArrayView(bytes).first(half)) != SandboxRequestGate::Verdict::Pass
        || gate.feed(QByteArrayView(bytes).sliced(half)) != SandboxRequestGate::Verdict::Pass)
        return 0;

    // "METHOD target\nAuthorization\nbody…", the parts the HTTP server hands the service.
    const QList<QByteArray> parts = bytes.split('\n');
    const QList<QByteArray> line = parts.value(0).split(' ');
    const QUrl target(QString::fromUtf8(line.value(1)));
    SandboxService::Request request{line.value(0),  target.path(),           QUrlQuery(target),
                                    parts.value(1), parts.mid(2).join('\n'), true};
    (void)service.handle(request, 1700000000000LL + qint64(size));
    return 0;
}
