#pragma once

#include "core/domain/Result.h"
#include "core/util/EnumKeys.h"

#include <QString>

#include <optional>

namespace leadops {

// The team roles of the Supabase project (app_metadata.role in the user's token).
enum class Role { SalesManager, Marketer, Analyst };
template <>
std::span<const EnumText> enumTexts<Role>();
QString displayName(Role role);

// What a change is made to; the keys are the audit and outbox kinds.
enum class EntityKind { Niche, Campaign, Lead };
template <>
std::span<const EnumText> enumTexts<EntityKind>();

// Who may change what. The server's row-level security policies (supabase/migrations/
// 20261125000000_leadops_schema.sql) are the authority; this mirrors them so that the window and
// the command line refuse, offline too, a change the server would refuse, and no change is queued
// that can never be sent. Marketers change niches and campaigns, sales managers change leads,
// analysts change nothing; every role reads everything. docs/roles.md has the table.
bool roleMayChange(Role role, EntityKind kind);

// Who works in a workspace: the name the history records and what they may change. A local-only
// workspace has no team and no limits; a member of a team project has their role's rights (none
// without a role).
class Actor
{
public:
    // A workspace not connected to a team: `name` is the computer's user.
    static Actor localUser(const QString& name);
    // A signed-in (or last signed-in) member; `roleKey` as the token carries it, empty for none.
    // `userId`: the Auth user id (the token's sub), which owns leads; empty when not known.
    static Actor member(const QString& email, const QString& roleKey, const QString& userId = {});

    const QString& name() const { return m_name; }
    const QString& userId() const { return m_userId; }
    bool isLocal() const { return m_local; }
    // Who notes and ledger entries name as their author: the member's id, or the computer's user
    // in a local workspace (whose rows stay local until it joins a team).
    const QString& authorId() const { return m_local ? m_name : m_userId; }
    std::optional<Role> role() const { return m_role; }
    // The role's key ("analyst"), or empty for a local user or a member without a role.
    QString roleKey() const;

    // A Rule error ("Your role (analyst) can't change leads") when the change is not allowed.
    Result<void> checkCanChange(EntityKind kind) const;
    bool canChange(EntityKind kind) const { return checkCanChange(kind).has_value(); }

    bool operator==(const Actor&) const = default;

private:
    QString m_name;
    QString m_userId;
    bool m_local = true;
    std::optional<Role> m_role;
    QString m_unknownRole; // a role key the console does not know: nothing may be changed
};

} // namespace leadops
