#include "core/domain/Campaign.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<Campaign> Campaign::create(const QString& id, const QString& nicheId, const QString& name, Platform platform,
                                  Money budget, const QDateTime& now)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return fail(ErrorKind::Validation,
                    tr("Campaign name must have 1 to %1 characters, got %2").arg(kMaxNameLength).arg(trimmed.size()));
    if (auto r = checkPlainText(trimmed, tr("Campaign name")); !r)
        return tl::unexpected(r.error());
    if (nicheId.isEmpty())
        return fail(ErrorKind::Validation, tr("A campaign needs a niche"));
    if (budget < 0 || budget > kMaxMoney)
        return fail(ErrorKind::Validation,
                    tr("Campaign budget must be between 0 and 1000000000000 tenge, got %1").arg(formatMoney(budget)));
    Campaign c;
    c.id = id;
    c.nicheId = nicheId;
    c.name = trimmed;
    c.platform = platform;
    c.budget = budget;
    c.createdAt = now;
    c.updatedAt = now;
    return c;
}

Campaign Campaign::changed(CampaignStatus to, const QDateTime& now) const
{
    Campaign next = *this;
    next.status = to;
    next.updatedAt = now;
    return next;
}

Error Campaign::refusal(const QString& what, const QString& rule, const QString& expected) const
{
    return Error{ErrorKind::Rule,
                 tr("Campaign %1 %2: status=%3, budget=%4, spent=%5 (rule %6: %7)")
                     .arg(id, what, toKey(status), formatMoney(budget), formatMoney(spent), rule, expected),
                 rule};
}

bool Campaign::canStart() const
{
    return status == CampaignStatus::Draft && budget > 0;
}

Result<Campaign> Campaign::start(const QDateTime& now) const
{
    if (!canStart())
        return tl::unexpected(
            refusal(tr("cannot be started"), u"can_start"_s, tr("status must be draft and budget above 0")));
    Campaign next = changed(CampaignStatus::Active, now);
    next.startedAt = now;
    return next;
}

Result<Campaign> Campaign::pause(const QDateTime& now) const
{
    if (status != CampaignStatus::Active)
        return tl::unexpected(refusal(tr("is not active"), u"pause"_s, tr("only an active campaign can be paused")));
    return changed(CampaignStatus::Paused, now);
}

Result<Campaign> Campaign::resume(const QDateTime& now) const
{
    if (status != CampaignStatus::Paused)
        return tl::unexpected(refusal(tr("is not paused"), u"resume"_s, tr("only a paused campaign can be resumed")));
    return changed(CampaignStatus::Active, now);
}

Result<Campaign> Campaign::addSpend(Money amount, const QDateTime& now, Overspend overspend) const
{
    if (amount <= 0)
        return fail(ErrorKind::Validation,
                    tr("Spend for campaign %1 must be a positive amount, got %2").arg(id, formatMoney(amount)),
                    u"add_spend"_s);
    if (status != CampaignStatus::Active && status != CampaignStatus::Paused)
        return tl::unexpected(refusal(tr("cannot record spend"), u"add_spend"_s,
                                      tr("spend is recorded only while the campaign is active or paused")));
    if (amount > kMaxMoney - spent)
        return fail(ErrorKind::Validation, tr("Spend %1 would overflow the campaign total").arg(formatMoney(amount)),
                    u"add_spend"_s);
    if (overspend == Overspend::NeedsConfirmation && spent + amount > budget)
        return fail(
            ErrorKind::Rule,
            tr("Spend %1 would take campaign %2 past its budget: %3 of %4 (%5 %). Confirm it if it is right "
               "(--confirm-overspend)")
                .arg(formatMoney(amount), name, formatMoney(spent + amount), formatMoney(budget))
                .arg(budget > 0 ? QString::number(100.0 * double(spent + amount) / double(budget), 'f', 0) : u"∞"_s),
            u"overspend"_s);
    Campaign next = changed(status, now);
    next.spent = spent + amount;
    if (next.spent >= next.budget) {
        next.status = CampaignStatus::Completed;
        next.completedAt = now;
    }
    return next;
}

Result<Campaign> Campaign::reverseSpend(const SpendEntry& spend, bool alreadyReversed, const QDateTime& now) const
{
    const auto refuse = [&](const QString& why) {
        return fail(ErrorKind::Rule,
                    tr("Spend entry %1 of campaign %2 cannot be reversed: %3").arg(spend.id, name, why),
                    u"reverse_spend"_s);
    };
    if (spend.campaignId != id)
        return refuse(tr("it belongs to another campaign"));
    if (spend.isCorrection())
        return refuse(tr("it is itself a correction; record the spend again instead"));
    if (alreadyReversed)
        return refuse(tr("it has already been reversed"));
    if (spend.amount <= 0 || spend.amount > spent)
        return refuse(tr("its amount %1 is more than the campaign's spent %2")
                          .arg(formatMoney(spend.amount), formatMoney(spent)));
    Campaign next = changed(status, now);
    next.spent = spent - spend.amount;
    if (spend.completedCampaign() && status == CampaignStatus::Completed) {
        next.status = spend.statusBefore;
        next.completedAt.reset();
    }
    return next;
}

Result<Campaign> Campaign::complete(const QDateTime& now) const
{
    if (status == CampaignStatus::Completed)
        return tl::unexpected(
            refusal(tr("is already completed"), u"complete"_s, tr("status must be draft, active or paused")));
    Campaign next = changed(CampaignStatus::Completed, now);
    next.completedAt = now;
    return next;
}

Result<void> Campaign::checkAcceptsLeads() const
{
    if (status == CampaignStatus::Completed)
        return tl::unexpected(refusal(tr("takes no new leads"), u"campaign_leads"_s,
                                      tr("leads come into a draft, active or paused campaign")));
    return {};
}

Money Campaign::remainingBudget() const
{
    return budget > spent ? budget - spent : 0;
}

double Campaign::budgetUtilization() const
{
    return budget > 0 ? static_cast<double>(spent) / static_cast<double>(budget) * 100.0 : 0.0;
}

Result<Campaign> Campaign::edit(const QString& newName, Money newBudget, const QDateTime& now) const
{
    if (status == CampaignStatus::Completed)
        return tl::unexpected(
            refusal(tr("cannot be edited"), u"edit"_s, tr("a completed campaign keeps its name and budget")));
    auto checked = create(id, nicheId, newName, platform, newBudget, createdAt);
    if (!checked)
        return tl::unexpected(checked.error());
    if (newBudget < spent)
        return fail(ErrorKind::Validation,
                    tr("Campaign %1 has spent %2 tenge: the budget cannot be less (got %3)")
                        .arg(id, formatMoney(spent), formatMoney(newBudget)),
                    u"edit"_s);
    if (status != CampaignStatus::Draft && newBudget <= 0)
        return fail(ErrorKind::Validation,
                    tr("Campaign %1 is %2: a started campaign keeps a budget above 0").arg(id, toKey(status)),
                    u"edit"_s);
    Campaign next = changed(status, now);
    next.name = checked->name;
    next.budget = newBudget;
    return next;
}

} // namespace leadops
