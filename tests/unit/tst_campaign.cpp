// Every Campaign rule at its boundaries; amounts are minor units (tiyn).
#include "core/domain/Campaign.h"

#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestCampaign : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t1 = t0.addDays(1);

    Campaign campaign(CampaignStatus status, Money budget, Money spent = 0) const
    {
        Campaign c = *Campaign::create(u"C1"_s, u"N1"_s, u"Spring sale"_s, Platform::Kaspi, budget, t0);
        c.status = status;
        c.spent = spent;
        return c;
    }

private Q_SLOTS:
    void createValidates()
    {
        QVERIFY(Campaign::create(u"C"_s, u"N"_s, u"x"_s, Platform::Olx, 0, t0));
        QCOMPARE(Campaign::create(u"C"_s, u"N"_s, u"  "_s, Platform::Olx, 100, t0).error().kind, ErrorKind::Validation);
        QVERIFY(!Campaign::create(u"C"_s, u"N"_s, u"x"_s, Platform::Olx, -1, t0));
        QVERIFY(!Campaign::create(u"C"_s, u"N"_s, u"x"_s, Platform::Olx, kMaxMoney + 1, t0));
        QVERIFY(!Campaign::create(u"C"_s, u""_s, u"x"_s, Platform::Olx, 100, t0));
        QCOMPARE(Campaign::create(u"C"_s, u"N"_s, u" Name "_s, Platform::Olx, 100, t0)->name, u"Name"_s);
    }

    void editKeepsTheBudgetAboveSpendAndRefusesCompleted()
    {
        const auto renamed = campaign(CampaignStatus::Active, 10'000, 4'000).edit(u" Autumn "_s, 4'000, t1);
        QVERIFY(renamed);
        QCOMPARE(renamed->name, u"Autumn"_s);
        QCOMPARE(renamed->budget, 4'000); // exactly what was spent: allowed
        QCOMPARE(renamed->updatedAt, t1);
        QCOMPARE(renamed->status, CampaignStatus::Active);
        const auto below = campaign(CampaignStatus::Active, 10'000, 4'000).edit(u"x"_s, 3'999, t1);
        QVERIFY(!below);
        QVERIFY2(below.error().message.contains(u"40.00"_s), qPrintable(below.error().message));
        QVERIFY(!campaign(CampaignStatus::Paused, 10'000).edit(u"x"_s, 0, t1));   // started: budget above 0
        QVERIFY(campaign(CampaignStatus::Draft, 10'000).edit(u"x"_s, 0, t1));     // a draft may have none yet
        QVERIFY(!campaign(CampaignStatus::Draft, 10'000).edit(u"  "_s, 100, t1)); // name still required
        const auto done = campaign(CampaignStatus::Completed, 10'000, 10'000).edit(u"x"_s, 20'000, t1);
        QCOMPARE(done.error().kind, ErrorKind::Rule);
        QVERIFY2(done.error().message.contains(u"rule edit"_s), qPrintable(done.error().message));
    }

    void canStart_data()
    {
        QTest::addColumn<CampaignStatus>("status");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<bool>("expected");
        QTest::newRow("draft, budget 0.01") << CampaignStatus::Draft << qint64(1) << true;
        QTest::newRow("draft, budget 0") << CampaignStatus::Draft << qint64(0) << false;
        QTest::newRow("active") << CampaignStatus::Active << qint64(100) << false;
        QTest::newRow("paused") << CampaignStatus::Paused << qint64(100) << false;
        QTest::newRow("completed") << CampaignStatus::Completed << qint64(100) << false;
    }
    void canStart()
    {
        QFETCH(CampaignStatus, status);
        QFETCH(qint64, budget);
        QFETCH(bool, expected);
        const Campaign c = campaign(status, budget);
        QCOMPARE(c.canStart(), expected);
        const auto started = c.start(t1);
        QCOMPARE(bool(started), expected);
        if (expected) {
            QCOMPARE(started->status, CampaignStatus::Active);
            QCOMPARE(started->startedAt.value(), t1);
        } else {
            QCOMPARE(started.error().rule, u"can_start"_s);
            QVERIFY2(started.error().message.startsWith(u"Campaign C1 cannot be started"_s),
                     qPrintable(started.error().message));
        }
    }

    void pauseOnlyFromActive()
    {
        QCOMPARE(campaign(CampaignStatus::Active, 100).pause(t1)->status, CampaignStatus::Paused);
        for (auto s : {CampaignStatus::Draft, CampaignStatus::Paused, CampaignStatus::Completed}) {
            const auto r = campaign(s, 100).pause(t1);
            QVERIFY(!r);
            QVERIFY2(r.error().message.startsWith(u"Campaign C1 is not active"_s), qPrintable(r.error().message));
        }
    }

    void resumeOnlyFromPaused()
    {
        QCOMPARE(campaign(CampaignStatus::Paused, 100).resume(t1)->status, CampaignStatus::Active);
        QVERIFY(!campaign(CampaignStatus::Active, 100).resume(t1));
        QVERIFY(!campaign(CampaignStatus::Draft, 100).resume(t1));
    }

    void addSpendBelowBudgetStaysActive()
    {
        const auto c = campaign(CampaignStatus::Active, 100'000).addSpend(99'999, t1);
        QCOMPARE(c->spent, Money(99'999));
        QCOMPARE(c->status, CampaignStatus::Active);
        QCOMPARE(c->remainingBudget(), Money(1));
    }

    void addSpendExactlyBudgetCompletes()
    {
        const auto c = campaign(CampaignStatus::Active, 100'000, 40'000).addSpend(60'000, t1);
        QCOMPARE(c->spent, Money(100'000));
        QCOMPARE(c->status, CampaignStatus::Completed);
        QCOMPARE(c->completedAt.value(), t1);
        QCOMPARE(c->remainingBudget(), Money(0));
        QCOMPARE(c->budgetUtilization(), 100.0);
    }

    void addSpendOverBudgetNeedsConfirmationThenCompletes()
    {
        // Past the budget: refused as it stands (a mistyped zero would complete the campaign for
        // good), with the figures; confirmed, recorded.
        const auto refused = campaign(CampaignStatus::Paused, 100'000).addSpend(150'000, t1);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, u"overspend"_s);
        QVERIFY2(refused.error().message.contains(u"150 %"_s), qPrintable(refused.error().message));
        const auto c = campaign(CampaignStatus::Paused, 100'000).addSpend(150'000, t1, Campaign::Overspend::Confirmed);
        QCOMPARE(c->status, CampaignStatus::Completed);
        QCOMPARE(c->remainingBudget(), Money(0));
        QCOMPARE(c->budgetUtilization(), 150.0);
    }

    // The ledger's correction: the completing spend reversed returns the campaign to the status it
    // found; any other spend reversed lowers spent and leaves the status; the seed's rule holds.
    void reversingTheCompletingSpendReturnsTheStatusItHad()
    {
        for (const CampaignStatus before : {CampaignStatus::Active, CampaignStatus::Paused}) {
            const Campaign running = campaign(before, 100'000, 70'000);
            const Campaign done = *running.addSpend(30'000, t1);
            QCOMPARE(done.status, CampaignStatus::Completed);
            SpendEntry spend;
            spend.id = u"S2"_s;
            spend.campaignId = done.id;
            spend.amount = 30'000;
            spend.statusBefore = before;
            spend.statusAfter = done.status;
            QVERIFY(spend.completedCampaign());
            const auto back = done.reverseSpend(spend, false, t1.addSecs(60));
            QVERIFY(back);
            QCOMPARE(back->status, before);
            QCOMPARE(back->spent, Money(70'000));
            QVERIFY(!back->completedAt);
            QVERIFY(back->spent < back->budget);
        }
    }

    void reversingAnyOtherSpendLeavesTheStatus()
    {
        const Campaign done = campaign(CampaignStatus::Completed, 100'000, 100'000);
        SpendEntry earlier;
        earlier.id = u"S1"_s;
        earlier.campaignId = done.id;
        earlier.amount = 40'000;
        earlier.statusBefore = earlier.statusAfter = CampaignStatus::Active;
        const auto reversed = done.reverseSpend(earlier, false, t1);
        QVERIFY(reversed);
        QCOMPARE(reversed->status, CampaignStatus::Completed);
        QCOMPARE(reversed->spent, Money(60'000));
        const auto active = campaign(CampaignStatus::Active, 100'000, 50'000).reverseSpend(earlier, false, t1);
        QCOMPARE(active->status, CampaignStatus::Active);
        QCOMPARE(active->spent, Money(10'000));
    }

    void reversalRefusals()
    {
        const Campaign c = campaign(CampaignStatus::Active, 100'000, 50'000);
        SpendEntry spend;
        spend.id = u"S1"_s;
        spend.campaignId = c.id;
        spend.amount = 10'000;
        QCOMPARE(c.reverseSpend(spend, true, t1).error().rule, u"reverse_spend"_s); // reversed already
        SpendEntry correction = spend;
        correction.reverses = u"S0"_s;
        QVERIFY(c.reverseSpend(correction, false, t1).error().message.contains(u"correction"_s));
        SpendEntry other = spend;
        other.campaignId = u"C2"_s;
        QVERIFY(!c.reverseSpend(other, false, t1));
        SpendEntry tooMuch = spend;
        tooMuch.amount = 60'000;
        QVERIFY(!c.reverseSpend(tooMuch, false, t1));
        QVERIFY(SpendEntry::checkNote(QString(501, u'x')).error().rule == u"spend_note"_s);
        QVERIFY(!SpendEntry::checkNote(u"a"_s + QChar(7) + u"b"_s));
        QCOMPARE(*SpendEntry::checkNote(u"  invoice 17 "_s), u"invoice 17"_s);
    }

    void addSpendRefusals()
    {
        QCOMPARE(campaign(CampaignStatus::Active, 100).addSpend(0, t1).error().kind, ErrorKind::Validation);
        QCOMPARE(campaign(CampaignStatus::Active, 100).addSpend(-5, t1).error().kind, ErrorKind::Validation);
        QCOMPARE(campaign(CampaignStatus::Draft, 100).addSpend(5, t1).error().kind, ErrorKind::Rule);
        QCOMPARE(campaign(CampaignStatus::Completed, 100).addSpend(5, t1).error().rule, u"add_spend"_s);
    }

    void complete()
    {
        for (auto s : {CampaignStatus::Draft, CampaignStatus::Active, CampaignStatus::Paused}) {
            const auto c = campaign(s, 100).complete(t1);
            QCOMPARE(c->status, CampaignStatus::Completed);
            QCOMPARE(c->completedAt.value(), t1);
        }
        QVERIFY(!campaign(CampaignStatus::Completed, 100).complete(t1));
    }

    void utilization()
    {
        QCOMPARE(campaign(CampaignStatus::Active, 0).budgetUtilization(), 0.0);
        QCOMPARE(campaign(CampaignStatus::Active, 0).remainingBudget(), Money(0));
        QCOMPARE(campaign(CampaignStatus::Active, 200, 50).budgetUtilization(), 25.0);
        QCOMPARE(campaign(CampaignStatus::Active, 200, 50).remainingBudget(), Money(150));
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
