#include "app/cli/LeadFilterOptions.h"

#include "core/domain/Values.h"
#include "core/services/LeadService.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

QList<Option> leadFilterOptions(bool paging)
{
    QList<Option> options = {
        {u"status"_s, CliText::tr("new, contacted, qualifying, qualified, disqualified or closed."), u"STATUS"_s},
        {u"campaign"_s, CliText::tr("Campaign id."), u"ID"_s},
        {u"source"_s, CliText::tr("olx, kaspi, satu or telegram."), u"SOURCE"_s},
        {u"search"_s, CliText::tr("Text or digits contained in the contact or the name."), u"TEXT"_s},
        {u"owner"_s,
         CliText::tr("Whose leads: me, a member's e-mail, none (unassigned) or queue (mine and the unassigned)."),
         u"WHO"_s},
        {u"due"_s, CliText::tr("Follow-ups due today or overdue, earliest first."), u"WHEN"_s},
    };
    if (paging) {
        options << Option{u"limit"_s, CliText::tr("At most this many rows (default 100, at most 100000)."), u"N"_s}
                << Option{u"offset"_s, CliText::tr("Skip this many rows first."), u"N"_s}
                << Option{u"after"_s,
                          CliText::tr("Start just after this lead (the last id of the previous page): as fast a "
                                      "million rows down as at the top, unlike --offset."),
                          u"ID"_s};
    }
    return options;
}

// "me", an e-mail of the team, or "none": the user id (empty for none), or the refusal.
Result<QString> memberId(Invocation& in, const QString& who, const QString& option)
{
    const QString w = who.trimmed();
    if (w.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return QString();
    if (w.compare(u"me"_s, Qt::CaseInsensitive) == 0) {
        const QString me = in.workspace().actor().userId();
        if (me.isEmpty())
            return fail(ErrorKind::Validation,
                        CliText::tr("%1 me: nobody is signed in to a team here (leadops login)").arg(option));
        return me;
    }
    const auto member = in.workspace().leads().team().findByEmail(w);
    if (!member)
        return tl::unexpected(member.error());
    if (!*member)
        return fail(ErrorKind::Validation,
                    CliText::tr("%1 '%2': no such member in the team; expected me, none or a member's e-mail "
                                "(leadops team list)")
                        .arg(option, w));
    return (*member)->userId;
}

Result<LeadFilter> leadFilterFrom(Invocation& in)
{
    LeadFilter filter;
    const auto status = in.keyOption<LeadStatus>(u"status"_s);
    if (!status)
        return tl::unexpected(status.error());
    const auto source = in.keyOption<Platform>(u"source"_s);
    if (!source)
        return tl::unexpected(source.error());
    filter.status = *status;
    filter.source = *source;
    filter.campaignId = in.value(u"campaign"_s).trimmed().toLower();
    filter.search = in.value(u"search"_s);
    if (in.isSet(u"due"_s)) {
        const auto window = in.workspace().leads().followUpWindow();
        const QString due = in.value(u"due"_s).trimmed().toLower();
        if (due == u"today"_s) {
            filter.followUpFrom = window.startOfToday;
            filter.followUpBefore = window.endOfToday;
        } else if (due == u"overdue"_s) {
            filter.followUpBefore = window.now;
        } else {
            return fail(ErrorKind::Validation,
                        CliText::tr("--due '%1' is not valid: expected today or overdue").arg(due));
        }
        filter.sort = LeadSort::FollowUp;
        filter.descending = false;
    }
    if (in.isSet(u"owner"_s)) {
        const QString who = in.value(u"owner"_s).trimmed();
        if (who.compare(u"queue"_s, Qt::CaseInsensitive) == 0) {
            const auto me = memberId(in, u"me"_s, u"--owner"_s);
            if (!me)
                return tl::unexpected(me.error());
            filter.owner = LeadFilter::Owner::MemberOrUnassigned;
            filter.ownerId = *me;
        } else {
            const auto id = memberId(in, who, u"--owner"_s);
            if (!id)
                return tl::unexpected(id.error());
            filter.owner = id->isEmpty() ? LeadFilter::Owner::Unassigned : LeadFilter::Owner::Member;
            filter.ownerId = *id;
        }
    }
    if (in.isSet(u"limit"_s)) {
        const auto limit = parsePositiveInt(in.value(u"limit"_s), u"--limit"_s, 100'000);
        if (!limit)
            return tl::unexpected(limit.error());
        filter.limit = static_cast<int>(*limit);
    }
    if (in.isSet(u"offset"_s)) {
        bool ok = false;
        filter.offset = in.value(u"offset"_s).toLongLong(&ok);
        if (!ok || filter.offset < 0)
            return fail(
                ErrorKind::Validation,
                CliText::tr("--offset '%1' is not valid: expected a whole number from 0").arg(in.value(u"offset"_s)));
    }
    if (in.isSet(u"after"_s)) {
        if (in.isSet(u"offset"_s))
            return fail(ErrorKind::Validation, CliText::tr("--after and --offset cannot be used together"));
        const auto cursor = in.workspace().leads().cursorAt(in.value(u"after"_s).trimmed().toLower(), filter.sort);
        if (!cursor)
            return tl::unexpected(cursor.error());
        filter.after = *cursor;
    }
    return filter;
}

} // namespace leadops::cli
