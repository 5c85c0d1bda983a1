#include "app/cli/Command.h"

#include "core/json/EntityJson.h"
#include "core/services/CampaignService.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

QStringList campaignHeaders()
{
    return {CliText::tr("ID"),    CliText::tr("STATUS"),    CliText::tr("PLATFORM"), CliText::tr("BUDGET"),
            CliText::tr("SPENT"), CliText::tr("REMAINING"), CliText::tr("USED"),     CliText::tr("NAME")};
}

QStringList campaignRow(const Campaign& c)
{
    return {c.id,
            toKey(c.status),
            toKey(c.platform),
            formatMoney(c.budget),
            formatMoney(c.spent),
            formatMoney(c.remainingBudget()),
            QString::number(c.budgetUtilization(), 'f', 1) + u'%',
            c.name};
}

constexpr EntityTable<Campaign> kCampaigns{campaignHeaders, campaignRow};

int create(Invocation& in)
{
    const auto platform = in.keyOption<Platform>(u"platform"_s);
    if (!platform)
        return in.refuse(platform.error());
    const auto budget = parseMoney(in.value(u"budget"_s));
    if (!budget)
        return in.refuse(budget.error());
    return in.finish(
        in.workspace().campaigns().create(in.value(u"niche"_s), in.value(u"name"_s), **platform, *budget),
        [&](const Campaign& c) { printEntity(in.ctx, kCampaigns, c, CliText::tr("Created campaign %1 (%2)")); });
}

int list(Invocation& in)
{
    CampaignFilter filter;
    const auto status = in.keyOption<CampaignStatus>(u"status"_s);
    if (!status)
        return in.refuse(status.error());
    filter.status = *status;
    filter.nicheId = in.value(u"niche"_s).trimmed().toLower();
    return in.finish(in.workspace().campaigns().list(filter),
                     [&](const QList<Campaign>& campaigns) { printEntities(in.ctx, kCampaigns, campaigns); });
}

int spend(Invocation& in)
{
    const auto amount = parseMoney(in.argument(1));
    if (!amount)
        return in.refuse(amount.error());
    const auto overspend =
        in.isSet(u"confirm-overspend"_s) ? Campaign::Overspend::Confirmed : Campaign::Overspend::NeedsConfirmation;
    return in.finish(in.workspace().campaigns().addSpend(in.argument(0), *amount, overspend), [&](const Campaign& c) {
        printEntity(in.ctx, kCampaigns, c,
                    c.status == CampaignStatus::Completed ? CliText::tr("Campaign %1 spent its budget and is now %2")
                                                          : CliText::tr("Recorded spend for campaign %1 (%2)"));
    });
}

int edit(Invocation& in)
{
    if (!in.isSet(u"name"_s) && !in.isSet(u"budget"_s))
        return in.usage(CliText::tr("give --name, --budget or both"));
    CampaignService& campaigns = in.workspace().campaigns();
    const auto current = campaigns.get(in.argument(0));
    if (!current)
        return in.refuse(current.error());
    Money budget = current->budget;
    if (in.isSet(u"budget"_s)) {
        const auto parsed = parseMoney(in.value(u"budget"_s));
        if (!parsed)
            return in.refuse(parsed.error());
        budget = *parsed;
    }
    return in.finish(campaigns.edit(current->id, in.value(u"name"_s, current->name), budget), [&](const Campaign& c) {
        printEntity(in.ctx, kCampaigns, c, CliText::tr("Saved campaign %1 (%2)"));
    });
}

Command simple(const QString& verb, const QString& description,
               Result<Campaign> (CampaignService::*action)(const QString&))
{
    return entityAction(u"campaign"_s, verb, description, &Workspace::campaigns, action, kCampaigns,
                        CliText::tr("Campaign %1 is now %2"));
}

} // namespace

QList<Command> campaignCommands()
{
    const Option name{u"name"_s, CliText::tr("Campaign name."), u"NAME"_s};
    const Option niche{u"niche"_s, CliText::tr("Niche id."), u"ID"_s};
    return {
        {.group = u"campaign"_s,
         .verb = u"create"_s,
         .synopsis = u"leadops campaign create --niche ID --name NAME --platform olx|kaspi|satu|telegram "
                     "--budget AMOUNT"_s,
         .description = CliText::tr("Create a draft campaign for a niche; the budget is in tenge."),
         .options = {required(niche),
                     required(name),
                     {u"platform"_s, CliText::tr("olx, kaspi, satu or telegram."), u"PLATFORM"_s, true},
                     {u"budget"_s, CliText::tr("Budget in tenge, e.g. 500000 or 2500.50."), u"AMOUNT"_s, true}},
         .run = create},
        {.group = u"campaign"_s,
         .verb = u"list"_s,
         .synopsis = u"leadops campaign list [--status draft|active|paused|completed] [--niche ID] [--json]"_s,
         .description = CliText::tr("List campaigns with their budget use."),
         .options = {{u"status"_s, CliText::tr("Only campaigns in this status."), u"STATUS"_s},
                     {u"niche"_s, CliText::tr("Only campaigns of this niche."), u"ID"_s}},
         .run = list},
        {.group = u"campaign"_s,
         .verb = u"edit"_s,
         .synopsis = u"leadops campaign edit ID [--name N] [--budget B]"_s,
         .description = CliText::tr("Rename a campaign or change its budget (not below what it spent)."),
         .options = {name, {u"budget"_s, CliText::tr("Budget in tenge, e.g. 500000 or 2500.50."), u"BUDGET"_s}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = edit},
        simple(u"start"_s, CliText::tr("Start a draft campaign with a budget above 0."), &CampaignService::start),
        simple(u"pause"_s, CliText::tr("Pause an active campaign."), &CampaignService::pause),
        simple(u"resume"_s, CliText::tr("Resume a paused campaign."), &CampaignService::resume),
        simple(u"complete"_s, CliText::tr("Complete a campaign."), &CampaignService::complete),
        {.group = u"campaign"_s,
         .verb = u"spend"_s,
         .synopsis = u"leadops campaign spend ID AMOUNT [--confirm-overspend]"_s,
         .description = CliText::tr("Record spend in tenge; the campaign completes when spend reaches the budget. "
                                    "A spend past the budget needs --confirm-overspend."),
         .options = {{u"confirm-overspend"_s,
                      CliText::tr("Record it even though it takes the campaign past its budget."),
                      {}}},
         .minArguments = 2,
         .maxArguments = 2,
         .run = spend},
    };
}

} // namespace leadops::cli
