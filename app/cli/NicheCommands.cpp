#include "app/cli/Command.h"

#include "core/domain/Values.h"
#include "core/json/EntityJson.h"
#include "core/services/NicheService.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

QStringList nicheHeaders()
{
    return {CliText::tr("ID"),       CliText::tr("STATUS"), CliText::tr("MARKET"), CliText::tr("NAME"),
            CliText::tr("CATEGORY"), CliText::tr("PROFIT"), CliText::tr("COMPET")};
}

QStringList nicheRow(const Niche& n)
{
    return {n.id,
            toKey(n.status),
            toKey(n.market),
            n.name,
            n.category,
            QString::number(n.profitabilityScore, 'f', 2),
            QString::number(n.competitionDensity, 'f', 2)};
}

constexpr EntityTable<Niche> kNiches{nicheHeaders, nicheRow};

int create(Invocation& in)
{
    const auto market = in.keyOption<Market>(u"market"_s);
    if (!market)
        return in.refuse(market.error());
    return in.finish(in.workspace().niches().create(in.value(u"name"_s), **market, in.value(u"category"_s)),
                     [&](const Niche& n) { printEntity(in.ctx, kNiches, n, CliText::tr("Created niche %1 (%2)")); });
}

int list(Invocation& in)
{
    return in.finish(in.workspace().niches().list(),
                     [&](const QList<Niche>& niches) { printEntities(in.ctx, kNiches, niches); });
}

int validate(Invocation& in)
{
    const auto profitability = parseUnitInterval(in.value(u"profitability"_s), CliText::tr("Profitability score"));
    if (!profitability)
        return in.refuse(profitability.error());
    const auto competition = parseUnitInterval(in.value(u"competition"_s), CliText::tr("Competition density"));
    if (!competition)
        return in.refuse(competition.error());
    return in.finish(
        in.workspace().niches().validate(in.argument(0), *profitability, *competition), [&](const Niche& n) {
            printEntity(in.ctx, kNiches, n,
                        n.canActivate() ? CliText::tr("Niche %1 is %2 and can be activated")
                                        : CliText::tr("Niche %1 is %2 but cannot be activated (profitability must be "
                                                      "at least %3 and competition below %4)")
                                              .arg(u"%1"_s, u"%2"_s, QString::number(Niche::kMinProfitability),
                                                   QString::number(Niche::kMaxCompetitionToActivate)));
        });
}

int edit(Invocation& in)
{
    if (!in.isSet(u"name"_s) && !in.isSet(u"category"_s))
        return in.usage(CliText::tr("give --name, --category or both"));
    NicheService& niches = in.workspace().niches();
    const auto current = niches.get(in.argument(0));
    if (!current)
        return in.refuse(current.error());
    return in.finish(
        niches.edit(current->id, in.value(u"name"_s, current->name), in.value(u"category"_s, current->category)),
        [&](const Niche& n) { printEntity(in.ctx, kNiches, n, CliText::tr("Saved niche %1 (%2)")); });
}

Command simple(const QString& verb, const QString& description, Result<Niche> (NicheService::*action)(const QString&))
{
    return entityAction(u"niche"_s, verb, description, &Workspace::niches, action, kNiches,
                        CliText::tr("Niche %1 is now %2"));
}

} // namespace

QList<Command> nicheCommands()
{
    const Option name{u"name"_s, CliText::tr("Niche name."), u"NAME"_s};
    const Option category{u"category"_s, CliText::tr("Business category."), u"CATEGORY"_s};
    return {
        {.group = u"niche"_s,
         .verb = u"create"_s,
         .synopsis = u"leadops niche create --name NAME --market almaty|astana|shymkent --category CATEGORY"_s,
         .description = CliText::tr("Create a niche in research."),
         .options = {required(name),
                     {u"market"_s, CliText::tr("City: almaty, astana or shymkent."), u"MARKET"_s, true},
                     required(category)},
         .run = create},
        {.group = u"niche"_s,
         .verb = u"list"_s,
         .synopsis = u"leadops niche list [--json]"_s,
         .description = CliText::tr("List niches."),
         .run = list},
        {.group = u"niche"_s,
         .verb = u"edit"_s,
         .synopsis = u"leadops niche edit ID [--name N] [--category C]"_s,
         .description = CliText::tr("Rename a niche or change its category."),
         .options = {name, category},
         .minArguments = 1,
         .maxArguments = 1,
         .run = edit},
        {.group = u"niche"_s,
         .verb = u"validate"_s,
         .synopsis = u"leadops niche validate ID --profitability P --competition C"_s,
         .description = CliText::tr("Record the research scores (each 0..1) and mark the niche validated."),
         .options = {{u"profitability"_s, CliText::tr("Profitability score, 0..1."), u"P"_s, true},
                     {u"competition"_s, CliText::tr("Competition density, 0..1."), u"C"_s, true}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = validate},
        simple(u"activate"_s,
               CliText::tr("Activate a validated niche (profitability >= %1, competition < %2).")
                   .arg(Niche::kMinProfitability)
                   .arg(Niche::kMaxCompetitionToActivate),
               &NicheService::activate),
        simple(u"pause"_s, CliText::tr("Pause an active niche."), &NicheService::pause),
        simple(u"archive"_s, CliText::tr("Archive a niche."), &NicheService::archive),
    };
}

} // namespace leadops::cli
