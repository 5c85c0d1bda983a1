#pragma once

// Who may work on a lead, given its owner (docs/roles.md, "Who owns a lead"). The server's
// leads_update policy and check_lead_owner trigger are the authority; this mirrors them so that
// the window and the command line refuse, offline too, what the server would refuse.
#include "core/domain/Actor.h"
#include "core/domain/Lead.h"
#include "core/domain/TeamMember.h"

#include <optional>

namespace leadops {

// A sales manager may change a lead that is unassigned, theirs, or whose owner is no longer an
// active member (someone who left). `owner`: the lead's owner as the local team knows them
// (nullopt when unassigned or not known here: the server decides). A local-only workspace has no
// owners. Refusal: a Rule error with rule "owner".
Result<void> checkMayWorkOn(const Actor& actor, const Lead& lead, const std::optional<TeamMember>& owner);

// Whether the lead may go to `to` (nullopt with an empty `toId`: back to the queue): the actor
// must be able to work on it, and the new owner must be an active sales manager of the team.
// Refusal: rule "assign" (or "owner").
Result<void> checkMayAssign(const Actor& actor, const Lead& lead, const std::optional<TeamMember>& owner,
                            const QString& toId, const std::optional<TeamMember>& to);

} // namespace leadops
