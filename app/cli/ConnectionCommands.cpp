#include "app/cli/Command.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/auth/AuthClient.h"
#include "core/auth/Backend.h"
#include "core/auth/Connection.h"
#include "core/auth/SecretStore.h"
#include "core/obs/Redactor.h"
#include "core/rest/Await.h"
#include "core/store/Outbox.h"
#include "core/store/WorkspaceOwner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

// One line from standard input, without echo when it is a terminal (passwords, keys).
QString readSecretLine(CliContext& ctx, const QString& prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        ctx.err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        ctx.err() << Qt::endl;
    }
#endif
    return QString::fromStdString(line).trimmed();
}

} // namespace

KeychainSecretStore& keychain()
{
    static KeychainSecretStore store(u"LeadOps Console"_s);
    return store;
}

Result<Session> storedSession()
{
    return loadSession(keychain());
}

namespace {

QJsonObject describe(const Session& s)
{
    return QJsonObject{{u"email"_s, s.email},
                       {u"user_id"_s, s.userId},
                       {u"role"_s, s.role},
                       {u"expires_at"_s, s.expiresAt.toString(Qt::ISODate)}};
}

} // namespace

Result<ConnectionConfig> connectionConfig()
{
    QSettings settings;
    return ConnectionConfig::resolve(settings, keychain());
}

Result<Backend> openBackend()
{
    QSettings settings;
    return leadops::openBackend(settings, keychain());
}

namespace {

Result<ConnectionConfig> config()
{
    return connectionConfig();
}

int connect(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const auto url = ConnectionConfig::checkProjectUrl(in.value(u"url"_s), in.isSet(u"allow-insecure"_s));
    if (!url)
        return ctx.refuse(url.error());
    const QString key = readSecretLine(ctx, CliText::tr("Anon key: "));
    redactor::addSecret(key);
    if (key.isEmpty())
        return ctx.refuse(
            Error{ErrorKind::Validation,
                  CliText::tr("No anon key on standard input: pipe it in, e.g. leadops connect --url URL < key.txt"),
                  {}});
    // The key first: if the keychain is missing, nothing at all is persisted.
    if (auto saved = keychain().write(QLatin1String(ConnectionConfig::kAnonKeySecret), key); !saved)
        return ctx.refuse(saved.error());
    QSettings settings;
    settings.setValue(QLatin1String(ConnectionConfig::kUrlSetting), url->toString());
    settings.sync();
    if (ctx.json())
        return ctx.printJson(QJsonObject{{u"url"_s, url->toString()}, {u"anon_key"_s, keychain().description()}});
    ctx.out()
        << CliText::tr("Connected to %1; the anon key is in the %2.").arg(url->toString(), keychain().description())
        << Qt::endl;
    return Done;
}

int login(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const auto c = config();
    if (!c)
        return ctx.refuse(c.error());
    if (c->authUrl.isEmpty())
        return ctx.refuse(Error{ErrorKind::Validation,
                                CliText::tr("No Supabase project is configured: run leadops connect --url URL first"),
                                {}});
    const QString password = readSecretLine(ctx, CliText::tr("Password: "));
    redactor::addSecret(password);
    if (password.isEmpty())
        return ctx.refuse(Error{ErrorKind::Validation, CliText::tr("No password on standard input"), {}});
    AuthClient auth(c->authUrl, c->anonKey);
    const auto session = waitFor(auth.signIn(in.value(u"email"_s).trimmed(), password));
    if (!session)
        return ctx.refuse(session.error());
    if (auto saved = saveSession(keychain(), *session); !saved) {
        Error e = saved.error();
        e.message = CliText::tr("Signed in as %1, but the session cannot be kept: %2").arg(session->email, e.message);
        return ctx.refuse(e);
    }
    if (ctx.json())
        return ctx.printJson(describe(*session));
    ctx.out() << CliText::tr("Signed in as %1 (role %2); the session is in the %3.")
                     .arg(session->email, session->role.isEmpty() ? CliText::tr("none") : session->role,
                          keychain().description())
              << Qt::endl;
    return Done;
}

int whoami(Invocation& in)
{
    CliContext& ctx = in.ctx;
    auto session = storedSession();
    if (!session)
        return ctx.refuse(session.error());
    if (session->needsRefresh(QDateTime::currentDateTimeUtc())) {
        const auto c = config();
        if (!c)
            return ctx.refuse(c.error());
        AuthClient auth(c->authUrl, c->anonKey);
        const auto refreshed = waitFor(auth.refresh(session->refreshToken));
        if (!refreshed)
            return ctx.refuse(refreshed.error());
        session = *refreshed;
        if (auto saved = saveSession(keychain(), *session); !saved)
            return ctx.refuse(saved.error());
    }
    if (ctx.json())
        return ctx.printJson(describe(*session));
    ctx.out() << CliText::tr("%1 (role %2), session valid until %3")
                     .arg(session->email, session->role.isEmpty() ? CliText::tr("none") : session->role,
                          session->expiresAt.toString(Qt::ISODate))
              << Qt::endl;
    return Done;
}

int logout(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const auto session = storedSession();
    if (session) {
        if (const auto c = config(); c && !c->authUrl.isEmpty()) {
            AuthClient auth(c->authUrl, c->anonKey);
            if (const auto out = waitFor(auth.signOut(*session)); !out)
                ctx.err() << CliText::tr("leadops: the server was not told (%1); the local session is removed anyway")
                                 .arg(out.error().message)
                          << Qt::endl;
        }
    }
    if (auto removed = keychain().remove(QLatin1String(ConnectionConfig::kSessionSecret)); !removed)
        return ctx.refuse(removed.error());
    ctx.out() << (session ? CliText::tr("Signed out.") : CliText::tr("Not signed in.")) << Qt::endl;
    // Signing out never drops work: say what waits for the next sign-in.
    if (const auto ws = ctx.workspace(); ws) {
        if (const auto pending = Outbox((*ws)->database()).count(u"pending"_s); pending && *pending > 0)
            ctx.out() << CliText::tr("%n local change(s) wait in this workspace and are sent after the next sign-in.",
                                     "", static_cast<int>(*pending))
                      << Qt::endl;
    }
    return Done;
}

} // namespace

int account(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const auto c = config();
    const bool configured = c && c->isConfigured();
    const std::optional<Session> session = c ? signedInUser(*c, keychain()) : std::nullopt;
    const auto owner = WorkspaceOwnerStore(in.workspace().database()).get();
    if (!owner)
        return in.refuse(owner.error());
    const auto pending = Outbox(in.workspace().database()).count(u"pending"_s);
    if (!pending)
        return in.refuse(pending.error());
    const Actor& actor = in.workspace().actor();
    QJsonObject o{{u"project"_s, configured ? projectKey(*c) : QString()},
                  {u"mode"_s, configured ? u"team"_s : u"local"_s},
                  {u"signed_in"_s, session.has_value()},
                  {u"user"_s, actor.name()},
                  {u"role"_s, actor.roleKey()},
                  {u"session_expires_at"_s, session ? session->expiresAt.toString(Qt::ISODate) : QString()},
                  {u"pending_changes"_s, *pending},
                  {u"workspace"_s, in.workspace().directory()},
                  {u"workspace_owner"_s, *owner ? (*owner)->email : QString()}};
    if (in.json())
        return ctx.printJson(o);
    const auto field = [&](const QString& name, const QString& value) {
        ctx.out() << name.leftJustified(18) << printable(value) << u'\n';
    };
    field(CliText::tr("project"), configured ? projectKey(*c) : CliText::tr("none: a local-only workspace"));
    field(CliText::tr("user"), actor.name());
    field(CliText::tr("role"), actor.isLocal() ? CliText::tr("none needed (local)")
                                               : (actor.roleKey().isEmpty() ? CliText::tr("none") : actor.roleKey()));
    field(CliText::tr("session"), !configured ? u"-"_s
                                  : session
                                      ? CliText::tr("valid until %1").arg(session->expiresAt.toString(Qt::ISODate))
                                      : CliText::tr("signed out"));
    field(CliText::tr("pending changes"), QString::number(*pending));
    field(CliText::tr("workspace"), in.workspace().directory());
    if (*owner)
        field(CliText::tr("belongs to"), CliText::tr("%1 at %2").arg((*owner)->email, (*owner)->projectUrl));
    ctx.out().flush();
    return Done;
}

QList<Command> connectionCommands()
{
    // None opens the workspace: the connection and the session are the computer's, not the folder's.
    const auto command = [](const QString& word, const QString& synopsis, const QString& description,
                            QList<Option> options, int (*run)(Invocation&)) {
        return Command{.group = word,
                       .synopsis = synopsis,
                       .description = description,
                       .options = std::move(options),
                       .opens = Command::Opens::Nothing,
                       .reachesServer = true,
                       .run = run};
    };
    return {
        command(u"connect"_s, u"leadops connect --url URL   (the anon key is read from standard input)"_s,
                CliText::tr("Point the console at a Supabase project; the anon key goes to the OS keychain."),
                {{u"url"_s, CliText::tr("Project URL, e.g. https://abcd.supabase.co."), u"URL"_s, true},
                 {u"allow-insecure"_s, CliText::tr("Accept an http:// URL to another computer (a trusted network).")}},
                connect),
        command(u"login"_s, u"leadops login --email EMAIL   (the password is read from standard input)"_s,
                CliText::tr("Sign in with Supabase Auth; the session goes to the OS keychain."),
                {{u"email"_s, CliText::tr("Your e-mail address."), u"EMAIL"_s, true}}, login),
        command(u"whoami"_s, u"leadops whoami [--json]"_s, CliText::tr("Show the signed-in user and role."), {},
                whoami),
        command(u"logout"_s, u"leadops logout"_s, CliText::tr("Sign out and forget the session."), {}, logout),
        {.group = u"account"_s,
         .synopsis = u"leadops account [--json]"_s,
         .description = CliText::tr("The project, the user and role, the session's expiry, the changes waiting for "
                                    "the server and whose workspace this is."),
         .run = account},
    };
}

} // namespace leadops::cli
