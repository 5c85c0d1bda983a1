// Every interactive element of the window and of every dialog has an accessible name (what a
// screen reader says), and the dialogs work from the keyboard: a walk of the QAccessible tree
// fails on any button, field, list, table or tab without one.
#include "tests/support/Accessibility.h"
#include "tests/support/TestWorkspace.h"

#include "core/auth/SecretStore.h"
#include "core/demo/DemoGenerator.h"
#include "core/diagnostics/HealthCheck.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/account/AccountController.h"
#include "ui/account/AccountDialogs.h"
#include "ui/dialogs/ConflictsDialog.h"
#include "ui/dialogs/DamagedWorkspaceDialog.h"
#include "ui/dialogs/DiagnosticsDialog.h"
#include "ui/dialogs/ImportWizard.h"
#include "ui/dialogs/ImportsDialog.h"
#include "ui/dialogs/Prompts.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SpendLedgerDialog.h"
#include "ui/dialogs/SpendPrompts.h"
#include "ui/dialogs/TeamDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/LeadTableModel.h"
#include "ui/models/NicheTableModel.h"
#include "ui/panes/AnalyticsPane.h"
#include "ui/panes/CampaignsPane.h"
#include "ui/panes/LeadsPane.h"
#include "ui/panes/NichesPane.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_t;

    static bool settled(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&] { return !window.leadsPane()->model()->isLoading() && !window.analyticsPane()->isLoading(); }, 10'000);
    }

    // A dialog that runs its own loop (exec): looked at once it is up, then closed with Escape,
    // the keyboard's way out. Returns the problems found, or why the dialog never came up.
    template <typename Open>
    QStringList checkModal(const QString& name, Open&& open)
    {
        QStringList problems;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog) {
                problems << name + u": no dialog came up"_s;
                return;
            }
            seen = true;
            for (const QString& p : unnamedControls(dialog) + unreachableByTab(dialog))
                problems << name + u": "_s + p;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        open();
        if (!seen && problems.isEmpty())
            problems << name + u": the dialog did not stay open to be looked at"_s;
        return problems;
    }

    static QStringList checkWidget(const QString& name, QWidget& widget)
    {
        widget.show();
        QStringList problems;
        if (!QTest::qWaitForWindowExposed(&widget))
            return {name + u": not shown"_s};
        for (const QString& p : unnamedControls(&widget) + unreachableByTab(&widget))
            problems << name + u": "_s + p;
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QCOMPARE(installLanguage(u"en"_s).language, u"en"_s);
        m_t = std::make_unique<TestWorkspace>();
        DemoOptions o;
        o.leads = 300;
        o.until = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator((*m_t)->database(), o).run());
    }

    void theWindowNamesEveryControl()
    {
        MainWindow window(*m_t->ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settled(window));
        QStringList problems;
        for (const auto pane : {MainWindow::Leads, MainWindow::Campaigns, MainWindow::Niches, MainWindow::Analytics}) {
            window.showPane(pane);
            QVERIFY(settled(window));
            for (const QString& p : unnamedControls(&window))
                problems << u"pane %1: "_s.arg(int(pane)) + p;
        }
        for (const auto view : {AnalyticsPane::FunnelView, AnalyticsPane::BudgetView, AnalyticsPane::BreakdownView,
                                AnalyticsPane::WeeklyView}) {
            window.analyticsPane()->showView(view);
            QVERIFY(settled(window));
            for (const QString& p : unnamedControls(&window))
                problems << u"analytics view %1: "_s.arg(int(view)) + p;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyDialogNamesEveryControl()
    {
        Workspace& ws = *m_t->ws;
        QWidget parent;
        const Campaign campaign = (*m_t)->campaigns().list()->first();
        const Niche niche = (*m_t)->niches().list()->first();
        LeadFilter first;
        first.limit = 1;
        const Lead lead = (*m_t)->leads().list(first)->first();
        MemorySecretStore keychain;
        AccountController account(ws, keychain);
        QStringList problems;

        ConflictsDialog conflicts(ws);
        problems << checkWidget(u"conflicts"_s, conflicts);
        DamagedWorkspaceDialog damaged(u"/tmp/none"_s, Error{ErrorKind::Store, u"damaged"_s, {}});
        problems << checkWidget(u"damaged workspace"_s, damaged);
        DiagnosticsDialog diagnostics(ws, HealthReport{}, false);
        problems << checkWidget(u"diagnostics"_s, diagnostics);
        ImportWizard wizard(ws);
        problems << checkWidget(u"import wizard"_s, wizard);
        ImportsDialog imports(ws);
        problems << checkWidget(u"imports"_s, imports);
        SettingsDialog settings;
        problems << checkWidget(u"settings"_s, settings);
        TeamDialog team((*m_t)->leads());
        problems << checkWidget(u"team"_s, team);
        SpendLedgerDialog ledger(ws, campaign.id);
        problems << checkWidget(u"spend ledger"_s, ledger);
        ConnectDialog connect(account);
        problems << checkWidget(u"connect"_s, connect);
        SignInDialog signIn(account);
        problems << checkWidget(u"sign in"_s, signIn);
        WelcomeDialog welcome;
        problems << checkWidget(u"welcome"_s, welcome);
        UserGuideDialog guide;
        problems << checkWidget(u"user guide"_s, guide);

        problems << checkModal(u"new niche"_s, [&] { createNiche(&parent, (*m_t)->niches()); });
        problems << checkModal(u"edit niche"_s, [&] { editNiche(&parent, (*m_t)->niches(), niche); });
        problems << checkModal(u"niche scores"_s, [&] { askNicheScores(&parent, niche.name, 0.7, 0.3); });
        problems << checkModal(u"new campaign"_s,
                               [&] { createCampaign(&parent, (*m_t)->campaigns(), (*m_t)->niches()); });
        problems << checkModal(u"edit campaign"_s, [&] { editCampaign(&parent, (*m_t)->campaigns(), campaign); });
        problems << checkModal(u"record spend"_s, [&] { SpendPrompts().spend(&parent, campaign); });
        problems << checkModal(u"reverse spend"_s, [&] { SpendPrompts().reversal(&parent, SpendEntry{}, u"x"_s); });
        problems << checkModal(u"new lead"_s, [&] { createLead(&parent, (*m_t)->leads(), (*m_t)->campaigns()); });
        problems << checkModal(u"rename lead"_s, [&] { renameLead(&parent, (*m_t)->leads(), lead); });
        problems << checkModal(u"score"_s, [&] { askScore(&parent, u"Qualify"_s, u"Score"_s, 0.5); });
        problems << checkModal(u"disqualify"_s, [&] { askDisqualifyReason(&parent, 2); });
        problems << checkModal(u"follow-up"_s, [&] {
            askFollowUp(&parent, lead.contact, QDateTime::currentDateTimeUtc().addDays(1), {});
        });
        problems << checkModal(u"note"_s, [&] { askNote(&parent, lead.contact, {}); });
        problems << checkModal(u"assign"_s, [&] { askAssignee(&parent, {}, 3); });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
