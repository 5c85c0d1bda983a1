#pragma once

#include "app/cli/Command.h"
#include "core/store/Filters.h"

namespace leadops::cli {

// The lead list's filters, one set of options for every command that selects leads (lead list,
// lead export): --status, --campaign, --source, --search, --owner, --due, and with `paging`
// --limit and --offset.
QList<Option> leadFilterOptions(bool paging);
Result<LeadFilter> leadFilterFrom(Invocation& in);

// "me", an e-mail of the team, or "none": the user id (empty for none), or the refusal. `option`
// names the option in the message.
Result<QString> memberId(Invocation& in, const QString& who, const QString& option);

} // namespace leadops::cli
