#pragma once

#include "core/domain/AuditEntry.h"
#include "core/domain/Campaign.h"
#include "core/domain/Lead.h"
#include "core/domain/Niche.h"
#include "core/domain/Note.h"
#include "core/domain/SpendEntry.h"
#include "core/domain/TeamMember.h"

#include <QJsonObject>

namespace leadops {

// Rows in the brief's (and the database's) field names: id, campaign_id, status,
// qualification_score, messages_count, budget, spent, ... Money goes out in tenge with two decimals;
// timestamps as UTC ISO-8601 with milliseconds; absent timestamps as null.
QJsonObject toJson(const Lead& lead);
QJsonObject toJson(const Campaign& campaign); // adds remaining_budget and budget_utilization
QJsonObject toJson(const Niche& niche);       // adds can_activate and is_profitable
QJsonObject toJson(const AuditEntry& entry);
QJsonObject toJson(const TeamMember& member); // user_id, email, display_name, role, active
QJsonObject toJson(const Note& note);         // id, lead_id, author_id, body, created_at, updated_at
QJsonObject toRow(const Note& note);
// id, campaign_id, amount, reverses, note, author_id, created_at, status_before, status_after,
// spent_after, updated_at
QJsonObject toJson(const SpendEntry& entry);
// What a console sends: the entry as written (the server works out the campaign's figures).
QJsonObject toRow(const SpendEntry& entry);
QJsonObject toJson(const Error& error);

// Rows as the database stores them, for insert and update bodies (no computed fields).
// toJson(Lead) adds "scored" (Lead::isScored).
QJsonObject toRow(const Lead& lead);
QJsonObject toRow(const Campaign& campaign);
QJsonObject toRow(const Niche& niche);

// Rows the server sent; a missing field, a wrong type or an unknown status is a Decode error.
Result<Lead> leadFromJson(const QJsonObject& row);
Result<Campaign> campaignFromJson(const QJsonObject& row);
Result<Niche> nicheFromJson(const QJsonObject& row);
Result<TeamMember> teamMemberFromJson(const QJsonObject& row);
Result<Note> noteFromJson(const QJsonObject& row);

} // namespace leadops
