#include "ui/MainWindow.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/auth/Backend.h"
#include "core/auth/SecretStore.h"
#include "core/domain/Contact.h"
#include "core/obs/RequestMetrics.h"
#include "core/services/CampaignService.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "ui/BudgetWarnings.h"
#include "ui/FollowUpNotifier.h"
#include "ui/SyncController.h"
#include "ui/account/AccountController.h"
#include "ui/dialogs/ConflictsDialog.h"
#include "ui/dialogs/DiagnosticsDialog.h"
#include "ui/dialogs/ImportWizard.h"
#include "ui/dialogs/ImportsDialog.h"
#include "ui/dialogs/LeadExportJob.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/LeadTableModel.h"
#include "ui/models/NicheTableModel.h"
#include "ui/panes/AnalyticsPane.h"
#include "ui/panes/CampaignsPane.h"
#include "ui/panes/LeadsPane.h"
#include "ui/panes/NichesPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent) : QMainWindow(parent), m_workspace(workspace)
{
    setWindowTitle(tr("LeadOps Console — %1").arg(workspace.directory()));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_niches = new NichesPane(workspace, m_tabs);
    m_campaigns = new CampaignsPane(workspace, m_tabs);
    m_leads = new LeadsPane(workspace, m_tabs);
    m_tabs->addTab(m_niches, tr("&Niches"));
    m_tabs->addTab(m_campaigns, tr("&Campaigns"));
    m_analytics = new AnalyticsPane(workspace, m_tabs);
    m_tabs->addTab(m_leads, tr("&Leads"));
    m_tabs->addTab(m_analytics, tr("&Analytics"));
    // A bar above the panes for what needs the user without stopping them (the session ended).
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_signInBar = new QFrame(central);
    m_signInBar->hide();
    column->addWidget(m_signInBar);
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_analytics, &AnalyticsPane::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_analytics, &AnalyticsPane::stageClicked, this,
            [this](const FunnelSelection& selection, const AnalyticsFilter& f) {
                showPane(Leads);
                m_leads->showLeads(selection, f);
            });

    for (TablePane* pane :
         {static_cast<TablePane*>(m_niches), static_cast<TablePane*>(m_campaigns), static_cast<TablePane*>(m_leads)}) {
        connect(pane, &TablePane::statusMessage, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    }

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Sync &conflicts and refused changes…"), this, [this] {
        ConflictsDialog dialog(m_workspace, this);
        connect(&dialog, &ConflictsDialog::resolved, this, &MainWindow::refreshPanes);
        dialog.exec();
    });
    file->addAction(tr("Check the &workspace file…"), this, &MainWindow::checkWorkspace);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import leads…"), this, [this] { this->importLeads(); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("&Undo import…"), this, [this] {
        ImportsDialog dialog(m_workspace, this);
        connect(&dialog, &ImportsDialog::undone, this, &MainWindow::refreshPanes);
        dialog.exec();
    });
    QAction* exportLeads = file->addAction(tr("Export the lead &list…"), this, [this] {
        const QString outcome = exportLeadList(this, m_workspace, m_leads->model()->filter());
        if (!outcome.isEmpty())
            statusBar()->showMessage(outcome, 10'000);
    });
    exportLeads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* exportMenu = file->addAction(tr("&Export chart…"));
    exportMenu->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportMenu, &QAction::triggered, this, [this] {
        showPane(Analytics);
        m_analytics->exportWithDialog(ExportFormat::Png);
    });
    QAction* settings = file->addAction(tr("Se&ttings…"), this, [this] { SettingsDialog(this).exec(); });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<QString, Pane>> panes = {
        {tr("Niches"), Niches}, {tr("Campaigns"), Campaigns}, {tr("Leads"), Leads}, {tr("Analytics"), Analytics}};
    for (qsizetype i = 0; i < panes.size(); ++i) {
        QAction* a = view->addAction(panes[i].first, this, [this, p = panes[i].second] { showPane(p); });
        a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    setUpAccount(menuBar()->addMenu(tr("&Account")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, [this] {
        auto* dialog = new UserGuideDialog(this); // not modal: read beside the window
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    // F1 everywhere, and the platform's own help key where it has another (macOS: Cmd+?).
    QList<QKeySequence> guideKeys{QKeySequence(Qt::Key_F1)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::HelpContents)) {
        if (!guideKeys.contains(k))
            guideKeys << k;
    }
    guide->setShortcuts(guideKeys);
    help->addAction(tr("&Diagnostics…"), this, &MainWindow::showDiagnostics);
    help->addAction(tr("&About LeadOps Console"), this, &MainWindow::about);
    m_userLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_userLabel);
    m_syncLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_healthLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_healthLabel);
    m_health.reasons << tr("Not checked yet");
    showHealth(m_health);
    m_healthCheck = new HealthCheck(this);
    m_healthTimer = new QTimer(this);
    m_healthTimer->setInterval(60'000);
    connect(m_healthTimer, &QTimer::timeout, this, &MainWindow::checkHealth);
    statusBar()->showMessage(tr("Local workspace: %1").arg(workspace.directory()));
    resize(1280, 760);
    showPane(Leads);
    restoreLayout();
    accountChanged();
    m_followUps = new FollowUpNotifier(workspace.leads(), workspace.clock(), this);
    connect(m_followUps, &FollowUpNotifier::due, this, &MainWindow::remind);
    m_followUps->start();

    // 80 % and 95 % of a budget: said in the status bar and, once, by the tray.
    m_budgetWarnings = new BudgetWarnings(workspace.directory(), this);
    connect(m_budgetWarnings, &BudgetWarnings::warning, this, [this](const QString& text) {
        statusBar()->showMessage(text, 60'000);
        notify(tr("Budget"), text, Campaigns);
    });
    const auto checkBudgets = [this, &workspace] {
        if (const auto campaigns = workspace.campaigns().list({}))
            m_budgetWarnings->check(*campaigns);
    };
    connect(m_campaigns->model(), &QAbstractItemModel::modelReset, this, checkBudgets);
    connect(m_campaigns->model(), &QAbstractItemModel::dataChanged, this, checkBudgets);
    checkBudgets();
}

void MainWindow::remind(const QList<Lead>& due)
{
    const Lead& first = due.first();
    const QString who = first.displayName.isEmpty()
                            ? displayContact(first.contact)
                            : u"%1 (%2)"_s.arg(first.displayName, displayContact(first.contact));
    const QString text =
        due.size() == 1 ? (first.followUpNote.isEmpty() ? tr("Time to call back %1").arg(who)
                                                        : tr("Time to call back %1: %2").arg(who, first.followUpNote))
                        : tr("Time to call back %1 and %n more", "", static_cast<int>(due.size() - 1)).arg(who);
    statusBar()->showMessage(text, 60'000);
    m_leads->model()->reload(); // the due time turns red
    notify(tr("Follow-up due"), text, Leads);
}

void MainWindow::notify(const QString& title, const QString& text, Pane pane)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showPane(m_trayPane);
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_trayPane = pane;
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15'000);
}

MainWindow::~MainWindow() = default;

MainWindow::Pane MainWindow::currentPane() const
{
    return static_cast<Pane>(m_tabs->currentIndex());
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.beginGroup(u"window"_s);
    s.setValue(u"geometry"_s, saveGeometry());
    s.setValue(u"state"_s, saveState());
    s.setValue(u"pane"_s, m_tabs->currentIndex());
    // Column widths, order and the sort column of every table.
    s.setValue(u"niches/header"_s, m_niches->view()->horizontalHeader()->saveState());
    s.setValue(u"campaigns/header"_s, m_campaigns->view()->horizontalHeader()->saveState());
    s.setValue(u"leads/header"_s, m_leads->view()->horizontalHeader()->saveState());
    s.setValue(u"leads/filters"_s, m_leads->saveFilters());
    s.setValue(u"analytics/period"_s, m_analytics->periodState());
    s.setValue(u"analytics/view"_s, static_cast<int>(m_analytics->currentView()));
    s.endGroup();
}

void MainWindow::restoreLayout()
{
    QSettings s;
    s.beginGroup(u"window"_s);
    if (s.contains(u"geometry"_s))
        restoreGeometry(s.value(u"geometry"_s).toByteArray());
    restoreState(s.value(u"state"_s).toByteArray());
    for (const auto& [key, pane] : {std::pair{u"niches/header"_s, static_cast<TablePane*>(m_niches)},
                                    std::pair{u"campaigns/header"_s, static_cast<TablePane*>(m_campaigns)},
                                    std::pair{u"leads/header"_s, static_cast<TablePane*>(m_leads)}}) {
        // restoreState() re-applies the saved sort indicator; the view then asks the model to sort.
        if (s.contains(key))
            pane->view()->horizontalHeader()->restoreState(s.value(key).toByteArray());
    }
    m_leads->restoreFilters(s.value(u"leads/filters"_s).toString());
    if (s.contains(u"analytics/period"_s))
        m_analytics->restorePeriodState(s.value(u"analytics/period"_s).toString());
    m_analytics->showView(static_cast<AnalyticsPane::View>(s.value(u"analytics/view"_s, 0).toInt()));
    const int pane = s.value(u"pane"_s, static_cast<int>(Leads)).toInt();
    showPane(static_cast<Pane>(std::clamp(pane, 0, static_cast<int>(Analytics))));
    s.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::startHealthChecks()
{
    checkHealth();
    m_healthTimer->start();
}

void MainWindow::checkHealth()
{
    if (m_checking)
        return;
    m_checking = true;
    KeychainSecretStore keychain(u"LeadOps Console"_s);
    QSettings settings;
    const auto config = ConnectionConfig::resolve(settings, keychain);
    std::optional<Session> session;
    if (config && config->isConfigured() && config->accessToken.isEmpty()) {
        if (auto saved = loadSession(keychain))
            session = *saved;
    }
    m_healthCheck
        ->run(config ? *config : ConnectionConfig{}, session, 5000,
              RequestMetrics::lastRuns(workspaceBaseDirectory(m_workspace.directory()), 1))
        .then(this, [this](HealthReport report) {
            m_checking = false;
            showHealth(report);
            startSync(); // once a backend is known to be configured
        });
}

void MainWindow::showHealth(const HealthReport& report)
{
    m_health = report;
    static const QHash<HealthReport::State, QPair<const char*, QString>> looks = {
        {HealthReport::State::Online, {QT_TR_NOOP("Online"), u"#2e7d32"_s}},
        {HealthReport::State::Degraded, {QT_TR_NOOP("Degraded"), u"#b26a00"_s}},
        {HealthReport::State::Offline, {QT_TR_NOOP("Offline"), u"#c62828"_s}},
        {HealthReport::State::SignedOut, {QT_TR_NOOP("Signed out"), u"#616161"_s}},
        {HealthReport::State::NotConfigured, {QT_TR_NOOP("Local workspace"), u"#616161"_s}},
    };
    const auto look = looks.value(report.state);
    m_healthLabel->setText(u"<span style='color:%1'>●</span> %2"_s.arg(look.second, tr(look.first)));
    m_healthLabel->setToolTip(report.reasons.isEmpty() ? tr("The backend answers normally")
                                                       : report.reasons.join(u'\n'));
}

void MainWindow::startSync()
{
    if (m_sync) {
        m_sync->syncNow(); // e.g. right after a sign-in
        return;
    }
    if (!m_account->projectConfigured())
        return;
    m_sync = new SyncController(m_workspace.directory(), this);
    QAction* now = menuBar()->actions().value(0)->menu()->addAction(tr("&Sync now"), m_sync, &SyncController::syncNow);
    now->setShortcut(QKeySequence::Refresh);
    QAction* cancel =
        menuBar()->actions().value(0)->menu()->addAction(tr("Cancel s&ync"), m_sync, &SyncController::cancel);
    cancel->setEnabled(false);
    connect(m_sync, &SyncController::started, cancel, [cancel] { cancel->setEnabled(true); });
    connect(m_sync, &SyncController::synced, cancel, [cancel] { cancel->setEnabled(false); });
    connect(m_sync, &SyncController::failed, cancel, [cancel] { cancel->setEnabled(false); });
    // A progress bar with its own Cancel button in the status bar while a sync runs: a first sync
    // of a large project takes a while, and the window stays usable meanwhile.
    auto* bar = new QProgressBar(this);
    bar->setMaximumWidth(180);
    bar->setTextVisible(false);
    bar->hide();
    auto* stop = new QToolButton(this);
    stop->setText(tr("Cancel"));
    stop->setToolTip(tr("Stop the sync; the pages pulled so far are kept"));
    stop->hide();
    connect(stop, &QToolButton::clicked, m_sync, &SyncController::cancel);
    statusBar()->insertPermanentWidget(0, bar);
    statusBar()->insertPermanentWidget(1, stop);
    const auto busy = [bar, stop](bool on) {
        bar->setVisible(on);
        stop->setVisible(on);
        bar->setRange(0, 0); // moving until the server says how many rows are coming
    };
    connect(m_sync, &SyncController::started, this, [this, busy] {
        busy(true);
        showSyncState(tr("Syncing…"), {});
    });
    connect(m_sync, &SyncController::synced, this, [busy] { busy(false); });
    connect(m_sync, &SyncController::sessionEnded, this, &MainWindow::showSignInBar);
    connect(m_sync, &SyncController::failed, this, [busy] { busy(false); });
    connect(m_sync, &SyncController::progress, this, [this, bar](const QString& table, qint64 rows, qint64 expected) {
        const QString what = table == u"leads"_s       ? tr("leads")
                             : table == u"campaigns"_s ? tr("campaigns")
                                                       : tr("niches");
        if (expected > 0) {
            // QProgressBar counts in int: a per-mille scale holds any table size.
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(rows * 1000 / expected));
            showSyncState(
                tr("Syncing %1: %2 of about %3").arg(what, QLocale().toString(rows), QLocale().toString(expected)), {});
        } else {
            showSyncState(tr("Syncing %1: %2 rows").arg(what, QLocale().toString(rows)), {});
        }
    });
    connect(m_sync, &SyncController::synced, this, [this](const QJsonObject& r) {
        m_leads->refreshTeam(); // the sync brought the team
        refreshPanes();
        // Each background sync becomes one "last run" for Diagnostics and `leadops diagnostics`.
        RequestMetrics::instance().appendRun(workspaceBaseDirectory(m_workspace.directory()), u"window sync"_s,
                                             {{u"sync"_s, r}});
        // Counted from the outbox, not this run: a refusal from an earlier sync still waits.
        Outbox outbox(m_workspace.database());
        const qint64 conflicts = outbox.count(u"conflict"_s).value_or(r.value(u"conflicts"_s).toInt());
        const qint64 refused = outbox.count(u"failed"_s).value_or(r.value(u"failed"_s).toInt());
        QString text = tr("Synced %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        if (conflicts + refused > 0)
            text += tr(" · %1 conflict(s), %2 refused: File ▸ Sync conflicts").arg(conflicts).arg(refused);
        QString details = tr("pushed %1, pulled %2, pending %3")
                              .arg(r.value(u"pushed"_s).toInt())
                              .arg(r.value(u"pulled"_s).toInt())
                              .arg(r.value(u"pending"_s).toInt());
        if (refused > 0) {
            const auto failed = outbox.entries(u"failed"_s);
            if (failed && !failed->isEmpty())
                details += u"\n"_s + tr("Refused by the server: %1").arg(failed->first().error);
        }
        showSyncState(text, details);
    });
    connect(m_sync, &SyncController::failed, this, [this](const QString& error, bool unreachable) {
        showSyncState(unreachable ? tr("Offline: changes wait") : tr("Sync failed"), error);
        checkHealth(); // after an error the health state says what is wrong
    });
    m_sync->startPeriodic(5 * 60'000);
    m_sync->startNearLive(15'000); // a colleague's change shows within about 15 s
}

void MainWindow::showSyncState(const QString& text, const QString& tooltip)
{
    const qint64 pending = Outbox(m_workspace.database()).count(u"pending"_s).value_or(0);
    m_syncLabel->setText(pending ? text + tr(" · %1 pending").arg(pending) : text);
    m_syncLabel->setToolTip(tooltip);
}

void MainWindow::checkWorkspace()
{
    // PRAGMA integrity_check reads every page: on a million leads that takes seconds, so it runs on
    // its own read-only connection off the UI thread (the same check as `leadops workspace check`).
    const QString file = m_workspace.database().filePath();
    const QString marker = QDir(m_workspace.directory()).filePath(Workspace::damageMarkerName());
    statusBar()->showMessage(tr("Checking the workspace file…"));
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, marker] {
        watcher->deleteLater();
        const Result<QStringList> findings = watcher->result();
        auto* box = new QMessageBox(this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"workspaceCheck"_s);
        box->setWindowTitle(tr("Workspace check"));
        if (!findings) {
            box->setIcon(QMessageBox::Warning);
            box->setText(findings.error().message);
        } else if (findings->isEmpty()) {
            box->setIcon(QMessageBox::Information);
            box->setText(tr("The workspace file is healthy."));
        } else {
            // Refused from the next start on, which then offers to rebuild it from the server.
            QFile damaged(marker);
            if (damaged.open(QIODevice::WriteOnly))
                damaged.write(findings->join(u'\n').toUtf8());
            box->setIcon(QMessageBox::Critical);
            box->setText(tr("The workspace file is damaged. Close the console: at the next start it offers to "
                            "rebuild the workspace from the server."));
            box->setDetailedText(findings->join(u'\n'));
        }
        statusBar()->clearMessage();
        box->open();
    });
    watcher->setFuture(QtConcurrent::run([file] { return Database::findDamage(file, true); }));
}

void MainWindow::importLeads(const QString& path)
{
    if (auto allowed = m_workspace.actor().checkCanChange(EntityKind::Lead); !allowed) {
        QMessageBox::information(this, tr("Import leads"), allowed.error().message);
        return;
    }
    ImportWizard wizard(m_workspace, this);
    if (!path.isEmpty())
        wizard.setFile(path);
    connect(&wizard, &ImportWizard::imported, this, [this] {
        refreshPanes();
        showPane(Leads);
    });
    wizard.exec();
}

void MainWindow::refreshPanes()
{
    m_niches->model()->reload();
    m_campaigns->model()->reload();
    m_leads->model()->reload();
    m_analytics->refreshIfShown();
}

void MainWindow::showDiagnostics()
{
    DiagnosticsDialog dialog(m_workspace, m_health, m_previousRunUnclean, this);
    dialog.exec();
}

void MainWindow::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(static_cast<int>(pane));
    if (auto* t = qobject_cast<TablePane*>(m_tabs->currentWidget()))
        t->view()->setFocus();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About LeadOps Console"),
                       tr("<h3>LeadOps Console %1</h3><p>Lead qualification, campaigns and niches for a "
                          "lead-generation business in Kazakhstan.</p><p>Qt %2 · workspace %3</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                m_workspace.directory().toHtmlEscaped()));
}

} // namespace leadops
