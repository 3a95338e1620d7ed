#include "SecretStore.h"

#include <QCoreApplication>

QString SecretStore::describe(Status status)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SecretStore", text);
    };
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No API key is stored for this workspace yet.");
    case Status::NoBackend:
        return tr("This computer has no keychain service that Sourcedesk can use, so the API key "
                  "cannot be stored safely.");
    case Status::Locked:
        return tr("The keychain is locked or refused access. Unlock it (or allow Sourcedesk) and "
                  "try again.");
    case Status::Failed:
        return tr("The keychain could not be used.");
    }
    return {};
}
