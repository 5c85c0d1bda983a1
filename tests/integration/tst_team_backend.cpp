// The team and who owns a lead, against the real PostgREST 12 and PostgreSQL 15: two sales
// managers in two workspaces register at their syncs, both take the same unassigned lead offline
// (one wins, the other gets a conflict with both versions, never a silent double assignment), and
// the server's policies refuse what the console refuses, for every role.
#include "tests/support/BackendEnv.h"
#include "tests/support/TestWorkspace.h"

#include "core/analytics/Analytics.h"
#include "core/auth/Jwt.h"
#include "core/json/EntityJson.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadImport.h"
#include "core/services/LeadService.h"
#include "core/store/Outbox.h"
#include "core/store/TeamStore.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Member
{
    QString id;
    QString email;
    QString role;
    std::unique_ptr<PostgrestClient> client;
    Actor actor() const { return Actor::member(email, role, id); }
};
} // namespace

class TestTeamBackend : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    Member m_aigerim, m_bolat, m_marat, m_nurlan; // two sales managers, a marketer, an analyst
    Member m_dana;                                // a second marketer
    QString m_campaign;
    QStringList m_leads; // unassigned leads made for this suite

    void makeMember(Member& m, const QString& name, const QString& role)
    {
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.email = u"%1.%2@leadops.test"_s.arg(name, m.id.left(8));
        m.role = role;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString token = jwt::signHs256(QJsonObject{{u"sub"_s, m.id},
                                                         {u"role"_s, u"authenticated"_s},
                                                         {u"email"_s, m.email},
                                                         {u"app_metadata"_s, QJsonObject{{u"role"_s, role}}},
                                                         {u"iat"_s, now},
                                                         {u"exp"_s, now + 3600}},
                                             m_env.secret());
        m.client = std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                                     std::make_shared<StaticBearer>(token));
    }

    QJsonObject serverLead(const QString& id)
    {
        RestRequest r;
        r.query = PostgrestQuery(u"leads"_s).select(u"*"_s).eq(u"id"_s, id);
        const auto response = m_aigerim.client->sendAndWait(r);
        return response && !response->json.array().isEmpty() ? response->json.array().first().toObject()
                                                             : QJsonObject();
    }

    // A PATCH of one lead as `m`; the rows the server changed (RLS filters a refused one to none).
    Result<int> patch(Member& m, const QString& id, const QJsonObject& fields)
    {
        RestRequest r;
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(u"leads"_s).eq(u"id"_s, id);
        r.prefer << u"return=representation"_s;
        r.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        const auto response = m.client->sendAndWait(r);
        if (!response)
            return tl::unexpected(response.error());
        return static_cast<int>(response->json.array().size());
    }

private Q_SLOTS:
    // The suites after this one change leads on the same database as a sales manager who owns
    // none: the leads this suite assigned go back to the queue.
    void cleanupTestCase()
    {
        for (Member* m : {&m_aigerim, &m_bolat}) {
            RestRequest r;
            r.method = HttpMethod::Patch;
            r.query = PostgrestQuery(u"leads"_s).eq(u"owner_id"_s, m->id);
            r.body = R"({"owner_id":null})";
            QVERIFY(m->client->sendAndWait(r));
        }
        RestRequest left;
        left.query = PostgrestQuery(u"leads"_s)
                         .select(u"id"_s)
                         .in(u"id"_s, m_leads)
                         .is(u"owner_id"_s, PostgrestQuery::IsValue::NotNull);
        const auto owned = m_aigerim.client->sendAndWait(left);
        QVERIFY(owned);
        QCOMPARE(owned->json.array().size(), 0);
    }

    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        makeMember(m_aigerim, u"aigerim"_s, u"sales_manager"_s);
        makeMember(m_bolat, u"bolat"_s, u"sales_manager"_s);
        makeMember(m_marat, u"marat"_s, u"marketer"_s);
        makeMember(m_nurlan, u"nurlan"_s, u"analyst"_s);
        makeMember(m_dana, u"dana"_s, u"marketer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto niche = waitFor(NicheRepository(*m_marat.client)
                                       .create(*Niche::create(newUuidV7(now), u"Team"_s, Market::Almaty, u"t"_s, now)));
        QVERIFY(niche);
        const auto campaign = waitFor(
            CampaignRepository(*m_marat.client)
                .create(*Campaign::create(newUuidV7(now), niche->id, u"Team — OLX"_s, Platform::Olx, 100'000, now)));
        QVERIFY(campaign);
        m_campaign = campaign->id;
        QJsonArray rows;
        for (int i = 0; i < 3; ++i) {
            const Lead l = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                         u"+7 707 %1"_s.arg(i, 7, 10, QLatin1Char('0')), now);
            m_leads << l.id;
            rows << toRow(l);
        }
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        QVERIFY(m_aigerim.client->sendAndWait(insert));
    }

    void twoManagersTakeTheSameLeadOffline()
    {
        TestWorkspace a, b;
        a->setActor(m_aigerim.actor());
        b->setActor(m_bolat.actor());
        // Each sync registers its member and brings the team; Aigerim's second sees Bolat too.
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        for (TestWorkspace* t : {&a, &b}) {
            QCOMPARE((*t)->leads().team().findByEmail(m_aigerim.email)->value().userId, m_aigerim.id);
            QCOMPARE((*t)->leads().team().findByEmail(m_bolat.email)->value().roleKey, u"sales_manager"_s);
        }
        const QString contested = m_leads[0];
        QVERIFY(a->leads().take(contested));
        QVERIFY(b->leads().take(contested));

        const auto first = SyncEngine(a->database(), *m_aigerim.client).push();
        QVERIFY(first);
        QCOMPARE(first->pushed, 1);
        const auto second = SyncEngine(b->database(), *m_bolat.client).push();
        QVERIFY(second);
        QCOMPARE(second->pushed, 0);
        QCOMPARE(second->conflicts, 1);
        QCOMPARE(serverLead(contested).value(u"owner_id"_s).toString(), m_aigerim.id);
        // Bolat is told, with both versions: his (owner Bolat) and the server's (owner Aigerim).
        const auto conflicts = Outbox(b->database()).entries(u"conflict"_s);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().payload.value(u"owner_id"_s).toString(), m_bolat.id);
        QCOMPARE(conflicts->first().theirs.value(u"owner_id"_s).toString(), m_aigerim.id);
        // He keeps the server's: the lead is Aigerim's, and his window refuses to work on it.
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).resolve(conflicts->first().id, false));
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        QCOMPARE(b->leads().get(contested)->ownerId, m_aigerim.id);
        const auto refused = b->leads().markContacted(contested);
        QVERIFY(!refused);
        QCOMPARE(refused.error().rule, u"owner"_s);
        QVERIFY2(refused.error().message.contains(m_aigerim.email), qPrintable(refused.error().message));

        // Aigerim hands the second lead to Bolat; after the sync it is his, in both workspaces.
        QVERIFY(a->leads().assign(m_leads[1], m_bolat.id));
        QCOMPARE(SyncEngine(a->database(), *m_aigerim.client).push()->pushed, 1);
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        QCOMPARE(b->leads().get(m_leads[1])->ownerId, m_bolat.id);
        QVERIFY(b->leads().markContacted(m_leads[1]));
        QCOMPARE(SyncEngine(b->database(), *m_bolat.client).push()->pushed, 1);
        QCOMPARE(serverLead(m_leads[1]).value(u"status"_s).toString(), u"contacted"_s);
    }

    // Notes from both managers arrive in both workspaces; a removed note leaves both; nobody edits
    // another's note, on the server either.
    void notesFromBothArriveInBoth()
    {
        TestWorkspace a, b;
        a->setActor(m_aigerim.actor());
        b->setActor(m_bolat.actor());
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        const QString lead = m_leads[2];
        const auto hers = a->leads().addNote(lead, u"Wants three units.\nCall after lunch."_s);
        QVERIFY(hers);
        const auto his = b->leads().addNote(lead, u"Called back: asks for a discount"_s);
        QVERIFY(his);
        const auto mistake = b->leads().addNote(lead, u"wrong lead"_s);
        QVERIFY(mistake);
        QCOMPARE(SyncEngine(a->database(), *m_aigerim.client).push()->pushed, 1);
        QCOMPARE(SyncEngine(b->database(), *m_bolat.client).push()->pushed, 2);
        QVERIFY(b->leads().removeNote(mistake->id));
        const auto removal = SyncEngine(b->database(), *m_bolat.client).push();
        QVERIFY(removal);
        const auto left = Outbox(b->database()).entries();
        QVERIFY2(removal->pushed == 1, qPrintable(left->isEmpty() ? QString() : left->first().error));
        for (auto [t, client] : {std::pair{&a, m_aigerim.client.get()}, std::pair{&b, m_bolat.client.get()}}) {
            QVERIFY(SyncEngine((*t)->database(), *client).pull());
            const auto notes = (*t)->leads().notes(lead);
            QVERIFY(notes);
            QStringList bodies;
            for (const Note& n : *notes)
                bodies << n.body;
            QCOMPARE(bodies.size(), 2);
            QVERIFY(bodies.contains(u"Wants three units.\nCall after lunch."_s));
            QVERIFY(bodies.contains(u"Called back: asks for a discount"_s));
        }
        QCOMPARE(a->leads().notes(lead)->last().authorId.isEmpty(), false);
        // Bolat's console refuses to edit her note; so does the server.
        QCOMPARE(b->leads().editNote(hers->id, u"x"_s).error().rule, u"note_edit"_s);
        RestRequest r;
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(u"lead_notes"_s).eq(u"id"_s, hers->id);
        r.prefer << u"return=representation"_s;
        r.body = R"({"body":"rewritten"})";
        const auto rewritten = m_bolat.client->sendAndWait(r);
        QVERIFY(rewritten);
        QCOMPARE(rewritten->json.array().size(), 0); // row-level security: not his to change
        // Marketers and analysts read notes, write none.
        RestRequest read;
        read.query = PostgrestQuery(u"lead_notes"_s).select(u"body"_s).eq(u"lead_id"_s, lead);
        read.query.is(u"deleted_at"_s, PostgrestQuery::IsValue::Null); // the tombstone stays for the syncs
        QCOMPARE(m_nurlan.client->sendAndWait(read)->json.array().size(), 2);
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"lead_notes"_s);
        insert.body = QJsonDocument(QJsonObject{{u"lead_id"_s, lead}, {u"body"_s, u"x"_s}}).toJson();
        const auto byMarketer = m_marat.client->sendAndWait(insert);
        QVERIFY(!byMarketer);
        QCOMPARE(byMarketer.error().httpStatus, 403);
    }

    // The server's own refusals, whatever a client sends (the console never queues these).
    void theServerRefusesPerRole()
    {
        QVERIFY(m_marat.client->sendAndWait(
            RestRequest{HttpMethod::Post, PostgrestQuery(u"rpc/register_member"_s), "{}", {}, false, 0, 0}));
        const QString aigerims = m_leads[0]; // Aigerim's since the race
        const QString unassigned = m_leads[2];
        // Another sales manager's lead: row-level security filters the update to nothing.
        QCOMPARE(patch(m_bolat, aigerims, {{u"display_name"_s, u"Bolat was here"_s}}).value_or(-1), 0);
        QVERIFY(serverLead(aigerims).value(u"display_name"_s).isNull());
        // Marketers and analysts change no lead at all.
        QCOMPARE(patch(m_marat, unassigned, {{u"display_name"_s, u"x"_s}}).value_or(-1), 0);
        QCOMPARE(patch(m_nurlan, unassigned, {{u"display_name"_s, u"x"_s}}).value_or(-1), 0);
        // A lead goes to an active sales manager only: a marketer, or nobody known, is refused.
        const auto toMarketer = patch(m_aigerim, unassigned, {{u"owner_id"_s, m_marat.id}});
        QVERIFY(!toMarketer);
        QCOMPARE(toMarketer.error().code, u"23514"_s);
        QVERIFY2(toMarketer.error().message.contains(u"only an active sales manager"_s),
                 qPrintable(toMarketer.error().message));
        const auto toNobody =
            patch(m_aigerim, unassigned, {{u"owner_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        QVERIFY(!toNobody);
        QVERIFY(serverLead(unassigned).value(u"owner_id"_s).isNull());
        // A new lead is created unassigned or as one's own, never straight into a colleague's queue.
        QJsonObject row = toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                              u"+7 707 9999999"_s, QDateTime::currentDateTimeUtc()));
        row.insert(u"owner_id"_s, m_bolat.id);
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(row).toJson(QJsonDocument::Compact);
        const auto inserted = m_aigerim.client->sendAndWait(insert);
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().httpStatus, 403);
        // Every role reads the team (names, never ids, in the console); nobody writes it directly.
        RestRequest team;
        team.query = PostgrestQuery(u"team_members"_s).select(u"email,role,active"_s);
        const auto read = m_nurlan.client->sendAndWait(team);
        QVERIFY(read);
        QVERIFY(read->json.array().size() >= 3);
        RestRequest write;
        write.method = HttpMethod::Patch;
        write.query = PostgrestQuery(u"team_members"_s).eq(u"user_id"_s, m_bolat.id);
        write.body = R"({"active":false})";
        const auto written = m_aigerim.client->sendAndWait(write);
        QVERIFY(!written);
        QCOMPARE(written.error().httpStatus, 403);
    }

    // What one manager did reaches a colleague's funnel through the server's history: the second
    // workspace, which made none of these changes, counts the same numbers as the first.
    void theFunnelAfterASyncCountsWhatHappenedOnTheServer()
    {
        TestWorkspace a, b;
        a->setActor(m_aigerim.actor());
        b->setActor(m_bolat.actor());
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        const QString prefix = QString::number(QRandomGenerator::global()->bounded(100, 999));
        const auto won = a->leads().create(m_campaign, Platform::Olx, u"+7 706 %1 00 01"_s.arg(prefix));
        const auto lost = a->leads().create(m_campaign, Platform::Olx, u"+7 706 %1 00 02"_s.arg(prefix));
        QVERIFY(won && lost);
        QVERIFY(a->leads().markContacted(won->id));
        for (int i = 0; i < 3; ++i)
            QVERIFY(a->leads().recordMessage(won->id));
        QVERIFY(a->leads().qualify(won->id, 0.9));
        QVERIFY(a->leads().markContacted(lost->id));
        QVERIFY(a->leads().startQualifying(lost->id));
        QVERIFY(a->leads().disqualify(lost->id, u"Нет бюджета"_s));
        // Qualifying, then back to contacted (the added transition the server allows too) and
        // qualified from there.
        const auto second = a->leads().create(m_campaign, Platform::Olx, u"+7 706 %1 00 03"_s.arg(prefix));
        QVERIFY(second);
        QVERIFY(a->leads().markContacted(second->id));
        for (int i = 0; i < 3; ++i)
            QVERIFY(a->leads().recordMessage(second->id));
        QVERIFY(a->leads().startQualifying(second->id));
        QVERIFY(a->leads().backToContacted(second->id));
        QVERIFY(a->leads().qualify(second->id, 0.7));
        const auto pushed = SyncEngine(a->database(), *m_aigerim.client).push();
        QVERIFY(pushed);
        QCOMPARE(pushed->failed + pushed->conflicts, 0);
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        const auto pulled = SyncEngine(b->database(), *m_bolat.client).pull();
        QVERIFY(pulled);
        QVERIFY(pulled->historyPulled > 0);

        AnalyticsFilter campaign;
        campaign.campaignId = m_campaign;
        const auto here = Analytics(a->database()).funnel(campaign);
        const auto there = Analytics(b->database()).funnel(campaign);
        QVERIFY(here && there);
        QCOMPARE(Analytics::funnelCsv(*there), Analytics::funnelCsv(*here));
        using Kind = FunnelSelection::Kind;
        QVERIFY(there->count({Kind::Reached, LeadStatus::Qualified}) >= 1);
        QVERIFY(there->count({Kind::DisqualifiedFrom, LeadStatus::Qualifying}) >= 1);
        // The disqualified lead is listed under "disqualified from qualifying" there too.
        LeadFilter fromQualifying;
        fromQualifying.campaignId = m_campaign;
        fromQualifying.funnel = FunnelSelection{Kind::DisqualifiedFrom, LeadStatus::Qualifying};
        const auto listed = b->leads().list(fromQualifying);
        QVERIFY(listed);
        QVERIFY(std::any_of(listed->cbegin(), listed->cend(), [&](const Lead& l) { return l.id == lost->id; }));
        QCOMPARE(*b->leads().count(fromQualifying), there->count(*fromQualifying.funnel));
        // The lead's history there: the colleague's status changes, from the server, in order; here
        // each change once (the server's copy of a change made here is not shown twice).
        const auto theirs = b->leads().history(lost->id);
        QVERIFY(theirs);
        QStringList moves;
        for (const AuditEntry& e : *theirs)
            moves << e.fromStatus + u">"_s + e.toStatus;
        QCOMPARE(moves, (QStringList{u"new>contacted"_s, u"contacted>qualifying"_s, u"qualifying>disqualified"_s}));
        QCOMPARE(theirs->first().actor, u"sales_manager"_s);
        const auto ours = a->leads().history(lost->id);
        QVERIFY(ours);
        QCOMPARE(ours->size(), 4); // create, contacted, qualifying, disqualified: recorded here, once each
        // A second pull asks only for what came after: nothing new, nothing stored twice.
        const auto again = SyncEngine(b->database(), *m_bolat.client).pull();
        QVERIFY(again);
        QCOMPARE(Analytics::funnelCsv(*Analytics(b->database()).funnel(campaign)), Analytics::funnelCsv(*there));
    }

    // Issue 20 on the real server: two marketers' spends add up instead of conflicting, a campaign
    // change queued after a spend is not a conflict, and the ledger's corrections reach both
    // workspaces: reversing another entry lowers spent and keeps the status; reversing the entry
    // that completed the campaign returns it to the status it had, with the right spent.
    void theSpendLedgerSyncsBetweenMarketers()
    {
        TestWorkspace a, b;
        a->setActor(m_marat.actor());
        b->setActor(m_dana.actor());
        const auto sync = [](TestWorkspace& t, Member& m) {
            SyncEngine engine(t->database(), *m.client);
            const auto pushed = engine.push();
            if (!pushed || pushed->failed + pushed->conflicts > 0)
                return false;
            return engine.pull().has_value();
        };
        QVERIFY(sync(a, m_marat));
        const auto c = a->campaigns().create(a->campaigns().get(m_campaign)->nicheId, u"Ledger — Kaspi"_s,
                                             Platform::Kaspi, 1000'00);
        QVERIFY(c);
        QVERIFY(a->campaigns().start(c->id));
        QVERIFY(sync(a, m_marat));
        QVERIFY(sync(b, m_dana));
        QCOMPARE(b->campaigns().get(c->id)->status, CampaignStatus::Active);

        // Both offline: Marat records 300 ₸ and then pauses; Dana records 200 ₸.
        QVERIFY(a->campaigns().addSpend(c->id, 300'00, Campaign::Overspend::NeedsConfirmation, u"week 1"_s));
        QVERIFY(a->campaigns().pause(c->id));
        QVERIFY(b->campaigns().addSpend(c->id, 200'00));
        const auto first = SyncEngine(a->database(), *m_marat.client).push();
        QVERIFY(first);
        QCOMPARE(first->pushed, 2);
        QCOMPARE(first->conflicts, 0);
        const auto second = SyncEngine(b->database(), *m_dana.client).push();
        QVERIFY(second);
        QCOMPARE(second->pushed, 1);
        QCOMPARE(second->conflicts + second->failed, 0);
        QVERIFY(sync(a, m_marat));
        QVERIFY(sync(b, m_dana));
        for (TestWorkspace* t : {&a, &b}) {
            const auto now = (*t)->campaigns().get(c->id);
            QCOMPARE(now->spent, Money(500'00));
            QCOMPARE(now->status, CampaignStatus::Paused);
            QCOMPARE((*t)->campaigns().spending(c->id)->size(), 2);
        }

        // Dana's spend reaches the budget exactly: completed, in both.
        QCOMPARE(b->campaigns().addSpend(c->id, 500'00)->status, CampaignStatus::Completed);
        QVERIFY(sync(b, m_dana));
        QVERIFY(sync(a, m_marat));
        QCOMPARE(a->campaigns().get(c->id)->status, CampaignStatus::Completed);
        auto ledger = a->campaigns().spending(c->id);
        QCOMPARE(ledger->size(), 3);
        const LedgerLine completing = ledger->at(2);
        QVERIFY(completing.completedCampaign());
        QCOMPARE(completing.statusBefore, CampaignStatus::Paused);
        QCOMPARE(completing.author, m_dana.id);

        // Marat reverses his week-1 spend: spent 700, still completed, in both.
        const auto weekOne =
            std::find_if(ledger->cbegin(), ledger->cend(), [](const LedgerLine& l) { return l.note == u"week 1"_s; });
        QVERIFY(weekOne != ledger->cend());
        QCOMPARE(a->campaigns().reverseSpend(c->id, weekOne->id, u"typo"_s)->status, CampaignStatus::Completed);
        QVERIFY(sync(a, m_marat));
        QVERIFY(sync(b, m_dana));
        QCOMPARE(b->campaigns().get(c->id)->spent, Money(700'00));
        QCOMPARE(b->campaigns().get(c->id)->status, CampaignStatus::Completed);

        // Dana reverses the completing spend: back to paused with 200 ₸ spent, in both, and on the
        // server; the two ledgers read the same.
        const auto back = b->campaigns().reverseSpend(c->id, completing.id);
        QCOMPARE(back->status, CampaignStatus::Paused);
        QVERIFY(sync(b, m_dana));
        QVERIFY(sync(a, m_marat));
        for (TestWorkspace* t : {&a, &b}) {
            const auto now = (*t)->campaigns().get(c->id);
            QCOMPARE(now->spent, Money(200'00));
            QCOMPARE(now->status, CampaignStatus::Paused);
            QVERIFY(!now->completedAt);
        }
        const auto lines = [](TestWorkspace& t, const QString& id) {
            QStringList out;
            const auto entries = t->campaigns().spending(id);
            for (const LedgerLine& l : *entries)
                out << u"%1 %2 %3 %4>%5 %6 %7"_s.arg(l.id, formatMoney(l.effect()), formatMoney(l.spentAfter),
                                                     toKey(l.statusBefore), toKey(l.statusAfter), l.reversedBy,
                                                     l.syncState);
            return out;
        };
        QCOMPARE(lines(b, c->id), lines(a, c->id));
        QCOMPARE(lines(a, c->id).size(), 5);
        QVERIFY(lines(a, c->id).last().endsWith(u" sent"_s));
        RestRequest r;
        r.query = PostgrestQuery(u"campaigns"_s).select(u"spent,status"_s).eq(u"id"_s, c->id);
        const auto server = m_nurlan.client->sendAndWait(r);
        QVERIFY(server);
        QCOMPARE(server->json.array().first().toObject().value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(server->json.array().first().toObject().value(u"spent"_s).toDouble(), 200.0);
        // An analyst records nothing, and the server says so too.
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"campaign_spends"_s);
        insert.body = QJsonDocument(QJsonObject{{u"campaign_id"_s, c->id}, {u"amount"_s, 1}}).toJson();
        QVERIFY(!m_nurlan.client->sendAndWait(insert));
    }

    // Issue 19 on the real server: an imported file reaches it like any change (and every console,
    // though this workspace's clock is eleven days behind: the server stamps inserts); its undo removes the
    // leads everywhere (tombstones, which take their notes along, whoever wrote them); the same file
    // imported again is accepted (a contact is unique among leads that exist); and a completed
    // campaign takes no new lead, whatever the client.
    void anImportSyncsAndItsUndoRemovesItEverywhere()
    {
        TestWorkspace a, b;
        a->setActor(m_aigerim.actor());
        b->setActor(m_bolat.actor());
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        QTemporaryDir dir;
        QFile file(dir.filePath(u"bought-list.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString prefix = QString::number(QRandomGenerator::global()->bounded(100, 999));
        file.write(u"Телефон;Имя;Заметка\r\n+7 705 %1 00 01;Дана;Хочет скидку\r\n+7 705 %1 00 02;Марат;\r\n"
                   "8 705 %1 00 03;;Перезвонить\r\n"_s.arg(prefix)
                       .toUtf8());
        file.close();
        ImportRequest request;
        request.path = file.fileName();
        request.campaignId = m_campaign;
        const auto imported = LeadImporter(a->database(), a->clock(), a->actor()).run(request);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->imported, 3);
        QCOMPARE(SyncEngine(a->database(), *m_aigerim.client).push()->pushed, 5); // 3 leads, 2 notes
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        LeadFilter danasContact;
        danasContact.search = u"7705"_s + prefix + u"0001"_s;
        const auto found = b->leads().list(danasContact);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        const Lead dana = found->first();
        QCOMPARE(dana.displayName, u"Дана"_s);
        QCOMPARE(b->leads().notes(dana.id)->size(), 1);
        // A colleague's note on an imported lead: the lead is touched, the undo is refused...
        const auto bolatsNote = b->leads().addNote(dana.id, u"Called: interested"_s);
        QVERIFY(bolatsNote);
        QCOMPARE(SyncEngine(b->database(), *m_bolat.client).push()->pushed, 1);
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        auto undone = LeadImporter(a->database(), a->clock(), a->actor()).undo(imported->batchId);
        QVERIFY(!undone);
        QCOMPARE(undone.error().rule, u"import_undo"_s);
        // ...until that note is gone again (within its 15 minutes).
        QVERIFY(b->leads().removeNote(bolatsNote->id));
        QCOMPARE(SyncEngine(b->database(), *m_bolat.client).push()->pushed, 1);
        QVERIFY(SyncEngine(a->database(), *m_aigerim.client).pull());
        undone = LeadImporter(a->database(), a->clock(), a->actor()).undo(imported->batchId);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(undone->removed, 3);
        QCOMPARE(SyncEngine(a->database(), *m_aigerim.client).push()->pushed, 3); // three tombstones
        QVERIFY(!serverLead(dana.id).value(u"deleted_at"_s).isNull());
        RestRequest notes;
        notes.query = PostgrestQuery(u"lead_notes"_s).select(u"id,deleted_at"_s).eq(u"lead_id"_s, dana.id);
        const auto serverNotes = m_aigerim.client->sendAndWait(notes);
        QVERIFY(serverNotes);
        for (const auto& n : serverNotes->json.array())
            QVERIFY(!n.toObject().value(u"deleted_at"_s).isNull());
        QVERIFY(SyncEngine(b->database(), *m_bolat.client).pull());
        QCOMPARE(b->leads().get(dana.id).error().kind, ErrorKind::NotFound);
        QCOMPARE(b->leads().notes(dana.id).error().kind, ErrorKind::NotFound);

        // The same file again: accepted by the server, though its removed twins keep the contacts.
        const auto again = LeadImporter(a->database(), a->clock(), a->actor()).run(request);
        QCOMPARE(again->imported, 3);
        const auto pushed = SyncEngine(a->database(), *m_aigerim.client).push();
        QCOMPARE(pushed->pushed, 5);
        QCOMPARE(pushed->conflicts + pushed->failed, 0);

        // A completed campaign takes no new lead on the server either (rule campaign_leads).
        RestRequest complete;
        complete.method = HttpMethod::Patch;
        complete.query = PostgrestQuery(u"campaigns"_s).eq(u"id"_s, m_campaign);
        complete.body =
            QJsonDocument(QJsonObject{{u"status"_s, u"completed"_s},
                                      {u"completed_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                .toJson(QJsonDocument::Compact);
        QVERIFY(m_marat.client->sendAndWait(complete));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Lead late =
            *Lead::create(newUuidV7(now), m_campaign, Platform::Olx, u"+7 705 %1 00 09"_s.arg(prefix), now);
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(toRow(late)).toJson(QJsonDocument::Compact);
        const auto refused = m_aigerim.client->sendAndWait(insert);
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY2(refused.error().message.contains(u"takes no new leads"_s), qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTeamBackend)
#include "tst_team_backend.moc"
