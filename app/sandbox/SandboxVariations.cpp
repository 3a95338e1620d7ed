#include "SandboxVariations.h"

SandboxVariations SandboxVariations::all()
{
    SandboxVariations v;
    v.pageCap = 20;
    v.errorBody = ErrorBody::Text;
    v.keepUpdatedAt = true;
    v.transientStatus = QStringLiteral("QUEUED");
    v.extraTypes = true;
    v.shuffleAnswers = true;
    v.plainTimestamps = true;
    v.sparse = true;
    v.otherResourceKeys = true;
    v.unknownCursor = UnknownCursor::Empty;
    return v;
}

QList<SandboxVariations::Preset> SandboxVariations::presets()
{
    const SandboxVariations everything = all();
    const auto only = [](auto change) {
        SandboxVariations v;
        change(v);
        return v;
    };
    return {
        {QStringLiteral("page-cap-20"), only([&](auto &v) { v.pageCap = everything.pageCap; })},
        {QStringLiteral("error-body-text"), only([](auto &v) { v.errorBody = ErrorBody::Text; })},
        {QStringLiteral("error-body-html"), only([](auto &v) { v.errorBody = ErrorBody::Html; })},
        {QStringLiteral("keep-updated-at"), only([](auto &v) { v.keepUpdatedAt = true; })},
        {QStringLiteral("transient-status"),
         only([&](auto &v) { v.transientStatus = everything.transientStatus; })},
        {QStringLiteral("extra-types"), only([](auto &v) { v.extraTypes = true; })},
        {QStringLiteral("shuffle-answers"), only([](auto &v) { v.shuffleAnswers = true; })},
        {QStringLiteral("plain-timestamps"), only([](auto &v) { v.plainTimestamps = true; })},
        {QStringLiteral("sparse"), only([](auto &v) { v.sparse = true; })},
        {QStringLiteral("unknown-cursor-empty"),
         only([](auto &v) { v.unknownCursor = UnknownCursor::Empty; })},
        {QStringLiteral("unknown-cursor-top"),
         only([](auto &v) { v.unknownCursor = UnknownCursor::Top; })},
        {QStringLiteral("other-resource-keys"), only([](auto &v) { v.otherResourceKeys = true; })},
        {QStringLiteral("all"), everything},
    };
}

QString SandboxVariations::errorBodyName(ErrorBody form)
{
    switch (form) {
    case ErrorBody::Text:
        return QStringLiteral("text");
    case ErrorBody::Html:
        return QStringLiteral("html");
    case ErrorBody::Json:
        break;
    }
    return QStringLiteral("json");
}

QString SandboxVariations::unknownCursorName(UnknownCursor answer)
{
    switch (answer) {
    case UnknownCursor::Empty:
        return QStringLiteral("empty");
    case UnknownCursor::Top:
        return QStringLiteral("top");
    case UnknownCursor::Refuse:
        break;
    }
    return QStringLiteral("refuse");
}

QStringList SandboxVariations::arguments() const
{
    QStringList args;
    if (pageCap > 0)
        args << QStringLiteral("--page-cap") << QString::number(pageCap);
    if (errorBody != ErrorBody::Json)
        args << QStringLiteral("--error-body") << errorBodyName(errorBody);
    if (keepUpdatedAt)
        args << QStringLiteral("--keep-updated-at");
    if (!transientStatus.isEmpty())
        args << QStringLiteral("--transient-status") << transientStatus;
    if (extraTypes)
        args << QStringLiteral("--extra-types");
    if (shuffleAnswers)
        args << QStringLiteral("--shuffle-answers");
    if (plainTimestamps)
        args << QStringLiteral("--plain-timestamps");
    if (sparse)
        args << QStringLiteral("--sparse");
    if (otherResourceKeys)
        args << QStringLiteral("--other-resource-keys");
    if (unknownCursor != UnknownCursor::Refuse)
        args << QStringLiteral("--unknown-cursor") << unknownCursorName(unknownCursor);
    return args;
}
