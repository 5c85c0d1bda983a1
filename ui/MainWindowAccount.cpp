// The main window's account part: the Account menu, the sign-in state in the status bar, the
// actions each role may use, and the welcome choices of a first start.
#include "ui/MainWindow.h"

#include "core/Workspace.h"
#include "core/auth/SecretStore.h"
#include "core/demo/DemoGenerator.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "ui/account/AccountController.h"
#include "ui/account/AccountDialogs.h"
#include "ui/dialogs/TeamDialog.h"
#include "ui/panes/CampaignsPane.h"
#include "ui/panes/LeadsPane.h"
#include "ui/panes/NichesPane.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

void MainWindow::setUpAccount(QMenu* menu)
{
    m_keychain = std::make_unique<KeychainSecretStore>(u"LeadOps Console"_s);
    m_account = new AccountController(m_workspace, *m_keychain, this);
    menu->addAction(tr("&Connect to your team…"), this, [this] { connectToTeam(); });
    m_signInAction = menu->addAction(tr("&Sign in…"), this, [this] { signIn(); });
    m_signOutAction = menu->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    menu->addSeparator();
    menu->addAction(tr("&Team…"), this, [this] {
        auto* dialog = new TeamDialog(m_workspace.leads(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_account, &AccountController::changed, this, &MainWindow::accountChanged);
    connect(m_account, &AccountController::ownWorkspaceElsewhere, this, [this](const QString& email) {
        m_reopening = true;
        statusBar()->showMessage(tr("Signed in as %1. This workspace is another user's; opening yours…").arg(email));
        Q_EMIT reopenRequested();
    });
}

void MainWindow::showSignInBar(const QString& why)
{
    if (!m_signInBarText) {
        m_signInBar->setFrameShape(QFrame::StyledPanel);
        m_signInBar->setStyleSheet(u"QFrame { background: #fff4e5; }"_s);
        auto* row = new QHBoxLayout(m_signInBar);
        m_signInBarText = new QLabel(m_signInBar);
        m_signInBarText->setWordWrap(true);
        row->addWidget(m_signInBarText, 1);
        auto* again = new QPushButton(tr("Sign in again…"), m_signInBar);
        connect(again, &QPushButton::clicked, this, [this] { signIn(); });
        row->addWidget(again);
        auto* later = new QPushButton(tr("Later"), m_signInBar);
        connect(later, &QPushButton::clicked, m_signInBar, &QWidget::hide);
        row->addWidget(later);
    }
    const auto waiting = Outbox(m_workspace.database()).count(u"pending"_s).value_or(0);
    m_signInBarText->setText(tr("Your session has ended: %1. You can keep working; %n change(s) wait here until "
                                "you sign in again.",
                                "", static_cast<int>(waiting))
                                 .arg(why));
    m_signInBar->show();
}

bool MainWindow::signInBarShown() const
{
    return m_signInBar && m_signInBar->isVisible();
}

void MainWindow::accountChanged()
{
    if (!m_userLabel)
        return;
    const bool team = m_account->projectConfigured();
    const bool signedIn = m_account->session().has_value();
    m_signInAction->setEnabled(team);
    m_signOutAction->setEnabled(team && signedIn);
    const Actor& actor = m_workspace.actor();
    m_userLabel->setText(team ? m_account->statusText() : tr("Local workspace"));
    QStringList may;
    for (const EntityKind kind : allValues<EntityKind>()) {
        if (actor.canChange(kind))
            may << QCoreApplication::translate("EntityKind", enumTexts<EntityKind>()[std::size_t(kind)].display);
    }
    m_userLabel->setToolTip(!team           ? tr("Not connected to a team: everything stays on this computer")
                            : !signedIn     ? tr("Signed out: changes wait here until you sign in again")
                            : may.isEmpty() ? tr("Your role can read everything and change nothing")
                                            : tr("Your role can change: %1").arg(may.join(u", "_s)));
    m_leads->refreshTeam(); // the owner filter follows who is signed in
    for (TablePane* pane :
         {static_cast<TablePane*>(m_niches), static_cast<TablePane*>(m_campaigns), static_cast<TablePane*>(m_leads)})
        pane->updateActions();
    if (m_healthTimer && m_healthTimer->isActive())
        checkHealth(); // connected, signed in or out: the backend's state changed with it
}

QDialog* MainWindow::connectToTeam()
{
    auto* dialog = new ConnectDialog(*m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Connected to %1").arg(m_account->projectUrl()), 8000);
        signIn(); // the next step: who you are in that project
    });
    dialog->open();
    return dialog;
}

QDialog* MainWindow::signIn()
{
    auto* dialog = new SignInDialog(*m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_reopening)
            return;
        m_signInBar->hide();
        statusBar()->showMessage(tr("Signed in as %1").arg(m_account->statusText()), 8000);
        startSync();
    });
    dialog->open();
    return dialog;
}

void MainWindow::signOut()
{
    const auto waiting = m_account->signOut();
    if (!waiting) {
        QMessageBox::warning(this, tr("Sign out"), waiting.error().message);
        return;
    }
    statusBar()->showMessage(*waiting > 0 ? tr("Signed out. %n change(s) wait here and are sent after the next "
                                               "sign-in.",
                                               "", static_cast<int>(*waiting))
                                          : tr("Signed out. Nothing waits to be sent."),
                             15'000);
}

void MainWindow::offerWelcome()
{
    QSettings settings;
    const auto niches = m_workspace.niches().list();
    if (settings.value(u"welcome/seen"_s).toBool() || m_account->projectConfigured() || !niches || !niches->isEmpty())
        return;
    settings.setValue(u"welcome/seen"_s, true);
    auto* welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::finished, this, [this](int choice) {
        if (choice == WelcomeDialog::ConnectToTeam)
            connectToTeam();
        else if (choice == WelcomeDialog::ExploreDemo)
            fillWithDemoData(20'000);
    });
    welcome->open();
}

void MainWindow::fillWithDemoData(int leads)
{
    QProgressDialog progress(tr("Making demo data…"), tr("Cancel"), 0, leads, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DemoOptions options;
    options.leads = leads;
    DemoGenerator generator(m_workspace.database(), options);
    const auto made = generator.run([&](qint64 done, qint64) {
        progress.setValue(static_cast<int>(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!made) {
        QMessageBox::warning(this, tr("Demo data"), made.error().message);
        return;
    }
    refreshPanes();
    statusBar()->showMessage(
        tr("Demo data: %1 niches, %2 campaigns, %3 leads").arg(made->niches).arg(made->campaigns).arg(made->leads),
        15'000);
}

} // namespace leadops
