#include "Cli.h"

#include "CliContext.h"

#include "Workspace.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

const QStringList& commands()
{
    static const QStringList names = {u"demo"_s,    u"niche"_s, u"campaign"_s, u"lead"_s,
                                      u"connect"_s, u"login"_s, u"logout"_s,   u"whoami"_s};
    return names;
}

QString helpText()
{
    return QCoreApplication::translate(
        "Cli", "LeadOps Console %1\n"
               "\n"
               "usage: leadops [--workspace DIR] [--lang ru|kk|en] [--demo]   open the window\n"
               "       leadops [--workspace DIR] COMMAND ... [--json]          run headless\n"
               "\n"
               "commands:\n"
               "  demo --leads N [--seed S] [--until DATE]     fill an empty workspace with demo data\n"
               "  niche create --name N --market M --category C\n"
               "  niche list | validate ID --profitability P --competition C | activate ID | pause ID | archive ID\n"
               "  campaign create --niche ID --name N --platform P --budget B\n"
               "  campaign list [--status S] | start|pause|resume|complete ID | spend ID AMOUNT\n"
               "  lead create --campaign ID --source S --contact C\n"
               "  lead list [--status S] [--campaign ID] [--source S] [--search TEXT] [--limit N]\n"
               "  lead show ID | contact|message|start-qualifying|close ID\n"
               "  lead score|qualify ID --score S | disqualify ID --reason TEXT | auto-disqualify [--dry-run]\n"
               "  connect --url URL < anon-key    login --email E < password    whoami    logout\n"
               "\n"
               "Each command takes --help. Exit codes: 0 done, 1 refused by a rule or invalid input, 2 usage error.\n"
               "The workspace defaults to %2.\n");
}

} // namespace

bool isCliInvocation(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--workspace"_s || a == u"--lang"_s) {
            ++i; // skip the value
            continue;
        }
        if (a == u"--version"_s || a == u"-v"_s || a == u"--help"_s || a == u"-h"_s)
            return true;
        if (!a.startsWith(u'-'))
            return true; // a command word (known or not: an unknown one gets a usage error, not a window)
    }
    return false;
}

int run(const QStringList& arguments)
{
    QString workspace;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--workspace"_s && rest.isEmpty()) {
            if (i + 1 >= arguments.size()) {
                CliContext ctx({});
                return ctx.usage(QCoreApplication::translate("Cli", "--workspace needs a folder"),
                                 u"leadops --workspace DIR COMMAND ..."_s);
            }
            workspace = arguments.at(++i);
        } else if (a.startsWith(u"--workspace="_s) && rest.isEmpty()) {
            workspace = a.mid(12);
        } else if (a == u"--lang"_s && rest.isEmpty()) {
            ++i; // applied by main() before we get here
        } else {
            rest << a;
        }
    }
    CliContext ctx(workspace);
    const QString command = rest.value(0);
    if (command == u"--version"_s || command == u"-v"_s) {
        ctx.out() << u"leadops "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        ctx.out() << helpText().arg(QCoreApplication::applicationVersion(),
                                    workspace.isEmpty() ? Workspace::defaultDirectory() : workspace);
        ctx.out().flush();
        return Done;
    }
    const QStringList args = rest.mid(1);
    if (command == u"demo"_s)
        return runDemo(ctx, args);
    if (command == u"niche"_s)
        return runNiche(ctx, args);
    if (command == u"campaign"_s)
        return runCampaign(ctx, args);
    if (command == u"lead"_s)
        return runLead(ctx, args);
    if (command == u"connect"_s || command == u"login"_s || command == u"logout"_s || command == u"whoami"_s)
        return runConnection(ctx, command, args);
    return ctx.usage(QCoreApplication::translate("Cli", "unknown command '%1'; known commands: %2")
                         .arg(command, commands().join(u", "_s)),
                     u"leadops --help"_s);
}

} // namespace leadops::cli
