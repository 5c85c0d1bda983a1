#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/domain/Values.h"
#include "core/json/EntityJson.h"
#include "core/services/NicheService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

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

void printNiche(CliContext& ctx, const Niche& n, const QString& headline)
{
    if (ctx.json()) {
        ctx.printJson(toJson(n));
        return;
    }
    ctx.out() << printable(headline.arg(n.id, toKey(n.status))) << u'\n';
    ctx.printTable({CliText::tr("ID"), CliText::tr("STATUS"), CliText::tr("MARKET"), CliText::tr("NAME"),
                    CliText::tr("CATEGORY"), CliText::tr("PROFIT"), CliText::tr("COMPET")},
                   {nicheRow(n)});
}

int create(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops niche create --name NAME --market almaty|astana|shymkent --category CATEGORY"_s,
                       CliText::tr("Create a niche in research."));
    p.addOption(u"name"_s, CliText::tr("Niche name."), u"NAME"_s);
    p.addOption(u"market"_s, CliText::tr("City: almaty, astana or shymkent."), u"MARKET"_s);
    p.addOption(u"category"_s, CliText::tr("Business category."), u"CATEGORY"_s);
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    const auto name = p.required(*a, u"name"_s, code);
    const auto marketText = name ? p.required(*a, u"market"_s, code) : std::nullopt;
    const auto category = marketText ? p.required(*a, u"category"_s, code) : std::nullopt;
    if (!category)
        return code;
    const auto market = fromKey<Market>(*marketText);
    if (!market)
        return ctx.refuse(Error{ErrorKind::Validation,
                                CliText::tr("Market '%1' is not known: expected one of %2")
                                    .arg(*marketText, allKeys<Market>().join(u", "_s)),
                                {}});
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->niches().create(*name, *market, *category),
                  [&](const Niche& n) { printNiche(ctx, n, CliText::tr("Created niche %1 (%2)")); });
}

int list(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops niche list [--json]"_s, CliText::tr("List niches."));
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->niches().list(), [&](const QList<Niche>& niches) {
        if (ctx.json()) {
            QJsonArray rows;
            for (const Niche& n : niches)
                rows << toJson(n);
            ctx.printJson(rows);
            return;
        }
        QList<QStringList> rows;
        for (const Niche& n : niches)
            rows << nicheRow(n);
        ctx.printTable({CliText::tr("ID"), CliText::tr("STATUS"), CliText::tr("MARKET"), CliText::tr("NAME"),
                        CliText::tr("CATEGORY"), CliText::tr("PROFIT"), CliText::tr("COMPET")},
                       rows);
    });
}

int validate(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops niche validate ID --profitability P --competition C"_s,
                       CliText::tr("Record the research scores (each 0..1) and mark the niche validated."));
    p.addOption(u"profitability"_s, CliText::tr("Profitability score, 0..1."), u"P"_s);
    p.addOption(u"competition"_s, CliText::tr("Competition density, 0..1."), u"C"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    const auto pText = p.required(*a, u"profitability"_s, code);
    const auto cText = pText ? p.required(*a, u"competition"_s, code) : std::nullopt;
    if (!cText)
        return code;
    const auto profitability = parseUnitInterval(*pText, CliText::tr("Profitability score"));
    if (!profitability)
        return ctx.refuse(profitability.error());
    const auto competition = parseUnitInterval(*cText, CliText::tr("Competition density"));
    if (!competition)
        return ctx.refuse(competition.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(
        ctx, (*ws)->niches().validate(a->positional.at(0), *profitability, *competition), [&](const Niche& n) {
            printNiche(ctx, n,
                       n.canActivate() ? CliText::tr("Niche %1 is %2 and can be activated")
                                       : CliText::tr("Niche %1 is %2 but cannot be activated (profitability must be "
                                                     "at least %3 and competition below %4)")
                                             .arg(u"%1"_s, u"%2"_s, QString::number(Niche::kMinProfitability),
                                                  QString::number(Niche::kMaxCompetitionToActivate)));
        });
}

template <typename Action>
int simple(CliContext& ctx, const QStringList& args, const QString& verb, const QString& description, Action&& action)
{
    return entityAction(
        ctx, args, u"leadops niche %1 ID"_s.arg(verb), description, [](Workspace & ws) -> auto& { return ws.niches(); },
        action, [&](const Niche& n) { printNiche(ctx, n, CliText::tr("Niche %1 is now %2")); });
}

} // namespace

int editNiche(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops niche edit ID [--name N] [--category C]"_s,
                       CliText::tr("Rename a niche or change its category."));
    p.addOption(u"name"_s, CliText::tr("Niche name."), u"NAME"_s);
    p.addOption(u"category"_s, CliText::tr("Business category."), u"CATEGORY"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    if (!a->isSet(u"name"_s) && !a->isSet(u"category"_s))
        return ctx.usage(CliText::tr("give --name, --category or both"), p.synopsis());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    const auto current = (*ws)->niches().get(a->positional.at(0));
    if (!current)
        return ctx.refuse(current.error());
    return finish(ctx,
                  (*ws)->niches().edit(current->id, a->isSet(u"name"_s) ? a->value(u"name"_s) : current->name,
                                       a->isSet(u"category"_s) ? a->value(u"category"_s) : current->category),
                  [&](const Niche& n) { printNiche(ctx, n, CliText::tr("Saved niche %1 (%2)")); });
}

int runNiche(CliContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == u"create"_s)
        return create(ctx, rest);
    if (verb == u"list"_s)
        return list(ctx, rest);
    if (verb == u"validate"_s)
        return validate(ctx, rest);
    if (verb == u"edit"_s)
        return editNiche(ctx, rest);
    if (verb == u"activate"_s)
        return simple(ctx, rest, verb,
                      CliText::tr("Activate a validated niche (profitability >= %1, competition < %2).")
                          .arg(Niche::kMinProfitability)
                          .arg(Niche::kMaxCompetitionToActivate),
                      [](NicheService& s, const QString& id) { return s.activate(id); });
    if (verb == u"pause"_s)
        return simple(ctx, rest, verb, CliText::tr("Pause an active niche."),
                      [](NicheService& s, const QString& id) { return s.pause(id); });
    if (verb == u"archive"_s)
        return simple(ctx, rest, verb, CliText::tr("Archive a niche."),
                      [](NicheService& s, const QString& id) { return s.archive(id); });
    return groupUsage(ctx, verb, u"niche"_s, u"leadops niche create|list|edit|validate|activate|pause|archive ..."_s);
}

} // namespace leadops::cli
