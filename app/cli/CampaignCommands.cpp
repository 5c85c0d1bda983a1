#include "app/cli/Command.h"

#include "core/json/EntityJson.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"

#include <QJsonArray>

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

void printSpendResult(Invocation& in, const Campaign& c)
{
    printEntity(in.ctx, kCampaigns, c,
                c.status == CampaignStatus::Completed ? CliText::tr("Campaign %1 spent its budget and is now %2")
                                                      : CliText::tr("Recorded spend for campaign %1 (%2)"));
}

int spend(Invocation& in)
{
    const auto amount = parseMoney(in.argument(1));
    if (!amount)
        return in.refuse(amount.error());
    const auto overspend =
        in.isSet(u"confirm-overspend"_s) ? Campaign::Overspend::Confirmed : Campaign::Overspend::NeedsConfirmation;
    return in.finish(in.workspace().campaigns().addSpend(in.argument(0), *amount, overspend, in.value(u"note"_s)),
                     [&](const Campaign& c) { printSpendResult(in, c); });
}

int reverseSpend(Invocation& in)
{
    return in.finish(in.workspace().campaigns().reverseSpend(in.argument(0), in.argument(1), in.value(u"note"_s)),
                     [&](const Campaign& c) {
                         printEntity(in.ctx, kCampaigns, c, CliText::tr("Reversed the spend entry; campaign %1 is %2"));
                     });
}

int spending(Invocation& in)
{
    return in.finish(in.workspace().campaigns().spending(in.argument(0)), [&](const QList<LedgerLine>& lines) {
        if (in.json()) {
            QJsonArray rows;
            for (const LedgerLine& l : lines) {
                QJsonObject row = toJson(static_cast<const SpendEntry&>(l));
                row.insert(u"reversed_by"_s, l.reversedBy.isEmpty() ? QJsonValue() : QJsonValue(l.reversedBy));
                row.insert(u"sync_state"_s, l.syncState);
                rows << row;
            }
            in.ctx.printJson(rows);
            return;
        }
        QHash<QString, QString> emails;
        if (const auto members = in.workspace().leads().team().list()) {
            for (const TeamMember& m : *members)
                emails.insert(m.userId, m.email);
        }
        QList<QStringList> rows;
        for (const LedgerLine& l : lines) {
            const SpendEntry& e = l;
            QString what = e.isCorrection() ? CliText::tr("reverses %1").arg(e.reverses)
                                            : (l.reversedBy.isEmpty() ? QString() : CliText::tr("reversed"));
            if (e.statusAfter != e.statusBefore)
                what = QStringList{what, toKey(e.statusBefore) + u" -> "_s + toKey(e.statusAfter)}.join(u' ').trimmed();
            if (l.syncState != u"sent"_s)
                what = QStringList{what, u"["_s + l.syncState + u"]"_s}.join(u' ').trimmed();
            rows << QStringList{e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                (e.isCorrection() ? u"-"_s : u"+"_s) + formatMoney(e.amount),
                                formatMoney(e.spentAfter),
                                e.author.isEmpty() ? u"-"_s : emails.value(e.author, e.author),
                                what.isEmpty() ? u"-"_s : what,
                                e.note.isEmpty() ? u"-"_s : e.note,
                                e.id};
        }
        in.ctx.printTable({CliText::tr("AT"), CliText::tr("AMOUNT"), CliText::tr("SPENT AFTER"), CliText::tr("BY"),
                           CliText::tr("EFFECT"), CliText::tr("NOTE"), CliText::tr("ID")},
                          rows);
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
    const Option spendNote{u"note"_s, CliText::tr("Why, in a line (at most 500 characters)."), u"TEXT"_s};
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
         .synopsis = u"leadops campaign spend ID AMOUNT [--note TEXT] [--confirm-overspend]"_s,
         .description = CliText::tr("Record spend in tenge as a ledger entry; the campaign completes when spend "
                                    "reaches the budget. A spend past the budget needs --confirm-overspend."),
         .options = {{u"confirm-overspend"_s,
                      CliText::tr("Record it even though it takes the campaign past its budget."),
                      {}},
                     spendNote},
         .minArguments = 2,
         .maxArguments = 2,
         .run = spend},
        {.group = u"campaign"_s,
         .verb = u"spending"_s,
         .synopsis = u"leadops campaign spending ID [--json]"_s,
         .description = CliText::tr("The campaign's spend ledger, oldest first: each spend and correction, who "
                                    "recorded it, and spent after it."),
         .minArguments = 1,
         .maxArguments = 1,
         .run = spending},
        {.group = u"campaign"_s,
         .verb = u"spend-reverse"_s,
         .synopsis = u"leadops campaign spend-reverse ID ENTRY_ID [--note TEXT]"_s,
         .description = CliText::tr("Reverse a mistaken spend with a correction entry. If that spend completed "
                                    "the campaign, it returns to the status it had."),
         .options = {spendNote},
         .minArguments = 2,
         .maxArguments = 2,
         .run = reverseSpend},
    };
}

} // namespace leadops::cli
