#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/domain/Values.h"
#include "core/json/EntityJson.h"
#include "core/services/LeadService.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

QStringList headers()
{
    return {CliText::tr("ID"),     CliText::tr("STATUS"),  CliText::tr("SCORE"),  CliText::tr("MSGS"),
            CliText::tr("SOURCE"), CliText::tr("CONTACT"), CliText::tr("CREATED")};
}

QStringList leadRow(const Lead& l)
{
    return {l.id,
            toKey(l.status),
            QString::number(l.qualificationScore, 'f', 2),
            QString::number(l.messagesCount),
            toKey(l.source),
            l.contact,
            l.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)};
}

void printLead(CliContext& ctx, const Lead& l, const QString& headline)
{
    if (ctx.json()) {
        ctx.printJson(toJson(l));
        return;
    }
    ctx.out() << printable(headline.arg(l.id, toKey(l.status))) << u'\n';
    ctx.printTable(headers(), {leadRow(l)});
}

int create(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops lead create --campaign ID --source olx|kaspi|satu|telegram --contact CONTACT"_s,
                       CliText::tr("Create a new lead; the contact is a +7 phone, a @telegram handle or an e-mail."));
    p.addOption(u"campaign"_s, CliText::tr("Campaign id."), u"ID"_s);
    p.addOption(u"source"_s, CliText::tr("olx, kaspi, satu or telegram."), u"SOURCE"_s);
    p.addOption(u"contact"_s, CliText::tr("Phone, Telegram handle or e-mail."), u"CONTACT"_s);
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    const auto campaign = p.required(*a, u"campaign"_s, code);
    const auto sourceText = campaign ? p.required(*a, u"source"_s, code) : std::nullopt;
    const auto contact = sourceText ? p.required(*a, u"contact"_s, code) : std::nullopt;
    if (!contact)
        return code;
    std::optional<Platform> source;
    if (!parseEnumOption(ctx, *a, u"source"_s, source, code))
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->leads().create(*campaign, *source, *contact),
                  [&](const Lead& l) { printLead(ctx, l, CliText::tr("Created lead %1 (%2)")); });
}

int list(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx,
                       u"leadops lead list [--status S] [--campaign ID] [--source S] [--search TEXT] "
                       "[--limit N] [--offset N] [--json]"_s,
                       CliText::tr("List leads, newest first."));
    p.addOption(u"status"_s, CliText::tr("new, contacted, qualifying, qualified, disqualified or closed."),
                u"STATUS"_s);
    p.addOption(u"campaign"_s, CliText::tr("Campaign id."), u"ID"_s);
    p.addOption(u"source"_s, CliText::tr("olx, kaspi, satu or telegram."), u"SOURCE"_s);
    p.addOption(u"search"_s, CliText::tr("Text or digits contained in the contact."), u"TEXT"_s);
    p.addOption(u"limit"_s, CliText::tr("At most this many rows (default 100, at most 100000)."), u"N"_s);
    p.addOption(u"offset"_s, CliText::tr("Skip this many rows first."), u"N"_s);
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    LeadFilter filter;
    if (!parseEnumOption(ctx, *a, u"status"_s, filter.status, code) ||
        !parseEnumOption(ctx, *a, u"source"_s, filter.source, code))
        return code;
    filter.campaignId = a->value(u"campaign"_s).trimmed().toLower();
    filter.search = a->value(u"search"_s);
    if (a->isSet(u"limit"_s)) {
        const auto limit = parsePositiveInt(a->value(u"limit"_s), u"--limit"_s, 100'000);
        if (!limit)
            return ctx.refuse(limit.error());
        filter.limit = static_cast<int>(*limit);
    }
    if (a->isSet(u"offset"_s)) {
        bool ok = false;
        filter.offset = a->value(u"offset"_s).toLongLong(&ok);
        if (!ok || filter.offset < 0)
            return ctx.refuse(Error{
                ErrorKind::Validation,
                CliText::tr("--offset '%1' is not valid: expected a whole number from 0").arg(a->value(u"offset"_s)),
                {}});
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->leads().list(filter), [&](const QList<Lead>& leads) {
        if (ctx.json()) {
            QJsonArray rows;
            for (const Lead& l : leads)
                rows << toJson(l);
            ctx.printJson(rows);
            return;
        }
        QList<QStringList> rows;
        for (const Lead& l : leads)
            rows << leadRow(l);
        ctx.printTable(headers(), rows);
    });
}

int show(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops lead show ID [--json]"_s, CliText::tr("Show a lead and its history."));
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    LeadService& leads = (*ws)->leads();
    const auto lead = leads.get(a->positional.at(0));
    if (!lead)
        return ctx.refuse(lead.error());
    const auto history = leads.history(lead->id);
    if (!history)
        return ctx.refuse(history.error());
    if (ctx.json()) {
        QJsonObject row = toJson(*lead);
        QJsonArray entries;
        for (const AuditEntry& e : *history)
            entries << toJson(e);
        row.insert(u"history"_s, entries);
        return ctx.printJson(row);
    }
    const auto field = [&](const QString& name, const QString& value) {
        ctx.out() << name.leftJustified(18) << printable(value) << u'\n';
    };
    const auto when = [](const std::optional<QDateTime>& t) { return t ? t->toString(Qt::ISODateWithMs) : u"-"_s; };
    field(CliText::tr("id"), lead->id);
    field(CliText::tr("campaign_id"), lead->campaignId);
    field(CliText::tr("source"), toKey(lead->source));
    field(CliText::tr("contact"), lead->contact);
    field(CliText::tr("status"), toKey(lead->status));
    field(CliText::tr("score"), QString::number(lead->qualificationScore, 'f', 2));
    field(CliText::tr("messages"), QString::number(lead->messagesCount));
    field(CliText::tr("created_at"), lead->createdAt.toString(Qt::ISODateWithMs));
    field(CliText::tr("qualified_at"), when(lead->qualifiedAt));
    field(CliText::tr("disqualified_at"), when(lead->disqualifiedAt));
    if (!lead->disqualificationReason.isEmpty())
        field(CliText::tr("reason"), lead->disqualificationReason);
    field(CliText::tr("updated_at"), lead->updatedAt.toString(Qt::ISODateWithMs));
    ctx.out() << u'\n' << CliText::tr("History:") << u'\n';
    QList<QStringList> rows;
    for (const AuditEntry& e : *history)
        rows << QStringList{e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.action,
                            (e.fromStatus.isEmpty() ? u"-"_s : e.fromStatus) + u" -> "_s + e.toStatus, e.actor,
                            e.detail};
    ctx.printTable(
        {CliText::tr("AT"), CliText::tr("ACTION"), CliText::tr("STATUS"), CliText::tr("BY"), CliText::tr("DETAIL")},
        rows);
    return Done;
}

int scored(CliContext& ctx, const QStringList& args, const QString& verb, const QString& description, bool qualify)
{
    SubcommandParser p(ctx, u"leadops lead %1 ID --score S"_s.arg(verb), description);
    p.addOption(u"score"_s, CliText::tr("Qualification score from 0 to 1."), u"S"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    const auto scoreText = p.required(*a, u"score"_s, code);
    if (!scoreText)
        return code;
    const auto score = parseUnitInterval(*scoreText, CliText::tr("Qualification score"));
    if (!score)
        return ctx.refuse(score.error());
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    LeadService& leads = (*ws)->leads();
    const QString id = a->positional.at(0);
    return finish(ctx, qualify ? leads.qualify(id, *score) : leads.assessScore(id, *score),
                  [&](const Lead& l) { printLead(ctx, l, CliText::tr("Lead %1 is now %2")); });
}

int disqualify(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops lead disqualify ID --reason TEXT"_s,
                       CliText::tr("Disqualify a lead, keeping the reason."));
    p.addOption(u"reason"_s, CliText::tr("Why the lead is disqualified."), u"TEXT"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    const auto reason = p.required(*a, u"reason"_s, code);
    if (!reason)
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->leads().disqualify(a->positional.at(0), *reason),
                  [&](const Lead& l) { printLead(ctx, l, CliText::tr("Lead %1 is now %2")); });
}

int autoDisqualify(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(ctx, u"leadops lead auto-disqualify [--dry-run] [--json]"_s,
                       CliText::tr("Disqualify qualifying leads with more than %1 messages and a score below %2.")
                           .arg(Lead::kAutoDisqualifyMessages)
                           .arg(Lead::kAutoDisqualifyScore));
    p.addOption(u"dry-run"_s, CliText::tr("Only list the leads that would be disqualified."));
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, (*ws)->leads().autoDisqualify(a->isSet(u"dry-run"_s)), [&](const AutoDisqualifyReport& r) {
        if (ctx.json()) {
            QJsonArray ids;
            for (const Lead& l : r.leads)
                ids << l.id;
            ctx.printJson(QJsonObject{{u"dry_run"_s, r.dryRun}, {u"count"_s, r.leads.size()}, {u"ids"_s, ids}});
            return;
        }
        ctx.out() << (r.dryRun
                          ? CliText::tr("%n lead(s) would be auto-disqualified", "", static_cast<int>(r.leads.size()))
                          : CliText::tr("%n lead(s) auto-disqualified", "", static_cast<int>(r.leads.size())))
                  << u'\n';
        for (const Lead& l : r.leads)
            ctx.out() << printable(l.id) << u'\n';
        ctx.out().flush();
    });
}

template <typename Action>
int simple(CliContext& ctx, const QStringList& args, const QString& verb, const QString& description, Action&& action)
{
    return entityAction(
        ctx, args, u"leadops lead %1 ID"_s.arg(verb), description, [](Workspace & ws) -> auto& { return ws.leads(); },
        action, [&](const Lead& l) { printLead(ctx, l, CliText::tr("Lead %1 is now %2")); });
}

} // namespace

int runLead(CliContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == u"create"_s)
        return create(ctx, rest);
    if (verb == u"list"_s)
        return list(ctx, rest);
    if (verb == u"show"_s)
        return show(ctx, rest);
    if (verb == u"qualify"_s)
        return scored(
            ctx, rest, verb,
            CliText::tr("Qualify a contacted lead with at least %1 messages.").arg(Lead::kMinMessagesToQualify), true);
    if (verb == u"score"_s)
        return scored(ctx, rest, verb, CliText::tr("Record a provisional score for a lead in qualification."), false);
    if (verb == u"disqualify"_s)
        return disqualify(ctx, rest);
    if (verb == u"auto-disqualify"_s)
        return autoDisqualify(ctx, rest);
    if (verb == u"contact"_s)
        return simple(ctx, rest, verb, CliText::tr("Mark a new lead as contacted."),
                      [](LeadService& s, const QString& id) { return s.markContacted(id); });
    if (verb == u"message"_s)
        return simple(ctx, rest, verb, CliText::tr("Record one message exchanged with the lead."),
                      [](LeadService& s, const QString& id) { return s.recordMessage(id); });
    if (verb == u"start-qualifying"_s)
        return simple(ctx, rest, verb, CliText::tr("Move a contacted lead into qualification."),
                      [](LeadService& s, const QString& id) { return s.startQualifying(id); });
    if (verb == u"close"_s)
        return simple(ctx, rest, verb, CliText::tr("Close a qualified lead (hand-off to sales)."),
                      [](LeadService& s, const QString& id) { return s.close(id); });
    return groupUsage(ctx, verb, u"lead"_s,
                      u"leadops lead create|list|show|contact|message|start-qualifying|score|qualify|disqualify|"
                      "close|auto-disqualify ..."_s);
}

} // namespace leadops::cli
