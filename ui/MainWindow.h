#pragma once

#include "core/diagnostics/HealthCheck.h"

#include <QMainWindow>

#include <memory>

class QDialog;
class QFrame;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

class QSystemTrayIcon;

namespace leadops {

class BudgetWarnings;
class FollowUpNotifier;
struct Lead;

class AccountController;
class AnalyticsPane;
class SecretStore;
class CampaignsPane;
class LeadsPane;
class SyncController;
class NichesPane;
class Workspace;

// Niches, Campaigns, Leads and Analytics over one workspace. The window's layout, column widths,
// sort orders and filters are kept in QSettings and restored on the next start.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the periodic backend health check (every minute while the window is open).
    void startHealthChecks();
    void setPreviousRunUnclean(bool unclean) { m_previousRunUnclean = unclean; }
    const HealthReport& health() const { return m_health; }
    void showDiagnostics();
    // Starts background sync when a backend is configured (every five minutes, and on demand).
    void startSync();
    // File ▸ Check the workspace file…: integrity_check off the UI thread, the finding in a box.
    void checkWorkspace();
    void refreshPanes();
    // File ▸ Import leads…: the import wizard (on `path`, when given); the leads show once imported.
    void importLeads(const QString& path = {});

    enum Pane { Niches, Campaigns, Leads, Analytics };
    void showPane(Pane pane);
    NichesPane* nichesPane() const { return m_niches; }
    CampaignsPane* campaignsPane() const { return m_campaigns; }
    LeadsPane* leadsPane() const { return m_leads; }
    AnalyticsPane* analyticsPane() const { return m_analytics; }
    Pane currentPane() const;

    void saveLayout() const;
    void restoreLayout();

    // The account (MainWindowAccount.cpp): Account ▸ Connect to your team…, Sign in…, Sign out.
    AccountController* account() const { return m_account; }
    // The dialogs open window-modal and return at once; the result arrives with their signals.
    QDialog* connectToTeam();
    QDialog* signIn();
    void signOut();
    // The first start of an empty workspace with no project: the welcome choices (once).
    void offerWelcome();
    // Fills the empty workspace with `leads` demo leads, with a progress dialog.
    void fillWithDemoData(int leads);
    // The non-modal "Sign in again" bar: the session ended; work goes on offline meanwhile.
    void showSignInBar(const QString& why);
    bool signInBarShown() const;

Q_SIGNALS:
    // The signed-in user's workspace is another folder: the application starts again on it.
    void reopenRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

public:
    // Follow-ups falling due while the window is open (a tray notification and a status message).
    FollowUpNotifier* followUps() const { return m_followUps; }
    BudgetWarnings* budgetWarnings() const { return m_budgetWarnings; }

private:
    void remind(const QList<Lead>& due);
    void setUpAccount(QMenu* menu);
    void accountChanged();
    void about();
    void checkHealth();
    void showHealth(const HealthReport& report);

    Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    NichesPane* m_niches = nullptr;
    CampaignsPane* m_campaigns = nullptr;
    LeadsPane* m_leads = nullptr;
    AnalyticsPane* m_analytics = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_healthLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    SyncController* m_sync = nullptr;
    void showSyncState(const QString& text, const QString& tooltip);
    QTimer* m_healthTimer = nullptr;
    HealthCheck* m_healthCheck = nullptr;
    HealthReport m_health;
    bool m_previousRunUnclean = false;
    std::unique_ptr<SecretStore> m_keychain;
    AccountController* m_account = nullptr;
    QAction* m_signInAction = nullptr;
    bool m_reopening = false; // signed in as another user: nothing more happens in this workspace
    QAction* m_signOutAction = nullptr;
    QFrame* m_signInBar = nullptr;
    QLabel* m_signInBarText = nullptr;
    bool m_checking = false;
    FollowUpNotifier* m_followUps = nullptr;
    BudgetWarnings* m_budgetWarnings = nullptr;
    // A tray message (where the platform has a tray); clicking it shows `pane`.
    void notify(const QString& title, const QString& text, Pane pane);
    QSystemTrayIcon* m_tray = nullptr; // created at the first message, where the platform has a tray
    Pane m_trayPane = Leads;           // what its message is about
};

} // namespace leadops
