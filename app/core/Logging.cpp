#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "sourcedesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "sourcedesk.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJournal, "sourcedesk.journal", QtWarningMsg)
