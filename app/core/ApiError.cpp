#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// Long enough for a refusal that names a hundred IDs, so each can be told its own reason.
constexpr qsizetype MaxServerMessage = 8000;
constexpr qsizetype MaxReason = 300;

// An HTML error page reduced to the words a person would read on it.
QString textOfHtml(const QString &html)
{
    static const QRegularExpression invisible(QStringLiteral("<(script|style|head)[^>]*>.*?</\\1>"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = html;
    text.remove(invisible);
    text.replace(tag, QStringLiteral(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.replace(space, QStringLiteral(" ")).trimmed();
}

QString shortened(const QString &text)
{
    return text.size() > MaxReason ? text.left(MaxReason) + QChar(0x2026) : text;
}
} // namespace

ApiError::ApiError(Kind kind, ApiOperation operation)
    : d(new Data)
{
    d->kind = kind;
    d->operation = operation;
}

const ApiError::Data &ApiError::data() const
{
    static const Data none;
    return d ? *d : none;
}

ApiError::Data &ApiError::edit()
{
    if (!d)
        d = new Data;
    return *d;
}

void ApiError::setServerMessage(const QString &message)
{
    edit().serverMessage = message.size() > MaxServerMessage
                               ? message.left(MaxServerMessage) + QChar(0x2026)
                               : message;
}

void ApiError::setRequest(const QString &method, const QString &url)
{
    Data &request = edit();
    request.method = method;
    request.url = url;
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 429:
        return Kind::RateLimited;
    default:
        return httpStatus >= 400 && httpStatus < 500 ? Kind::BadRequest : Kind::ServerError;
    }
}

QString ApiError::extractServerMessage(const QByteArray &body)
{
    // The error body is undocumented: take `message` (a string or NestJS's list of strings)
    // or `error` from JSON, otherwise the text itself.
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonValue message = object.value(QStringLiteral("message"));
        if (message.isString())
            return message.toString();
        if (message.isArray()) {
            QStringList parts;
            for (const QJsonValue &part : message.toArray())
                parts.append(part.toString());
            return parts.join(QStringLiteral("; "));
        }
        if (object.value(QStringLiteral("error")).isString())
            return object.value(QStringLiteral("error")).toString();
        return QString::fromUtf8(trimmed);
    }
    if (trimmed.startsWith('<'))
        return textOfHtml(QString::fromUtf8(trimmed));
    return QString::fromUtf8(trimmed);
}

QString ApiError::reasonFor(const QString &id) const
{
    // Servers name refused IDs in sentences such as "Unknown document IDs: a, b. Raw-file
    // sources cannot be refreshed: c". Each ID gets the sentence that names it, without the
    // list of IDs; without such a sentence, the whole message.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;!?])\\s+|\\n+"));
    const QString message = data().serverMessage.trimmed();
    if (message.isEmpty())
        return {};
    if (!id.isEmpty()) {
        for (const QString &sentence : message.split(sentenceEnd, Qt::SkipEmptyParts)) {
            if (!sentence.contains(id))
                continue;
            const qsizetype colon = sentence.indexOf(QLatin1Char(':'));
            const QString lead = colon > 0 && sentence.indexOf(id) > colon
                                     ? sentence.left(colon).trimmed()
                                     : sentence.trimmed();
            return shortened(lead);
        }
    }
    return shortened(message);
}

bool ApiError::isUnanswered() const
{
    switch (kind()) {
    case Kind::ServerError:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::MalformedResponse:
        return true;
    default:
        return false;
    }
}

QString ApiError::explanationFor(const QString &id) const
{
    const QString reason = reasonFor(id);
    if (reason.isEmpty() || (data().kind != Kind::BadRequest && data().kind != Kind::NotFound))
        return summary();
    return tr("Fini refused it and said: “%1”.").arg(reason);
}

QString ApiError::operationName(ApiOperation operation)
{
    switch (operation) {
    case ApiOperation::ListSources:
        return tr("Loading the sources");
    case ApiOperation::GetSource:
        return tr("Loading the source");
    case ApiOperation::RefreshSources:
        return tr("Refreshing the sources");
    case ApiOperation::IngestSources:
        return tr("Adding the sources");
    case ApiOperation::DeleteSources:
        return tr("Deleting the sources");
    case ApiOperation::CrawlLinks:
        return tr("Discovering links");
    case ApiOperation::ListResources:
        return tr("Listing what the provider offers");
    case ApiOperation::RegisterResources:
        return tr("Registering the provider's pages");
    case ApiOperation::BulkGenerate:
        return tr("Generating knowledge");
    case ApiOperation::CheckJobs:
        return tr("Checking the knowledge jobs");
    }
    return {};
}

QString ApiError::summary() const
{
    const bool changesSources = data().operation == ApiOperation::RefreshSources
                                || data().operation == ApiOperation::IngestSources
                                || data().operation == ApiOperation::DeleteSources
                                // Fini asks the write scope of a crawl, though it adds nothing.
                                || data().operation == ApiOperation::CrawlLinks
                                || data().operation == ApiOperation::RegisterResources
                                || data().operation == ApiOperation::BulkGenerate;
    const QString what = operationName(data().operation);
    switch (data().kind) {
    case Kind::None:
        return {};
    case Kind::BadRequest: {
        // Fini's own words come after the advice: they say which sources and why.
        const QString said =
            data().serverMessage.trimmed().isEmpty()
                ? QString()
                : QLatin1Char(' ')
                      + tr("Fini said: “%1”.").arg(shortened(data().serverMessage.trimmed()));
        if (data().operation == ApiOperation::RefreshSources)
            return tr("Fini refused to refresh these sources. Some may no longer exist or be "
                      "uploaded files, which cannot be refreshed: delete and upload them again.")
                   + said;
        if (data().operation == ApiOperation::BulkGenerate)
            return tr("Fini refused to generate knowledge for these sources. Some may no longer "
                      "exist; reload the list and try again.")
                   + said;
        if (data().operation == ApiOperation::ListResources)
            return tr("Fini did not list this provider's pages: the provider is not connected to "
                      "this workspace. Connect it in Fini's dashboard, then try again.")
                   + said;
        if (data().operation == ApiOperation::DeleteSources)
            return tr("Fini refused to delete these sources. Some may already be deleted; "
                      "reload the list.")
                   + said;
        return tr("%1 failed because Fini did not accept the request. Reload and try again; if "
                  "it keeps failing, copy the details for your Fini administrator.")
                   .arg(what)
               + said;
    }
    case Kind::Unauthorized:
        return tr("Fini did not accept the API key: it is missing, mistyped or was revoked. "
                  "Enter a valid key for this workspace (Fini: Deploy → API Keys).");
    case Kind::Forbidden:
        if (changesSources)
            return tr("This API key can read but not change sources, or the sources belong to "
                      "another workspace. Create a key with the write scope in Fini (Deploy → "
                      "API Keys) and use it for this workspace.");
        return tr("This API key may not read this workspace's sources, or the source belongs to "
                  "another workspace. Check that the key has the read scope and belongs to "
                  "this workspace.");
    case Kind::NotFound:
        if (data().operation == ApiOperation::CheckJobs)
            return tr("Fini does not know one of these knowledge jobs in this workspace. It may "
                      "belong to another workspace or be too old.");
        return tr("Fini has no such source in this workspace. It may have been deleted; reload "
                  "the list.");
    case Kind::RateLimited:
        if (!data().retryAfterSeconds)
            return tr("Fini is receiving too many requests from this key. Wait a minute and try "
                      "again.");
        if (*data().retryAfterSeconds <= 120)
            return tr("Fini is receiving too many requests from this key. Try again in %Ln "
                      "second(s).",
                      nullptr, *data().retryAfterSeconds);
        return tr("Fini is receiving too many requests from this key and asks to wait about %Ln "
                  "minute(s), which is too long to wait here. Try again later.",
                  nullptr, int((qint64(*data().retryAfterSeconds) + 59) / 60));
    case Kind::ServerError:
        return tr("%1 failed because of a problem at Fini (HTTP %2). Nothing on your side is "
                  "wrong; try again in a few minutes.")
            .arg(what)
            .arg(data().httpStatus);
    case Kind::Timeout:
        return tr("%1 took too long: Fini did not answer in time. Check your connection and "
                  "try again.")
            .arg(what);
    case Kind::Network:
        if (data().operation == ApiOperation::BulkGenerate
            || data().operation == ApiOperation::IngestSources
            || data().operation == ApiOperation::DeleteSources)
            return tr("%1: the connection to Fini was dropped before its answer arrived, so Fini "
                      "may have done it anyway. Check in Fini (Review and Approvals, or the "
                      "sources list) before trying again.")
                .arg(what);
        return tr("%1 failed: the connection to Fini could not be made or was dropped. Check "
                  "your internet connection or proxy and try again.")
            .arg(what);
    case Kind::Tls:
        return tr("The secure connection to Fini could not be verified, so nothing was sent. "
                  "Your network may intercept secure connections; ask your IT team.");
    case Kind::MalformedResponse:
        return tr("%1 failed: Fini's answer could not be read (it was incomplete or not in the "
                  "expected format). Try again.")
            .arg(what);
    case Kind::Cancelled:
        return tr("%1 was cancelled.").arg(what);
    case Kind::InsecureUrl:
        return tr("The workspace address must start with https:// (plain http:// is only "
                  "allowed for this computer). Nothing was sent.");
    case Kind::NotAccepted:
        return tr("Fini did not confirm this source in its answer, so it was probably not "
                  "queued. Try again.");
    case Kind::TooLarge:
        return tr("%1 stopped: Fini's answer was far larger than any answer should be, so "
                  "Sourcedesk stopped reading it. Try again later; if it keeps happening, copy "
                  "the details for your Fini administrator.")
            .arg(what);
    case Kind::Redirected:
        return tr("%1 stopped: the workspace address sent Sourcedesk to another server, and "
                  "Sourcedesk does not follow that so that your API key stays private. Check the "
                  "workspace address; it may have moved.")
            .arg(what);
    case Kind::EndlessPaging:
        return tr("%1 stopped: Fini kept sending pages without end, so Sourcedesk stopped "
                  "reading. Try again later; if it keeps happening, copy the details for your "
                  "Fini administrator.")
            .arg(what);
    }
    return {};
}

QString ApiError::technicalDetails() const
{
    QStringList lines;
    if (!data().method.isEmpty())
        lines << QStringLiteral("Request: %1 %2").arg(data().method, data().url);
    if (data().httpStatus > 0)
        lines << QStringLiteral("HTTP status: %1").arg(data().httpStatus);
    if (!data().serverMessage.isEmpty())
        lines << QStringLiteral("Server message: %1").arg(data().serverMessage);
    if (!data().transportMessage.isEmpty())
        lines << QStringLiteral("Transport: %1").arg(data().transportMessage);
    if (data().retryAfterSeconds)
        lines << QStringLiteral("Retry-After: %1 s").arg(*data().retryAfterSeconds);
    if (data().attempts > 1)
        lines << QStringLiteral("Attempts: %1").arg(data().attempts);
    return lines.join(QLatin1Char('\n'));
}
