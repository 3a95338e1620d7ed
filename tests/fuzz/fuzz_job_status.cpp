#include "KnowledgeTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// Check knowledge jobs and Bulk generate answers: every element of `jobs` is read as a
// knowledge job and as a queued job, whatever its shape.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonArray jobs = document.object().value(QLatin1String("jobs")).toArray();
    for (const QJsonValue &job : jobs) {
        (void)KnowledgeJob::fromJson(job.toObject());
        (void)GeneratedJob::fromJson(job.toObject());
    }
    return 0;
}
