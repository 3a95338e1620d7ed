#include "SourceCache.h"

#include <cstddef>
#include <cstdint>

// Saved tables as a damaged or foreign file may hold them: SourceCache::parse reads any bytes
// without crashing, reading out of bounds, or allocating what a count merely claims.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString problem;
    if (const auto snapshot = SourceCache::parse(bytes, QStringLiteral("fuzz"), &problem))
        for (const SourceRow &row : snapshot->rows)
            (void)row.id.size();
    return 0;
}
