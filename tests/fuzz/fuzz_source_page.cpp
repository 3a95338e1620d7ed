#include "Source.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// List sources answers as any server may send them: SourcePage reads every JSON document
// without crashing, reading out of bounds or looping.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    QString problem;
    if (const auto page = SourcePage::fromJson(document.object(), &problem))
        for (const Source &source : page->sources)
            (void)source.id.size();
    return 0;
}
