// Every Lead rule of the brief at its boundaries.
#include "core/domain/Lead.h"
#include "core/json/EntityJson.h"

#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestLead : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    const QDateTime t1 = t0.addSecs(3600);

    Lead lead(LeadStatus status, int messages, double score = 0.0) const
    {
        auto l = Lead::create(u"L1"_s, u"C1"_s, Platform::Olx, u"+7 701 123 45 67"_s, t0);
        Lead out = *l;
        out.status = status;
        out.messagesCount = messages;
        out.qualificationScore = score;
        return out;
    }

private Q_SLOTS:
    void createNormalisesContactAndStartsNew()
    {
        const auto l = Lead::create(u"L1"_s, u"C1"_s, Platform::Kaspi, u"8 (701) 123-45-67"_s, t0);
        QVERIFY(l);
        QCOMPARE(l->contact, u"+77011234567"_s);
        QCOMPARE(l->status, LeadStatus::New);
        QCOMPARE(l->messagesCount, 0);
        QCOMPARE(l->qualificationScore, 0.0);
        QCOMPARE(l->createdAt, t0);
        QVERIFY(!l->qualifiedAt);
    }

    void renameNamesInAnyStatusWithinTheRule()
    {
        const auto l = Lead::create(u"L1"_s, u"C1"_s, Platform::Kaspi, u"+77011234567"_s, t0);
        QVERIFY(l);
        const QDateTime later = t0.addSecs(60);
        const auto named = l->rename(u"  ТОО «Алма-Строй»  "_s, later);
        QVERIFY(named);
        QCOMPARE(named->displayName, u"ТОО «Алма-Строй»"_s); // trimmed
        QCOMPARE(named->status, LeadStatus::New);            // a label, not a step
        QCOMPARE(named->updatedAt, later);
        QVERIFY(named->rename(QString(Lead::kMaxDisplayNameLength, u'я'), later));
        for (const QString& bad :
             {QString(Lead::kMaxDisplayNameLength + 1, u'я'), u"Айгерим\nЖ."_s, u"Bob\u202eevil"_s}) {
            const auto refused = named->rename(bad, later);
            QVERIFY2(!refused, qPrintable(bad));
            QCOMPARE(refused.error().rule, u"display_name"_s);
        }
        QVERIFY(named->rename(QString(Lead::kMaxDisplayNameLength + 1, u'я'), later)
                    .error()
                    .message.contains(u"201 characters"_s));
        QCOMPARE(named->rename(u"   "_s, later)->displayName, QString()); // empty removes the name
        Lead closed = *named;
        closed.status = LeadStatus::Closed;
        QCOMPARE(closed.rename(u"Bolat"_s, later)->displayName, u"Bolat"_s);
    }

    void followUpsAreNowOrLaterAndOnlyForOpenLeads()
    {
        auto l = Lead::create(u"L1"_s, u"C1"_s, Platform::Kaspi, u"+77011234567"_s, t0);
        QVERIFY(l);
        const auto later = l->scheduleFollowUp(t0.addSecs(3600), u"  send the price list "_s, t0);
        QVERIFY(later);
        QCOMPARE(*later->nextFollowUpAt, t0.addSecs(3600));
        QCOMPARE(later->followUpNote, u"send the price list"_s);
        QVERIFY(!later->followUpDue(t0));
        QVERIFY(later->followUpDue(t0.addSecs(3600)));
        // "Now" is allowed (a minute of grace for the moment it took to type); the past is not.
        QCOMPARE(*l->scheduleFollowUp(t0.addSecs(-30), {}, t0)->nextFollowUpAt, t0);
        const auto past = l->scheduleFollowUp(t0.addSecs(-3600), {}, t0);
        QVERIFY(!past);
        QCOMPARE(past.error().rule, u"follow_up"_s);
        QVERIFY2(past.error().message.contains(u"now or later"_s), qPrintable(past.error().message));
        QCOMPARE(l->scheduleFollowUp(t0, QString(Lead::kMaxFollowUpNoteLength + 1, u'x'), t0).error().rule,
                 u"follow_up"_s);
        QCOMPARE(l->scheduleFollowUp(t0, u"two\nlines"_s, t0).error().rule, u"follow_up"_s);
        QVERIFY(!later->clearFollowUp(t0)->nextFollowUpAt);
        // Qualifying, disqualifying and closing clear it; a finished lead gets none.
        Lead contacted = *later->markContacted(t0);
        QVERIFY(contacted.nextFollowUpAt); // still open
        for (int i = 0; i < 3; ++i)
            contacted = *contacted.recordMessage(t0);
        const Lead qualified = *contacted.qualify(0.8, t0);
        QVERIFY(!qualified.nextFollowUpAt);
        QVERIFY(qualified.followUpNote.isEmpty());
        QVERIFY(!contacted.disqualify(u"No budget"_s, t0)->nextFollowUpAt);
        QCOMPARE(qualified.scheduleFollowUp(t0.addSecs(60), {}, t0).error().rule, u"follow_up"_s);
    }

    void createRefusesBadContact()
    {
        const auto l = Lead::create(u"L1"_s, u"C1"_s, Platform::Olx, u"abc"_s, t0);
        QVERIFY(!l);
        QCOMPARE(l.error().kind, ErrorKind::Validation);
        QVERIFY(l.error().message.contains(u"expected"_s));
    }

    void canQualify_data()
    {
        QTest::addColumn<LeadStatus>("status");
        QTest::addColumn<int>("messages");
        QTest::addColumn<bool>("expected");
        QTest::newRow("contacted, 2 messages") << LeadStatus::Contacted << 2 << false;
        QTest::newRow("contacted, exactly 3") << LeadStatus::Contacted << 3 << true;
        QTest::newRow("contacted, 4") << LeadStatus::Contacted << 4 << true;
        QTest::newRow("new, 5") << LeadStatus::New << 5 << false;
        QTest::newRow("qualifying, 5") << LeadStatus::Qualifying << 5 << false;
        QTest::newRow("qualified, 5") << LeadStatus::Qualified << 5 << false;
        QTest::newRow("disqualified, 5") << LeadStatus::Disqualified << 5 << false;
        QTest::newRow("closed, 5") << LeadStatus::Closed << 5 << false;
    }
    void canQualify()
    {
        QFETCH(LeadStatus, status);
        QFETCH(int, messages);
        QFETCH(bool, expected);
        QCOMPARE(lead(status, messages).canQualify(), expected);
        QCOMPARE(bool(lead(status, messages).qualify(0.5, t1)), expected);
    }

    void qualifySetsStatusScoreAndTime()
    {
        const auto q = lead(LeadStatus::Contacted, 3).qualify(0.85, t1);
        QVERIFY(q);
        QCOMPARE(q->status, LeadStatus::Qualified);
        QCOMPARE(q->qualificationScore, 0.85);
        QCOMPARE(q->qualifiedAt.value(), t1);
        QCOMPARE(q->updatedAt, t1);
    }

    void qualifyScoreBoundaries_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0") << 0.0 << true;
        QTest::newRow("1") << 1.0 << true;
        QTest::newRow("-0.01") << -0.01 << false;
        QTest::newRow("1.01") << 1.01 << false;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false;
    }
    void qualifyScoreBoundaries()
    {
        QFETCH(double, score);
        QFETCH(bool, accepted);
        const auto q = lead(LeadStatus::Contacted, 3).qualify(score, t1);
        QCOMPARE(bool(q), accepted);
        if (!accepted)
            QCOMPARE(q.error().kind, ErrorKind::Validation);
    }

    void qualifyRefusalNamesRuleAndValues()
    {
        const auto q = lead(LeadStatus::Contacted, 2).qualify(0.5, t1);
        QVERIFY(!q);
        QCOMPARE(q.error().kind, ErrorKind::Rule);
        QCOMPARE(q.error().rule, u"can_qualify"_s);
        QVERIFY2(q.error().message.startsWith(u"Lead L1 cannot be qualified: status=contacted, messages=2"_s),
                 qPrintable(q.error().message));
    }

    void shouldAutoDisqualify_data()
    {
        QTest::addColumn<LeadStatus>("status");
        QTest::addColumn<int>("messages");
        QTest::addColumn<double>("score");
        QTest::addColumn<bool>("expected");
        QTest::newRow("11 msgs, 0.29") << LeadStatus::Qualifying << 11 << 0.29 << true;
        QTest::newRow("10 msgs is not > 10") << LeadStatus::Qualifying << 10 << 0.1 << false;
        QTest::newRow("score exactly 0.3") << LeadStatus::Qualifying << 11 << 0.3 << false;
        QTest::newRow("score 0") << LeadStatus::Qualifying << 30 << 0.0 << true;
        QTest::newRow("contacted") << LeadStatus::Contacted << 11 << 0.1 << false;
        QTest::newRow("qualified") << LeadStatus::Qualified << 11 << 0.1 << false;
    }
    void shouldAutoDisqualify()
    {
        QFETCH(LeadStatus, status);
        QFETCH(int, messages);
        QFETCH(double, score);
        QFETCH(bool, expected);
        QCOMPARE(lead(status, messages, score).shouldAutoDisqualify(), expected);
    }

    void disqualifyKeepsReason()
    {
        const auto d = lead(LeadStatus::Qualifying, 12).disqualify(u"  No budget  "_s, t1);
        QVERIFY(d);
        QCOMPARE(d->status, LeadStatus::Disqualified);
        QCOMPARE(d->disqualificationReason, u"No budget"_s);
        QCOMPARE(d->disqualifiedAt.value(), t1);
    }

    void disqualifyRefusals()
    {
        QCOMPARE(lead(LeadStatus::New, 0).disqualify(u"   "_s, t1).error().kind, ErrorKind::Validation);
        QCOMPARE(lead(LeadStatus::Disqualified, 0).disqualify(u"x"_s, t1).error().rule, u"disqualify"_s);
        QCOMPARE(lead(LeadStatus::Closed, 0).disqualify(u"x"_s, t1).error().kind, ErrorKind::Rule);
        QVERIFY(lead(LeadStatus::Qualified, 4).disqualify(u"fake"_s, t1));
        QVERIFY(!lead(LeadStatus::New, 0).disqualify(QString(501, u'x'), t1));
    }

    void transitionsBeyondTheSeed()
    {
        const Lead fresh = lead(LeadStatus::New, 0);
        const auto contacted = fresh.markContacted(t1);
        QVERIFY(contacted);
        QCOMPARE(contacted->status, LeadStatus::Contacted);
        QVERIFY(!contacted->markContacted(t1));

        auto messaged = *contacted;
        for (int i = 0; i < 3; ++i)
            messaged = *messaged.recordMessage(t1);
        QCOMPARE(messaged.messagesCount, 3);
        QVERIFY(messaged.canQualify());

        const auto qualifying = messaged.startQualifying(t1);
        QVERIFY(qualifying);
        QCOMPARE(qualifying->status, LeadStatus::Qualifying);
        QVERIFY(!fresh.startQualifying(t1));
        // The binding rule: a lead in qualification is not qualified directly.
        QVERIFY(!qualifying->canQualify());
        QCOMPARE(qualifying->assessScore(0.2, t1)->qualificationScore, 0.2);
        QVERIFY(!messaged.assessScore(0.2, t1));
        // ...but it can go back to contacted (an added transition), losing its provisional score,
        // and be qualified from there.
        const auto back = qualifying->assessScore(0.2, t1)->backToContacted(t1);
        QVERIFY(back);
        QCOMPARE(back->status, LeadStatus::Contacted);
        QCOMPARE(back->qualificationScore, 0.0);
        QVERIFY(back->canQualify());
        QVERIFY(back->qualify(0.8, t1));
        QCOMPARE(messaged.backToContacted(t1).error().rule, u"back_to_contacted"_s);

        const auto qualified = messaged.qualify(0.9, t1);
        QVERIFY(!qualified->recordMessage(t1));
        const auto closed = qualified->close(t1);
        QVERIFY(closed);
        QCOMPARE(closed->status, LeadStatus::Closed);
        QVERIFY(!messaged.close(t1));
        QCOMPARE(messaged.close(t1).error().rule, u"close"_s);
    }

    // Issue 16: "may it be disqualified?" asked without inventing a reason.
    void canDisqualifyWithoutAReason()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Lead l =
            *Lead::create(u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s, u"c"_s, Platform::Olx, u"+77011234567"_s, now);
        QVERIFY(l.canDisqualify());
        const Lead gone = *l.disqualify(u"Нет бюджета"_s, now);
        QVERIFY(!gone.canDisqualify());
        QCOMPARE(gone.checkCanDisqualify().error().rule, u"disqualify"_s);
        QCOMPARE(gone.checkCanDisqualify().error().message, gone.disqualify(u"again"_s, now).error().message);
    }

    // "Not scored" is one domain fact (Lead::isScored), read the same by the window, the command
    // line and the JSON.
    void notScoredIsADomainFact()
    {
        QVERIFY(!lead(LeadStatus::New, 0).isScored());
        QVERIFY(!lead(LeadStatus::Contacted, 5).isScored());
        QVERIFY(lead(LeadStatus::Qualifying, 5).isScored()); // the seed's 0.0 counts for auto-disqualify
        QVERIFY(lead(LeadStatus::Qualified, 5, 0.8).isScored());
        QVERIFY(lead(LeadStatus::Closed, 5, 0.8).isScored());
        QVERIFY(!lead(LeadStatus::Disqualified, 1).isScored()); // left before any score
        QVERIFY(lead(LeadStatus::Disqualified, 12, 0.2).isScored());
        Lead wasQualified = lead(LeadStatus::Disqualified, 5);
        wasQualified.qualifiedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(wasQualified.isScored());
        const Lead fresh = lead(LeadStatus::New, 0);
        QCOMPARE(toJson(fresh).value(u"scored"_s).toBool(), false);
        QCOMPARE(toJson(fresh).value(u"qualification_score"_s).toDouble(), 0.0); // stored as the seed's
        QVERIFY(!toRow(fresh).contains(u"scored"_s));                            // computed, never sent to the server
    }
};

QTEST_GUILESS_MAIN(TestLead)
#include "tst_lead.moc"
