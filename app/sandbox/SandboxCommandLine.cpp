#include "SandboxCommandLine.h"

#include "FiniSandbox.h"
#include "SandboxProviders.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <initializer_list>

namespace SandboxCommandLine {

namespace {

struct NumberOption {
    const char *name;
    const char *help;
    const char *fallback;
};

constexpr NumberOption Numbers[] = {
    {"sources", "Number of sources in the demo workspace.", "2500"},
    {"seed", "Seed of the workspace and of the fault draws.", "1"},
    {"pending-ms", "Time a queued source or job stays PENDING.", "1500"},
    {"running-ms", "Time a source or job stays IN_PROGRESS.", "3000"},
    {"job-fail-rate", "Share of knowledge jobs that end FAILED (0..1).", "0.05"},
    {"latency-ms", "Delay before every answer.", "0"},
    {"jitter-ms", "Random extra delay, up to this many ms.", "0"},
    {"fail-rate", "Share of requests answered 500 (0..1).", "0"},
    {"fail-first", "The first N requests are answered 500.", "0"},
    {"reset-rate", "Share of requests whose connection is dropped (0..1).", "0"},
    {"malformed-rate", "Share of requests answered with truncated JSON (0..1).", "0"},
    {"stall-rate", "Share of requests never answered (0..1).", "0"},
    {"rate-limit", "Requests per key per minute before 429 (0 = no limit).", "0"},
};

// The legal variations of sandbox-spec.md that are plain switches.
struct FlagOption {
    const char *name;
    const char *help;
    bool SandboxVariations::*member;
};

constexpr FlagOption Flags[] = {
    {"keep-updated-at",
     "Variation: refresh and job status changes do not move updatedAt; only content changes do.",
     &SandboxVariations::keepUpdatedAt},
    {"extra-types",
     "Variation: the oldest 2 % of the sources carry a source type fini-api.md does not list.",
     &SandboxVariations::extraTypes},
    {"shuffle-answers",
     "Variation: refresh answers and job lists come in an order other than the request's.",
     &SandboxVariations::shuffleAnswers},
    {"plain-timestamps", "Variation: ISO 8601 timestamps without milliseconds.",
     &SandboxVariations::plainTimestamps},
    {"sparse", "Variation: optional fields missing or null in some records.",
     &SandboxVariations::sparse},
    {"other-resource-keys",
     "Variation: Zendesk and Confluence resources use other key names (name, html_url, webUrl, "
     "key, children, numeric IDs).",
     &SandboxVariations::otherResourceKeys},
};

const QStringList &documentedStatuses()
{
    static const QStringList statuses{QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS"),
                                      QStringLiteral("COMPLETED"), QStringLiteral("FAILED")};
    return statuses;
}

// Sets `target` to the candidate whose name is `value`.
template<typename Choice>
bool pick(const QString &value, std::initializer_list<Choice> candidates, QString (*nameOf)(Choice),
          Choice *target)
{
    for (const Choice candidate : candidates) {
        if (value == nameOf(candidate)) {
            *target = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("host"),
                      QCoreApplication::translate("SandboxCommandLine", "Address to listen on."),
                      QStringLiteral("address"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("SandboxCommandLine",
                                                  "Port to listen on (0 picks a free one)."),
                      QStringLiteral("port"), QStringLiteral("0")});
    for (const NumberOption &option : Numbers)
        parser.addOption({QString::fromLatin1(option.name),
                          QCoreApplication::translate("SandboxCommandLine", option.help),
                          QStringLiteral("n"), QString::fromLatin1(option.fallback)});

    parser.addOption({QStringLiteral("disconnected"),
                      QCoreApplication::translate(
                          "SandboxCommandLine",
                          "Providers the demo workspace has not connected, separated by commas "
                          "(notion, zendesk, confluence; by default all three are connected)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("page-cap"),
                      QCoreApplication::translate(
                          "SandboxCommandLine",
                          "Variation: never more than N records in a List sources page, whatever "
                          "limit asks (0 = no cap)."),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("error-body"),
         QCoreApplication::translate(
             "SandboxCommandLine",
             "Variation: error bodies as the spec's JSON, plain text or an HTML page."),
         QStringLiteral("json|text|html"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("unknown-cursor"),
                      QCoreApplication::translate(
                          "SandboxCommandLine",
                          "Variation: a List sources cursor at a deleted source is refused (400), "
                          "answered with an empty last page, or read from the top of the order."),
                      QStringLiteral("refuse|empty|top"), QStringLiteral("refuse")});
    parser.addOption({QStringLiteral("transient-status"),
                      QCoreApplication::translate(
                          "SandboxCommandLine",
                          "Variation: queued sources and knowledge jobs show this undocumented "
                          "status (e.g. QUEUED) for the first half of their pending time."),
                      QStringLiteral("name")});
    for (const FlagOption &option : Flags)
        parser.addOption({QString::fromLatin1(option.name),
                          QCoreApplication::translate("SandboxCommandLine", option.help)});
    parser.addOption({QStringLiteral("all-variations"),
                      QCoreApplication::translate(
                          "SandboxCommandLine",
                          "Every variation at once: --page-cap 20 --error-body text "
                          "--transient-status QUEUED --unknown-cursor empty and all the switches; "
                          "a variation option "
                          "given as well overrides its part.")});
}

Parsed read(const QCommandLineParser &parser)
{
    Parsed parsed;
    // Every number is checked: NaN passes no range test by comparison, and a count with a
    // fraction would be cut without a word.
    const auto check = [&](const char *name, double min, double max, bool whole) {
        bool ok = false;
        const QString text = parser.value(QString::fromLatin1(name));
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < min || value > max
            || (whole && value != std::floor(value))) {
            parsed.error = QCoreApplication::translate("SandboxCommandLine",
                                                       "--%1 must be a number from %2 to %3.")
                               .arg(QString::fromLatin1(name))
                               .arg(min)
                               .arg(max);
            return min;
        }
        return value;
    };
    const auto number = [&](const char *name, double min, double max) {
        return check(name, min, max, true);
    };
    const auto share = [&](const char *name) { return check(name, 0, 1, false); };
    SandboxOptions &o = parsed.options;
    o.sources = int(number("sources", 0, 1000000));
    o.seed = quint32(number("seed", 0, 4294967295.0));
    o.pendingMs = int(number("pending-ms", 0, 3600000));
    o.runningMs = int(number("running-ms", 0, 3600000));
    o.jobFailRate = share("job-fail-rate");
    o.latencyMs = int(number("latency-ms", 0, 600000));
    o.jitterMs = int(number("jitter-ms", 0, 600000));
    o.failRate = share("fail-rate");
    o.failFirst = int(number("fail-first", 0, 1000000));
    o.resetRate = share("reset-rate");
    o.malformedRate = share("malformed-rate");
    o.stallRate = share("stall-rate");
    o.rateLimitPerMinute = int(number("rate-limit", 0, 1000000));
    parsed.port = quint16(number("port", 0, 65535));
    if (parser.isSet(QStringLiteral("disconnected"))) {
        o.disconnectedProviders = parser.value(QStringLiteral("disconnected"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &provider : std::as_const(o.disconnectedProviders)) {
            if (!SandboxProviders::names().contains(provider.trimmed()))
                parsed.error = QCoreApplication::translate(
                    "SandboxCommandLine",
                    "--disconnected takes notion, zendesk and confluence, separated by commas.");
        }
        for (QString &provider : o.disconnectedProviders)
            provider = provider.trimmed();
    }

    SandboxVariations &v = o.variations;
    if (parser.isSet(QStringLiteral("all-variations")))
        v = SandboxVariations::all();
    if (parser.isSet(QStringLiteral("page-cap")))
        v.pageCap = int(number("page-cap", 0, 100));
    if (parser.isSet(QStringLiteral("error-body"))
        && !pick(parser.value(QStringLiteral("error-body")),
                 {SandboxVariations::ErrorBody::Json, SandboxVariations::ErrorBody::Text,
                  SandboxVariations::ErrorBody::Html},
                 &SandboxVariations::errorBodyName, &v.errorBody))
        parsed.error = QCoreApplication::translate("SandboxCommandLine",
                                                   "--error-body must be json, text or html.");
    if (parser.isSet(QStringLiteral("unknown-cursor"))
        && !pick(parser.value(QStringLiteral("unknown-cursor")),
                 {SandboxVariations::UnknownCursor::Refuse, SandboxVariations::UnknownCursor::Empty,
                  SandboxVariations::UnknownCursor::Top},
                 &SandboxVariations::unknownCursorName, &v.unknownCursor))
        parsed.error = QCoreApplication::translate(
            "SandboxCommandLine", "--unknown-cursor must be refuse, empty or top.");
    if (parser.isSet(QStringLiteral("transient-status"))) {
        v.transientStatus = parser.value(QStringLiteral("transient-status")).trimmed();
        // A documented status would make the state machine's steps indistinguishable.
        if (v.transientStatus.isEmpty() || documentedStatuses().contains(v.transientStatus))
            parsed.error = QCoreApplication::translate(
                "SandboxCommandLine", "--transient-status must name a status other than PENDING, "
                                      "IN_PROGRESS, COMPLETED and FAILED.");
    }
    for (const FlagOption &option : Flags) {
        if (parser.isSet(QString::fromLatin1(option.name)))
            v.*option.member = true;
    }
    parsed.host = QHostAddress(parser.value(QStringLiteral("host")));
    if (parsed.host.isNull())
        parsed.error =
            QCoreApplication::translate("SandboxCommandLine", "--host must be an IP address.");
    return parsed;
}

int run(const Parsed &parsed)
{
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error));
        return 2;
    }
    FiniSandbox sandbox(parsed.options);
    if (!sandbox.start(parsed.host, parsed.port)) {
        std::fprintf(stderr, "fini-sandbox: cannot listen: %s\n",
                     qPrintable(sandbox.errorString()));
        return 1;
    }
    std::printf("fini-sandbox listening on %s\n", qPrintable(sandbox.url().toString()));
    std::printf("keys: %s (read, write), %s (read), %s (other workspace), %s (revoked)\n",
                qPrintable(FiniSandbox::writeKey()), qPrintable(FiniSandbox::readKey()),
                qPrintable(FiniSandbox::otherWorkspaceKey()),
                qPrintable(FiniSandbox::revokedKey()));
    const QStringList variations = parsed.options.variations.arguments();
    if (!variations.isEmpty())
        std::printf("variations: %s\n", qPrintable(variations.join(QLatin1Char(' '))));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace SandboxCommandLine
