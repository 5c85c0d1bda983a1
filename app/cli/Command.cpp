#include "app/cli/Command.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

bool isHelpWord(const QString& word)
{
    return word == u"--help"_s || word == u"-h"_s || word == u"help"_s;
}

int run(CliContext& ctx, const Command& command, const QStringList& args)
{
    SubcommandParser parser(ctx, command.synopsis, command.description);
    for (const Option& o : command.options)
        parser.addOption(o.name, o.description, o.valueName);
    int code = Done;
    const auto parsed = parser.parse(args, command.minArguments, command.maxArguments, code);
    if (!parsed)
        return code;
    for (const Option& o : command.options) {
        if (o.required && !parser.required(*parsed, o.name, code))
            return code;
    }
    Workspace* workspace = nullptr;
    if (command.opens == Command::Opens::Workspace) {
        auto ws = ctx.workspace();
        if (!ws)
            return ctx.refuse(ws.error());
        workspace = *ws;
    }
    Invocation invocation(ctx, command, *parsed, workspace);
    return command.run(invocation);
}

} // namespace

int Invocation::refuse(const Error& error) const
{
    ctx.refuse(error);
    return m_command.reachesServer && isTransient(error) ? Unreachable : Refused;
}

Error Invocation::unknownKey(const QString& option, const QStringList& keys) const
{
    return Error{
        ErrorKind::Validation,
        CliText::tr("--%1 '%2' is not known: expected one of %3").arg(option, value(option), keys.join(u", "_s)),
        {}};
}

int dispatch(CliContext& ctx, const QList<Command>& commands, const QStringList& words)
{
    const QString group = words.value(0);
    QList<const Command*> inGroup;
    QStringList groups;
    for (const Command& c : commands) {
        if (!groups.contains(c.group))
            groups << c.group;
        if (c.group == group)
            inGroup << &c;
    }
    if (inGroup.isEmpty())
        return ctx.usage(CliText::tr("unknown command '%1'; known commands: %2").arg(group, groups.join(u", "_s)),
                         u"leadops --help"_s);
    if (inGroup.size() == 1 && inGroup.first()->verb.isEmpty())
        return run(ctx, *inGroup.first(), words.mid(1));
    const QString verb = words.value(1);
    QStringList verbs;
    for (const Command* c : inGroup) {
        if (c->verb == verb)
            return run(ctx, *c, words.mid(2));
        verbs << c->verb;
    }
    const QString synopsis = u"leadops %1 %2 ..."_s.arg(group, verbs.join(u'|'));
    if (isHelpWord(verb)) {
        ctx.out() << CliText::tr("usage: %1").arg(CliContext::asThisProgram(synopsis)) << u'\n'
                  << CliContext::asThisProgram(
                         CliText::tr("Each action takes --help, as in: leadops %1 ACTION --help").arg(group))
                  << Qt::endl;
        return Done;
    }
    return ctx.usage(verb.isEmpty() ? CliText::tr("%1: missing action").arg(group)
                                    : CliText::tr("%1: unknown action '%2'").arg(group, verb),
                     synopsis);
}

} // namespace leadops::cli
