#include "ApiError.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Error bodies are undocumented (JSON, NestJS lists, plain text, HTML pages): reading the
// server's message and each refused ID's reason from any bytes ends, and stays bounded.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiError error(ApiError::Kind::BadRequest, ApiOperation::RefreshSources);
    error.setServerMessage(ApiError::extractServerMessage(bytes));
    (void)error.reasonFor(QStringLiteral("0c6f1d2e-4b1a-4e0a-9f7e-2a1b3c4d5e6f"));
    (void)error.explanationFor(QString::fromLatin1(bytes.left(36)));
    (void)error.summary();
    return 0;
}
