#pragma once

#include <QLoggingCategory>

// Request lines only (method, URL, status, timing): headers, and so the API key, are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
