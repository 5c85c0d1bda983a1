#include "core/json/EntityJson.h"

#include "core/json/RowReader.h"
#include "core/util/IsoTime.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue();
}
QJsonValue time(const std::optional<QDateTime>& t)
{
    return t ? time(*t) : QJsonValue();
}
QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject toJson(const Lead& l)
{
    return QJsonObject{
        {u"id"_s, l.id},
        {u"campaign_id"_s, l.campaignId},
        {u"source"_s, toKey(l.source)},
        {u"contact"_s, l.contact},
        {u"display_name"_s, text(l.displayName)},
        {u"owner_id"_s, text(l.ownerId)},
        {u"next_follow_up_at"_s, time(l.nextFollowUpAt)},
        {u"follow_up_note"_s, text(l.followUpNote)},
        {u"status"_s, toKey(l.status)},
        {u"qualification_score"_s, l.qualificationScore},
        {u"scored"_s, l.isScored()}, // computed: see Lead::isScored
        {u"messages_count"_s, l.messagesCount},
        {u"created_at"_s, time(l.createdAt)},
        {u"qualified_at"_s, time(l.qualifiedAt)},
        {u"disqualified_at"_s, time(l.disqualifiedAt)},
        {u"disqualification_reason"_s, text(l.disqualificationReason)},
        {u"updated_at"_s, time(l.updatedAt)},
    };
}

QJsonObject toJson(const Campaign& c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"niche_id"_s, c.nicheId},
        {u"name"_s, c.name},
        {u"platform"_s, toKey(c.platform)},
        {u"budget"_s, moneyToDouble(c.budget)},
        {u"spent"_s, moneyToDouble(c.spent)},
        {u"status"_s, toKey(c.status)},
        {u"created_at"_s, time(c.createdAt)},
        {u"started_at"_s, time(c.startedAt)},
        {u"completed_at"_s, time(c.completedAt)},
        {u"updated_at"_s, time(c.updatedAt)},
        {u"remaining_budget"_s, moneyToDouble(c.remainingBudget())},
        {u"budget_utilization"_s, std::round(c.budgetUtilization() * 100.0) / 100.0},
    };
}

QJsonObject toJson(const Niche& n)
{
    return QJsonObject{
        {u"id"_s, n.id},
        {u"name"_s, n.name},
        {u"market"_s, toKey(n.market)},
        {u"category"_s, n.category},
        {u"status"_s, toKey(n.status)},
        {u"profitability_score"_s, n.profitabilityScore},
        {u"competition_density"_s, n.competitionDensity},
        {u"created_at"_s, time(n.createdAt)},
        {u"validated_at"_s, time(n.validatedAt)},
        {u"updated_at"_s, time(n.updatedAt)},
        {u"can_activate"_s, n.canActivate()},
        {u"is_profitable"_s, n.isProfitable()},
    };
}

QJsonObject toJson(const AuditEntry& e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"entity"_s, e.entity},
        {u"entity_id"_s, e.entityId},
        {u"action"_s, e.action},
        {u"from_status"_s, text(e.fromStatus)},
        {u"to_status"_s, text(e.toStatus)},
        {u"detail"_s, text(e.detail)},
        {u"actor"_s, e.actor},
        {u"at"_s, time(e.at)},
    };
}

QJsonObject toRow(const Lead& lead)
{
    QJsonObject row = toJson(lead);
    row.remove(u"scored"_s);
    return row;
}

QJsonObject toRow(const Campaign& campaign)
{
    QJsonObject row = toJson(campaign);
    row.remove(u"remaining_budget"_s);
    row.remove(u"budget_utilization"_s);
    return row;
}

QJsonObject toRow(const Niche& niche)
{
    QJsonObject row = toJson(niche);
    row.remove(u"can_activate"_s);
    row.remove(u"is_profitable"_s);
    return row;
}

QJsonObject toJson(const TeamMember& m)
{
    return QJsonObject{{u"user_id"_s, m.userId},
                       {u"email"_s, m.email},
                       {u"display_name"_s, m.displayName},
                       {u"role"_s, m.roleKey},
                       {u"active"_s, m.active}};
}

QJsonObject toJson(const Note& n)
{
    return QJsonObject{{u"id"_s, n.id},
                       {u"lead_id"_s, n.leadId},
                       {u"author_id"_s, n.authorId},
                       {u"body"_s, n.body},
                       {u"created_at"_s, time(n.createdAt)},
                       {u"updated_at"_s, time(n.updatedAt)}};
}

QJsonObject toRow(const Note& n)
{
    return toJson(n);
}

QJsonObject toJson(const SpendEntry& e)
{
    QJsonObject row = toRow(e);
    row.insert(u"author_id"_s, text(e.author));
    row.insert(u"status_before"_s, toKey(e.statusBefore));
    row.insert(u"status_after"_s, toKey(e.statusAfter));
    row.insert(u"spent_after"_s, moneyToDouble(e.spentAfter));
    row.insert(u"updated_at"_s, time(e.updatedAt));
    return row;
}

QJsonObject toRow(const SpendEntry& e)
{
    return QJsonObject{{u"id"_s, e.id},
                       {u"campaign_id"_s, e.campaignId},
                       {u"amount"_s, moneyToDouble(e.amount)},
                       {u"reverses"_s, text(e.reverses)},
                       {u"note"_s, text(e.note)},
                       {u"created_at"_s, time(e.at)}};
}

Result<Note> noteFromJson(const QJsonObject& row)
{
    RowReader r(row, u"note"_s);
    Note n;
    n.id = r.text(u"id"_s);
    n.leadId = r.text(u"lead_id"_s);
    n.authorId = r.text(u"author_id"_s);
    n.body = r.text(u"body"_s);
    n.createdAt = r.time(u"created_at"_s);
    n.updatedAt = r.time(u"updated_at"_s);
    if (r.error())
        return tl::unexpected(*r.error());
    return n;
}

Result<TeamMember> teamMemberFromJson(const QJsonObject& row)
{
    RowReader r(row, u"team member"_s);
    TeamMember m;
    m.userId = r.text(u"user_id"_s);
    m.email = r.text(u"email"_s);
    m.displayName = r.text(u"display_name"_s);
    m.roleKey = r.text(u"role"_s);
    m.active = r.boolean(u"active"_s);
    if (r.error())
        return tl::unexpected(*r.error());
    return m;
}

Result<Lead> leadFromJson(const QJsonObject& row)
{
    RowReader r(row, u"lead"_s);
    Lead l;
    l.id = r.text(u"id"_s);
    l.campaignId = r.text(u"campaign_id"_s);
    l.source = r.enumValue<Platform>(u"source"_s);
    l.contact = r.text(u"contact"_s);
    l.displayName = r.optionalText(u"display_name"_s);
    l.ownerId = r.optionalText(u"owner_id"_s);
    l.nextFollowUpAt = r.optionalTime(u"next_follow_up_at"_s);
    l.followUpNote = r.optionalText(u"follow_up_note"_s);
    l.status = r.enumValue<LeadStatus>(u"status"_s);
    l.qualificationScore = r.number(u"qualification_score"_s);
    l.messagesCount = static_cast<int>(r.integer(u"messages_count"_s));
    l.createdAt = r.time(u"created_at"_s);
    l.qualifiedAt = r.optionalTime(u"qualified_at"_s);
    l.disqualifiedAt = r.optionalTime(u"disqualified_at"_s);
    l.disqualificationReason = r.optionalText(u"disqualification_reason"_s);
    l.updatedAt = r.time(u"updated_at"_s);
    if (r.error())
        return tl::unexpected(*r.error());
    return l;
}

Result<Campaign> campaignFromJson(const QJsonObject& row)
{
    RowReader r(row, u"campaign"_s);
    Campaign c;
    c.id = r.text(u"id"_s);
    c.nicheId = r.text(u"niche_id"_s);
    c.name = r.text(u"name"_s);
    c.platform = r.enumValue<Platform>(u"platform"_s);
    c.budget = r.money(u"budget"_s);
    c.spent = r.money(u"spent"_s);
    c.status = r.enumValue<CampaignStatus>(u"status"_s);
    c.createdAt = r.time(u"created_at"_s);
    c.startedAt = r.optionalTime(u"started_at"_s);
    c.completedAt = r.optionalTime(u"completed_at"_s);
    c.updatedAt = r.time(u"updated_at"_s);
    if (r.error())
        return tl::unexpected(*r.error());
    return c;
}

Result<Niche> nicheFromJson(const QJsonObject& row)
{
    RowReader r(row, u"niche"_s);
    Niche n;
    n.id = r.text(u"id"_s);
    n.name = r.text(u"name"_s);
    n.market = r.enumValue<Market>(u"market"_s);
    n.category = r.text(u"category"_s);
    n.status = r.enumValue<NicheStatus>(u"status"_s);
    n.profitabilityScore = r.number(u"profitability_score"_s);
    n.competitionDensity = r.number(u"competition_density"_s);
    n.createdAt = r.time(u"created_at"_s);
    n.validatedAt = r.optionalTime(u"validated_at"_s);
    n.updatedAt = r.time(u"updated_at"_s);
    if (r.error())
        return tl::unexpected(*r.error());
    return n;
}

QJsonObject toJson(const Error& e)
{
    return QJsonObject{{u"kind"_s, toKey(e.kind)}, {u"message"_s, e.message}, {u"rule"_s, text(e.rule)}};
}

} // namespace leadops
