// leadops: one binary. A command word selects the headless CLI (QCoreApplication, no display
// needed); no command opens the window (QApplication). The choice is made before any Qt object.
// leadops-cli (LEADOPS_CLI_ONLY) is the same program without the window: a console executable for
// Windows, where a GUI one has no console to print to; with no command it prints the usage.

#include "app/cli/Cli.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/auth/SecretStore.h"
#include "core/demo/DemoGenerator.h"
#include "core/obs/JsonLog.h"
#include "core/obs/RunMarker.h"
#include "core/store/Database.h"
#include "ui/DesktopIdentity.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/dialogs/DamagedWorkspaceDialog.h"
#include "ui/models/LeadTableModel.h"
#include "ui/panes/LeadsPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <windows.h>

#include <cstdio>
#endif
#include <csignal>
#include <exception>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"LeadOps"_s);
    QCoreApplication::setOrganizationDomain(u"leadops.kz"_s);
    QCoreApplication::setApplicationName(u"LeadOps Console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADOPS_VERSION));
}

// --lang ru|kk|en, else the language chosen in Settings, else the system's.
void installTranslations(const QStringList& args)
{
    QString lang;
    const qsizetype at = args.indexOf(u"--lang"_s);
    if (at >= 0 && at + 1 < args.size())
        lang = args.at(at + 1);
    const auto choice = leadops::installLanguage(lang);
    if (!choice.problem.isEmpty())
        qWarning().noquote() << choice.problem;
}

#if !defined(LEADOPS_CLI_ONLY)
int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setIdentity();
    leadops::applyDesktopIdentity();
    leadops::applySystemTheme(app);
    installTranslations(app.arguments());
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "LeadOps Console"));
    const QCommandLineOption workspaceOption(u"workspace"_s, QCoreApplication::translate("main", "Workspace folder."),
                                             u"DIR"_s);
    const QCommandLineOption langOption(u"lang"_s, QCoreApplication::translate("main", "Language: ru, kk or en."),
                                        u"LANG"_s);
    const QCommandLineOption demoOption(u"demo"_s,
                                        QCoreApplication::translate("main", "Fill an empty workspace with demo data."));
    parser.addOptions({workspaceOption, langOption, demoOption});
    parser.process(app);

    if (parser.isSet(workspaceOption) && parser.value(workspaceOption).trimmed().isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "LeadOps Console"),
                              QCoreApplication::translate("main", "--workspace is empty: give the workspace folder"));
        return 2;
    }
    const QString base =
        parser.isSet(workspaceOption) ? parser.value(workspaceOption) : leadops::Workspace::defaultDirectory();
    leadops::jsonlog::Options logOptions;
    logOptions.directory = base + u"/logs"_s;
    leadops::jsonlog::install(logOptions);
    leadops::jsonlog::setActivity(u"window"_s);
    const leadops::RunMarker marker(base);
    // The signed-in user's own workspace (the base folder, or theirs under it).
    leadops::KeychainSecretStore keychain(u"LeadOps Console"_s);
    QSettings settings;
    const QString dir = leadops::workspaceDirectoryFor(base, settings, keychain);
    auto workspace = leadops::Workspace::open(dir, nullptr, {}, marker.previousRunWasUnclean());
    if (!workspace && workspace.error().code == u"damaged"_s) {
        // Never a partial list: the way back (rebuild from the server), or nothing at all.
        if (!leadops::DamagedWorkspaceDialog(dir, workspace.error()).run())
            return 1;
        workspace = leadops::Workspace::open(dir);
    }
    if (!workspace) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "LeadOps Console"),
                              workspace.error().message);
        return 1;
    }
    if (parser.isSet(demoOption)) {
        leadops::DemoOptions options;
        options.leads = 50'000;
        // An existing workspace keeps its data; demo data only ever goes into an empty one.
        leadops::DemoGenerator((*workspace)->database(), options).run();
    }
    leadops::MainWindow window(**workspace);
    // Signed in as someone whose workspace is another folder: start again on theirs, with the same
    // arguments, so that nothing of this one is shown or pushed under their name.
    QObject::connect(&window, &leadops::MainWindow::reopenRequested, &app, [&app] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        app.quit();
    });
    window.setPreviousRunUnclean(marker.previousRunWasUnclean());
    if (qEnvironmentVariableIsSet("LEADOPS_QUIT_WHEN_LISTED")) {
        // scripts/bench-all.sh: the whole process, from its start until the first page of leads
        // has been painted, then a clean quit.
        QObject::connect(window.leadsPane()->model(), &leadops::LeadTableModel::loadingChanged, &app,
                         [&window, &app](bool loading) {
                             if (loading)
                                 return;
                             window.repaint();
                             QTimer::singleShot(0, &app, &QCoreApplication::quit);
                         });
    }
    window.show();
    window.startHealthChecks();
    window.offerWelcome(); // an empty workspace with no project: connect, demo data or local
    if (marker.previousRunWasUnclean())
        QMessageBox::warning(&window, QCoreApplication::translate("main", "LeadOps Console"),
                             QCoreApplication::translate("main", "LeadOps Console did not close cleanly last time. "
                                                                 "Nothing committed to the workspace is lost. A report "
                                                                 "for support: leadops --workspace \"%1\" diagnostics")
                                 .arg(dir));
    return app.exec();
}

#endif
} // namespace

int main(int argc, char** argv)
{
    // An exception nobody caught leaves a last JSON line saying what was running.
    std::set_terminate([] {
        qCritical("unhandled exception: terminating");
        std::abort();
    });
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
#if defined(LEADOPS_CLI_ONLY)
    if (!leadops::cli::isCliInvocation(args))
        args.prepend(u"--help"_s);
#else
    if (!leadops::cli::isCliInvocation(args))
        return runGui(argc, argv);
#if defined(Q_OS_WIN)
    // leadops.exe is a GUI executable: started from a console, it prints there (leadops-cli.exe is
    // the one for scripts, whose output is redirected).
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
#endif
#if defined(Q_OS_UNIX)
    // `leadops lead list | head`: a reader that goes away is a normal end, not a kill by SIGPIPE
    // (which would skip the clean shutdown and make the next run report an unclean end).
    std::signal(SIGPIPE, SIG_IGN);
#endif
    std::unique_ptr<QCoreApplication> application;
    if (leadops::cli::needsGuiApplication(args)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // Exports draw charts; on a server or in CI there is no display, and none is needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Without a login session there is no runtime folder either; Qt would make one and warn
            // on stderr, which a script reading the command's output should not see.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/leadops-runtime-" +
                                           QByteArray::number(static_cast<qulonglong>(getuid()));
                if (QDir().mkpath(QString::fromLocal8Bit(runtime)) &&
                    QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                    qputenv("XDG_RUNTIME_DIR", runtime);
            }
        }
#endif
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    installTranslations(args);
    return leadops::cli::run(args);
}
