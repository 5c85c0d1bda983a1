#include "app/cli/Cli.h"

#include "app/cli/Command.h"

#include "core/Workspace.h"
#include "core/obs/JsonLog.h"
#include "core/obs/RequestMetrics.h"
#include "core/obs/RunMarker.h"

#include <QDir>

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

// Every command the command line knows, in the order of the help text.
QList<Command> allCommands()
{
    QList<Command> all;
    for (QList<Command> (*group)() :
         {demoCommands, nicheCommands, campaignCommands, leadCommands, importExportCommands, teamCommands,
          connectionCommands, diagnosticsCommands, syncCommands, exportCommands, workspaceCommands})
        all << group();
    return all;
}

QString helpText()
{
    return QCoreApplication::translate(
        "Cli",
        "LeadOps Console %1\n"
        "\n"
        "usage: leadops [--workspace DIR] [--lang ru|kk|en] [--demo]   open the window\n"
        "       leadops [--workspace DIR] COMMAND ... [--json]          run headless\n"
        "\n"
        "commands:\n"
        "  demo --leads N [--seed S] [--until DATE]     fill an empty workspace with demo data\n"
        "  niche create --name N --market M --category C\n"
        "  niche list | edit ID [--name N] [--category C] | validate ID --profitability P --competition C | "
        "activate ID | pause ID | archive ID\n"
        "  campaign create --niche ID --name N --platform P --budget B\n"
        "  campaign list [--status S] | edit ID [--name N] [--budget B] | start|pause|resume|complete ID | "
        "spend ID AMOUNT [--note T]\n"
        "  campaign spending ID | spend-reverse ID ENTRY_ID [--note T]\n"
        "  lead create --campaign ID --source S --contact C [--name TEXT] | rename ID --name TEXT|--clear\n"
        "  lead list [--status S] [--campaign ID] [--source S] [--search TEXT] [--owner me|EMAIL|none|queue]\n"
        "            [--due today|overdue] [--limit N]\n"
        "  lead follow-up ID --at \"YYYY-MM-DD HH:MM\"|now [--note TEXT] | --clear\n"
        "  lead note ID --text TEXT | notes ID | note-edit NOTE_ID --text TEXT|--remove\n"
        "  lead show ID | contact|message|start-qualifying|back-to-contacted|close ID | assign ID --to EMAIL|me|none\n"
        "  lead score|qualify ID --score S | disqualify ID --reason TEXT | auto-disqualify [--dry-run]\n"
        "  lead import FILE --campaign ID|--campaign-column H [--map FIELD=H] [--skip-invalid] [--dry-run]\n"
        "  lead imports | import-undo BATCH | export --out FILE.csv|FILE.xlsx [lead list filters]\n"
        "  team list                                    the members leads can be assigned to\n"
        "  connect --url URL < anon-key    login --email E < password    whoami    logout\n"
        "  account                                      project, user, role, session, pending changes\n"
        "  health    diagnostics [--format text|json|prometheus]\n"
        "  sync [--pull-only|--push-only]    pending    conflicts    resolve ID --keep mine|theirs\n"
        "  workspace check [--full] | rebuild             find damage; pull a damaged synced workspace again\n"
        "  export funnel|budget|breakdown|weekly --format png|pdf|svg|csv --out FILE [--from DATE] [--to DATE]\n"
        "         [--campaign ID] [--source S] [--market M]   (no display needed)\n"
        "\n"
        "Each command takes --help. Exit codes: 0 done, 1 refused by a rule or invalid input, 2 usage error,\n"
        "3 backend unreachable (health, sync), 4 conflicts remain (sync). The JSON log is in the workspace's "
        "logs/ folder.\n"
        "The workspace defaults to %2.\n");
}

} // namespace

QString commandWord(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--workspace"_s || a == u"--lang"_s || a == u"--log-level"_s) {
            ++i; // skip the value
            continue;
        }
        if (a == u"--version"_s || a == u"-v"_s || a == u"--help"_s || a == u"-h"_s || !a.startsWith(u'-'))
            return a; // a command word (known or not: an unknown one gets a usage error, not a window)
    }
    return {};
}

bool isCliInvocation(const QStringList& arguments)
{
    return !commandWord(arguments).isEmpty();
}

bool needsGuiApplication(const QStringList& arguments)
{
    return commandWord(arguments) == u"export"_s;
}

int run(const QStringList& arguments)
{
    QString workspace;
    QString logLevel;
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
        } else if (a == u"--log-level"_s && rest.isEmpty()) {
            logLevel = arguments.value(++i);
        } else {
            rest << a;
        }
    }
    // An empty folder name (an unset variable in a script: --workspace "$WS") must not fall back to
    // the default workspace and change the wrong data.
    const bool workspaceGiven = arguments.contains(u"--workspace"_s) ||
                                std::any_of(arguments.cbegin(), arguments.cend(),
                                            [](const QString& a) { return a.startsWith(u"--workspace="_s); });
    if (workspaceGiven && workspace.trimmed().isEmpty()) {
        CliContext ctx({});
        return ctx.usage(QCoreApplication::translate("Cli", "--workspace is empty: give the workspace folder"),
                         u"leadops --workspace DIR COMMAND ..."_s);
    }
    CliContext ctx(workspace);
    const QString command = rest.value(0);
    if (command == u"--version"_s || command == u"-v"_s) {
        ctx.out() << u"leadops "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        QString help = helpText().arg(QCoreApplication::applicationVersion(),
                                      workspace.isEmpty() ? Workspace::defaultDirectory() : workspace);
        if (CliContext::programName() != u"leadops"_s) {
            // leadops-cli opens no window: its first usage line (the one with --demo) goes, and the
            // headless line takes its place under the translated "usage:".
            QStringList lines = help.split(u'\n');
            const qsizetype window = lines.indexOf(QRegularExpression(u".*\\[--demo\\].*"_s));
            if (window >= 0 && window + 1 < lines.size()) {
                const qsizetype indent = lines.at(window).indexOf(u"leadops"_s);
                lines[window + 1] = lines.at(window).left(indent) + lines.at(window + 1).mid(indent);
                lines.removeAt(window);
            }
            help = CliContext::asThisProgram(lines.join(u'\n'));
        }
        ctx.out() << help;
        ctx.out().flush();
        return Done;
    }
    // The structured log and the run marker live in the workspace folder.
    jsonlog::Options logOptions;
    logOptions.directory = QDir(ctx.baseDirectory()).filePath(u"logs"_s);
    logOptions.stderrLevel = QtCriticalMsg; // the CLI prints its own messages; --log-level adds more
    if (!logLevel.isEmpty()) {
        if (!jsonlog::setLevel(logLevel))
            return ctx.usage(QCoreApplication::translate("Cli", "--log-level must be debug, info, warning or error"),
                             u"leadops --log-level LEVEL COMMAND ..."_s);
        logOptions.stderrLevel = logLevel == u"debug"_s ? QtDebugMsg : logLevel == u"info"_s ? QtInfoMsg : QtWarningMsg;
    }
    jsonlog::install(logOptions);
    const RunMarker marker(ctx.baseDirectory());
    ctx.setPreviousRunUnclean(marker.previousRunWasUnclean());
    if (marker.previousRunWasUnclean() && command != u"diagnostics"_s)
        ctx.err() << QCoreApplication::translate("Cli", "leadops: the previous run in this workspace did not end "
                                                        "cleanly; `leadops diagnostics` prints a report")
                  << Qt::endl;
    jsonlog::setActivity(rest.mid(0, 2).join(u' '));
    const int code = dispatch(ctx, allCommands(), rest);
    RequestMetrics::instance().appendRun(ctx.baseDirectory(), rest.mid(0, 2).join(u' '));
    jsonlog::setActivity({});
    return code;
}

} // namespace leadops::cli
