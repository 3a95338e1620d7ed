#include "SourceCache.h"

#include "DataFolder.h"
#include "Logging.h"

#include <QDataStream>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSaveFile>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>

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

// What QDataStream (Qt 6.4, little-endian) wrote, read in place. Through a stream every field
// of every row went through QIODevice: 1.3 million calls for 100,000 rows.
class SnapshotBytes
{
public:
    explicit SnapshotBytes(const QByteArray &bytes)
        : m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype left() const { return m_end - m_at; }

    template<typename Number>
    Number number()
    {
        Number value = 0;
        if (has(sizeof value)) {
            std::memcpy(&value, m_at, sizeof value);
            m_at += sizeof value;
        }
        return qFromLittleEndian(value);
    }

    bool boolean() { return number<qint8>() != 0; }

    // A string into `text`. When it says what `text` says already, `text` is kept: rows next
    // to each other mostly share their type, status and operation, and then share one string.
    void string(QString &text)
    {
        const quint32 bytes = number<quint32>();
        if (bytes == NullString) {
            text = QString();
            return;
        }
        if (bytes % 2 != 0 || !has(bytes))
            return fail();
        const qsizetype length = bytes / 2;
        // Compared and copied as bytes: a string can start at an odd offset.
        if (text.size() != length || std::memcmp(text.constData(), m_at, bytes) != 0) {
            text = QString(length, Qt::Uninitialized);
            std::memcpy(text.data(), m_at, bytes);
            if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
                for (QChar &unit : text)
                    unit = QChar(qFromLittleEndian(unit.unicode()));
            }
        }
        m_at += bytes;
    }

private:
    static constexpr quint32 NullString = 0xffffffff;

    bool has(qsizetype bytes)
    {
        if (left() < bytes)
            fail();
        return m_ok;
    }
    void fail()
    {
        m_ok = false;
        m_at = m_end;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

// `row` holds the row read before it, whose strings it keeps where they are the same.
void readRow(SnapshotBytes &in, SourceRow &row)
{
    for (QString *text : {&row.id, &row.title, &row.source, &row.status, &row.linkedOperation,
                          &row.linkedKnowledgeId, &row.url, &row.error})
        in.string(*text);
    row.updatedAt = in.number<qint64>();
    row.createdAt = in.number<qint64>();
    row.changed = in.boolean();
    row.english = in.boolean();
    row.success = in.boolean();
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

void SourceCache::read(QObject *context, std::function<void(qint64 syncedTo)> headerRead,
                       std::function<void(std::optional<Opened>)> done)
{
    m_pool.start([path = m_path, workspace = m_workspace, context = QPointer<QObject>(context),
                  headerRead = std::move(headerRead), done = std::move(done)] {
        QElapsedTimer clock;
        clock.start();
        QString problem;
        std::optional<Snapshot> snapshot =
            readFile(path, workspace, &problem, [&](const Snapshot &header) {
                if (context)
                    QMetaObject::invokeMethod(
                        context.data(),
                        [headerRead, syncedTo = header.syncedTo] { headerRead(syncedTo); },
                        Qt::QueuedConnection);
            });
        std::optional<Opened> opened;
        if (!problem.isEmpty()) {
            qCWarning(lcModel).noquote()
                << "source cache" << path << "discarded:" << problem << "- loading from Fini";
            QFile::remove(path);
        } else if (snapshot) {
            opened =
                Opened{snapshot->savedAt, SourceTableModel::prepare(std::move(snapshot->rows))};
            qCInfo(lcModel) << "source cache read:" << opened->table.rows.size() << "rows in"
                            << clock.elapsed() << "ms";
        }
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context.data(),
            [done, opened = std::move(opened)]() mutable { done(std::move(opened)); },
            Qt::QueuedConnection);
    });
}

void SourceCache::write(const QList<SourceRow> &rows, qint64 syncedTo)
{
    Snapshot snapshot{m_workspace, QDateTime::currentMSecsSinceEpoch(), syncedTo, rows};
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
SourceCache::readFile(const QString &path, const QString &workspace, QString *problem,
                      const std::function<void(const Snapshot &header)> &headerRead)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = file.errorString();
        return std::nullopt;
    }
    return parse(file.readAll(), workspace, problem, headerRead);
}

std::optional<SourceCache::Snapshot>
SourceCache::parse(const QByteArray &bytes, const QString &workspace, QString *problem,
                   const std::function<void(const Snapshot &header)> &headerRead)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    SnapshotBytes in(bytes);
    const quint32 magic = in.number<quint32>();
    const quint32 version = in.number<quint32>();
    if (!in.ok() || magic != Magic)
        return fail(QStringLiteral("not a source cache"));
    if (version != Version)
        return fail(QStringLiteral("version %1, this Sourcedesk reads version %2")
                        .arg(version)
                        .arg(Version));
    Snapshot snapshot;
    in.string(snapshot.workspace);
    snapshot.savedAt = in.number<qint64>();
    snapshot.syncedTo = in.number<qint64>();
    const quint32 count = in.number<quint32>();
    // Each row takes far more than a byte: a count the file cannot hold is damage.
    if (!in.ok() || count > MaxRows || count > in.left())
        return fail(QStringLiteral("damaged header"));
    if (snapshot.workspace != workspace)
        return fail(QStringLiteral("written for workspace %1").arg(snapshot.workspace));
    if (headerRead)
        headerRead(snapshot);
    snapshot.rows.reserve(count);
    SourceRow row;
    for (quint32 i = 0; i < count; ++i) {
        readRow(in, row);
        if (!in.ok())
            return fail(QStringLiteral("damaged or cut short"));
        snapshot.rows.append(row);
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
