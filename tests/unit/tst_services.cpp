// The services over a real SQLite workspace: rules applied, rows and audit written together,
// signals published, refusals reported with their rule.
#include "tests/support/TestWorkspace.h"

#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestServices : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QString niche;
        QString campaign;
    };

    Setup activeCampaign(TestWorkspace& t)
    {
        const auto n = t->niches().create(u"Кондиционеры"_s, Market::Almaty, u"HVAC"_s);
        t->niches().validate(n->id, 0.8, 0.3);
        t->niches().activate(n->id);
        const auto c = t->campaigns().create(n->id, u"Лето — OLX"_s, Platform::Olx, 500'000'00);
        t->campaigns().start(c->id);
        return {n->id, c->id};
    }

    qint64 count(TestWorkspace& t, const QString& sql)
    {
        QSqlQuery q(t->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void nicheLifecycleIsAudited()
    {
        TestWorkspace t;
        const auto n = t->niches().create(u"Мебель"_s, Market::Astana, u"Furniture"_s);
        QVERIFY(n);
        QVERIFY(!t->niches().activate(n->id)); // still researching
        const auto v = t->niches().validate(n->id, 0.59, 0.1);
        QCOMPARE(v->status, NicheStatus::Validated);
        const auto refused = t->niches().activate(n->id);
        QCOMPARE(refused.error().rule, u"can_activate"_s);
        QVERIFY(t->niches().validate(n->id, 0.6, 0.79));
        QCOMPARE(t->niches().activate(n->id)->status, NicheStatus::Active);
        const auto history = t->niches().history(n->id);
        QCOMPARE(history->size(), 4); // create, validate, validate, activate: refusals leave no trace
        QCOMPARE(history->last().action, u"activate"_s);
        QCOMPARE(history->last().fromStatus, u"validated"_s);
        QCOMPARE(history->last().toStatus, u"active"_s);
        QCOMPARE(history->last().actor, u"tester"_s);
        QCOMPARE(history->last().at, t.clock.now());
    }

    void campaignLifecycleAndSpend()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t);
        QSignalSpy changed(&t->campaigns(), &CampaignService::campaignChanged);
        QCOMPARE(t->campaigns().pause(s.campaign)->status, CampaignStatus::Paused);
        QVERIFY(!t->campaigns().pause(s.campaign));
        QCOMPARE(t->campaigns().resume(s.campaign)->status, CampaignStatus::Active);
        QCOMPARE(t->campaigns().addSpend(s.campaign, 200'000'00)->status, CampaignStatus::Active);
        const auto done = t->campaigns().addSpend(s.campaign, 300'000'00);
        QCOMPARE(done->status, CampaignStatus::Completed);
        QCOMPARE(done->spent, Money(500'000'00));
        QCOMPARE(t->campaigns().get(s.campaign)->remainingBudget(), Money(0));
        QCOMPARE(changed.count(), 4);
        QVERIFY(!t->campaigns().addSpend(s.campaign, 1));
        QCOMPARE(t->campaigns().history(s.campaign)->size(), 6);
    }

    // The ledger through the service: each spend an entry with its author and note, a correction
    // that names it, the campaign's figures after each, and one outbox insert per entry (the
    // campaign row itself is not sent: the server applies the entry).
    void theSpendLedgerRecordsAndReverses()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t); // budget 500 000 ₸
        QVERIFY(t->campaigns().addSpend(s.campaign, 100'000'00, Campaign::Overspend::NeedsConfirmation, u"week 1"_s));
        QVERIFY(t->campaigns().pause(s.campaign));
        const auto done = t->campaigns().addSpend(s.campaign, 400'000'00);
        QCOMPARE(done->status, CampaignStatus::Completed);
        auto ledger = t->campaigns().spending(s.campaign);
        QCOMPARE(ledger->size(), 2);
        QCOMPARE(ledger->at(0).note, u"week 1"_s);
        QCOMPARE(ledger->at(0).author, u"tester"_s);
        QCOMPARE(ledger->at(0).spentAfter, Money(100'000'00));
        QCOMPARE(ledger->at(1).statusBefore, CampaignStatus::Paused);
        QVERIFY(ledger->at(1).completedCampaign());
        QCOMPARE(ledger->at(1).syncState, u"pending"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity = 'spend' AND op = 'insert'"_s), 2);
        QCOMPARE(
            count(
                t,
                u"SELECT count(*) FROM outbox WHERE entity = 'campaign' AND payload LIKE '%\"status\":\"completed\"%'"_s),
            0);

        // Reverse the first (not the completing one): spent down, still completed.
        const QString first = ledger->at(0).id;
        const auto down = t->campaigns().reverseSpend(s.campaign, first, u"typo"_s);
        QCOMPARE(down->status, CampaignStatus::Completed);
        QCOMPARE(down->spent, Money(400'000'00));
        QCOMPARE(t->campaigns().reverseSpend(s.campaign, first).error().rule, u"reverse_spend"_s);
        // Reverse the completing one: back to paused, the figures and history say so.
        const auto back = t->campaigns().reverseSpend(s.campaign, ledger->at(1).id);
        QCOMPARE(back->status, CampaignStatus::Paused);
        QCOMPARE(back->spent, Money(0));
        QVERIFY(!back->completedAt);
        QCOMPARE(*t->campaigns().get(s.campaign), *back);
        ledger = t->campaigns().spending(s.campaign);
        QCOMPARE(ledger->size(), 4);
        QCOMPARE(ledger->at(0).reversedBy, ledger->at(2).id);
        QCOMPARE(ledger->at(2).reverses, first);
        QCOMPARE(ledger->at(2).effect(), Money(-100'000'00));
        QCOMPARE(ledger->at(3).statusAfter, CampaignStatus::Paused);
        const auto history = t->campaigns().history(s.campaign);
        QCOMPARE(history->last().action, u"reverse_spend"_s);
        QCOMPARE(history->last().fromStatus, u"completed"_s);
        QCOMPARE(history->last().toStatus, u"paused"_s);
        // Refusals store nothing: a note too long, an unknown entry, an analyst.
        QVERIFY(!t->campaigns().addSpend(s.campaign, 1, Campaign::Overspend::NeedsConfirmation, QString(501, u'x')));
        QCOMPARE(t->campaigns().reverseSpend(s.campaign, u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(count(t, u"SELECT count(*) FROM campaign_spends"_s), 4);
    }

    void campaignNeedsALiveNiche()
    {
        TestWorkspace t;
        const auto n = t->niches().create(u"x"_s, Market::Shymkent, u"c"_s);
        QCOMPARE(
            t->campaigns().create(u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s, u"x"_s, Platform::Olx, 1).error().kind,
            ErrorKind::NotFound);
        t->niches().archive(n->id);
        QCOMPARE(t->campaigns().create(n->id, u"x"_s, Platform::Olx, 1).error().kind, ErrorKind::Rule);
        QCOMPARE(count(t, u"SELECT count(*) FROM campaigns"_s), 0);
    }

    void leadQualificationFlow()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t);
        QSignalSpy qualified(&t->leads(), &LeadService::leadQualified);
        const auto lead = t->leads().create(s.campaign, Platform::Olx, u"8 (701) 123-45-67"_s);
        QVERIFY(lead);
        QCOMPARE(lead->contact, u"+77011234567"_s);
        const QString id = lead->id;
        QCOMPARE(t->leads().qualify(id, 0.9).error().rule, u"can_qualify"_s);
        QVERIFY(t->leads().markContacted(id));
        for (int i = 0; i < 2; ++i)
            QVERIFY(t->leads().recordMessage(id));
        const auto tooFew = t->leads().qualify(id, 0.9);
        QVERIFY(tooFew.error().message.contains(u"messages=2"_s));
        QVERIFY(t->leads().recordMessage(id));
        t.clock.advanceSecs(60);
        const auto q = t->leads().qualify(id, 0.9);
        QCOMPARE(q->status, LeadStatus::Qualified);
        QCOMPARE(q->qualifiedAt.value(), t.clock.now());
        QCOMPARE(qualified.count(), 1);
        QCOMPARE(qualified.first().at(0).toString(), id);
        QCOMPARE(qualified.first().at(1).toString(), s.campaign);
        QCOMPARE(qualified.first().at(2).toDouble(), 0.9);
        QCOMPARE(t->leads().close(id)->status, LeadStatus::Closed);
        // The stored row equals what the service returned.
        const auto stored = t->leads().get(id);
        QCOMPARE(stored->status, LeadStatus::Closed);
        QCOMPARE(stored->messagesCount, 3);
        QCOMPARE(stored->qualificationScore, 0.9);
        const auto history = t->leads().history(id);
        QStringList actions;
        for (const auto& e : *history)
            actions << e.action;
        QCOMPARE(actions, (QStringList{u"create"_s, u"mark_contacted"_s, u"record_message"_s, u"record_message"_s,
                                       u"record_message"_s, u"qualify"_s, u"close"_s}));
        QCOMPARE(history->at(5).detail, u"score=0.9"_s);
    }

    // A lead's name: given at creation or later, audited, queued for the server in the row, and
    // found by the search beside the contact.
    void leadNamesAreKeptQueuedAndSearched()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t);
        const auto named = t->leads().create(s.campaign, Platform::Olx, u"+77011112233"_s, u"Bolat Sadykov"_s);
        QVERIFY2(named, named ? "" : qPrintable(named.error().message));
        QCOMPARE(named->displayName, u"Bolat Sadykov"_s);
        const auto plain = t->leads().create(s.campaign, Platform::Olx, u"+77014445566"_s);
        QVERIFY(plain && plain->displayName.isEmpty());
        const auto renamed = t->leads().rename(plain->id, u"Айгерим"_s);
        QVERIFY(renamed);
        QCOMPARE(t->leads().get(plain->id)->displayName, u"Айгерим"_s);
        QCOMPARE(t->leads().history(plain->id)->last().action, u"rename"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity_id = '%1' AND "
                          "json_extract(payload, '$.display_name') = 'Айгерим'"_s.arg(plain->id)),
                 1);
        const auto refused = t->leads().rename(plain->id, QString(Lead::kMaxDisplayNameLength + 1, u'x'));
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, u"display_name"_s);
        QCOMPARE(t->leads().get(plain->id)->displayName, u"Айгерим"_s); // nothing lost
        // Search: the contact's digits, or a fragment of the name (Latin letters in any case).
        const auto byName = [&](const QString& text) {
            LeadFilter f;
            f.search = text;
            return t->leads().count(f).value_or(-1);
        };
        QCOMPARE(byName(u"sadyk"_s), 1);
        QCOMPARE(byName(u"Айгер"_s), 1);
        QCOMPARE(byName(u"4445"_s), 1);
        QCOMPARE(byName(u"nobody"_s), 0);
        QCOMPARE(byName(u"%"_s), 0); // a wildcard is a character here
        // Removing the name stores NULL (the column's check wants a name or none).
        QVERIFY(t->leads().rename(plain->id, {}));
        QCOMPARE(count(t, u"SELECT count(*) FROM leads WHERE display_name IS NULL AND id = '%1'"_s.arg(plain->id)), 1);
    }

    void duplicateContactInSameCampaignIsRefused()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t);
        const auto first = t->leads().create(s.campaign, Platform::Olx, u"8 (701) 123-45-67"_s);
        const auto again = t->leads().create(s.campaign, Platform::Kaspi, u"+7 701 123 4567"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Duplicate);
        QVERIFY2(again.error().message.contains(first->id), qPrintable(again.error().message));
        // Another campaign may have the same person.
        const auto other = t->campaigns().create(s.niche, u"Другая"_s, Platform::Kaspi, 100);
        QVERIFY(t->leads().create(other->id, Platform::Kaspi, u"+7 701 123 4567"_s));
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 2);
    }

    void badIdsAreClearErrors()
    {
        TestWorkspace t;
        QCOMPARE(t->leads().markContacted(u"nope"_s).error().kind, ErrorKind::Validation);
        QVERIFY(t->leads().markContacted(u"nope"_s).error().message.contains(u"UUID"_s));
        const auto missing = t->leads().get(u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(
            t->leads().create(u"0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"_s, Platform::Olx, u"@someone"_s).error().kind,
            ErrorKind::NotFound);
    }

    void autoDisqualifySelectsByTheRule()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t);
        // Three leads at the boundaries, moved to qualifying with the given messages and score.
        const auto make = [&](const QString& contact, int messages, double score) {
            const QString id = t->leads().create(s.campaign, Platform::Olx, contact)->id;
            t->leads().markContacted(id);
            for (int i = 0; i < messages; ++i)
                t->leads().recordMessage(id);
            t->leads().startQualifying(id);
            t->leads().assessScore(id, score);
            return id;
        };
        const QString stale = make(u"@stale_lead"_s, 11, 0.29);
        make(u"@ten_messages"_s, 10, 0.1);
        make(u"@good_score"_s, 15, 0.3);
        const auto preview = t->leads().autoDisqualify(true);
        QCOMPARE(preview->leads.size(), 1);
        QCOMPARE(preview->leads.first().id, stale);
        QCOMPARE(t->leads().get(stale)->status, LeadStatus::Qualifying); // a dry run changes nothing

        QSignalSpy disqualified(&t->leads(), &LeadService::leadDisqualified);
        const auto done = t->leads().autoDisqualify(false);
        QCOMPARE(done->leads.size(), 1);
        const auto lead = t->leads().get(stale);
        QCOMPARE(lead->status, LeadStatus::Disqualified);
        QCOMPARE(lead->disqualificationReason, u"Auto-disqualified: low engagement"_s);
        QCOMPARE(disqualified.count(), 1);
        QCOMPARE(disqualified.first().at(1).toString(), u"auto_disqualified"_s);
        QCOMPARE(t->leads().history(stale)->last().action, u"auto_disqualify"_s);
        QCOMPARE(t->leads().autoDisqualify(false)->leads.size(), 0);
    }

    void listFiltersAndCounts()
    {
        TestWorkspace t;
        const Setup s = activeCampaign(t);
        for (int i = 0; i < 5; ++i) {
            t.clock.advanceSecs(60);
            t->leads().create(s.campaign, i % 2 ? Platform::Kaspi : Platform::Olx, u"+7 701 000 00 0%1"_s.arg(i));
        }
        t.clock.advanceSecs(60);
        t->leads().create(s.campaign, Platform::Telegram, u"@percent_user"_s);
        LeadFilter f;
        QCOMPARE(t->leads().list(f)->size(), 6);
        f.source = Platform::Kaspi;
        QCOMPARE(t->leads().count(f).value(), 2);
        f = {};
        f.search = u"701 000"_s; // phone digits match across spaces
        QCOMPARE(t->leads().count(f).value(), 5);
        f.search = u"%"_s; // LIKE wildcards are taken literally
        QCOMPARE(t->leads().count(f).value(), 0);
        f.search = u"_user"_s;
        QCOMPARE(t->leads().count(f).value(), 1);
        f = {};
        f.limit = 2;
        f.offset = 1;
        const auto page = t->leads().list(f);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().contact, u"+77010000004"_s); // newest first: @percent_user, then this one
        const auto counts = t->leads().countByStatus({});
        QCOMPARE(counts->at(int(LeadStatus::New)).second, 6);
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
