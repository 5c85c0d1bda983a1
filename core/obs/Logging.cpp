#include "core/obs/Logging.h"

Q_LOGGING_CATEGORY(lcDomain, "leadops.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "leadops.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "leadops.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "leadops.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRest, "leadops.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "leadops.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "leadops.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "leadops.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "leadops.cli", QtInfoMsg)
