#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/auth/SecretStore.h"
#include "core/json/EntityJson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

CliContext::CliContext(QString workspaceDir) : m_out(stdout), m_err(stderr), m_workspaceDir(std::move(workspaceDir)) {}

CliContext::~CliContext() = default;

QString CliContext::baseDirectory() const
{
    return m_workspaceDir.isEmpty() ? Workspace::defaultDirectory() : m_workspaceDir;
}

QString CliContext::workspaceDirectory()
{
    if (m_resolvedDir.isEmpty()) {
        QSettings settings;
        m_resolvedDir = workspaceDirectoryFor(baseDirectory(), settings, keychain());
    }
    return m_resolvedDir;
}

Result<Workspace*> CliContext::workspace()
{
    if (!m_workspace) {
        auto ws = Workspace::open(workspaceDirectory(), nullptr, {}, m_unclean);
        if (!ws)
            return tl::unexpected(ws.error());
        m_workspace = std::move(*ws);
        m_workspace->setActor(currentActor(*m_workspace));
    }
    return m_workspace.get();
}

Actor currentActor(Workspace& workspace)
{
    const auto config = connectionConfig();
    const bool configured = config && config->isConfigured();
    const auto owner = WorkspaceOwnerStore(workspace.database()).get();
    return actorFor(configured, config ? signedInUser(*config, keychain()) : std::nullopt,
                    owner ? *owner : std::nullopt, workspace.localUserName());
}

QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        // Bidirectional embeddings, overrides and isolates reorder what follows on the line.
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f;
        if ((control && u != u'\t') || bidi)
            out += u"\\x"_s + QString::number(u, 16).rightJustified(u > 0xff ? 4 : 2, u'0');
        else
            out += c;
    }
    return out;
}

QString hintFor(const QString& code)
{
    if (code == u"damaged"_s)
        return QCoreApplication::translate("Cli", "see the finding with \"leadops workspace check\"; a synced "
                                                  "workspace is rebuilt from the server with \"leadops workspace "
                                                  "rebuild\" (the damaged file is kept)");
    if (code == u"signed_out"_s)
        return QCoreApplication::translate("Cli", "sign in with \"leadops login --email E\" (the password from "
                                                  "standard input)");
    if (code == u"not_configured"_s)
        return QCoreApplication::translate("Cli", "connect with \"leadops connect --url URL\" (the anon key from "
                                                  "standard input), or set LEADOPS_REST_URL");
    if (code == u"no_such_change"_s)
        return QCoreApplication::translate("Cli", "\"leadops conflicts\" and \"leadops pending\" list the changes");
    return {};
}

int CliContext::refuse(const Error& error)
{
    // A refusal may quote what was typed or received: neutralised for the terminal, and cut so that
    // a huge input is not echoed back whole.
    constexpr qsizetype kMaxMessage = 1000;
    QString message = printable(error.message);
    if (message.size() > kMaxMessage)
        message = message.left(kMaxMessage) +
                  QCoreApplication::translate("Cli", "… (%1 more characters)").arg(message.size() - kMaxMessage);
    m_err << QCoreApplication::translate("Cli", "leadops: %1").arg(message) << Qt::endl;
    // Core says what happened; the front end says what to run (the window offers a button instead).
    if (const QString hint = hintFor(error.code); !hint.isEmpty())
        m_err << QCoreApplication::translate("Cli", "leadops: %1").arg(hint) << Qt::endl;
    if (m_json) {
        Error shown = error;
        shown.message = error.message.size() > kMaxMessage ? message : error.message;
        printJson(QJsonObject{{u"error"_s, toJson(shown)}});
    }
    return Refused;
}

QString CliContext::programName()
{
    const QString name = QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName();
    return name.isEmpty() ? u"leadops"_s : name;
}

QString CliContext::asThisProgram(QString text)
{
    const QString name = programName();
    if (name == u"leadops"_s)
        return text;
    // `leadops` as a word before its arguments or a message; not LeadOps, leadops.log or a folder.
    static const QRegularExpression program(u"(^|[\\s:])leadops(?=[ :])"_s, QRegularExpression::MultilineOption);
    return text.replace(program, u"\\1"_s + name);
}

int CliContext::usage(const QString& problem, const QString& synopsis)
{
    m_err << asThisProgram(QCoreApplication::translate("Cli", "leadops: %1").arg(problem)) << Qt::endl;
    if (!synopsis.isEmpty())
        m_err << QCoreApplication::translate("Cli", "usage: %1").arg(asThisProgram(synopsis)) << Qt::endl;
    return UsageError;
}

int CliContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Done;
}

int CliContext::printJson(const QJsonArray& array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Done;
}

void CliContext::printTable(const QStringList& headers, const QList<QStringList>& sourceRows)
{
    QList<QStringList> rows;
    rows.reserve(sourceRows.size());
    for (const QStringList& row : sourceRows) {
        QStringList safe;
        for (const QString& cell : row)
            safe << printable(cell);
        rows << safe;
    }
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += (i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i]);
        m_out << text << u'\n';
    };
    line(headers);
    for (const QStringList& row : rows)
        line(row);
    m_out.flush();
}

SubcommandParser::SubcommandParser(CliContext& ctx, QString synopsis, QString description)
    : m_ctx(ctx), m_synopsis(std::move(synopsis))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption(u"json"_s, QCoreApplication::translate("Cli", "Print JSON.")));
    m_parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help.")));
}

void SubcommandParser::addOption(const QString& name, const QString& description, const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    if (!valueName.isEmpty())
        m_valueOptions << name;
}

std::optional<ParsedArgs> SubcommandParser::parse(const QStringList& args, int minPositional, int maxPositional,
                                                  int& exitCode)
{
    // "-5" is a (negative) number, not an option: pass such tokens as positional arguments so that
    // "campaign spend ID -5" is refused by the rule with a clear message instead of "unknown option".
    QStringList options;
    QStringList numbers;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool negativeNumber = a.size() > 1 && a.at(0) == u'-' && (a.at(1).isDigit() || a.at(1) == u'.');
        const QString previous = i > 0 ? args.at(i - 1) : QString();
        const bool isOptionValue = previous.startsWith(u"--"_s) && m_valueOptions.contains(previous.mid(2));
        if (negativeNumber && !isOptionValue)
            numbers << a;
        else if (negativeNumber)
            options.last() += u'=' + a; // "--leads -3" -> "--leads=-3": the value, refused by its own check
        else
            options << a;
    }
    if (!numbers.isEmpty())
        options << u"--"_s << numbers;
    if (!m_parser.parse(QStringList{u"leadops"_s} + options)) {
        exitCode = m_ctx.usage(m_parser.errorText(), m_synopsis);
        return std::nullopt;
    }
    m_ctx.setJson(m_parser.isSet(u"json"_s));
    if (m_parser.isSet(u"help"_s)) {
        // Qt's text starts "Usage: leadops [options]" and the description; ours names the command.
        m_ctx.out() << QCoreApplication::translate("Cli", "usage: %1").arg(CliContext::asThisProgram(m_synopsis))
                    << u"\n\n"_s << m_parser.applicationDescription() << u'\n' << m_parser.helpText().section(u'\n', 2);
        m_ctx.out().flush();
        exitCode = Done;
        return std::nullopt;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < minPositional) {
        exitCode = m_ctx.usage(QCoreApplication::translate("Cli", "missing argument"), m_synopsis);
        return std::nullopt;
    }
    if (positional.size() > maxPositional) {
        exitCode = m_ctx.usage(
            QCoreApplication::translate("Cli", "unexpected argument '%1'").arg(positional.at(maxPositional)),
            m_synopsis);
        return std::nullopt;
    }
    return ParsedArgs{positional, &m_parser};
}

std::optional<QString> SubcommandParser::required(const ParsedArgs& args, const QString& name, int& exitCode)
{
    if (!args.isSet(name) || args.value(name).trimmed().isEmpty()) {
        exitCode = m_ctx.usage(QCoreApplication::translate("Cli", "--%1 is required").arg(name), m_synopsis);
        return std::nullopt;
    }
    return args.value(name);
}

} // namespace leadops::cli
