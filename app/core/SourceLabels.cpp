#include "SourceLabels.h"

#include <QCoreApplication>

namespace SourceLabels {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SourceLabels", text);
}
} // namespace

QStringList knownSourceTypes()
{
    return {QStringLiteral("web"),        QStringLiteral("zendesk"),     QStringLiteral("notion"),
            QStringLiteral("confluence"), QStringLiteral("googledrive"), QStringLiteral("files")};
}

QString sourceType(const QString &value)
{
    if (value == QLatin1String("web"))
        return tr("Web page");
    if (value == QLatin1String("zendesk"))
        return tr("Zendesk");
    if (value == QLatin1String("notion"))
        return tr("Notion");
    if (value == QLatin1String("confluence"))
        return tr("Confluence");
    if (value == QLatin1String("googledrive"))
        return tr("Google Drive");
    if (value == QLatin1String("files"))
        return tr("Uploaded file");
    return value;
}

QString status(const QString &value)
{
    if (value == QLatin1String("PENDING"))
        return tr("Queued");
    if (value == QLatin1String("IN_PROGRESS"))
        return tr("Refreshing");
    if (value == QLatin1String("COMPLETED"))
        return tr("Completed");
    if (value == QLatin1String("FAILED"))
        return tr("Failed");
    return value;
}

QString operation(const QString &value)
{
    if (value.isEmpty())
        return tr("Not linked");
    if (value == QLatin1String("ADD_ARTICLE_TO_FOLDER"))
        return tr("Add article to folder");
    if (value == QLatin1String("UPDATE_ARTICLE"))
        return tr("Update article");
    if (value == QLatin1String("DO_NOTHING"))
        return tr("No change");
    if (value == QLatin1String("CREATE_SUBFOLDER_AND_ARTICLE"))
        return tr("Create folder and article");
    return value;
}

QString language(bool english)
{
    return english ? tr("English") : tr("Other");
}

} // namespace SourceLabels
