#include "app/cli/Command.h"

#include "core/domain/Values.h"
#include "core/json/EntityJson.h"
#include "core/services/LeadService.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

QStringList leadHeaders()
{
    return {CliText::tr("ID"),     CliText::tr("STATUS"),  CliText::tr("SCORE"), CliText::tr("MSGS"),
            CliText::tr("SOURCE"), CliText::tr("CONTACT"), CliText::tr("NAME"),  CliText::tr("CREATED")};
}

QStringList leadRow(const Lead& l)
{
    return {l.id,
            toKey(l.status),
            l.isScored() ? QString::number(l.qualificationScore, 'f', 2) : u"-"_s,
            QString::number(l.messagesCount),
            toKey(l.source),
            l.contact,
            l.displayName.isEmpty() ? u"-"_s : l.displayName,
            l.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)};
}

constexpr EntityTable<Lead> kLeads{leadHeaders, leadRow};

void printNowIs(CliContext& ctx, const Lead& l)
{
    printEntity(ctx, kLeads, l, CliText::tr("Lead %1 is now %2"));
}

int create(Invocation& in)
{
    const auto source = in.keyOption<Platform>(u"source"_s);
    if (!source)
        return in.refuse(source.error());
    return in.finish(
        in.workspace().leads().create(in.value(u"campaign"_s), **source, in.value(u"contact"_s), in.value(u"name"_s)),
        [&](const Lead& l) { printEntity(in.ctx, kLeads, l, CliText::tr("Created lead %1 (%2)")); });
}

int list(Invocation& in)
{
    LeadFilter filter;
    const auto status = in.keyOption<LeadStatus>(u"status"_s);
    if (!status)
        return in.refuse(status.error());
    const auto source = in.keyOption<Platform>(u"source"_s);
    if (!source)
        return in.refuse(source.error());
    filter.status = *status;
    filter.source = *source;
    filter.campaignId = in.value(u"campaign"_s).trimmed().toLower();
    filter.search = in.value(u"search"_s);
    if (in.isSet(u"limit"_s)) {
        const auto limit = parsePositiveInt(in.value(u"limit"_s), u"--limit"_s, 100'000);
        if (!limit)
            return in.refuse(limit.error());
        filter.limit = static_cast<int>(*limit);
    }
    if (in.isSet(u"offset"_s)) {
        bool ok = false;
        filter.offset = in.value(u"offset"_s).toLongLong(&ok);
        if (!ok || filter.offset < 0)
            return in.refuse(Error{
                ErrorKind::Validation,
                CliText::tr("--offset '%1' is not valid: expected a whole number from 0").arg(in.value(u"offset"_s)),
                {}});
    }
    return in.finish(in.workspace().leads().list(filter),
                     [&](const QList<Lead>& leads) { printEntities(in.ctx, kLeads, leads); });
}

int show(Invocation& in)
{
    LeadService& leads = in.workspace().leads();
    const auto lead = leads.get(in.argument(0));
    if (!lead)
        return in.refuse(lead.error());
    const auto history = leads.history(lead->id);
    if (!history)
        return in.refuse(history.error());
    if (in.json()) {
        QJsonObject row = toJson(*lead);
        QJsonArray entries;
        for (const AuditEntry& e : *history)
            entries << toJson(e);
        row.insert(u"history"_s, entries);
        return in.ctx.printJson(row);
    }
    const auto field = [&](const QString& name, const QString& value) {
        in.ctx.out() << name.leftJustified(18) << printable(value) << u'\n';
    };
    const auto when = [](const std::optional<QDateTime>& t) { return t ? t->toString(Qt::ISODateWithMs) : u"-"_s; };
    field(CliText::tr("id"), lead->id);
    field(CliText::tr("campaign_id"), lead->campaignId);
    field(CliText::tr("source"), toKey(lead->source));
    field(CliText::tr("contact"), lead->contact);
    field(CliText::tr("name"), lead->displayName.isEmpty() ? u"-"_s : lead->displayName);
    field(CliText::tr("status"), toKey(lead->status));
    field(CliText::tr("score"), lead->isScored() ? QString::number(lead->qualificationScore, 'f', 2) : u"-"_s);
    field(CliText::tr("messages"), QString::number(lead->messagesCount));
    field(CliText::tr("created_at"), lead->createdAt.toString(Qt::ISODateWithMs));
    field(CliText::tr("qualified_at"), when(lead->qualifiedAt));
    field(CliText::tr("disqualified_at"), when(lead->disqualifiedAt));
    if (!lead->disqualificationReason.isEmpty())
        field(CliText::tr("reason"), lead->disqualificationReason);
    field(CliText::tr("updated_at"), lead->updatedAt.toString(Qt::ISODateWithMs));
    in.ctx.out() << u'\n' << CliText::tr("History:") << u'\n';
    QList<QStringList> rows;
    for (const AuditEntry& e : *history)
        rows << QStringList{e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.action,
                            (e.fromStatus.isEmpty() ? u"-"_s : e.fromStatus) + u" -> "_s + e.toStatus, e.actor,
                            e.detail};
    in.ctx.printTable(
        {CliText::tr("AT"), CliText::tr("ACTION"), CliText::tr("STATUS"), CliText::tr("BY"), CliText::tr("DETAIL")},
        rows);
    return Done;
}

// qualify and score: the same shape, a score from the rule's range.
Command scored(const QString& verb, const QString& description,
               Result<Lead> (LeadService::*action)(const QString&, double))
{
    return {.group = u"lead"_s,
            .verb = verb,
            .synopsis = u"leadops lead %1 ID --score S"_s.arg(verb),
            .description = description,
            .options = {{u"score"_s, CliText::tr("Qualification score from 0 to 1."), u"S"_s, true}},
            .minArguments = 1,
            .maxArguments = 1,
            .run = [action](Invocation& in) {
                const auto score = parseUnitInterval(in.value(u"score"_s), CliText::tr("Qualification score"));
                if (!score)
                    return in.refuse(score.error());
                return in.finish((in.workspace().leads().*action)(in.argument(0), *score),
                                 [&](const Lead& l) { printNowIs(in.ctx, l); });
            }};
}

int disqualify(Invocation& in)
{
    return in.finish(in.workspace().leads().disqualify(in.argument(0), in.value(u"reason"_s)),
                     [&](const Lead& l) { printNowIs(in.ctx, l); });
}

int rename(Invocation& in)
{
    const QString name = in.isSet(u"clear"_s) ? QString() : in.value(u"name"_s);
    if (!in.isSet(u"clear"_s) && name.trimmed().isEmpty())
        return in.usage(CliText::tr("give the name with --name TEXT, or remove it with --clear"));
    return in.finish(in.workspace().leads().rename(in.argument(0), name), [&](const Lead& l) {
        printEntity(in.ctx, kLeads, l,
                    l.displayName.isEmpty() ? CliText::tr("Lead %1 (%2) has no name now")
                                            : CliText::tr("Lead %1 (%2) is renamed"));
    });
}

int autoDisqualify(Invocation& in)
{
    return in.finish(in.workspace().leads().autoDisqualify(in.isSet(u"dry-run"_s)), [&](const AutoDisqualifyReport& r) {
        if (in.json()) {
            QJsonArray ids;
            for (const Lead& l : r.leads)
                ids << l.id;
            in.ctx.printJson(QJsonObject{{u"dry_run"_s, r.dryRun}, {u"count"_s, r.leads.size()}, {u"ids"_s, ids}});
            return;
        }
        QTextStream& out = in.ctx.out();
        out << (r.dryRun ? CliText::tr("%n lead(s) would be auto-disqualified", "", static_cast<int>(r.leads.size()))
                         : CliText::tr("%n lead(s) auto-disqualified", "", static_cast<int>(r.leads.size())))
            << u'\n';
        for (const Lead& l : r.leads)
            out << printable(l.id) << u'\n';
        out.flush();
    });
}

Command simple(const QString& verb, const QString& description, Result<Lead> (LeadService::*action)(const QString&))
{
    return entityAction(u"lead"_s, verb, description, &Workspace::leads, action, kLeads,
                        CliText::tr("Lead %1 is now %2"));
}

} // namespace

QList<Command> leadCommands()
{
    const Option source{u"source"_s, CliText::tr("olx, kaspi, satu or telegram."), u"SOURCE"_s};
    const Option campaign{u"campaign"_s, CliText::tr("Campaign id."), u"ID"_s};
    return {
        {.group = u"lead"_s,
         .verb = u"create"_s,
         .synopsis = u"leadops lead create --campaign ID --source olx|kaspi|satu|telegram --contact CONTACT "
                     "[--name TEXT]"_s,
         .description = CliText::tr("Create a new lead; the contact is a +7 phone, a @telegram handle or an e-mail."),
         .options = {required(campaign),
                     required(source),
                     {u"contact"_s, CliText::tr("Phone, Telegram handle or e-mail."), u"CONTACT"_s, true},
                     {u"name"_s, CliText::tr("The person's or company's name (optional)."), u"TEXT"_s}},
         .run = create},
        {.group = u"lead"_s,
         .verb = u"list"_s,
         .synopsis = u"leadops lead list [--status S] [--campaign ID] [--source S] [--search TEXT] "
                     "[--limit N] [--offset N] [--json]"_s,
         .description = CliText::tr("List leads, newest first."),
         .options = {{u"status"_s, CliText::tr("new, contacted, qualifying, qualified, disqualified or closed."),
                      u"STATUS"_s},
                     campaign,
                     source,
                     {u"search"_s, CliText::tr("Text or digits contained in the contact or the name."), u"TEXT"_s},
                     {u"limit"_s, CliText::tr("At most this many rows (default 100, at most 100000)."), u"N"_s},
                     {u"offset"_s, CliText::tr("Skip this many rows first."), u"N"_s}},
         .run = list},
        {.group = u"lead"_s,
         .verb = u"show"_s,
         .synopsis = u"leadops lead show ID [--json]"_s,
         .description = CliText::tr("Show a lead and its history."),
         .minArguments = 1,
         .maxArguments = 1,
         .run = show},
        simple(u"contact"_s, CliText::tr("Mark a new lead as contacted."), &LeadService::markContacted),
        simple(u"message"_s, CliText::tr("Record one message exchanged with the lead."), &LeadService::recordMessage),
        simple(u"start-qualifying"_s, CliText::tr("Move a contacted lead into qualification."),
               &LeadService::startQualifying),
        scored(u"score"_s, CliText::tr("Record a provisional score for a lead in qualification."),
               &LeadService::assessScore),
        scored(u"qualify"_s,
               CliText::tr("Qualify a contacted lead with at least %1 messages.").arg(Lead::kMinMessagesToQualify),
               &LeadService::qualify),
        {.group = u"lead"_s,
         .verb = u"disqualify"_s,
         .synopsis = u"leadops lead disqualify ID --reason TEXT"_s,
         .description = CliText::tr("Disqualify a lead, keeping the reason."),
         .options = {{u"reason"_s, CliText::tr("Why the lead is disqualified."), u"TEXT"_s, true}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = disqualify},
        simple(u"close"_s, CliText::tr("Close a qualified lead (hand-off to sales)."), &LeadService::close),
        {.group = u"lead"_s,
         .verb = u"rename"_s,
         .synopsis = u"leadops lead rename ID --name TEXT | --clear"_s,
         .description = CliText::tr("Name a lead (a person or a company), or remove its name."),
         .options = {{u"name"_s, CliText::tr("The name, up to %1 characters.").arg(Lead::kMaxDisplayNameLength),
                      u"TEXT"_s},
                     {u"clear"_s, CliText::tr("Remove the name.")}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = rename},
        {.group = u"lead"_s,
         .verb = u"auto-disqualify"_s,
         .synopsis = u"leadops lead auto-disqualify [--dry-run] [--json]"_s,
         .description = CliText::tr("Disqualify qualifying leads with more than %1 messages and a score below %2.")
                            .arg(Lead::kAutoDisqualifyMessages)
                            .arg(Lead::kAutoDisqualifyScore),
         .options = {{u"dry-run"_s, CliText::tr("Only list the leads that would be disqualified.")}},
         .run = autoDisqualify},
    };
}

} // namespace leadops::cli
