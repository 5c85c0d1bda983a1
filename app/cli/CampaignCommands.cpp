#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/json/EntityJson.h"
#include "core/services/CampaignService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

QStringList headers()
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

void printCampaign(CliContext& ctx, const Campaign& c, const QString& headline)
{
    if (ctx.json()) {
        ctx.printJson(toJson(c));
        return;
    }
    ctx.out() << printable(headline.arg(c.id, toKey(c.status))) << u'\n';
    ctx.printTable(headers(), {campaignRow(c)});
}

Result<Platform> parsePlatform(const QString& text)
{
    if (const auto p = fromKey<Platform>(text))
        return *p;
    return fail(
        ErrorKind::Validation,
        CliText::tr("Platform '%1' is not known: expected one of %2").arg(text, allKeys<Platform>().join(u", "_s)));
}

int create(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx,
                       u"leadops campaign create --niche ID --name NAME --platform olx|kaspi|satu|telegram "
                       "--budget AMOUNT"_s,
                       CliText::tr("Create a draft campaign for a niche; the budget is in tenge."));
    p.addOption(u"niche"_s, CliText::tr("Niche id."), u"ID"_s);
    p.addOption(u"name"_s, CliText::tr("Campaign name."), u"NAME"_s);
    p.addOption(u"platform"_s, CliText::tr("olx, kaspi, satu or telegram."), u"PLATFORM"_s);
    p.addOption(u"budget"_s, CliText::tr("Budget in tenge, e.g. 500000 or 2500.50."), u"AMOUNT"_s);
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    std::optional<QString> values[4];
    const QString names[4] = {u"niche"_s, u"name"_s, u"platform"_s, u"budget"_s};
    for (int i = 0; i < 4; ++i) {
        values[i] = p.required(*a, names[i], code);
        if (!values[i])
            return code;
    }
    const auto platform = parsePlatform(*values[2]);
    if (!platform)
        return ctx.refuse(platform.error());
    const auto budget = parseMoney(*values[3]);
    if (!budget)
        return ctx.refuse(budget.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->campaigns().create(*values[0], *values[1], *platform, *budget),
                  [&](const Campaign& c) { printCampaign(ctx, c, CliText::tr("Created campaign %1 (%2)")); });
}

int list(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops campaign list [--status draft|active|paused|completed] [--niche ID] [--json]"_s,
                       CliText::tr("List campaigns with their budget use."));
    p.addOption(u"status"_s, CliText::tr("Only campaigns in this status."), u"STATUS"_s);
    p.addOption(u"niche"_s, CliText::tr("Only campaigns of this niche."), u"ID"_s);
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    CampaignFilter filter;
    if (a->isSet(u"status"_s)) {
        filter.status = fromKey<CampaignStatus>(a->value(u"status"_s));
        if (!filter.status)
            return ctx.refuse(Error{ErrorKind::Validation,
                                    CliText::tr("Campaign status '%1' is not known: expected one of %2")
                                        .arg(a->value(u"status"_s), allKeys<CampaignStatus>().join(u", "_s)),
                                    {}});
    }
    filter.nicheId = a->value(u"niche"_s).trimmed().toLower();
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->campaigns().list(filter), [&](const QList<Campaign>& campaigns) {
        if (ctx.json()) {
            QJsonArray rows;
            for (const Campaign& c : campaigns)
                rows << toJson(c);
            ctx.printJson(rows);
            return;
        }
        QList<QStringList> rows;
        for (const Campaign& c : campaigns)
            rows << campaignRow(c);
        ctx.printTable(headers(), rows);
    });
}

int spend(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops campaign spend ID AMOUNT"_s,
                       CliText::tr("Record spend in tenge; the campaign completes when spend reaches the budget."));
    int code = Done;
    const auto a = p.parse(args, 2, 2, code);
    if (!a)
        return code;
    const auto amount = parseMoney(a->positional.at(1));
    if (!amount)
        return ctx.refuse(amount.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->campaigns().addSpend(a->positional.at(0), *amount), [&](const Campaign& c) {
        printCampaign(ctx, c,
                      c.status == CampaignStatus::Completed ? CliText::tr("Campaign %1 spent its budget and is now %2")
                                                            : CliText::tr("Recorded spend for campaign %1 (%2)"));
    });
}

int editCampaign(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops campaign edit ID [--name N] [--budget B]"_s,
                       CliText::tr("Rename a campaign or change its budget (not below what it spent)."));
    p.addOption(u"name"_s, CliText::tr("Campaign name."), u"NAME"_s);
    p.addOption(u"budget"_s, CliText::tr("Budget in tenge, e.g. 500000 or 2500.50."), u"BUDGET"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    if (!a->isSet(u"name"_s) && !a->isSet(u"budget"_s))
        return ctx.usage(CliText::tr("give --name, --budget or both"), p.synopsis());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    const auto current = (*ws)->campaigns().get(a->positional.at(0));
    if (!current)
        return ctx.refuse(current.error());
    Money budget = current->budget;
    if (a->isSet(u"budget"_s)) {
        const auto parsed = parseMoney(a->value(u"budget"_s));
        if (!parsed)
            return ctx.refuse(parsed.error());
        budget = *parsed;
    }
    const QString name = a->isSet(u"name"_s) ? a->value(u"name"_s) : current->name;
    return finish(ctx, (*ws)->campaigns().edit(current->id, name, budget),
                  [&](const Campaign& c) { printCampaign(ctx, c, CliText::tr("Saved campaign %1 (%2)")); });
}

template <typename Action>
int simple(CliContext& ctx, const QStringList& args, const QString& verb, const QString& description, Action&& action)
{
    return entityAction(
        ctx, args, u"leadops campaign %1 ID"_s.arg(verb), description,
        [](Workspace & ws) -> auto& { return ws.campaigns(); }, action,
        [&](const Campaign& c) { printCampaign(ctx, c, CliText::tr("Campaign %1 is now %2")); });
}

} // namespace

int runCampaign(CliContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == u"create"_s)
        return create(ctx, rest);
    if (verb == u"list"_s)
        return list(ctx, rest);
    if (verb == u"spend"_s)
        return spend(ctx, rest);
    if (verb == u"edit"_s)
        return editCampaign(ctx, rest);
    if (verb == u"start"_s)
        return simple(ctx, rest, verb, CliText::tr("Start a draft campaign with a budget above 0."),
                      [](CampaignService& s, const QString& id) { return s.start(id); });
    if (verb == u"pause"_s)
        return simple(ctx, rest, verb, CliText::tr("Pause an active campaign."),
                      [](CampaignService& s, const QString& id) { return s.pause(id); });
    if (verb == u"resume"_s)
        return simple(ctx, rest, verb, CliText::tr("Resume a paused campaign."),
                      [](CampaignService& s, const QString& id) { return s.resume(id); });
    if (verb == u"complete"_s)
        return simple(ctx, rest, verb, CliText::tr("Complete a campaign."),
                      [](CampaignService& s, const QString& id) { return s.complete(id); });
    return groupUsage(ctx, verb, u"campaign"_s,
                      u"leadops campaign create|list|edit|start|pause|resume|complete|spend ..."_s);
}

} // namespace leadops::cli
