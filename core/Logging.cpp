#include "Logging.h"

Q_LOGGING_CATEGORY(lcDomain, "leadops.domain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "leadops.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcService, "leadops.service", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "leadops.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRest, "leadops.rest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "leadops.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "leadops.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "leadops.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "leadops.cli", QtWarningMsg)
