#include "app/cli/Command.h"
#include "app/cli/LeadFilterOptions.h"

#include "core/domain/Values.h"
#include "core/json/EntityJson.h"
#include "core/services/LeadService.h"
#include "core/util/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

// The team's e-mails by user id, read before a lead command prints (the table shows who owns a
// lead by e-mail, never by id).
QHash<QString, QString>& ownerEmails()
{
    static QHash<QString, QString> emails;
    return emails;
}

void rememberTeam(Workspace& workspace)
{
    if (const auto members = workspace.leads().team().list()) {
        for (const TeamMember& m : *members)
            ownerEmails().insert(m.userId, m.email);
    }
}

QString ownerText(const QString& ownerId)
{
    return ownerId.isEmpty() ? u"-"_s : ownerEmails().value(ownerId, ownerId);
}

QStringList leadHeaders()
{
    return {CliText::tr("ID"),   CliText::tr("STATUS"), CliText::tr("SCORE"),
            CliText::tr("MSGS"), CliText::tr("SOURCE"), CliText::tr("CONTACT"),
            CliText::tr("NAME"), CliText::tr("OWNER"),  CliText::tr("CREATED")};
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
            ownerText(l.ownerId),
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
    const auto filter = leadFilterFrom(in);
    if (!filter)
        return in.refuse(filter.error());
    return in.finish(in.workspace().leads().list(*filter),
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
    field(CliText::tr("owner"), ownerText(lead->ownerId));
    field(CliText::tr("follow_up"), lead->nextFollowUpAt
                                        ? lead->nextFollowUpAt->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) +
                                              (lead->followUpNote.isEmpty() ? QString() : u" — "_s + lead->followUpNote)
                                        : u"-"_s);
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

// "now", or a local date and time as people write it: 2026-12-07 09:30.
Result<QDateTime> followUpTime(const QString& text, const QDateTime& now)
{
    const QString t = text.trimmed();
    if (t.compare(u"now"_s, Qt::CaseInsensitive) == 0)
        return now;
    for (const QString& format : {u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-dd HH:mm:ss"_s}) {
        const QDateTime at = QDateTime::fromString(t, format);
        if (at.isValid())
            return at.toUTC();
    }
    return fail(ErrorKind::Validation,
                CliText::tr("--at '%1' is not a time: expected \"YYYY-MM-DD HH:MM\" (local time) or now").arg(t));
}

int followUp(Invocation& in)
{
    LeadService& leads = in.workspace().leads();
    const auto print = [&](const Lead& l) {
        printEntity(in.ctx, kLeads, l,
                    l.nextFollowUpAt
                        ? CliText::tr("Lead %1 (%2): follow up at %3")
                              .arg(u"%1"_s, u"%2"_s, l.nextFollowUpAt->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                        : CliText::tr("Lead %1 (%2) has no follow-up now"));
    };
    if (in.isSet(u"clear"_s)) {
        if (in.isSet(u"at"_s) || in.isSet(u"note"_s))
            return in.usage(CliText::tr("--clear takes neither --at nor --note"));
        return in.finish(leads.clearFollowUp(in.argument(0)), print);
    }
    if (!in.isSet(u"at"_s))
        return in.usage(CliText::tr("give the time with --at \"YYYY-MM-DD HH:MM\" (or now), or --clear"));
    const auto at = followUpTime(in.value(u"at"_s), in.workspace().clock().now());
    if (!at)
        return in.refuse(at.error());
    return in.finish(leads.scheduleFollowUp(in.argument(0), *at, in.value(u"note"_s)), print);
}

int addNote(Invocation& in)
{
    return in.finish(in.workspace().leads().addNote(in.argument(0), in.value(u"text"_s)), [&](const Note& n) {
        if (in.json()) {
            in.ctx.printJson(toJson(n));
            return;
        }
        in.ctx.out() << CliText::tr("Note %1 added to lead %2").arg(n.id, n.leadId) << Qt::endl;
    });
}

int listNotes(Invocation& in)
{
    return in.finish(in.workspace().leads().notes(in.argument(0)), [&](const QList<Note>& notes) {
        if (in.json()) {
            QJsonArray rows;
            for (const Note& n : notes)
                rows << toJson(n);
            in.ctx.printJson(rows);
            return;
        }
        QList<QStringList> rows;
        for (const Note& n : notes)
            rows << QStringList{n.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), ownerText(n.authorId),
                                QString(n.body).replace(u'\n', u' '), n.id};
        in.ctx.printTable({CliText::tr("AT"), CliText::tr("BY"), CliText::tr("NOTE"), CliText::tr("ID")}, rows);
    });
}

int editNote(Invocation& in)
{
    if (in.isSet(u"remove"_s)) {
        if (in.isSet(u"text"_s))
            return in.usage(CliText::tr("--remove takes no --text"));
        if (const auto removed = in.workspace().leads().removeNote(in.argument(0)); !removed)
            return in.refuse(removed.error());
        in.ctx.out() << CliText::tr("Note %1 removed").arg(in.argument(0)) << Qt::endl;
        return Done;
    }
    if (!in.isSet(u"text"_s))
        return in.usage(CliText::tr("give the corrected text with --text, or --remove"));
    return in.finish(in.workspace().leads().editNote(in.argument(0), in.value(u"text"_s)), [&](const Note& n) {
        if (in.json())
            in.ctx.printJson(toJson(n));
        else
            in.ctx.out() << CliText::tr("Note %1 corrected").arg(n.id) << Qt::endl;
    });
}

int assign(Invocation& in)
{
    const auto to = memberId(in, in.value(u"to"_s), u"--to"_s);
    if (!to)
        return in.refuse(to.error());
    return in.finish(in.workspace().leads().assign(in.argument(0), *to), [&](const Lead& l) {
        printEntity(in.ctx, kLeads, l,
                    l.ownerId.isEmpty() ? CliText::tr("Lead %1 (%2) is back in the queue")
                                        : CliText::tr("Lead %1 (%2) is assigned"));
    });
}

int autoDisqualify(Invocation& in)
{
    return in.finish(in.workspace().leads().autoDisqualify(in.isSet(u"dry-run"_s)), [&](const AutoDisqualifyReport& r) {
        if (in.json()) {
            QJsonArray ids;
            for (const Lead& l : r.leads)
                ids << l.id;
            in.ctx.printJson(QJsonObject{{u"dry_run"_s, r.dryRun},
                                         {u"count"_s, r.leads.size()},
                                         {u"ids"_s, ids},
                                         {u"left_to_owners"_s, r.leftToOwners}});
            return;
        }
        QTextStream& out = in.ctx.out();
        out << (r.dryRun ? CliText::tr("%n lead(s) would be auto-disqualified", "", static_cast<int>(r.leads.size()))
                         : CliText::tr("%n lead(s) auto-disqualified", "", static_cast<int>(r.leads.size())))
            << u'\n';
        for (const Lead& l : r.leads)
            out << printable(l.id) << u'\n';
        if (r.leftToOwners > 0)
            out << CliText::tr("%n lead(s) of other members left to their owners", "", r.leftToOwners) << u'\n';
        out.flush();
    });
}

Command simple(const QString& verb, const QString& description, Result<Lead> (LeadService::*action)(const QString&))
{
    return entityAction(u"lead"_s, verb, description, &Workspace::leads, action, kLeads,
                        CliText::tr("Lead %1 is now %2"));
}

QList<Command> leadCommandList();

} // namespace

QList<Command> leadCommands()
{
    QList<Command> commands = leadCommandList();
    // Every lead command prints owners by e-mail: the team is read first.
    for (Command& c : commands) {
        c.run = [run = c.run](Invocation& in) {
            rememberTeam(in.workspace());
            return run(in);
        };
    }
    return commands;
}

namespace {

QList<Command> leadCommandList()
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
         .synopsis =
             u"leadops lead list [--status S] [--campaign ID] [--source S] [--search TEXT] "
             "[--owner me|EMAIL|none|queue] [--due today|overdue] [--limit N] [--offset N|--after ID] [--json]"_s,
         .description = CliText::tr("List leads, newest first."),
         .options = leadFilterOptions(true),
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
        simple(u"back-to-contacted"_s,
               CliText::tr("Move a lead in qualification back to contacted, so that it can be qualified."),
               &LeadService::backToContacted),
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
         .verb = u"note"_s,
         .synopsis = u"leadops lead note ID --text TEXT [--json]"_s,
         .description = CliText::tr("Write down what the lead said (up to %1 characters).").arg(Note::kMaxBodyLength),
         .options = {{u"text"_s, CliText::tr("The note."), u"TEXT"_s, true}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = addNote},
        {.group = u"lead"_s,
         .verb = u"notes"_s,
         .synopsis = u"leadops lead notes ID [--json]"_s,
         .description = CliText::tr("The lead's notes, newest first."),
         .minArguments = 1,
         .maxArguments = 1,
         .run = listNotes},
        {.group = u"lead"_s,
         .verb = u"note-edit"_s,
         .synopsis = u"leadops lead note-edit NOTE_ID --text TEXT | --remove"_s,
         .description =
             CliText::tr("Correct or remove your note within %1 minutes of writing it.").arg(Note::kEditMinutes),
         .options = {{u"text"_s, CliText::tr("The corrected note."), u"TEXT"_s},
                     {u"remove"_s, CliText::tr("Remove the note.")}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = editNote},
        {.group = u"lead"_s,
         .verb = u"follow-up"_s,
         .synopsis = u"leadops lead follow-up ID --at \"YYYY-MM-DD HH:MM\"|now [--note TEXT] | --clear"_s,
         .description = CliText::tr("Set when to call the lead back (local time, now or later), or clear it."),
         .options = {{u"at"_s, CliText::tr("When: \"YYYY-MM-DD HH:MM\" in local time, or now."), u"TIME"_s},
                     {u"note"_s, CliText::tr("What the call is about (optional)."), u"TEXT"_s},
                     {u"clear"_s, CliText::tr("Remove the follow-up.")}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = followUp},
        {.group = u"lead"_s,
         .verb = u"assign"_s,
         .synopsis = u"leadops lead assign ID --to EMAIL|me|none"_s,
         .description = CliText::tr("Give a lead to a sales manager of the team, take it (me), or put it back in "
                                    "the queue (none)."),
         .options = {{u"to"_s, CliText::tr("A member's e-mail, me or none."), u"WHO"_s, true}},
         .minArguments = 1,
         .maxArguments = 1,
         .run = assign},
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

} // namespace

} // namespace leadops::cli
