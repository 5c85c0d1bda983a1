#include "app/cli/Command.h"

#include "core/json/EntityJson.h"
#include "core/services/LeadService.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

// The team as the last sync brought it: who leads can be assigned to (leadops lead assign).
int list(Invocation& in)
{
    return in.finish(in.workspace().leads().team().list(), [&](const QList<TeamMember>& members) {
        if (in.json()) {
            QJsonArray rows;
            for (const TeamMember& m : members)
                rows << toJson(m);
            in.ctx.printJson(rows);
            return;
        }
        QList<QStringList> rows;
        for (const TeamMember& m : members)
            rows << QStringList{m.displayName, m.email, m.roleKey, m.active ? CliText::tr("yes") : CliText::tr("no")};
        in.ctx.printTable({CliText::tr("NAME"), CliText::tr("E-MAIL"), CliText::tr("ROLE"), CliText::tr("ACTIVE")},
                          rows);
        if (members.isEmpty())
            in.ctx.err() << CliText::tr("No team here yet: the team comes from the server with each sync "
                                        "(leadops sync).")
                         << Qt::endl;
    });
}

} // namespace

QList<Command> teamCommands()
{
    return {
        {.group = u"team"_s,
         .verb = u"list"_s,
         .synopsis = u"leadops team list [--json]"_s,
         .description = CliText::tr("List the team's members: who leads can be assigned to."),
         .run = list},
    };
}

} // namespace leadops::cli
