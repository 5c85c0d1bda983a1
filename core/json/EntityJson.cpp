#include "EntityJson.h"

#include <QJsonValue>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
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
        {u"status"_s, toKey(l.status)},
        {u"qualification_score"_s, l.qualificationScore},
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

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Rule:
        return u"rule"_s;
    case ErrorKind::Validation:
        return u"validation"_s;
    case ErrorKind::NotFound:
        return u"not_found"_s;
    case ErrorKind::Duplicate:
        return u"duplicate"_s;
    case ErrorKind::Store:
        return u"store"_s;
    case ErrorKind::Network:
        return u"network"_s;
    case ErrorKind::Http:
        return u"http"_s;
    case ErrorKind::Auth:
        return u"auth"_s;
    case ErrorKind::Conflict:
        return u"conflict"_s;
    case ErrorKind::Decode:
        return u"decode"_s;
    }
    return u"unknown"_s;
}

QJsonObject toJson(const Error& e)
{
    return QJsonObject{{u"kind"_s, errorKindKey(e.kind)}, {u"message"_s, e.message}, {u"rule"_s, text(e.rule)}};
}

} // namespace leadops
