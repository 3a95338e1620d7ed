#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "sourcedesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "sourcedesk.model", QtInfoMsg)
