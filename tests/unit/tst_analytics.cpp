// The analytics aggregates on a small workspace whose every number is known: funnel stages,
// conversions and drop-offs, budget utilization, cost per lead, projected exhaustion, the pacing
// lines, CSV quoting, and filters that exclude everything.
#include "tests/support/TestWorkspace.h"

#include "core/analytics/Analytics.h"
#include "core/demo/DemoGenerator.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestAnalytics : public QObject
{
    Q_OBJECT

    TestWorkspace m_t;
    QString m_campaign;
    const QDate m_today{2026, 11, 25};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_t.ws);
        const auto niche = m_t->niches().create(u"Окна"_s, Market::Almaty, u"ремонт"_s);
        QVERIFY(niche);
        QVERIFY(m_t->niches().validate(niche->id, 0.8, 0.3));
        QVERIFY(m_t->niches().activate(niche->id));
        const auto campaign = m_t->campaigns().create(niche->id, u"Окна, \"Премиум\""_s, Platform::Kaspi, 10'000'000);
        QVERIFY(campaign);
        m_campaign = campaign->id;
        QVERIFY(m_t->campaigns().start(m_campaign));
        QVERIFY(m_t->campaigns().addSpend(m_campaign, 2'500'000));
        // Ten leads: 8 contacted; 3 of them qualified (1 then closed); 2 into qualification (one
        // scored 0.2 and disqualified); one new lead disqualified unscored.
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            const auto lead =
                m_t->leads().create(m_campaign, Platform::Kaspi, u"+7 701 000 00 %1"_s.arg(i, 2, 10, QChar(u'0')));
            QVERIFY2(lead, lead ? "" : qPrintable(lead.error().message));
            ids << lead->id;
        }
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_t->leads().markContacted(ids[i]));
        for (int i = 0; i < 3; ++i) {
            for (int m = 0; m < 3; ++m)
                QVERIFY(m_t->leads().recordMessage(ids[i]));
            QVERIFY(m_t->leads().qualify(ids[i], 0.8));
        }
        QVERIFY(m_t->leads().close(ids[0]));
        QVERIFY(m_t->leads().startQualifying(ids[3]));
        QVERIFY(m_t->leads().startQualifying(ids[4]));
        QVERIFY(m_t->leads().assessScore(ids[4], 0.2));
        QVERIFY(m_t->leads().disqualify(ids[4], u"Нет бюджета"_s));
        QVERIFY(m_t->leads().disqualify(ids[9], u"Не клиент"_s));
    }

    void funnelCountsWhatHappened()
    {
        const auto f = Analytics(m_t->database()).funnel({});
        QVERIFY(f);
        // It grouped in temporary files (TempInFiles) and left the connection as it was.
        QSqlQuery setting(m_t->database().connection());
        QVERIFY(setting.exec(u"PRAGMA temp_store"_s) && setting.next());
        QCOMPARE(setting.value(0).toInt(), 2);
        QCOMPARE(f->total, 10);
        using Kind = FunnelSelection::Kind;
        using Role = FunnelStage::Role;
        // Steps of the state machine, the qualifying branch, and the disqualified by stage left.
        const QList<std::tuple<Role, Kind, LeadStatus, qint64, double, qint64>> want = {
            {Role::Step, Kind::Reached, LeadStatus::New, 10, 1.0, 0},
            {Role::Step, Kind::Reached, LeadStatus::Contacted, 8, 0.8, 2},
            {Role::Step, Kind::Reached, LeadStatus::Qualified, 3, 0.375, 5},
            {Role::Step, Kind::Reached, LeadStatus::Closed, 1, 1.0 / 3.0, 2},
            {Role::Branch, Kind::Reached, LeadStatus::Qualifying, 2, 0.25, 0},
            {Role::Outcome, Kind::Reached, LeadStatus::Disqualified, 2, 0.2, 0},
            {Role::DisqualifiedFrom, Kind::DisqualifiedFrom, LeadStatus::New, 1, 0.1, 0},
            {Role::DisqualifiedFrom, Kind::DisqualifiedFrom, LeadStatus::Contacted, 0, 0.0, 0},
            {Role::DisqualifiedFrom, Kind::DisqualifiedFrom, LeadStatus::Qualifying, 1, 0.5, 0},
            {Role::DisqualifiedFrom, Kind::DisqualifiedFrom, LeadStatus::Qualified, 0, 0.0, 0}};
        QCOMPARE(f->stages.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            const auto& [role, kind, stage, count, conversion, dropOff] = want[i];
            QCOMPARE(f->stages[i].role, role);
            QCOMPARE(f->stages[i].selection, (FunnelSelection{kind, stage}));
            QCOMPARE(f->stages[i].count, count);
            QCOMPARE(f->stages[i].conversion, conversion);
            QCOMPARE(f->stages[i].dropOff, dropOff);
        }

        const QByteArray csv = Analytics::funnelCsv(*f);
        QVERIFY(csv.startsWith("stage,kind,leads,conversion_percent,drop_off\r\nnew,step,10,100.0,0\r\n"));
        QVERIFY(csv.contains("qualified,step,3,37.5,5\r\n"));
        QVERIFY(csv.contains("qualifying,branch,2,25.0,\r\n"));
        QVERIFY(csv.contains("disqualified,outcome,2,20.0,\r\n"));
        QVERIFY(csv.contains("qualifying,disqualified_from,1,50.0,\r\n"));
    }

    // Every number of the funnel, derived here from the audit rows alone, equals the chart's model,
    // the lead list it opens, and the CSV export: on demo data (a history of its own making).
    void everyNumberIsWhatTheHistorySays()
    {
        TestWorkspace t;
        QVERIFY(DemoGenerator(t->database(), DemoOptions{3000, 7, QDate(2026, 11, 25), 9}).run());
        // The history, read plainly: the statuses each lead has been in, and where it was
        // disqualified from.
        QHash<QString, QSet<QString>> been;
        QHash<QString, QString> leftFrom;
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT id, status FROM leads"_s));
        while (q.next())
            been[q.value(0).toString()] << u"new"_s << q.value(1).toString();
        QVERIFY(q.exec(u"SELECT entity_id, from_status, to_status FROM audit_log WHERE entity = 'lead' ORDER BY id"_s));
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!been.contains(id))
                continue;
            for (int c : {1, 2}) {
                if (!q.value(c).isNull())
                    been[id] << q.value(c).toString();
            }
            if (q.value(2).toString() == u"disqualified"_s)
                leftFrom[id] = q.value(1).isNull() ? u"new"_s : q.value(1).toString();
        }
        QHash<QString, qint64> reached;
        QHash<QString, qint64> disqualifiedFrom;
        for (auto it = been.cbegin(); it != been.cend(); ++it) {
            for (const QString& s : it.value())
                ++reached[s];
        }
        for (const QString& from : std::as_const(leftFrom))
            ++disqualifiedFrom[from];
        QVERIFY(reached.value(u"qualified"_s) > 0);
        QVERIFY(disqualifiedFrom.value(u"contacted"_s) > 0);

        const auto f = Analytics(t->database()).funnel({});
        QVERIFY(f);
        QCOMPARE(f->total, qint64(been.size()));
        const QByteArray csv = Analytics::funnelCsv(*f);
        for (const FunnelStage& s : f->stages) {
            const bool fromKind = s.selection.kind == FunnelSelection::Kind::DisqualifiedFrom;
            const qint64 expected =
                fromKind ? disqualifiedFrom.value(toKey(s.stage())) : reached.value(toKey(s.stage()));
            QCOMPARE(s.count, expected);
            LeadFilter list;
            list.funnel = s.selection;
            QCOMPARE(*t->leads().count(list), expected);
            QVERIFY2(csv.contains(u"%1,%2,%3,"_s
                                      .arg(toKey(s.stage()), fromKind ? u"disqualified_from"_s
                                                             : s.role == FunnelStage::Role::Step   ? u"step"_s
                                                             : s.role == FunnelStage::Role::Branch ? u"branch"_s
                                                                                                   : u"outcome"_s)
                                      .arg(expected)
                                      .toUtf8()),
                     qPrintable(toKey(s.stage())));
        }
        // By source and by campaign: the groups split the leads, so each number sums to the whole.
        for (FunnelGrouping by : {FunnelGrouping::Source, FunnelGrouping::Campaign}) {
            const auto groups = Analytics(t->database()).funnelBy({}, by);
            QVERIFY(groups);
            QVERIFY(groups->size() > 1);
            for (int i = 0; i < f->stages.size(); ++i) {
                qint64 sum = 0;
                for (const FunnelGroup& g : *groups)
                    sum += g.funnel.stages.value(i).count;
                QCOMPARE(sum, f->stages[i].count);
            }
            const QByteArray groupsCsv = Analytics::funnelByCsv(*groups);
            QVERIFY(groupsCsv.startsWith("group,group_name,stage,kind,leads"));
            QCOMPARE(groupsCsv.count("\r\n"), 1 + groups->size() * f->stages.size());
        }
        // Week by week: the leads created each week, and of them those that reached contacted and
        // qualified; together, the funnel's numbers.
        const auto weeks = Analytics(t->database()).weekly({});
        QVERIFY(weeks);
        QVERIFY(weeks->size() > 20);
        qint64 created = 0, contacted = 0, qualified = 0;
        for (const WeekConversion& w : *weeks) {
            QCOMPARE(w.week.dayOfWeek(), 1);
            created += w.created;
            contacted += w.contacted;
            qualified += w.qualified;
        }
        QCOMPARE(created, f->total);
        QCOMPARE(contacted, f->count({FunnelSelection::Kind::Reached, LeadStatus::Contacted}));
        QCOMPARE(qualified, f->count({FunnelSelection::Kind::Reached, LeadStatus::Qualified}));
        QVERIFY(Analytics::weeklyCsv(*weeks).startsWith("week,created,contacted,qualified"));
        // The seed's machine: nothing reaches qualified from qualifying, so qualifying is a branch.
        QVERIFY(f->count({FunnelSelection::Kind::Reached, LeadStatus::Qualified}) <=
                f->count({FunnelSelection::Kind::Reached, LeadStatus::Contacted}));
    }

    void filtersNarrowTheFunnel()
    {
        Analytics a(m_t->database());
        AnalyticsFilter other;
        other.source = Platform::Olx;
        QCOMPARE(a.funnel(other)->total, 0);
        AnalyticsFilter market;
        market.market = Market::Almaty;
        QCOMPARE(a.funnel(market)->total, 10);
        market.market = Market::Astana;
        QCOMPARE(a.funnel(market)->total, 0);
        AnalyticsFilter days;
        days.from = m_today.addDays(1);
        QCOMPARE(a.funnel(days)->total, 0);
        days.from = m_today.addDays(-1);
        days.to = m_today;
        QCOMPARE(a.funnel(days)->total, 10);
        AnalyticsFilter campaign;
        campaign.campaignId = m_campaign;
        QCOMPARE(a.funnel(campaign)->total, 10);
    }

    void budgetUtilizationPacingAndProjection()
    {
        const auto b = Analytics(m_t->database()).budget({}, m_today);
        QVERIFY(b);
        QCOMPARE(b->campaigns.size(), 1);
        const CampaignBudget& c = b->campaigns.first();
        QCOMPARE(c.budget, 10'000'000);
        QCOMPARE(c.spent, 2'500'000);
        QCOMPARE(c.remaining(), 7'500'000);
        QCOMPARE(c.utilization(), 0.25);
        QCOMPARE(c.leads, 10);
        QCOMPARE(c.costPerLead().value(), 250'000); // 2,500 ₸ per lead
        QCOMPARE(c.started.value(), m_today);
        QCOMPARE(c.planEnd.value(), m_today.addDays(Analytics::kPlanDays - 1));
        // 2,500,000 spent in its first day: the 7,500,000 left last three more days.
        QCOMPARE(c.projectedExhaustion.value(), m_today.addDays(3));
        QCOMPARE(b->projectedExhaustion.value(), m_today.addDays(3));
        QCOMPARE(b->runningRemaining, 7'500'000);
        // Pacing: one point per day of the plan; ideal climbs to the budget, actual stops today.
        QCOMPARE(b->pacing.size(), Analytics::kPlanDays);
        QCOMPARE(b->pacing.first().day, m_today);
        QCOMPARE(b->pacing.first().actual, 2'500'000);
        QCOMPARE(b->pacing.first().ideal, 111'111); // 10,000,000 / 90, rounded
        QCOMPARE(b->pacing.last().ideal, 10'000'000);
        QCOMPARE(b->pacing.last().actual, -1);

        const QByteArray csv = Analytics::budgetCsv(*b);
        QVERIFY(csv.contains("\"Окна, \"\"Премиум\"\"\",active,kaspi,100000.00,25000.00,75000.00,25.0,10,2500.00,"
                             "2026-11-25,2027-02-22,2026-11-28"_ba));
    }

    void budgetFiltersAndTheToDateAsPlanEnd()
    {
        Analytics a(m_t->database());
        AnalyticsFilter olx;
        olx.source = Platform::Olx;
        QVERIFY(a.budget(olx, m_today)->campaigns.isEmpty());
        AnalyticsFilter to;
        to.to = m_today.addDays(9);
        const auto b = a.budget(to, m_today);
        QCOMPARE(b->campaigns.first().planEnd.value(), m_today.addDays(9));
        QCOMPARE(b->pacing.size(), 10);
        QCOMPARE(b->pacing.last().ideal, 10'000'000);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
