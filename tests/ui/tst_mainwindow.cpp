// The first window as a sales manager uses it: keyboard through the queue, qualify a lead, see
// refused actions disabled with the reason; screenshots of each pane for a person to look at.
#include "tests/support/Screenshot.h"
#include "tests/support/TestWorkspace.h"

#include "core/demo/DemoGenerator.h"
#include "core/json/EntityJson.h"
#include "core/obs/RequestMetrics.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Outbox.h"
#include "core/store/TeamStore.h"
#include "core/util/Ids.h"
#include "ui/BudgetWarnings.h"
#include "ui/DesktopIdentity.h"
#include "ui/FollowUpNotifier.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/charts/ChartExport.h"
#include "ui/dialogs/ConflictsDialog.h"
#include "ui/dialogs/DamagedWorkspaceDialog.h"
#include "ui/dialogs/DiagnosticsDialog.h"
#include "ui/dialogs/SpendLedgerDialog.h"
#include "ui/dialogs/TeamDialog.h"
#include "ui/dialogs/UserGuideDialog.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/LeadTableModel.h"
#include "ui/models/NicheTableModel.h"
#include "ui/models/SpendLedgerModel.h"
#include "ui/models/TeamTableModel.h"
#include "ui/panes/AnalyticsPane.h"
#include "ui/panes/CampaignsPane.h"
#include "ui/panes/LeadsPane.h"
#include "ui/panes/NichesPane.h"
#include "ui/widgets/FilterWidgets.h"
#include "ui/widgets/HistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

// Answers the Leads pane's questions (a score, a reason) as a user would, without a dialog.
class ScriptedPrompts final : public LeadsPane::Prompts
{
public:
    ScriptedPrompts(double score, QString reason) : m_score(score), m_reason(std::move(reason)) {}
    std::optional<double> score(QWidget*, const QString&) override { return m_score; }
    std::optional<QString> disqualifyReason(QWidget*, int) override { return m_reason; }
    std::optional<QString> assignee(QWidget*, const QList<TeamMember>& salesManagers, int) override
    {
        offered = salesManagers;
        return assignTo;
    }
    std::optional<FollowUpChoice> followUp(QWidget*, const Lead&, const QDateTime&) override { return followUpAt; }
    std::optional<QString> note(QWidget*, const QString&, const QString&) override { return noteText; }
    std::optional<QString> noteText;
    std::optional<QString> assignTo;
    QList<TeamMember> offered;
    std::optional<FollowUpChoice> followUpAt;

private:
    double m_score;
    QString m_reason;
};

// Answers the spend ledger's questions as a marketer would.
class ScriptedSpendPrompts final : public SpendPrompts
{
public:
    std::optional<SpendInput> spend(QWidget*, const Campaign&) override { return input; }
    bool confirmOverspend(QWidget*, const QString& refusal) override
    {
        overspendAsked = refusal;
        return confirm;
    }
    std::optional<QString> reversal(QWidget*, const SpendEntry&, const QString& consequence) override
    {
        told = consequence;
        return note;
    }
    std::optional<SpendInput> input;
    bool confirm = false;
    QString overspendAsked;
    std::optional<QString> note;
    QString told;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_t;

    void screenshot(QWidget& w, const QString& name) { saveScreenshot(w, name); }

    // A contacted lead with enough messages: the one a manager can qualify (-1 when none is loaded).
    static int firstQualifiable(const LeadTableModel& model)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.leadAt(r)->canQualify())
                return r;
        }
        return -1;
    }

    // Demo data up to a fixed day, so that the screenshots and the counts do not depend on today.
    static bool fillWithDemo(Database& db, int leads)
    {
        DemoOptions o;
        o.leads = leads;
        o.until = QDate(2026, 10, 31);
        return DemoGenerator(db, o).run().has_value();
    }

    static bool shownAndSettled(MainWindow& window)
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window) && settled(window);
    }

    // The lead list loads on a reader thread: wait until its rows are in.
    static bool settled(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&] { return !window.leadsPane()->model()->isLoading() && !window.analyticsPane()->isLoading(); }, 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        // The window restores its layout from QSettings: start from none (XDG_CONFIG_HOME is the
        // test's own folder), in English.
        QSettings().clear();
        QCOMPARE(installLanguage(u"en"_s).language, u"en"_s);
        m_t = std::make_unique<TestWorkspace>();
        QVERIFY(fillWithDemo((*m_t)->database(), 3000));
    }

    void qualifyALeadFromTheKeyboard()
    {
        MainWindow window(*m_t->ws);
        QVERIFY(shownAndSettled(window));
        LeadsPane* pane = window.leadsPane();
        LeadTableModel* model = pane->model();

        const int row = firstQualifiable(*model);
        QVERIFY(row >= 0);
        const QString id = model->leadAt(row)->id;
        pane->selectLead(row);
        pane->view()->setFocus();
        QVERIFY(pane->qualifyAction()->isEnabled());

        pane->setPrompts(std::make_unique<ScriptedPrompts>(0.85, u"Нет бюджета"_s));
        QTest::keyClick(pane->view(), Qt::Key_Q);
        const auto stored = (*m_t)->leads().get(id);
        QCOMPARE(stored->status, LeadStatus::Qualified);
        QCOMPARE(stored->qualificationScore, 0.85);
        QCOMPARE(model->leadAt(row)->status, LeadStatus::Qualified); // the row updated in place

        // Qualified now: qualify is disabled and its tooltip says which rule refuses.
        QVERIFY(!pane->qualifyAction()->isEnabled());
        QVERIFY2(pane->qualifyAction()->toolTip().contains(u"can_qualify"_s),
                 qPrintable(pane->qualifyAction()->toolTip()));
        screenshot(window, u"main-leads"_s);
    }

    // The spend ledger from the Campaigns pane: a spend past the budget is asked about and, once
    // confirmed, completes the campaign; reversing it (the entry that completed it) brings the
    // campaign back to active with the spent it had, and every figure on screen follows.
    void theSpendLedgerRecordsAndReversesFromTheWindow()
    {
        TestWorkspace own; // its own rows: the suites below count the shared workspace's outbox
        QVERIFY(fillWithDemo(own->database(), 200));
        MainWindow window(*own.ws);
        QVERIFY(shownAndSettled(window));
        window.showPane(MainWindow::Campaigns);
        CampaignsPane* pane = window.campaignsPane();
        int row = -1;
        for (int r = 0; r < pane->model()->rowCount() && row < 0; ++r) {
            if (pane->model()->at(r)->status == CampaignStatus::Active)
                row = r;
        }
        QVERIFY(row >= 0);
        pane->view()->selectRow(row);
        const Campaign before = *pane->model()->at(row);
        const auto actions = pane->findChildren<QAction*>();
        const auto ledgerAction =
            std::find_if(actions.cbegin(), actions.cend(), [](QAction* a) { return a->text().contains(u"ledger"_s); });
        QVERIFY(ledgerAction != actions.cend() && (*ledgerAction)->isEnabled());

        SpendLedgerDialog dialog(*own.ws, before.id, &window);
        auto* prompts = new ScriptedSpendPrompts;
        dialog.setPrompts(std::unique_ptr<SpendPrompts>(prompts));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto reverseButton = [&dialog] {
            const auto buttons = dialog.findChildren<QPushButton*>();
            const auto found = std::find_if(buttons.cbegin(), buttons.cend(),
                                            [](QPushButton* b) { return b->text().contains(u"verse"_s); });
            return found == buttons.cend() ? nullptr : *found;
        };
        QVERIFY(reverseButton() && !reverseButton()->isEnabled()); // nothing picked: nothing reversed
        const int demoEntries = dialog.model()->rowCount();
        QVERIFY(demoEntries > 0); // the demo records its spend in the ledger
        QVERIFY2(dialog.summaryText().contains(displayMoney(before.spent)), qPrintable(dialog.summaryText()));

        // Past the budget: asked, refused first, then confirmed.
        const Money past = before.remainingBudget() + 100'000'00;
        prompts->input = SpendPrompts::SpendInput{past, u"счёт 17"_s};
        dialog.recordSpend();
        QVERIFY2(prompts->overspendAsked.contains(u"past its budget"_s), qPrintable(prompts->overspendAsked));
        QCOMPARE(dialog.model()->rowCount(), demoEntries);
        prompts->confirm = true;
        dialog.recordSpend();
        QCOMPARE(dialog.model()->rowCount(), demoEntries + 1);
        QCOMPARE(own->campaigns().get(before.id)->status, CampaignStatus::Completed);
        QCOMPARE(pane->model()->at(row)->status, CampaignStatus::Completed); // the pane follows
        const QModelIndex effect = dialog.model()->index(demoEntries, SpendLedgerModel::Effect);
        QCOMPARE(effect.data().toString(), u"Completed the campaign"_s);
        QCOMPARE(dialog.model()->index(demoEntries, SpendLedgerModel::Note).data().toString(), u"счёт 17"_s);
        QCOMPARE(dialog.model()->index(demoEntries, SpendLedgerModel::Sync).data().toString(), u"Waiting to sync"_s);

        // Reverse it: told what happens, then back to active with the spent it had.
        dialog.view()->selectRow(demoEntries);
        prompts->note = u"one zero too many"_s;
        dialog.reverseSelected();
        QVERIFY2(prompts->told.contains(u"returns to Active"_s), qPrintable(prompts->told));
        const Campaign after = *own->campaigns().get(before.id);
        QCOMPARE(after.status, CampaignStatus::Active);
        QCOMPARE(after.spent, before.spent);
        QCOMPARE(dialog.model()->rowCount(), demoEntries + 2);
        QCOMPARE(dialog.model()->index(demoEntries, SpendLedgerModel::Effect).data().toString(),
                 u"Reversed; Completed the campaign"_s);
        QVERIFY(dialog.model()
                    ->index(demoEntries + 1, SpendLedgerModel::Effect)
                    .data()
                    .toString()
                    .startsWith(u"Reverses the spend of"_s));
        QCOMPARE(dialog.model()->index(demoEntries + 1, SpendLedgerModel::Amount).data().toString().front(), u'−');
        QVERIFY2(dialog.statusText().contains(u"Active"_s), qPrintable(dialog.statusText()));
        QCOMPARE(pane->model()->at(row)->status, CampaignStatus::Active);
        // Reversed once only: the action says why not.
        dialog.view()->selectRow(demoEntries);
        QVERIFY(!reverseButton()->isEnabled());
        QVERIFY2(reverseButton()->toolTip().contains(u"already been reversed"_s),
                 qPrintable(reverseButton()->toolTip()));
        screenshot(dialog, u"spend-ledger-en"_s);
        window.close();
        QSettings().clear(); // the window kept the Campaigns pane: the next tests start from the default
    }

    // A lead's name in the window: its column, the detail panel's heading, and the search box.
    void aLeadsNameShowsAndIsSearched()
    {
        TestWorkspace own; // its own rows: the suites below count the shared workspace's outbox
        QVERIFY(fillWithDemo(own->database(), 200));
        MainWindow window(*own.ws);
        QVERIFY(shownAndSettled(window));
        LeadsPane* pane = window.leadsPane();
        LeadTableModel* model = pane->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0); // a window restored on another pane would show none yet
        const QString id = model->leadAt(0)->id;
        QVERIFY(own->leads().rename(id, u"ТОО «Алма-Строй»"_s));
        QCOMPARE(model->data(model->index(0, LeadTableModel::Name)).toString(), u"ТОО «Алма-Строй»"_s);
        QCOMPARE(model->headerData(LeadTableModel::Name, Qt::Horizontal).toString(), u"Name"_s);
        pane->selectLead(0);
        QTRY_VERIFY(pane->detailText().startsWith(u"ТОО «Алма-Строй»"_s));
        auto* search = pane->findChild<QLineEdit*>();
        QVERIFY(search);
        search->setText(u"Алма"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 1, 5000);
        QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1);
        QCOMPARE(model->leadAt(0)->id, id);
        pane->selectLead(0);
        QTRY_VERIFY(pane->detailText().contains(u"History"_s) && !pane->detailText().contains(u"Loading…"_s));
        screenshot(window, u"main-leads-named"_s);
    }

    // A sales manager's day starts on My queue (theirs and the unassigned); Take and Assign… work
    // on the selection; a colleague's lead shows its owner and every write says why not.
    void myQueueTakeAndAColleaguesLead()
    {
        TestWorkspace own;
        QVERIFY(fillWithDemo(own->database(), 200));
        const QString me = u"0193a1b2-7c4d-7e5f-8a9b-00000000a001"_s;
        const QString bolat = u"0193a1b2-7c4d-7e5f-8a9b-00000000b002"_s;
        QVERIFY(TeamStore(own->database())
                    .replaceAll({{me, u"aigerim@leadops.kz"_s, u"Aigerim"_s, u"sales_manager"_s, true},
                                 {bolat, u"bolat@leadops.kz"_s, u"Bolat Sadykov"_s, u"sales_manager"_s, true}}));
        // Bolat owns the 20 newest leads.
        own->setActor(Actor::member(u"bolat@leadops.kz"_s, u"sales_manager"_s, bolat));
        LeadFilter newest;
        newest.limit = 20;
        const auto newestLeads = own->leads().list(newest);
        QVERIFY(newestLeads);
        for (const Lead& l : *newestLeads)
            QVERIFY(own->leads().take(l.id));
        MainWindow window(*own.ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Signed in as Aigerim (the window read no saved project: set here, as a sign-in would).
        own->setActor(Actor::member(u"aigerim@leadops.kz"_s, u"sales_manager"_s, me));
        LeadsPane* pane = window.leadsPane();
        pane->refreshTeam();
        QVERIFY(settled(window));
        LeadTableModel* model = pane->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pane->ownerFilter()->state(), u"queue"_s); // a sales manager's first view
        QTRY_COMPARE(model->totalCount(), 180);             // not Bolat's 20
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->leadAt(r)->ownerId.isEmpty());

        // Take two: they are mine, and stay in My queue.
        auto prompts = std::make_unique<ScriptedPrompts>(0.5, u"x"_s);
        ScriptedPrompts* scripted = prompts.get();
        pane->setPrompts(std::move(prompts));
        pane->selectLead(0);
        pane->view()->selectionModel()->select(model->index(1, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(pane->takeAction()->isEnabled());
        pane->takeAction()->trigger();
        QCOMPARE(model->leadAt(0)->ownerId, me);
        QCOMPARE(model->leadAt(1)->ownerId, me);
        QCOMPARE(model->data(model->index(0, LeadTableModel::Owner)).toString(), u"Aigerim"_s);
        QVERIFY(!pane->takeAction()->isEnabled()); // mine already
        // Assign… offers the active sales managers; the second lead goes to Bolat.
        pane->selectLead(1);
        scripted->assignTo = bolat;
        pane->assignAction()->trigger();
        QCOMPARE(scripted->offered.size(), 2);
        QCOMPARE(own->leads().get(model->leadAt(1)->id)->ownerId, bolat);

        // All owners: Bolat's leads show his name, and every write on them says whose they are.
        pane->ownerFilter()->setState(u"any"_s);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 200);
        int his = -1;
        for (int r = 0; r < model->rowCount() && his < 0; ++r) {
            if (model->leadAt(r)->ownerId == bolat)
                his = r;
        }
        QVERIFY(his >= 0);
        QCOMPARE(model->data(model->index(his, LeadTableModel::Owner)).toString(), u"Bolat Sadykov"_s);
        pane->selectLead(his);
        for (QAction* a : {pane->qualifyAction(), pane->disqualifyAction(), pane->takeAction(), pane->assignAction()}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QVERIFY2(a->toolTip().contains(u"Bolat Sadykov <bolat@leadops.kz>"_s), qPrintable(a->toolTip()));
        }
        QTRY_VERIFY(pane->detailText().contains(u"Bolat Sadykov"_s));
        pane->ownerFilter()->setState(u"queue"_s);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 179);
        pane->selectLead(0);
        screenshot(window, u"main-leads-my-queue"_s);

        // + Note…: the timeline merges the note with the history, newest first, with names; her own
        // fresh note can be corrected or removed from there.
        scripted->noteText = u"Wants three units.\nCall after lunch."_s;
        own.clock.advanceSecs(60);
        QVERIFY(pane->noteAction()->isEnabled());
        pane->noteAction()->trigger();
        QTRY_VERIFY(pane->detailText().contains(u"Call after lunch."_s));
        const QString timeline = pane->detailText();
        QVERIFY2(timeline.indexOf(u"Note"_s) < timeline.indexOf(u"Assigned"_s), qPrintable(timeline)); // newest first
        QVERIFY(timeline.contains(u"you: Wants three units."_s));
        QVERIFY(timeline.contains(u"edit"_s) && timeline.contains(u"remove"_s));
        screenshot(window, u"main-leads-timeline"_s);
        const auto notes = own->leads().notes(model->leadAt(0)->id);
        QCOMPARE(notes->size(), 1);
        scripted->noteText = u"Wants four units."_s;
        pane->changeNote(notes->first().id, false);
        QTRY_VERIFY(pane->detailText().contains(u"Wants four units."_s));
        pane->changeNote(notes->first().id, true);
        QCOMPARE(own->leads().notes(model->leadAt(0)->id)->size(), 0);

        // Account ▸ Team…: the members by name, e-mail, role and status.
        TeamDialog team(own->leads(), &window);
        QAbstractItemModelTester teamTester(team.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(team.model()->rowCount(), 2);
        QCOMPARE(team.model()->data(team.model()->index(1, TeamTableModel::Name)).toString(), u"Bolat Sadykov"_s);
        QCOMPARE(team.model()->data(team.model()->index(1, TeamTableModel::Role)).toString(), u"Sales manager"_s);
        team.show();
        screenshot(team, u"team-en"_s);
    }

    // Follow-ups in the window, on the system clock: set one due in two seconds from Follow up…,
    // the notifier announces it (offscreen there is no tray: its signal and the status message),
    // the Overdue filter counts it, and Snooze moves it an hour on.
    void aFollowUpFallsDueWhileTheWindowIsOpen()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.path()); // the system clock: real seconds pass
        QVERIFY(opened);
        Workspace& ws = **opened;
        QVERIFY(fillWithDemo(ws.database(), 200));
        MainWindow window(ws);
        QVERIFY(shownAndSettled(window));
        LeadsPane* pane = window.leadsPane();
        LeadTableModel* model = pane->model();
        int open = -1;
        for (int r = 0; r < model->rowCount() && open < 0; ++r) {
            if (model->leadAt(r)->isOpen())
                open = r;
        }
        QVERIFY(open >= 0);
        const QString id = model->leadAt(open)->id;
        pane->selectLead(open);
        QSignalSpy due(window.followUps(), &FollowUpNotifier::due);
        window.followUps()->start(200);
        auto prompts = std::make_unique<ScriptedPrompts>(0.5, u"x"_s);
        prompts->followUpAt =
            LeadsPane::Prompts::FollowUpChoice{QDateTime::currentDateTimeUtc().addSecs(2), u"Send the price list"_s};
        pane->setPrompts(std::move(prompts));
        QVERIFY(pane->followUpAction()->isEnabled());
        pane->followUpAction()->trigger();
        QVERIFY(ws.leads().get(id)->nextFollowUpAt);
        QVERIFY(due.isEmpty());
        QVERIFY(due.wait(5'000));
        const auto announced = due.first().first().value<QList<Lead>>();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().id, id);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Send the price list"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        pane->refreshDueCounts();
        QVERIFY2(pane->dueFilter()->itemText(2).startsWith(u"Overdue (1)"_s),
                 qPrintable(pane->dueFilter()->itemText(2)));
        pane->dueFilter()->setCurrentIndex(2);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 1);
        pane->selectLead(0);
        QTRY_VERIFY(pane->detailText().contains(u"Send the price list"_s));
        // The history says what happened in words, the time in the reader's format.
        QTRY_VERIFY2(pane->detailText().contains(u"Follow-up set"_s), qPrintable(pane->detailText()));
        QVERIFY(!pane->detailText().contains(u"Z Send"_s)); // no raw ISO time
        screenshot(window, u"main-leads-overdue"_s);
        // Snooze an hour: no longer overdue, the note kept.
        QVERIFY(pane->snoozeHourAction()->isEnabled());
        pane->snoozeHourAction()->trigger();
        const Lead snoozed = *ws.leads().get(id);
        QVERIFY(*snoozed.nextFollowUpAt > QDateTime::currentDateTimeUtc().addSecs(3500));
        QCOMPARE(snoozed.followUpNote, u"Send the price list"_s);
        QVERIFY(pane->dueFilter()->itemText(2).startsWith(u"Overdue (0)"_s));
        // A finished lead gets no follow-up: the action says why.
        QVERIFY(ws.leads().disqualify(id, u"No budget"_s));
        pane->dueFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!model->isLoading() && model->totalCount() == 200);
        pane->selectLead(model->rowOf(id));
        QVERIFY(!pane->followUpAction()->isEnabled());
        QVERIFY2(pane->followUpAction()->toolTip().contains(u"follow_up"_s),
                 qPrintable(pane->followUpAction()->toolTip()));
    }

    void disqualifyTheSelectionAndStepWithJ()
    {
        MainWindow window(*m_t->ws);
        QVERIFY(shownAndSettled(window));
        LeadsPane* pane = window.leadsPane();
        LeadTableModel* model = pane->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() - 1 && row < 0; ++r) {
            if (model->leadAt(r)->status == LeadStatus::New && model->leadAt(r + 1)->status == LeadStatus::New)
                row = r;
        }
        QVERIFY(row >= 0);
        pane->selectLead(row);
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_J);
        QCOMPARE(pane->view()->currentIndex().row(), row + 1);
        pane->view()->selectionModel()->select(model->index(row, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList ids = {model->leadAt(row)->id, model->leadAt(row + 1)->id};
        // The detail panel's history comes from the reader thread, after the details (issue 16:
        // no query on the UI thread); the current lead's creation is in it.
        QVERIFY(QTest::qWaitFor([&] { return !pane->detailText().contains(u"Loading"_s); }, 10'000));
        const QString history = pane->detailText().section(u"History"_s, 1);
        QVERIFY2(history.trimmed().size() > 10, qPrintable(pane->detailText()));
        pane->setPrompts(std::make_unique<ScriptedPrompts>(0.5, u"Нет бюджета"_s));
        QTest::keyClick(pane->view(), Qt::Key_D);
        for (const QString& id : ids) {
            const auto l = (*m_t)->leads().get(id);
            QCOMPARE(l->status, LeadStatus::Disqualified);
            QCOMPARE(l->disqualificationReason, u"Нет бюджета"_s);
        }
    }

    void diagnosticsReportAndHealthState()
    {
        MainWindow window(*m_t->ws);
        window.startHealthChecks();
        // No backend is configured in the test environment: the state says so, without a network.
        QTRY_COMPARE(window.health().state, HealthReport::State::NotConfigured);
        // Two recorded runs, one with a sync summary: they fill the metrics and sync tables.
        RequestMetrics::instance().clear();
        RequestMetrics::instance().record(u"rest"_s, u"leads"_s, u"GET"_s, RequestMetrics::Outcome::Success, 12, 900);
        RequestMetrics::instance().record(u"rest"_s, u"leads"_s, u"PATCH"_s, RequestMetrics::Outcome::ServerError, 5,
                                          0);
        QVERIFY(RequestMetrics::instance().appendRun((*m_t)->directory(), u"sync"_s,
                                                     {{u"sync"_s, QJsonObject{{u"pulled"_s, 120}, {u"pushed"_s, 2}}}}));
        DiagnosticsDialog dialog(*m_t->ws, window.health(), false);
        QCOMPARE(dialog.syncRows(), 1);
        QVERIFY(dialog.requestRows() >= 2);
        const QString text = dialog.reportText();
        QVERIFY2(text.contains(u"LeadOps Console"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"schema %1"_s.arg(migrations().size())));
        QVERIFY(text.contains(u"\"leads\":3000"_s));
        QVERIFY(text.contains(u"not_configured"_s));
        QTemporaryDir dir;
        QVERIFY(dialog.saveTo(dir.filePath(u"report.json"_s)));
        QFile saved(dir.filePath(u"report.json"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(json.value(u"workspace"_s).toObject().value(u"schema_version"_s).toInt(), int(migrations().size()));
        QVERIFY(json.contains(u"log_tail"_s));
        dialog.resize(900, 500);
        screenshot(dialog, u"diagnostics"_s);
    }

    void conflictsShowBothVersionsAndResolve()
    {
        // A conflict as the sync leaves it: the local change, and the server's row.
        LeadFilter f;
        f.status = LeadStatus::New;
        f.limit = 2;
        const auto leads = (*m_t)->leads().list(f);
        QCOMPARE(leads->size(), 2);
        QSqlQuery q((*m_t)->database().connection());
        for (const Lead& l : *leads) {
            QJsonObject mine = toRow(*l.markContacted(QDateTime::currentDateTimeUtc()));
            QJsonObject theirs = toRow(l);
            theirs.insert(u"messages_count"_s, 9);
            theirs.insert(u"updated_at"_s, u"2026-11-25T10:00:00.123456+00:00"_s);
            q.prepare(u"INSERT INTO outbox (mutation_id, entity, entity_id, op, payload, state, theirs, created_at) "
                      "VALUES (?, 'lead', ?, 'update', ?, 'conflict', ?, 'now')"_s);
            q.addBindValue(newUuidV7(QDateTime::currentDateTimeUtc()));
            q.addBindValue(l.id);
            q.addBindValue(QString::fromUtf8(QJsonDocument(mine).toJson(QJsonDocument::Compact)));
            q.addBindValue(QString::fromUtf8(QJsonDocument(theirs).toJson(QJsonDocument::Compact)));
            QVERIFY(q.exec());
        }
        // And a change the server refused: a lead created here whose contact the server already had.
        const auto refusedLead = (*m_t)->leads().create(leads->first().campaignId, Platform::Olx, u"+77017770004"_s);
        QVERIFY(refusedLead);
        QVERIFY((*m_t)->database().exec(
            u"UPDATE outbox SET state = 'failed', error = 'duplicate key value violates unique constraint "
            "\"leads_campaign_contact_key\"' WHERE entity_id = '%1'"_s.arg(refusedLead->id)));
        const qint64 pendingBefore = Outbox((*m_t)->database()).count(u"pending"_s).value();
        ConflictsDialog dialog(*m_t->ws);
        QCOMPARE(dialog.entryCount(), 3);
        dialog.selectEntry(0);
        screenshot(dialog, u"conflicts"_s);
        QVERIFY(dialog.resolveSelected(false)); // theirs
        QCOMPARE(dialog.entryCount(), 2);
        const auto kept = (*m_t)->leads().get(leads->first().id);
        QCOMPARE(kept->messagesCount, 9);
        QCOMPARE(kept->status, LeadStatus::New);
        QVERIFY(dialog.resolveSelected(true)); // mine: queued again
        QCOMPARE(dialog.entryCount(), 1);
        QCOMPARE(Outbox((*m_t)->database()).count(u"pending"_s).value(), pendingBefore + 1);
        // The refused one: its reason shown, dropped: the lead that never reached the server goes.
        dialog.selectEntry(0);
        const auto buttons = dialog.findChildren<QPushButton*>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(),
                            [](const QPushButton* b) { return b->text() == u"Drop mine"_s; }));
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
            return !l->isHidden() && l->text().contains(u"leads_campaign_contact_key"_s);
        }));
        screenshot(dialog, u"refused-change"_s);
        QVERIFY(dialog.resolveSelected(false));
        QCOMPARE(dialog.entryCount(), 0);
        QCOMPARE((*m_t)->leads().get(refusedLead->id).error().kind, ErrorKind::NotFound);
    }

    void qualifyWithAScoreKey()
    {
        MainWindow window(*m_t->ws);
        QVERIFY(shownAndSettled(window));
        LeadsPane* pane = window.leadsPane();
        LeadTableModel* model = pane->model();
        const int row = firstQualifiable(*model);
        QVERIFY(row >= 0);
        const QString id = model->leadAt(row)->id;
        pane->selectLead(row);
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_7); // 7 = qualify with 0.7, no dialog
        const auto stored = (*m_t)->leads().get(id);
        QCOMPARE(stored->status, LeadStatus::Qualified);
        QCOMPARE(stored->qualificationScore, 0.7);
        // A second key on the now qualified lead is refused and changes nothing.
        QTest::keyClick(pane->view(), Qt::Key_3);
        QCOMPARE((*m_t)->leads().get(id)->qualificationScore, 0.7);
    }

    void analyticsAggregatesChartsAndExports()
    {
        MainWindow window(*m_t->ws);
        QVERIFY(shownAndSettled(window));
        window.showPane(MainWindow::Analytics);
        QVERIFY(settled(window));
        AnalyticsPane* pane = window.analyticsPane();
        QSqlQuery q((*m_t)->database().connection());
        QVERIFY(q.exec(u"SELECT count(*), sum(status = 'closed'), sum(status = 'disqualified') FROM leads"_s) &&
                q.next());
        QCOMPARE(pane->funnelData().total, q.value(0).toLongLong());
        using Kind = FunnelSelection::Kind;
        QCOMPARE(pane->funnelData().count({Kind::Reached, LeadStatus::Closed}), q.value(1).toLongLong());
        QCOMPARE(pane->funnelData().count({Kind::Reached, LeadStatus::Disqualified}), q.value(2).toLongLong());
        // A number clicked lists exactly the leads it counts, and says so in the filter bar.
        for (const FunnelStage& stage : pane->funnelData().stages) {
            Q_EMIT pane->stageClicked(stage.selection, pane->filter());
            QVERIFY(settled(window));
            QCOMPARE(window.leadsPane()->model()->totalCount(), stage.count);
            QVERIFY(window.leadsPane()->funnelFilterButton()->isVisible());
        }
        screenshot(window, u"leads-funnel-selection-en"_s);
        window.leadsPane()->funnelFilterButton()->click();
        QVERIFY(settled(window));
        QCOMPARE(window.leadsPane()->model()->totalCount(), pane->funnelData().total);
        window.showPane(MainWindow::Analytics);
        QVERIFY(settled(window));
        QVERIFY(q.exec(u"SELECT count(*), sum(spent) FROM campaigns"_s) && q.next());
        QCOMPARE(pane->budgetData().campaigns.size(), q.value(0).toLongLong());
        QCOMPARE(pane->budgetData().spent, q.value(1).toLongLong());
        QVERIFY(!pane->budgetData().pacing.isEmpty());
        screenshot(window, u"analytics-funnel-en"_s);

        // The format and the file name never disagree: the name's format wins when it names one,
        // else the chosen format's suffix is added.
        {
            QTemporaryDir dir;
            const ExportTarget typed = exportTarget(dir.filePath(u"report.pdf"_s), ExportFormat::Png);
            QCOMPARE(typed.format, ExportFormat::Pdf);
            QCOMPARE(typed.path, dir.filePath(u"report.pdf"_s));
            QVERIFY(pane->exportCurrent(typed.format, typed.path));
            QFile pdf(typed.path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(4) == "%PDF");
            const ExportTarget bare = exportTarget(dir.filePath(u"report"_s), ExportFormat::Svg);
            QCOMPARE(bare.path, dir.filePath(u"report.svg"_s));
            QCOMPARE(bare.format, ExportFormat::Svg);
            QCOMPARE(exportTarget(dir.filePath(u"report.v2"_s), ExportFormat::Csv).path,
                     dir.filePath(u"report.v2.csv"_s));
        }

        // Every format from the window, each a real file of its kind.
        QTemporaryDir out;
        const QList<std::pair<ExportFormat, QByteArray>> magic = {{ExportFormat::Png, "\x89PNG"},
                                                                  {ExportFormat::Pdf, "%PDF"},
                                                                  {ExportFormat::Svg, "<?xml"},
                                                                  {ExportFormat::Csv, "stage,kind,leads"}};
        for (AnalyticsPane::View view : {AnalyticsPane::FunnelView, AnalyticsPane::BudgetView,
                                         AnalyticsPane::BreakdownView, AnalyticsPane::WeeklyView}) {
            pane->showView(view);
            QVERIFY(settled(window)); // the breakdown and the weekly view are read when shown
            for (const auto& [format, head] : magic) {
                const QString path = out.filePath(u"chart%1.%2"_s.arg(int(view)).arg(toKey(format)));
                const auto r = pane->exportCurrent(format, path);
                QVERIFY2(r, r ? "" : qPrintable(r.error().message));
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(bytes.size() > (format == ExportFormat::Csv ? 100 : 5000), qPrintable(path));
                if (view == AnalyticsPane::BudgetView && format == ExportFormat::Csv)
                    QVERIFY(bytes.startsWith("campaign_id,campaign,status"));
                else if (view == AnalyticsPane::BreakdownView && format == ExportFormat::Csv)
                    QVERIFY(bytes.startsWith("group,group_name,stage,kind"));
                else if (view == AnalyticsPane::WeeklyView && format == ExportFormat::Csv)
                    QVERIFY(bytes.startsWith("week,created,contacted,qualified"));
                else
                    QVERIFY2(bytes.startsWith(head), qPrintable(path));
                // Opened again, the images draw a real chart (PDF is opened with pdftoppm in the note).
                QImage drawn;
                if (format == ExportFormat::Png) {
                    drawn.load(path);
                } else if (format == ExportFormat::Svg) {
                    QSvgRenderer svg(path);
                    QVERIFY(svg.isValid());
                    drawn = QImage(svg.defaultSize(), QImage::Format_ARGB32);
                    drawn.fill(Qt::white);
                    QPainter painter(&drawn);
                    svg.render(&painter);
                }
                if (!drawn.isNull()) {
                    QVERIFY(drawn.width() >= 1200);
                    QSet<QRgb> colours;
                    for (int y = 0; y < drawn.height(); y += 5)
                        for (int x = 0; x < drawn.width(); x += 5)
                            colours.insert(drawn.pixel(x, y));
                    QVERIFY2(colours.size() > 8, qPrintable(path));
                }
            }
        }
        pane->showView(AnalyticsPane::BudgetView);
        QVERIFY(settled(window));
        screenshot(window, u"analytics-budget-en"_s);
        pane->showView(AnalyticsPane::BreakdownView);
        QVERIFY(settled(window));
        QCOMPARE(pane->bySourceData().size(), 4);
        QVERIFY(pane->byCampaignData().size() > 4);
        pane->showView(AnalyticsPane::WeeklyView);
        QVERIFY(settled(window));
        QVERIFY(!pane->weeklyData().isEmpty());

        // A click on the "qualified" bar lists the leads that reached qualified, under the same
        // filters: as many as the bar says.
        pane->showView(AnalyticsPane::FunnelView);
        QHorizontalStackedBarSeries* series = nullptr; // the funnel's: the one stacked chart of the pane
        for (auto* chartView : pane->findChildren<QChartView*>()) {
            if (auto* s = qobject_cast<QHorizontalStackedBarSeries*>(chartView->chart()->series().value(0));
                s && chartView->isVisible())
                series = s;
        }
        QVERIFY(series);
        QCOMPARE(pane->funnelData().stages.value(2).selection, (FunnelSelection{Kind::Reached, LeadStatus::Qualified}));
        // Horizontal bars list bottom-up: the third stage from the top.
        Q_EMIT series->clicked(int(pane->funnelData().stages.size()) - 1 - 2, series->barSets().first());
        QVERIFY(settled(window));
        QCOMPARE(window.currentPane(), MainWindow::Leads);
        QCOMPARE(window.leadsPane()->model()->filter().funnel, (FunnelSelection{Kind::Reached, LeadStatus::Qualified}));
        QCOMPARE(window.leadsPane()->model()->totalCount(), pane->funnelData().stages.value(2).count);
    }

    void layoutAndFiltersComeBackAfterARestart()
    {
        {
            MainWindow window(*m_t->ws);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(settled(window));
            QVERIFY(settled(window));
            AnalyticsFilter f;
            f.source = Platform::Kaspi;
            window.leadsPane()->showLeads(LeadStatus::Contacted, f);
            QVERIFY(settled(window));
            window.leadsPane()->view()->horizontalHeader()->resizeSection(LeadTableModel::Contact, 333);
            window.leadsPane()->view()->sortByColumn(LeadTableModel::Score, Qt::DescendingOrder);
            window.showPane(MainWindow::Campaigns);
            window.close(); // saves the layout
        }
        MainWindow again(*m_t->ws);
        QVERIFY(settled(again));
        QCOMPARE(again.currentPane(), MainWindow::Campaigns);
        const LeadFilter& f = again.leadsPane()->model()->filter();
        QCOMPARE(f.status, std::optional(LeadStatus::Contacted));
        QCOMPARE(f.source, std::optional(Platform::Kaspi));
        QCOMPARE(f.sort, LeadSort::Score);
        QVERIFY(f.descending);
        QCOMPARE(again.leadsPane()->view()->horizontalHeader()->sectionSize(LeadTableModel::Contact), 333);
        QSettings().clear(); // the next tests start from the default layout
    }

    void russianAndKazakhWindows()
    {
        for (const QString& lang : {u"ru"_s, u"kk"_s}) {
            QCOMPARE(installLanguage(lang).language, lang);
            MainWindow window(*m_t->ws);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(settled(window));
            QVERIFY(settled(window));
            const auto* tabs = window.findChild<QTabWidget*>();
            QVERIFY(tabs);
            QCOMPARE(tabs->tabText(MainWindow::Leads), lang == u"ru"_s ? u"&Лиды"_s : u"&Лидтер"_s);
            // Plurals: Russian has three forms; 3000 leads take the "many" one.
            if (lang == u"ru"_s) {
                QCOMPARE(QCoreApplication::translate("leadops::LeadsPane", "%n lead(s)", "", 1), u"1 лид"_s);
                QCOMPARE(QCoreApplication::translate("leadops::LeadsPane", "%n lead(s)", "", 3), u"3 лида"_s);
                QCOMPARE(QCoreApplication::translate("leadops::LeadsPane", "%n lead(s)", "", 3000), u"3000 лидов"_s);
            }
            window.showPane(MainWindow::Leads);
            window.leadsPane()->selectLead(0);
            screenshot(window, u"main-leads-"_s + lang);
            window.showPane(MainWindow::Campaigns);
            window.campaignsPane()->view()->selectRow(0);
            screenshot(window, u"main-campaigns-"_s + lang);
            {
                const CampaignTableModel* campaigns = window.campaignsPane()->model();
                int spending = 0;
                while (spending + 1 < campaigns->rowCount() && campaigns->at(spending)->spent == 0)
                    ++spending;
                SpendLedgerDialog ledger(*m_t->ws, campaigns->at(spending)->id, &window);
                ledger.show();
                QVERIFY(QTest::qWaitForWindowExposed(&ledger));
                QVERIFY(ledger.model()->rowCount() > 0);
                screenshot(ledger, u"spend-ledger-"_s + lang);
            }
            window.showPane(MainWindow::Niches);
            screenshot(window, u"main-niches-"_s + lang);
            window.showPane(MainWindow::Analytics);
            QVERIFY(settled(window));
            window.analyticsPane()->showView(AnalyticsPane::FunnelView);
            screenshot(window, u"analytics-funnel-"_s + lang);
            window.analyticsPane()->showView(AnalyticsPane::BudgetView);
            screenshot(window, u"analytics-budget-"_s + lang);
            window.analyticsPane()->showView(AnalyticsPane::BreakdownView);
            QVERIFY(settled(window));
            screenshot(window, u"analytics-by-source-and-campaign-"_s + lang);
            window.analyticsPane()->showView(AnalyticsPane::WeeklyView);
            QVERIFY(settled(window));
            screenshot(window, u"analytics-weekly-"_s + lang);
            window.close();
        }
        QCOMPARE(installLanguage(u"en"_s).language, u"en"_s);
        QCOMPARE(QCoreApplication::translate("leadops::LeadsPane", "%n lead(s)", "", 1), u"1 lead"_s);
        QCOMPARE(QCoreApplication::translate("leadops::LeadsPane", "%n lead(s)", "", 2), u"2 leads"_s);
        QSettings().clear();
    }

    // 80 % and 95 % of a budget: told once per threshold and campaign, the campaigns that crossed
    // together, again only after falling back under (a raised budget); completed ones never.
    void budgetWarningsComeOncePerThreshold()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Campaign a = *Campaign::create(u"c-a"_s, u"n"_s, u"Окна — Kaspi"_s, Platform::Kaspi, 100'000, now);
        Campaign b = *Campaign::create(u"c-b"_s, u"n"_s, u"Двери — OLX"_s, Platform::Olx, 100'000, now);
        a.status = b.status = CampaignStatus::Active;
        QTemporaryDir scope;
        BudgetWarnings warnings(scope.path());
        QStringList told;
        connect(&warnings, &BudgetWarnings::warning, this, [&told](const QString& t) { told << t; });
        a.spent = 50'000;
        warnings.check({a, b});
        QVERIFY(told.isEmpty());
        a.spent = 85'000;
        warnings.check({a, b});
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.last().contains(u"Окна — Kaspi"_s) && told.last().contains(u"80 %"_s), qPrintable(told.last()));
        warnings.check({a, b}); // told already
        QCOMPARE(told.size(), 1);
        a.spent = 96'000;
        b.spent = 97'000;
        warnings.check({a, b});
        QCOMPARE(told.size(), 2);
        QVERIFY2(told.last().contains(u"Окна"_s) && told.last().contains(u"Двери"_s) && told.last().contains(u"95 %"_s),
                 qPrintable(told.last()));
        BudgetWarnings afterRestart(scope.path()); // remembered
        connect(&afterRestart, &BudgetWarnings::warning, this, [&told](const QString& t) { told << t; });
        afterRestart.check({a, b});
        QCOMPARE(told.size(), 2);
        a.budget = 1'000'000; // raised: under again, and told again when it passes
        afterRestart.check({a, b});
        a.spent = 850'000;
        afterRestart.check({a, b});
        QCOMPARE(told.size(), 3);
        b.status = CampaignStatus::Completed;
        b.spent = 200'000;
        afterRestart.check({b});
        QCOMPARE(told.size(), 3);
        // Crossing different thresholds at once: each campaign under the one it passed.
        Campaign c = *Campaign::create(u"c-c"_s, u"n"_s, u"Шкафы — Satu"_s, Platform::Satu, 100'000, now);
        Campaign d = *Campaign::create(u"c-d"_s, u"n"_s, u"Кухни — OLX"_s, Platform::Olx, 100'000, now);
        c.status = d.status = CampaignStatus::Active;
        c.spent = 85'000;
        d.spent = 97'000;
        afterRestart.check({c, d});
        QCOMPARE(told.size(), 4);
        QCOMPARE(told.last(), u"Campaign Кухни — OLX (97 %) has passed 95 % of its budget. Campaign Шкафы — Satu "
                              "(85 %) has passed 80 % of its budget"_s);
    }

    // Light to dark and back while the window is open (Windows' setting, read again on the theme
    // change the platform reports): the palette follows, and the charts are drawn again in it.
    void darkModeFollowsALiveSwitch()
    {
        MainWindow window(*m_t->ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(MainWindow::Analytics);
        window.analyticsPane()->showView(AnalyticsPane::FunnelView);
        QVERIFY(settled(window));
        bool dark = false;
        auto* follower = new SystemThemeFollower(*qApp, [&dark] { return dark; });
        const auto chartThemes = [&window] {
            QSet<int> themes;
            for (auto* view : window.analyticsPane()->findChildren<QChartView*>()) {
                if (view->isVisible())
                    themes.insert(view->chart()->theme());
            }
            return themes;
        };
        QVERIFY(!isDarkPalette());
        QCOMPARE(chartThemes(), QSet<int>{QChart::ChartThemeLight});
        dark = true;
        QEvent change(QEvent::ThemeChange);
        QCoreApplication::sendEvent(&window, &change);
        QCoreApplication::sendEvent(window.analyticsPane(), &change); // one switch, told by several: one re-read
        QTRY_VERIFY(isDarkPalette());
        QVERIFY(follower->isDark());
        QVERIFY(settled(window));
        QTRY_COMPARE(chartThemes(), QSet<int>{QChart::ChartThemeDark});
        screenshot(window, u"analytics-funnel-dark"_s);
        dark = false;
        QCoreApplication::sendEvent(&window, &change);
        QTRY_VERIFY(!isDarkPalette());
        QVERIFY(settled(window));
        QTRY_COMPARE(chartThemes(), QSet<int>{QChart::ChartThemeLight});
        delete follower;
        window.close();
        QSettings().clear(); // the window kept the Analytics pane: the next tests start from the default
    }

    // F1 opens the user guide, in the interface's language, with every picture it names.
    void f1OpensTheUserGuideWithItsPictures()
    {
        MainWindow window(*m_t->ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(MainWindow::Leads);
        QVERIFY(settled(window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const QString& lang : {u"en"_s, u"ru"_s}) {
            QCOMPARE(installLanguage(lang).language, lang);
            QTest::keyClick(window.leadsPane()->view(), Qt::Key_F1); // wherever the focus is
            UserGuideDialog* guide = nullptr;
            QTRY_VERIFY((guide = window.findChild<UserGuideDialog*>()) != nullptr && guide->isVisible());
            QTextDocument* doc = guide->browser()->document();
            const QString text = doc->toPlainText();
            QVERIFY2(text.contains(lang == u"en"_s ? u"Sales manager: qualifying leads"_s
                                                   : u"Менеджер по продажам: квалификация лидов"_s),
                     qPrintable(text.left(200)));
            int pictures = 0;
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    if (!format.isImageFormat())
                        continue;
                    const QString name = format.toImageFormat().name();
                    const QVariant image = guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
                    QVERIFY2(!image.toByteArray().isEmpty(), qPrintable(name));
                    QVERIFY2(name.endsWith(u"-"_s + lang + u".png"_s), qPrintable(name)); // its language's
                    ++pictures;
                }
            }
            QCOMPARE(pictures, 5);
            screenshot(*guide, u"user-guide-"_s + lang);
            guide->close();
            QTRY_VERIFY(!window.findChild<UserGuideDialog*>()); // deleted on close
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        QCOMPARE(installLanguage(u"en"_s).language, u"en"_s);
    }

    // The window's app id is the desktop file's name, so the desktop shows its name and icon.
    void theWindowCarriesTheDesktopFilesId()
    {
        applyDesktopIdentity();
        QCOMPARE(QGuiApplication::desktopFileName(), u"kz.leadops.Console"_s);
        QFile desktop(QStringLiteral(LEADOPS_SOURCE_DIR) + u"/resources/"_s + desktopFileId() + u".desktop"_s);
        QVERIFY2(desktop.open(QIODevice::ReadOnly), qPrintable(desktop.fileName()));
        QVERIFY(desktop.readAll().contains(QByteArray("\nIcon=" + desktopFileId().toUtf8() + "\n")));
    }

    void everyPaneRenders()
    {
        MainWindow window(*m_t->ws);
        QVERIFY(shownAndSettled(window));
        // A niche's and a campaign's detail panel: its facts and its history, like the lead's.
        window.showPane(MainWindow::Niches);
        window.nichesPane()->view()->selectRow(0);
        const Niche* niche = window.nichesPane()->model()->at(0);
        QVERIFY(niche);
        QString shown = window.nichesPane()->historyPanel()->toPlainText();
        QVERIFY2(shown.contains(niche->name) && shown.contains(displayName(niche->status)), qPrintable(shown));
        QVERIFY(!(*m_t)->niches().history(niche->id)->isEmpty());
        QVERIFY2(shown.contains(HistoryPanel::actionName(u"create"_s)) ||
                     shown.contains(HistoryPanel::actionName(u"validate"_s)),
                 qPrintable(shown));
        screenshot(window, u"main-niches"_s);
        window.showPane(MainWindow::Campaigns);
        window.campaignsPane()->view()->selectRow(0);
        const Campaign* campaign = window.campaignsPane()->model()->at(0);
        QVERIFY(campaign);
        shown = window.campaignsPane()->historyPanel()->toPlainText();
        QVERIFY2(shown.contains(campaign->name) && shown.contains(displayMoney(campaign->budget)), qPrintable(shown));
        const auto history = (*m_t)->campaigns().history(campaign->id);
        QVERIFY(history && !history->isEmpty());
        QVERIFY2(!shown.contains(u"Nothing recorded yet"_s), qPrintable(shown));
        screenshot(window, u"main-campaigns"_s);
    }

    // Issue 15: a damaged workspace opens no window over a partial list; the dialog says what was
    // found and offers the way back (rebuild from the server).
    void damagedWorkspaceDialogOffersARebuild()
    {
        Error damaged{ErrorKind::Store, u"The workspace file is damaged (database disk image is malformed)"_s, {}};
        damaged.code = u"damaged"_s;
        DamagedWorkspaceDialog dialog(u"/tmp/ws"_s, damaged);
        dialog.resize(640, 300);
        dialog.show();
        QVERIFY(dialog.text().contains(u"/tmp/ws"_s));
        QCOMPARE(dialog.detailedText(), damaged.message);
        const auto buttons = dialog.findChildren<QPushButton*>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(),
                            [](const QPushButton* b) { return b->text() == u"Rebuild from the server"_s; }));
        screenshot(dialog, u"damaged-workspace"_s);
    }

    // Issue 15: `leadops workspace check` in the window (File ▸ Check the workspace file…), off the
    // UI thread, its finding in a box.
    void checkTheWorkspaceFromTheWindow()
    {
        MainWindow window(*m_t->ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.checkWorkspace();
        QMessageBox* box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = window.findChild<QMessageBox*>(u"workspaceCheck"_s)) != nullptr; },
                                20'000));
        QVERIFY2(box->text().contains(u"healthy"_s), qPrintable(box->text()));
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
