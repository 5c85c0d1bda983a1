#pragma once

#include "core/domain/Actor.h"
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
class KeychainSecretStore;
class Workspace;
} // namespace leadops

namespace leadops::cli {

// The translation context of every command-line message ("Cli"); lupdate reads it from here.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes scripts can trust.
enum ExitCode { Done = 0, Refused = 1, UsageError = 2, Unreachable = 3, ConflictsRemain = 4 };

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
    // The folder given with --workspace (or the default): the computer's logs and run records.
    QString baseDirectory() const;
    // The signed-in user's workspace under it (workspaceDirectoryFor): what the commands open,
    // lock, check and rebuild.
    QString workspaceDirectory();
    bool previousRunUnclean() const { return m_unclean; }
    void setPreviousRunUnclean(bool unclean) { m_unclean = unclean; }

    // Prints a refusal (stderr, and a JSON error object on stdout with --json); returns Refused.
    int refuse(const Error& error);
    // Prints a usage problem and the command's usage line; returns UsageError.
    int usage(const QString& problem, const QString& synopsis);
    int printJson(const QJsonObject& object);
    int printJson(const QJsonArray& array);
    // The commands' usage texts name `leadops`; run as leadops-cli (the console twin scripts use on
    // Windows) they name that program instead, so a line can be copied and run as it reads.
    static QString programName();
    static QString asThisProgram(QString text);
    void printTable(const QStringList& headers, const QList<QStringList>& rows);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_workspaceDir;
    QString m_resolvedDir;
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
    QStringList values(const QString& name) const { return parser->values(name); }
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

// Shared by the connection, health, diagnostics and sync commands.
Result<ConnectionConfig> connectionConfig();
Result<Session> storedSession();

// The OS keychain the command line keeps the anon key and the session in.
KeychainSecretStore& keychain();

// Who the workspace's changes are made by: the signed-in member (or the workspace's owner while
// signed out), or the local user when no project is saved (core/auth/Account.h).
Actor currentActor(Workspace& workspace);

// The configured backend, authenticated (see core/auth/Backend.h).
Result<Backend> openBackend();

// What to run next for an error of core's (by its code: damaged, signed_out, not_configured, …):
// core says what happened, the command line says which command helps. Empty when none does.
QString hintFor(const QString& code);

// Text that came from elsewhere (the server, a file, another user), safe to print to a terminal:
// control characters (ESC, BEL, CR, …, C1, and the bidirectional overrides) are shown as
// visible escapes ("\x1b") instead of being obeyed.
QString printable(const QString& text);

} // namespace leadops::cli
