#pragma once

#include "core/domain/Enums.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace leadops {

enum class LeadSort { CreatedAt, UpdatedAt, Score, Messages, Contact, Status, Source, FollowUp };
// The key of a sort is its column of the leads table.
template <>
std::span<const EnumText> enumTexts<LeadSort>();

// The leads one number of the qualification funnel counts (Analytics::funnel): those whose
// recorded history, this console's or the server's, reached a status (or who are in it now), or
// those disqualified from a status.
struct FunnelSelection
{
    enum class Kind { Reached, DisqualifiedFrom };
    Kind kind = Kind::Reached;
    LeadStatus stage = LeadStatus::New;
    friend bool operator==(const FunnelSelection&, const FunnelSelection&) = default;
};

// A place in the lead list: the sort column's stored value (null for a lead without a follow-up)
// and the rowid that breaks its ties, as a page read them (LeadStore::page()).
struct LeadCursor
{
    QVariant value;
    qint64 rowid = 0;
};

// What the lead list shows. Every field is bound as a parameter; the sort column comes from the
// enum, never from user text.
struct LeadFilter
{
    std::optional<LeadStatus> status;
    QString campaignId;
    std::optional<Platform> source;
    std::optional<Market> market;
    QString search; // substring of the contact or the name
    // Whose leads: anyone's, one member's (ownerId), one member's and the unassigned ones (a sales
    // manager's queue), or only the unassigned ones.
    enum class Owner { Any, Member, MemberOrUnassigned, Unassigned };
    Owner owner = Owner::Any;
    QString ownerId;
    // The next follow-up in [followUpFrom, followUpBefore): due today, overdue (before now).
    std::optional<QDateTime> followUpFrom;
    std::optional<QDateTime> followUpBefore;
    std::optional<QDateTime> createdFrom;
    std::optional<QDateTime> createdTo; // exclusive
    std::optional<FunnelSelection> funnel;
    LeadSort sort = LeadSort::CreatedAt;
    bool descending = true;
    int limit = 100;
    qint64 offset = 0;
    // A keyset page: the rows just after this place in the filter's order (offset is then ignored).
    // Its cost does not grow with the depth of the page, unlike an offset's.
    std::optional<LeadCursor> after;
};

struct CampaignFilter
{
    std::optional<CampaignStatus> status;
    QString nicheId;
};

} // namespace leadops
