#include "OrderWalk.h"

#include "Logging.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 NothingKnown = std::numeric_limits<qint64>::max();

// A page that went past `start`: it holds that source, or only sources older than it.
bool reached(const SourcePage &page, qint64 updatedAt, const QString &id)
{
    if (page.sources.isEmpty())
        return false;
    const qint64 last = page.sources.last().updatedAt;
    if (last > 0 && last < updatedAt)
        return true;
    return std::any_of(page.sources.cbegin(), page.sources.cend(),
                       [&id](const Source &source) { return source.id == id; });
}
} // namespace

OrderWalk::OrderWalk(FiniClient *client, int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pageSize(pageSize)
{}

OrderWalk::~OrderWalk()
{
    cancel();
}

void OrderWalk::start(const QStringList &typedWalks)
{
    cancel();
    m_known.clear();
    m_runningTypes = QSet<QString>(typedWalks.cbegin(), typedWalks.cend());
    m_probe.clear();
    m_readPerType.clear();
    m_readByCursors = 0;
    m_finishedRequests = 0;
    m_cursorsOpened = 0;
    m_running = true;
    openStretch(0, {});
}

void OrderWalk::cancel()
{
    for (Stretch &stretch : m_stretches) {
        if (!stretch.walker)
            continue;
        m_finishedRequests += stretch.walker->requestCount();
        stretch.walker->disconnect(this);
        stretch.walker->cancel();
        stretch.walker->deleteLater();
    }
    m_stretches.clear();
    m_running = false;
}

int OrderWalk::requestCount() const
{
    int requests = m_finishedRequests;
    for (const Stretch &stretch : m_stretches)
        requests += stretch.walker ? stretch.walker->requestCount() : 0;
    return requests;
}

void OrderWalk::noteTypedPage(const QString &type, const SourcePage &page)
{
    if (!m_running)
        return;
    QList<Known> &known = m_known[type];
    for (const Source &source : page.sources) {
        if (source.updatedAt > 0)
            known.append({source.updatedAt, source.id});
    }
    splitLongestStretch();
}

void OrderWalk::noteTypedWalkEnded(const QString &type, CursorWalker::End end)
{
    m_runningTypes.remove(type);
    if (m_probe.isEmpty() && end == CursorWalker::End::Complete
        && m_known.value(type).size() >= MinProbeSources)
        m_probe = type;
    if (m_running)
        splitLongestStretch();
}

void OrderWalk::openStretch(qsizetype index, const Known &start)
{
    auto *walker = new CursorWalker(m_client, this);
    connect(walker, &CursorWalker::pageRead, this,
            [this, walker](const SourcePage &page) { onPage(walker, page); });
    connect(walker, &CursorWalker::finished, this,
            [this, walker](CursorWalker::End end, const ApiError &error) {
                onWalkerFinished(walker, end, error);
            });
    Stretch stretch;
    stretch.walker = walker;
    stretch.start = start;
    // The top of the order needs no check; a cursor further down does.
    stretch.state = start.id.isEmpty() ? State::Walking : State::Checking;
    stretch.position = start.id.isEmpty() ? NothingKnown : start.updatedAt;
    m_stretches.insert(index, stretch);
    ++m_cursorsOpened;
    if (!start.id.isEmpty())
        Q_EMIT cursorOpening(start.id);
    SourceQuery query;
    query.limit = m_pageSize;
    query.cursor = start.id;
    walker->start(query);
}

qsizetype OrderWalk::indexOf(const CursorWalker *walker) const
{
    for (qsizetype i = 0; i < m_stretches.size(); ++i) {
        if (m_stretches.at(i).walker == walker)
            return i;
    }
    return -1;
}

void OrderWalk::onPage(CursorWalker *walker, const SourcePage &page)
{
    qsizetype index = indexOf(walker);
    if (index < 0)
        return;
    const Stretch &read = m_stretches.at(index);
    const bool honoured = read.state != State::Checking || startHonoured(read, page);
    // Whatever the server answered, these sources exist.
    Q_EMIT pageRead(page);
    index = indexOf(walker); // the owner may have cancelled or restarted the walk meanwhile
    if (index < 0)
        return;
    if (!honoured) {
        qCInfo(lcModel) << "a cursor into the order was not honoured; the one above reads on";
        forget(m_stretches.at(index).start);
        drop(index);
        endIfDone();
        return;
    }
    for (const Source &source : page.sources)
        ++m_readPerType[source.source];
    m_readByCursors += page.sources.size();
    Stretch &stretch = m_stretches[index];
    stretch.state = State::Walking;
    if (!page.sources.isEmpty() && page.sources.last().updatedAt > 0)
        stretch.position = page.sources.last().updatedAt;
    stopAtNextStart(index, page);
    splitLongestStretch();
}

bool OrderWalk::startHonoured(const Stretch &stretch, const SourcePage &page) const
{
    // The page must go on from the start: older sources than it, not the start itself.
    if (page.sources.isEmpty())
        return false;
    const Source &first = page.sources.first();
    return first.id != stretch.start.id && first.updatedAt > 0
           && first.updatedAt <= stretch.start.updatedAt;
}

void OrderWalk::stopAtNextStart(qsizetype index, const SourcePage &page)
{
    while (index + 1 < m_stretches.size()) {
        const Stretch &next = m_stretches.at(index + 1);
        if (!reached(page, next.start.updatedAt, next.start.id))
            return;
        if (next.state == State::Checking) {
            // Its start is not confirmed: this cursor has read past it and takes its stretch.
            drop(index + 1);
            continue;
        }
        m_stretches[index].walker->stop();
        return;
    }
}

void OrderWalk::drop(qsizetype index)
{
    CursorWalker *walker = m_stretches.at(index).walker;
    if (walker) {
        m_finishedRequests += walker->requestCount();
        walker->disconnect(this);
        walker->cancel();
        walker->deleteLater();
    }
    m_stretches.removeAt(index);
}

void OrderWalk::forget(const Known &start)
{
    // Never opened at again: the source moved or is gone.
    for (QList<Known> &known : m_known) {
        const auto it = std::find_if(known.begin(), known.end(),
                                     [&start](const Known &k) { return k.id == start.id; });
        if (it != known.end()) {
            known.erase(it);
            return;
        }
    }
}

void OrderWalk::onWalkerFinished(CursorWalker *walker, CursorWalker::End end, const ApiError &error)
{
    const qsizetype index = indexOf(walker);
    if (index < 0)
        return;
    if (end == CursorWalker::End::Failed && m_stretches.at(index).state == State::Checking) {
        // A server may refuse a cursor at a source that moved or is gone.
        forget(m_stretches.at(index).start);
        drop(index);
        endIfDone();
        return;
    }
    Stretch &stretch = m_stretches[index];
    m_finishedRequests += walker->requestCount();
    walker->deleteLater();
    stretch.walker = nullptr;
    if (end == CursorWalker::End::Failed || end == CursorWalker::End::Cancelled) {
        endWalk(end, error);
        return;
    }
    stretch.state = State::Done;
    endIfDone();
    if (m_running)
        splitLongestStretch();
}

// Known sources of every type are read down to the newest position among the typed walks
// still running; below that, some may not be known yet.
qint64 OrderWalk::knownDownTo() const
{
    qint64 downTo = 0;
    for (const QString &type : m_runningTypes) {
        const auto it = m_known.constFind(type);
        downTo = std::max(downTo, it == m_known.cend() || it->isEmpty() ? NothingKnown
                                                                        : it->last().updatedAt);
    }
    return downTo;
}

// Stretches are measured in the sources of the probe type, whose walk read all of them, or
// before there is one in every source known so far.
OrderWalk::Measured OrderWalk::measure() const
{
    Measured lists;
    if (!m_probe.isEmpty()) {
        lists.append(&*m_known.constFind(m_probe));
        return lists;
    }
    for (const QList<Known> &known : m_known)
        lists.append(&known);
    return lists;
}

qsizetype OrderWalk::knownBetween(const Measured &measured, qint64 above, qint64 below)
{
    qsizetype count = 0;
    for (const QList<Known> *known : measured) {
        const auto first =
            std::partition_point(known->cbegin(), known->cend(),
                                 [above](const Known &k) { return k.updatedAt >= above; });
        const auto end = std::partition_point(
            first, known->cend(), [below](const Known &k) { return k.updatedAt > below; });
        count += end - first;
    }
    return count;
}

// The known source with about `count` measured sources between `above` and it.
std::optional<OrderWalk::Known> OrderWalk::knownAt(const Measured &measured, qint64 above,
                                                   qint64 below, qsizetype count)
{
    qint64 low = below;
    qint64 high = above;
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (knownBetween(measured, above, middle) >= count)
            low = middle;
        else
            high = middle;
    }
    // Sources at `low + 1` exist: counting them tips the count over.
    for (const QList<Known> *known : measured) {
        const auto it = std::partition_point(known->cbegin(), known->cend(), [low](const Known &k) {
            return k.updatedAt > low + 1;
        });
        if (it != known->cend() && it->updatedAt == low + 1)
            return *it;
    }
    return std::nullopt;
}

OrderWalk::Split OrderWalk::longestStretch() const
{
    // With a probe type the whole order below is measured; otherwise only what is known.
    const qint64 downTo = m_probe.isEmpty() ? knownDownTo() : 0;
    const Measured measured = measure();
    Split longest;
    for (qsizetype i = 0; i < m_stretches.size(); ++i) {
        const Stretch &stretch = m_stretches.at(i);
        if (stretch.state != State::Walking)
            continue;
        const qint64 end =
            i + 1 < m_stretches.size() ? m_stretches.at(i + 1).start.updatedAt : downTo;
        const qsizetype count = knownBetween(measured, stretch.position, end);
        if (count > longest.count)
            longest = {i, count, end};
    }
    return longest;
}

// How many sources of every type one measured source stands for: as in what the order's
// cursors read, or else as in what the typed walks read.
double OrderWalk::sourcesPerMeasured() const
{
    if (m_probe.isEmpty())
        return 1.0;
    constexpr int EnoughToTell = 20;
    const qsizetype probeRead = m_readPerType.value(m_probe);
    if (probeRead >= EnoughToTell)
        return double(m_readByCursors) / double(probeRead);
    qsizetype all = 0;
    for (const QList<Known> &known : m_known)
        all += known.size();
    return double(all) / double(std::max<qsizetype>(1, m_known.value(m_probe).size()));
}

void OrderWalk::splitLongestStretch()
{
    if (m_splitting)
        return; // called again from the owner stopping its typed walks
    const QScopedValueRollback splitting(m_splitting, true);
    const double minimum = 2.0 * MinSplitPages * m_pageSize;
    while (m_running) {
        const Split longest = longestStretch();
        if (longest.index < 0 || double(longest.count) * sourcesPerMeasured() < minimum)
            return;
        qsizetype walks = m_runningTypes.size();
        for (const Stretch &stretch : std::as_const(m_stretches))
            walks += stretch.walker ? 1 : 0;
        if (walks >= MaxWalks) {
            // Once the probe type tells where sources are all through the order, the typed
            // walks only read again what the cursors of the order read: their connections
            // serve the order better.
            if (m_probe.isEmpty() || m_runningTypes.isEmpty())
                return;
            Q_EMIT typedWalksNotNeeded();
            continue;
        }
        const std::optional<Known> start = knownAt(
            measure(), m_stretches.at(longest.index).position, longest.end, longest.count / 2);
        if (!start)
            return;
        openStretch(longest.index + 1, *start);
    }
}

void OrderWalk::endIfDone()
{
    if (!m_running)
        return;
    const bool done =
        std::all_of(m_stretches.cbegin(), m_stretches.cend(),
                    [](const Stretch &stretch) { return stretch.state == State::Done; });
    if (done)
        endWalk(CursorWalker::End::Complete);
}

void OrderWalk::endWalk(CursorWalker::End end, const ApiError &error)
{
    qCInfo(lcModel) << "order read with" << m_cursorsOpened << "cursors," << requestCount()
                    << "requests";
    cancel();
    m_known.clear();
    Q_EMIT finished(end, error);
}
