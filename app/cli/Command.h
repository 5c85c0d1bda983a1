#pragma once

// The command line's one command base: a command is declared as data (its words, synopsis,
// options, bounds and body); run() parses, checks the required options, opens the workspace,
// runs the body and turns its error into an exit code. KeePassXC's DatabaseCommand is the model.
#include "app/cli/CliContext.h"
#include "core/Workspace.h"

#include <functional>

namespace leadops::cli {

struct Option
{
    QString name;
    QString description;
    QString valueName = {}; // empty: a flag without a value
    bool required = false;  // checked (in declaration order) before the workspace is opened
};

// The same option, required (a shared option is optional in one command and required in another).
inline Option required(Option option)
{
    option.required = true;
    return option;
}

class Invocation;

struct Command
{
    enum class Opens { Workspace, Nothing };

    QString group = {};    // the first word: "niche", "sync"
    QString verb = {};     // the second word ("create"); empty for a one-word command
    QString synopsis = {}; // the usage line, e.g. "leadops niche create --name NAME …"
    QString description = {};
    QList<Option> options = {};
    int minArguments = 0; // bare arguments after the words
    int maxArguments = 0;
    Opens opens = Opens::Workspace;
    // A command that talks to the server exits 3 (unreachable) on a transient error, 1 otherwise.
    bool reachesServer = false;
    std::function<int(Invocation&)> run = {};
};

// What a command's body is handed: its arguments and, unless it opens nothing, its workspace.
class Invocation
{
public:
    Invocation(CliContext& ctx, const Command& command, const ParsedArgs& args, Workspace* workspace)
        : ctx(ctx), m_command(command), m_args(args), m_workspace(workspace)
    {}

    CliContext& ctx;

    QString argument(int index) const { return m_args.positional.value(index); }
    bool isSet(const QString& option) const { return m_args.isSet(option); }
    QString value(const QString& option) const { return m_args.value(option); }
    QStringList values(const QString& option) const { return m_args.values(option); } // a repeated option
    // The option's value when given, else `fallback`.
    QString value(const QString& option, const QString& fallback) const
    {
        return isSet(option) ? value(option) : fallback;
    }
    bool json() const { return ctx.json(); }
    Workspace& workspace() const { return *m_workspace; }

    // An enum option by its key: nullopt when not given, an error naming the keys when unknown.
    template <typename E>
    Result<std::optional<E>> keyOption(const QString& option) const
    {
        if (!isSet(option))
            return std::optional<E>{};
        if (const auto v = fromKey<E>(value(option)))
            return std::optional<E>(*v);
        return tl::unexpected(unknownKey(option, allKeys<E>()));
    }

    // Prints the refusal; 3 for a transient error of a command that reaches the server, else 1.
    int refuse(const Error& error) const;
    // A usage problem, with the command's synopsis; exit 2.
    int usage(const QString& problem) const { return ctx.usage(problem, m_command.synopsis); }
    // Prints `onSuccess(value)` and exits 0, or refuses.
    template <typename T, typename Print>
    int finish(const Result<T>& result, Print&& onSuccess) const
    {
        if (!result)
            return refuse(result.error());
        onSuccess(*result);
        return Done;
    }

private:
    Error unknownKey(const QString& option, const QStringList& keys) const;

    const Command& m_command;
    const ParsedArgs& m_args;
    Workspace* m_workspace;
};

// Runs `words` (the command line after the global options) against the declared commands: picks
// the command by its group and verb; no verb, an unknown one or `help` prints the group's usage.
int dispatch(CliContext& ctx, const QList<Command>& commands, const QStringList& words);

// How an entity prints: its table's headers and one row; JSON comes from its toJson().
template <typename T>
struct EntityTable
{
    QStringList (*headers)();
    QStringList (*row)(const T&);
};

// One entity with a headline ("Lead %1 is now %2": id and status key), or its JSON.
template <typename T>
void printEntity(CliContext& ctx, const EntityTable<T>& table, const T& entity, const QString& headline)
{
    if (ctx.json()) {
        ctx.printJson(toJson(entity));
        return;
    }
    ctx.out() << printable(headline.arg(entity.id, toKey(entity.status))) << u'\n';
    ctx.printTable(table.headers(), {table.row(entity)});
}

template <typename T>
void printEntities(CliContext& ctx, const EntityTable<T>& table, const QList<T>& entities)
{
    if (ctx.json()) {
        QJsonArray rows;
        for (const T& e : entities)
            rows << toJson(e);
        ctx.printJson(rows);
        return;
    }
    QList<QStringList> rows;
    rows.reserve(entities.size());
    for (const T& e : entities)
        rows << table.row(e);
    ctx.printTable(table.headers(), rows);
}

// `leadops GROUP VERB ID`: one action of a service on one entity, printed with `headline`. Every
// entity's simple actions (start, pause, contact, close, …) are declared with it.
template <typename Service, typename T>
Command entityAction(const QString& group, const QString& verb, const QString& description,
                     Service& (Workspace::*service)(), Result<T> (Service::*action)(const QString&),
                     EntityTable<T> table, const QString& headline)
{
    return {.group = group,
            .verb = verb,
            .synopsis = QStringLiteral("leadops %1 %2 ID").arg(group, verb),
            .description = description,
            .minArguments = 1,
            .maxArguments = 1,
            .run = [=](Invocation& in) {
                return in.finish(((in.workspace().*service)().*action)(in.argument(0)),
                                 [&](const T& e) { printEntity(in.ctx, table, e, headline); });
            }};
}

// The commands, one list per file.
QList<Command> nicheCommands();
QList<Command> campaignCommands();
QList<Command> leadCommands();
QList<Command> importExportCommands();
QList<Command> teamCommands();
QList<Command> demoCommands();
QList<Command> connectionCommands();
QList<Command> diagnosticsCommands();
QList<Command> syncCommands();
QList<Command> exportCommands();
QList<Command> workspaceCommands();

} // namespace leadops::cli
