// Every Niche rule at its thresholds: profitability 0.6, competition 0.7 and 0.8.
#include "core/domain/Niche.h"

#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestNiche : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t1 = t0.addDays(1);

    Niche researching() const { return *Niche::create(u"N1"_s, u"Кондиционеры"_s, Market::Almaty, u"HVAC"_s, t0); }

private Q_SLOTS:
    void createValidates()
    {
        QCOMPARE(researching().status, NicheStatus::Researching);
        QVERIFY(!Niche::create(u"N"_s, u""_s, Market::Astana, u"c"_s, t0));
        QVERIFY(!Niche::create(u"N"_s, u"n"_s, Market::Astana, u" "_s, t0));
    }

    void editRenamesUnlessArchived()
    {
        const QDateTime t0(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        Niche n = *Niche::create(u"N1"_s, u"Окна"_s, Market::Almaty, u"ремонт"_s, t0);
        const auto edited = n.edit(u" Окна ПВХ "_s, u"строительство"_s, t0.addDays(1));
        QVERIFY(edited);
        QCOMPARE(edited->name, u"Окна ПВХ"_s);
        QCOMPARE(edited->category, u"строительство"_s);
        QCOMPARE(edited->market, Market::Almaty);
        QVERIFY(!n.edit(u"Окна"_s, u""_s, t0)); // category still required
        n.status = NicheStatus::Archived;
        QCOMPARE(n.edit(u"x"_s, u"y"_s, t0).error().kind, ErrorKind::Rule);
    }

    void validateSetsScores()
    {
        const auto v = researching().validate(0.6, 0.7, t1);
        QVERIFY(v);
        QCOMPARE(v->status, NicheStatus::Validated);
        QCOMPARE(v->profitabilityScore, 0.6);
        QCOMPARE(v->competitionDensity, 0.7);
        QCOMPARE(v->validatedAt.value(), t1);
    }

    void validateRejectsOutOfRange()
    {
        QCOMPARE(researching().validate(1.1, 0.5, t1).error().kind, ErrorKind::Validation);
        QCOMPARE(researching().validate(0.5, -0.1, t1).error().kind, ErrorKind::Validation);
        QVERIFY(researching().validate(0.0, 1.0, t1));
    }

    void validateRefusedWhenActiveOrArchived()
    {
        Niche n = *researching().validate(0.9, 0.1, t1);
        const Niche active = *n.activate(t1);
        QCOMPARE(active.validate(0.5, 0.5, t1).error().rule, u"validate"_s);
        QVERIFY(!n.archive(t1)->validate(0.5, 0.5, t1));
        QVERIFY(active.pause(t1)->validate(0.5, 0.5, t1)); // a paused niche may be re-validated
    }

    void canActivate_data()
    {
        QTest::addColumn<double>("profitability");
        QTest::addColumn<double>("competition");
        QTest::addColumn<bool>("canActivate");
        QTest::addColumn<bool>("profitable");
        QTest::newRow("0.6 / 0.69") << 0.6 << 0.69 << true << true;
        QTest::newRow("0.6 / 0.7") << 0.6 << 0.7 << true << false;
        QTest::newRow("0.6 / 0.79") << 0.6 << 0.79 << true << false;
        QTest::newRow("0.6 / 0.8") << 0.6 << 0.8 << false << false;
        QTest::newRow("0.59 / 0.1") << 0.59 << 0.1 << false << false;
        QTest::newRow("1.0 / 0.0") << 1.0 << 0.0 << true << true;
    }
    void canActivate()
    {
        QFETCH(double, profitability);
        QFETCH(double, competition);
        QFETCH(bool, canActivate);
        QFETCH(bool, profitable);
        const Niche v = *researching().validate(profitability, competition, t1);
        QCOMPARE(v.canActivate(), canActivate);
        QCOMPARE(v.isProfitable(), profitable);
        const auto a = v.activate(t1);
        QCOMPARE(bool(a), canActivate);
        if (canActivate) {
            QCOMPARE(a->status, NicheStatus::Active);
        } else {
            QCOMPARE(a.error().rule, u"can_activate"_s);
            QVERIFY2(a.error().message.startsWith(u"Niche N1 cannot be activated: status=validated, score="_s),
                     qPrintable(a.error().message));
        }
    }

    void activateNeedsValidated()
    {
        Niche n = researching();
        n.profitabilityScore = 0.9;
        QVERIFY(!n.canActivate());
        QVERIFY(!n.activate(t1));
    }

    void pauseAndArchive()
    {
        const Niche active = *researching().validate(0.9, 0.1, t1)->activate(t1);
        QCOMPARE(active.pause(t1)->status, NicheStatus::Paused);
        QVERIFY(!researching().pause(t1));
        QCOMPARE(researching().archive(t1)->status, NicheStatus::Archived);
        QVERIFY(!researching().archive(t1)->archive(t1));
    }
};

QTEST_GUILESS_MAIN(TestNiche)
#include "tst_niche.moc"
