#include "SourceCache.h"

#include "DataFolder.h"
#include "Logging.h"

#include <QDataStream>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSaveFile>

namespace {
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;
// No workspace comes near this; a count above it is a damaged file, not a reason to allocate.
constexpr quint32 MaxRows = 20'000'000;

void writeRow(QDataStream &out, const SourceRow &row)
{
    out << row.id << row.title << row.source << row.status << row.linkedOperation
        << row.linkedKnowledgeId << row.url << row.error << row.updatedAt << row.createdAt
        << row.changed << row.english << row.success;
}

void readRow(QDataStream &in, SourceRow &row)
{
    in >> row.id >> row.title >> row.source >> row.status >> row.linkedOperation
        >> row.linkedKnowledgeId >> row.url >> row.error >> row.updatedAt >> row.createdAt
        >> row.changed >> row.english >> row.success;
}
} // namespace

SourceCache::SourceCache(const QString &path, const QString &workspace, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_workspace(workspace)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("source-cache"));
}

SourceCache::~SourceCache()
{
    waitForWrites();
}

QString SourceCache::defaultPath(const QString &scope)
{
    return DataFolder::file(QStringLiteral("sources-"), scope, QStringLiteral(".cache"));
}

void SourceCache::read(QObject *context, std::function<void(std::optional<Snapshot>)> done)
{
    m_pool.start([path = m_path, workspace = m_workspace, context = QPointer<QObject>(context),
                  done = std::move(done)] {
        QElapsedTimer clock;
        clock.start();
        QString problem;
        std::optional<Snapshot> snapshot = readFile(path, workspace, &problem);
        if (!problem.isEmpty()) {
            qCWarning(lcModel).noquote()
                << "source cache" << path << "discarded:" << problem << "- loading from Fini";
            QFile::remove(path);
        } else if (snapshot) {
            qCInfo(lcModel) << "source cache read:" << snapshot->rows.size() << "rows in"
                            << clock.elapsed() << "ms";
        }
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [done, snapshot = std::move(snapshot)]() mutable { done(std::move(snapshot)); },
            Qt::QueuedConnection);
    });
}

void SourceCache::write(const QList<SourceRow> &rows, qint64 syncedTo)
{
    Snapshot snapshot{m_workspace, QDateTime::currentMSecsSinceEpoch(), syncedTo, rows, {}};
    m_pool.start([path = m_path, snapshot = std::move(snapshot)] {
        QElapsedTimer clock;
        clock.start();
        QString error;
        if (writeFile(path, snapshot, &error))
            qCDebug(lcModel) << "source cache written:" << snapshot.rows.size() << "rows in"
                             << clock.elapsed() << "ms";
        else
            qCWarning(lcModel).noquote() << "source cache" << path << "not written:" << error;
    });
}

void SourceCache::remove()
{
    waitForWrites();
    QFile::remove(m_path);
}

void SourceCache::waitForWrites()
{
    m_pool.waitForDone();
}

std::optional<SourceCache::Snapshot>
SourceCache::readFile(const QString &path, const QString &workspace, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    // One read of the whole file, then the rows from memory: far fewer calls than a stream
    // on the file.
    const QByteArray bytes = file.readAll();
    QDataStream in(bytes);
    in.setVersion(StreamVersion);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return fail(QStringLiteral("not a source cache"));
    if (version != Version)
        return fail(QStringLiteral("version %1, this Sourcedesk reads version %2")
                        .arg(version)
                        .arg(Version));
    Snapshot snapshot;
    quint32 count = 0;
    in >> snapshot.workspace >> snapshot.savedAt >> snapshot.syncedTo >> count;
    if (in.status() != QDataStream::Ok || count > MaxRows)
        return fail(QStringLiteral("damaged header"));
    if (snapshot.workspace != workspace)
        return fail(QStringLiteral("written for workspace %1").arg(snapshot.workspace));
    // Each row takes far more than a byte: a count the file cannot hold is damage.
    if (count > bytes.size())
        return fail(QStringLiteral("damaged header"));
    snapshot.rows.resize(count);
    for (SourceRow &row : snapshot.rows) {
        readRow(in, row);
        if (in.status() != QDataStream::Ok)
            return fail(QStringLiteral("damaged or cut short"));
        snapshot.searchKeys.append(SourceRow::makeSearchKey(row));
    }
    if (!in.atEnd())
        return fail(QStringLiteral("unexpected data after the rows"));
    return snapshot;
}

bool SourceCache::writeFile(const QString &path, const Snapshot &snapshot, QString *error)
{
    // A new file replaces the old one only once it is complete: a crash leaves the old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(StreamVersion);
    // Text as it is in memory on every usual machine: read without turning each character.
    out.setByteOrder(QDataStream::LittleEndian);
    out << Magic << Version << snapshot.workspace << snapshot.savedAt << snapshot.syncedTo
        << quint32(snapshot.rows.size());
    for (const SourceRow &row : snapshot.rows)
        writeRow(out, row);
    if (out.status() != QDataStream::Ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
