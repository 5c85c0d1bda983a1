#pragma once

#include <QString>

namespace leadops {

// A member of the team project (the server's team_members): who a lead can belong to, and the
// name the console shows instead of an id. Members register themselves at sync; `active` is the
// administrator's (a member who left stays, inactive, so their name stays on their leads).
struct TeamMember
{
    QString userId; // the Auth user id
    QString email;
    QString displayName;
    QString roleKey; // sales_manager, marketer, analyst
    bool active = true;

    // Only an active sales manager owns leads (the server's check_lead_owner trigger).
    bool canOwnLeads() const { return active && roleKey == QLatin1String("sales_manager"); }
    // "Aigerim Sadykova <aigerim@leadops.kz>", or the e-mail alone when the name is it.
    QString label() const;

    bool operator==(const TeamMember&) const = default;
};

} // namespace leadops
