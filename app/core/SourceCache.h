#pragma once

#include "SourceRow.h"
#include "SourceTableModel.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>

// The table of one workspace kept on disk, so that the workspace opens with its rows at once
// and only asks Fini what changed since. A binary snapshot (magic, version, workspace, then
// the rows) rather than SQLite: the whole table is always read and written at once, and reading
// 100,000 rows from one stream is several times faster than from a query. It holds exactly
// what the table holds of the list endpoint's answers: no key, no content. Reads and writes
// run on a thread of their own, in the order asked; a file that is damaged, of another version
// or of another workspace is discarded with a line in the log.
class SourceCache : public QObject
{
    Q_OBJECT

public:
    struct Snapshot {
        QString workspace;
        qint64 savedAt = 0; // our clock
        // The newest `updatedAt` a read of the top of the order met (Fini's clock); 0 when no
        // load ever got that far, so a delta cannot be trusted.
        qint64 syncedTo = 0;
        QList<SourceRow> rows;
    };
    // What read() hands over after the header: when the snapshot was saved, and its rows
    // prepared for the table by the thread that read them.
    struct Opened {
        qint64 savedAt = 0;
        SourceTableModel::Contents table;
    };

    static constexpr quint32 Magic = 0x53444b43; // "SDKC"
    static constexpr quint32 Version = 1;

    SourceCache(const QString &path, const QString &workspace, QObject *parent = nullptr);
    // Waits for the writes asked for so far.
    ~SourceCache() override;

    QString path() const { return m_path; }

    // Calls `headerRead` on `context`'s thread with the `syncedTo` of an intact header of this
    // workspace as soon as it is read, then `done` with what the file holds, or with nothing
    // when there is no usable cache. Nothing is called once `context` is gone.
    void read(QObject *context, std::function<void(qint64 syncedTo)> headerRead,
              std::function<void(std::optional<Opened>)> done);
    // Writes these rows after the writes asked for before. A copy of a QList is shared, not
    // copied, so this costs the caller nothing.
    void write(const QList<SourceRow> &rows, qint64 syncedTo);
    // Waits for the writes, then deletes the file.
    void remove();
    void waitForWrites();

    static QString defaultPath(const QString &scope);
    // The file's snapshot when it is this workspace's and intact; otherwise nothing, and
    // `problem` says why (empty when there simply is no file).
    static std::optional<Snapshot>
    readFile(const QString &path, const QString &workspace, QString *problem = nullptr,
             const std::function<void(const Snapshot &header)> &headerRead = {});
    // The same, from the file's bytes. `headerRead`, when given, is called with the header
    // (no rows yet) once it is found intact and this workspace's.
    static std::optional<Snapshot>
    parse(const QByteArray &bytes, const QString &workspace, QString *problem = nullptr,
          const std::function<void(const Snapshot &header)> &headerRead = {});
    static bool writeFile(const QString &path, const Snapshot &snapshot, QString *error = nullptr);

private:
    QString m_path;
    QString m_workspace;
    // One thread: the writes land in the order asked, and a read sees the writes before it.
    QThreadPool m_pool;
};
