// The sales team's daily work on a real workspace: who owns a lead and who may change it
// (docs/roles.md, "Who owns a lead": every cell of the rule on the domain, then through the
// service), the owner filters, the team's local copy, and follow-ups with their due counts.
#include "tests/support/TestWorkspace.h"

#include "core/domain/Ownership.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "core/store/TeamStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kAigerim = u"0193a1b2-7c4d-7e5f-8a9b-00000000a001"_s;
const QString kBolat = u"0193a1b2-7c4d-7e5f-8a9b-00000000b002"_s;
const QString kDana = u"0193a1b2-7c4d-7e5f-8a9b-00000000d003"_s;  // left the team
const QString kMarat = u"0193a1b2-7c4d-7e5f-8a9b-00000000c004"_s; // a marketer

QList<TeamMember> team()
{
    return {{kAigerim, u"aigerim@leadops.kz"_s, u"Aigerim"_s, u"sales_manager"_s, true},
            {kBolat, u"bolat@leadops.kz"_s, u"Bolat"_s, u"sales_manager"_s, true},
            {kDana, u"dana@leadops.kz"_s, u"Dana"_s, u"sales_manager"_s, false},
            {kMarat, u"marat@leadops.kz"_s, u"Marat"_s, u"marketer"_s, true}};
}

std::optional<TeamMember> member(const QString& id)
{
    for (const TeamMember& m : team()) {
        if (m.userId == id)
            return m;
    }
    return std::nullopt;
}

Lead leadOwnedBy(const QString& owner)
{
    Lead l;
    l.id = u"0193a1b2-7c4d-7e5f-8a9b-0000000000ff"_s;
    l.ownerId = owner;
    return l;
}
} // namespace

class TestOwnership : public QObject
{
    Q_OBJECT

    // `n` new leads of an active campaign, made by the local user (ids empty on a failure).
    static QStringList newLeads(TestWorkspace& t, int n)
    {
        const auto niche = t->niches().create(u"Кондиционеры"_s, Market::Almaty, u"HVAC"_s);
        if (!niche || !t->niches().validate(niche->id, 0.8, 0.3) || !t->niches().activate(niche->id))
            return {};
        const auto campaign = t->campaigns().create(niche->id, u"Лето — OLX"_s, Platform::Olx, 500'000'00);
        if (!campaign || !t->campaigns().start(campaign->id))
            return {};
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            if (const auto lead = t->leads().create(campaign->id, Platform::Olx, u"+7701222000%1"_s.arg(i)))
                ids << lead->id;
        }
        return ids;
    }

    static qint64 count(TestWorkspace& t, const QString& sql)
    {
        QSqlQuery q(t->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void workOn_data()
    {
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("local workspace, anyone's lead") << true << kBolat << true;
        QTest::newRow("unassigned") << false << QString() << true;
        QTest::newRow("mine") << false << kAigerim << true;
        QTest::newRow("an active colleague's") << false << kBolat << false;
        QTest::newRow("someone who left") << false << kDana << true;
        QTest::newRow("not in the local team yet (the server decides)")
            << false << u"0193a1b2-7c4d-7e5f-8a9b-0000000000ee"_s << true;
    }
    void workOn()
    {
        QFETCH(bool, local);
        QFETCH(QString, owner);
        QFETCH(bool, allowed);
        const Actor actor = local ? Actor::localUser(u"tester"_s)
                                  : Actor::member(u"aigerim@leadops.kz"_s, u"sales_manager"_s, kAigerim);
        const auto r = checkMayWorkOn(actor, leadOwnedBy(owner), member(owner));
        QCOMPARE(r.has_value(), allowed);
        if (!allowed) {
            QCOMPARE(r.error().rule, u"owner"_s);
            QVERIFY2(r.error().message.contains(u"Bolat <bolat@leadops.kz>"_s), qPrintable(r.error().message));
        }
    }

    void assign_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("refusedBy"); // empty: allowed
        QTest::newRow("take an unassigned lead") << QString() << kAigerim << QString();
        QTest::newRow("hand mine to a colleague") << kAigerim << kBolat << QString();
        QTest::newRow("put mine back in the queue") << kAigerim << QString() << QString();
        QTest::newRow("take over from someone who left") << kDana << kAigerim << QString();
        QTest::newRow("take an active colleague's") << kBolat << kAigerim << u"owner"_s;
        QTest::newRow("to someone who left") << QString() << kDana << u"assign"_s;
        QTest::newRow("to a marketer") << QString() << kMarat << u"assign"_s;
        QTest::newRow("to nobody known") << QString() << u"0193a1b2-7c4d-7e5f-8a9b-0000000000ee"_s << u"assign"_s;
    }
    void assign()
    {
        QFETCH(QString, owner);
        QFETCH(QString, to);
        QFETCH(QString, refusedBy);
        const Actor aigerim = Actor::member(u"aigerim@leadops.kz"_s, u"sales_manager"_s, kAigerim);
        const auto r = checkMayAssign(aigerim, leadOwnedBy(owner), member(owner), to, member(to));
        QCOMPARE(r.has_value(), refusedBy.isEmpty());
        if (!r)
            QCOMPARE(r.error().rule, refusedBy);
    }

    // The same rule through the service, on a real workspace: refusals change and queue nothing.
    void theServiceAppliesItOfflineAndQueuesTheOwner()
    {
        TestWorkspace t;
        const QStringList ids = newLeads(t, 3);
        QCOMPARE(ids.size(), 3);
        QVERIFY(TeamStore(t->database()).replaceAll(team()));
        QCOMPARE(t->leads().team().findByEmail(u"  BOLAT@leadops.kz "_s)->value().userId, kBolat);

        // A local workspace (no team project) cannot take: nobody is signed in to own leads.
        QCOMPARE(t->leads().take(ids[0]).error().rule, u"assign"_s);

        t->setActor(Actor::member(u"bolat@leadops.kz"_s, u"sales_manager"_s, kBolat));
        QCOMPARE(t->leads().take(ids[1])->ownerId, kBolat);
        t->setActor(Actor::member(u"aigerim@leadops.kz"_s, u"sales_manager"_s, kAigerim));
        const auto taken = t->leads().take(ids[0]);
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().message));
        QCOMPARE(t->leads().history(ids[0])->last().action, u"assign"_s);
        QCOMPARE(t->leads().history(ids[0])->last().detail, u"aigerim@leadops.kz"_s);
        QCOMPARE(t->leads().markContacted(ids[0])->ownerId, kAigerim); // mine: fine

        // Bolat's lead: every action refused with the owner's name, nothing queued.
        const qint64 queued = Outbox(t->database()).count(u"pending"_s).value_or(-1);
        for (const auto& refused : {t->leads().markContacted(ids[1]), t->leads().rename(ids[1], u"X"_s),
                                    t->leads().take(ids[1]), t->leads().assign(ids[1], {})}) {
            QVERIFY(!refused);
            QCOMPARE(refused.error().rule, u"owner"_s);
        }
        QCOMPARE(Outbox(t->database()).count(u"pending"_s).value_or(-1), queued);
        QCOMPARE(t->leads().get(ids[1])->ownerId, kBolat);
        // Assigning to someone who cannot own leads.
        QCOMPARE(t->leads().assign(ids[2], kMarat).error().rule, u"assign"_s);
        QCOMPARE(t->leads().assign(ids[2], kDana).error().rule, u"assign"_s);
        // Handing over, and back to the queue; the outbox carries owner_id for the server.
        QCOMPARE(t->leads().assign(ids[0], kBolat)->ownerId, kBolat);
        QVERIFY(!t->leads().markContacted(ids[0])); // Bolat's now
        t->setActor(Actor::member(u"bolat@leadops.kz"_s, u"sales_manager"_s, kBolat));
        QCOMPARE(t->leads().assign(ids[0], {})->ownerId, QString());
        QCOMPARE(t->leads().get(ids[0])->ownerId, QString());

        // The owner filters: Bolat's queue is his lead and the unassigned ones.
        const auto count = [&](LeadFilter::Owner owner, const QString& id) {
            LeadFilter f;
            f.owner = owner;
            f.ownerId = id;
            return t->leads().count(f).value_or(-1);
        };
        QCOMPARE(count(LeadFilter::Owner::Any, {}), 3);
        QCOMPARE(count(LeadFilter::Owner::Member, kBolat), 1);
        QCOMPARE(count(LeadFilter::Owner::MemberOrUnassigned, kBolat), 3);
        QCOMPARE(count(LeadFilter::Owner::MemberOrUnassigned, kAigerim), 2);
        QCOMPARE(count(LeadFilter::Owner::Unassigned, {}), 2);

        // Auto-disqualify leaves other members' leads to them (none qualify here: the count is 0).
        QCOMPARE(t->leads().autoDisqualify(true)->leftToOwners, 0);
    }

    // Follow-ups through the service: queued for the server, and the Due today and Overdue counts
    // the window shows (the workspace's clock decides what "now" and "today" are).
    void followUpsDueTodayAndOverdue()
    {
        TestWorkspace t; // its clock: 2026-11-25 09:00 UTC
        const QStringList ids = newLeads(t, 4);
        QCOMPARE(ids.size(), 4);
        const QDateTime now = t.clock.now();
        QVERIFY(t->leads().scheduleFollowUp(ids[0], now, u"call now"_s));
        QVERIFY(t->leads().scheduleFollowUp(ids[1], now.addSecs(3600), {}));
        QVERIFY(t->leads().scheduleFollowUp(ids[2], now.addDays(2), {}));
        QCOMPARE(t->leads().history(ids[0])->last().action, u"follow_up"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE json_extract(payload, '$.next_follow_up_at') IS NOT "
                          "NULL"_s),
                 3);
        t.clock.advanceSecs(2 * 3600); // 11:00: the first two have come
        const auto window = t->leads().followUpWindow();
        LeadFilter overdue;
        overdue.followUpBefore = window.now;
        LeadFilter today;
        today.followUpFrom = window.startOfToday;
        today.followUpBefore = window.endOfToday;
        QCOMPARE(t->leads().count(overdue).value_or(-1), 2);
        QCOMPARE(t->leads().count(today).value_or(-1), 2);
        const auto due = t->leads().followUpsDue(now.addSecs(-1), window.now);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->first().id, ids[0]); // earliest first
        // Qualifying clears it (and the server's check would refuse a finished lead that kept one).
        QVERIFY(t->leads().markContacted(ids[0]));
        QVERIFY(t->leads().disqualify(ids[0], u"Not interested"_s));
        QVERIFY(!t->leads().get(ids[0])->nextFollowUpAt);
        QCOMPARE(t->leads().count(overdue).value_or(-1), 1);
        QVERIFY(t->leads().clearFollowUp(ids[1]));
        QCOMPARE(t->leads().count(overdue).value_or(-1), 0);
    }

    // Notes: what the rule keeps and refuses, the 15 minutes, the author, and what goes to the server.
    void notesAreKeptCorrectedForAQuarterHourThenHistory()
    {
        TestWorkspace t;
        const QStringList ids = newLeads(t, 1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(TeamStore(t->database()).replaceAll(team()));
        t->setActor(Actor::member(u"aigerim@leadops.kz"_s, u"sales_manager"_s, kAigerim));
        const auto note = t->leads().addNote(ids[0], u"  Wants 3 units.\r\nCall after lunch\tplease  "_s);
        QVERIFY2(note, note ? "" : qPrintable(note.error().message));
        QCOMPARE(note->body, u"Wants 3 units.\nCall after lunch\tplease"_s);
        QCOMPARE(note->authorId, kAigerim);
        for (const QString& bad : {u"   "_s, QString(Note::kMaxBodyLength + 1, u'x'), u"bell\u0007"_s}) {
            const auto refused = t->leads().addNote(ids[0], bad);
            QVERIFY(!refused);
            QCOMPARE(refused.error().rule, u"note"_s);
        }
        t.clock.advanceSecs(1);
        QVERIFY(t->leads().addNote(ids[0], QString(Note::kMaxBodyLength, u'x')));
        t.clock.advanceSecs(1);
        // Bolat may note Aigerim's lead too (a note is not a change of the lead), not edit her note.
        t->setActor(Actor::member(u"bolat@leadops.kz"_s, u"sales_manager"_s, kBolat));
        QVERIFY(t->leads().addNote(ids[0], u"He called back, wants a discount"_s));
        QCOMPARE(t->leads().editNote(note->id, u"x"_s).error().rule, u"note_edit"_s);
        QCOMPARE(t->leads().removeNote(note->id).error().rule, u"note_edit"_s);
        // A marketer writes no notes.
        t->setActor(Actor::member(u"marat@leadops.kz"_s, u"marketer"_s, kMarat));
        QCOMPARE(t->leads().addNote(ids[0], u"x"_s).error().code, u"role"_s);
        // Aigerim corrects hers within 15 minutes; at 16 it is history.
        t->setActor(Actor::member(u"aigerim@leadops.kz"_s, u"sales_manager"_s, kAigerim));
        t.clock.advanceSecs(14 * 60 - 2);
        QCOMPARE(t->leads().editNote(note->id, u"Wants 4 units"_s)->body, u"Wants 4 units"_s);
        t.clock.advanceSecs(2 * 60);
        const auto late = t->leads().editNote(note->id, u"Wants 5 units"_s);
        QVERIFY(!late);
        QCOMPARE(late.error().rule, u"note_edit"_s);
        QVERIFY2(late.error().message.contains(u"history"_s), qPrintable(late.error().message));
        const auto notes = t->leads().notes(ids[0]);
        QCOMPARE(notes->size(), 3);
        QCOMPARE(notes->last().body, u"Wants 4 units"_s); // newest first: hers is the oldest
        // What waits for the server: two inserts of hers, one correction, his insert.
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity = 'note'"_s), 4);
        // A fresh note removed: a tombstone goes to the server, the row goes here.
        const auto oops = t->leads().addNote(ids[0], u"wrong lead"_s);
        QVERIFY(t->leads().removeNote(oops->id));
        QCOMPARE(t->leads().notes(ids[0])->size(), 3);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity = 'note' AND json_extract(payload, "
                          "'$.deleted_at') IS NOT NULL"_s),
                 1);
    }

    void theTeamCopyIsReplacedWhole()
    {
        TestWorkspace t;
        TeamStore store(t->database());
        QVERIFY(store.replaceAll(team()));
        QCOMPARE(store.list()->size(), 4);
        QCOMPARE(store.list()->first().displayName, u"Aigerim"_s); // by name
        QVERIFY(store.replaceAll({team().first()}));
        QCOMPARE(store.list()->size(), 1);
        QVERIFY(!store.get(kBolat)->has_value());
        QCOMPARE(team().first().label(), u"Aigerim <aigerim@leadops.kz>"_s);
    }
};

QTEST_GUILESS_MAIN(TestOwnership)
#include "tst_ownership.moc"
