#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"

#include <QCoreApplication>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

#include "core/auth/AuthClient.h"
#include "core/auth/Backend.h"
#include "core/auth/Connection.h"
#include "core/rest/PostgrestClient.h"

namespace leadops {
class Workspace;
}

namespace leadops::cli {

// The translation context of every command-line message ("Cli"); lupdate reads it from here.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes scripts can trust.
enum ExitCode { Done = 0, Refused = 1, UsageError = 2 };

// What every subcommand needs: the output streams, --json, and the workspace (opened on first use).
class CliContext
{
public:
    explicit CliContext(QString workspaceDir);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const { return m_json; }
    void setJson(bool on) { m_json = on; }

    Result<Workspace*> workspace();
    QString workspaceDirectory() const;
    bool previousRunUnclean() const { return m_unclean; }
    void setPreviousRunUnclean(bool unclean) { m_unclean = unclean; }

    // Prints a refusal (stderr, and a JSON error object on stdout with --json); returns Refused.
    int refuse(const Error& error);
    // Prints a usage problem and the command's usage line; returns UsageError.
    int usage(const QString& problem, const QString& synopsis);
    int printJson(const QJsonObject& object);
    int printJson(const QJsonArray& array);
    void printTable(const QStringList& headers, const QList<QStringList>& rows);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_workspaceDir;
    std::unique_ptr<Workspace> m_workspace;
    bool m_unclean = false;
};

// One parser per subcommand: its own options plus --json and --help. Returns nullopt and sets
// `exitCode` when parsing failed or help was printed.
struct ParsedArgs
{
    QStringList positional;
    QCommandLineParser* parser = nullptr;
    QString value(const QString& name) const { return parser->value(name); }
    bool isSet(const QString& name) const { return parser->isSet(name); }
};

class SubcommandParser
{
public:
    SubcommandParser(CliContext& ctx, QString synopsis, QString description);
    void addOption(const QString& name, const QString& description, const QString& valueName = {});
    // `args` starts after the verb; `minPositional`/`maxPositional` bound the bare arguments.
    std::optional<ParsedArgs> parse(const QStringList& args, int minPositional, int maxPositional, int& exitCode);
    // A required option's value, or a usage error.
    std::optional<QString> required(const ParsedArgs& args, const QString& name, int& exitCode);
    const QString& synopsis() const { return m_synopsis; }

private:
    CliContext& m_ctx;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QStringList m_valueOptions;
};

// Turns a Result into an exit code: prints `onSuccess(value)` or the refusal.
template <typename T, typename Print>
int finish(CliContext& ctx, const Result<T>& result, Print&& onSuccess)
{
    if (!result)
        return ctx.refuse(result.error());
    onSuccess(*result);
    return Done;
}

// `leadops GROUP VERB ID`: one action of a service on one entity by id, printed with `print`.
// `service` picks the service from the workspace, `action(service, id)` runs it. Every entity's
// simple actions (start, pause, contact, close, …) go through here.
template <typename PickService, typename Action, typename Print>
int entityAction(CliContext& ctx, const QStringList& args, const QString& synopsis, const QString& description,
                 PickService&& service, Action&& action, Print&& print)
{
    SubcommandParser p(ctx, synopsis, description);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    return finish(ctx, action(service(**ws), a->positional.at(0)), print);
}

// An enum option (--source, --market, --status …) by its key; a bad key is refused with the list of
// keys. Returns false (and sets `code`) when refused.
template <typename E>
bool parseEnumOption(CliContext& ctx, const ParsedArgs& a, const QString& name, std::optional<E>& out, int& code)
{
    if (!a.isSet(name))
        return true;
    out = fromKey<E>(a.value(name));
    if (!out) {
        code = ctx.refuse(Error{ErrorKind::Validation,
                                QCoreApplication::translate("Cli", "--%1 '%2' is not known: expected one of %3")
                                    .arg(name, a.value(name), allKeys<E>().join(QStringLiteral(", "))),
                                {}});
        return false;
    }
    return true;
}

int runNiche(CliContext& ctx, const QStringList& args);
int runCampaign(CliContext& ctx, const QStringList& args);
int runLead(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runConnection(CliContext& ctx, const QString& command, const QStringList& args);
int runHealth(CliContext& ctx, const QStringList& args);
int runDiagnostics(CliContext& ctx, const QStringList& args);

// Shared by the connection, health, diagnostics and sync commands.
Result<ConnectionConfig> connectionConfig();
Result<Session> storedSession();

// The configured backend, authenticated (see core/auth/Backend.h).
Result<Backend> openBackend();

int runSync(CliContext& ctx, const QString& command, const QStringList& args);
int runExport(CliContext& ctx, const QStringList& args);
int runWorkspace(CliContext& ctx, const QStringList& args);

// What to run next for an error of core's (by its code: damaged, signed_out, not_configured, …):
// core says what happened, the command line says which command helps. Empty when none does.
QString hintFor(const QString& code);

// The end of a command group's dispatch (`leadops niche …`): `--help` (or `help`) prints the group's
// actions and exits 0; no action or an unknown one is a usage error.
int groupUsage(CliContext& ctx, const QString& verb, const QString& group, const QString& synopsis);

// Text that came from elsewhere (the server, a file, another user), safe to print to a terminal:
// control characters (ESC, BEL, CR, …, C1, and the bidirectional overrides) are shown as
// visible escapes ("\x1b") instead of being obeyed.
QString printable(const QString& text);

} // namespace leadops::cli
