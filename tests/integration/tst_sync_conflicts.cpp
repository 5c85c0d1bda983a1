// Sync against the real backend when the server and the console disagree: concurrent edits kept as
// conflicts and resolved, refusals kept readable, sent again or dropped (with their children).
#include "tests/support/SyncFixture.h"

#include "core/services/CampaignService.h"
#include "core/services/NicheService.h"
#include "core/store/Migrations.h"

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestSyncConflicts : public QObject, SyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = setUpBackend();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void concurrentEditsBecomeAConflictNotALostUpdate()
    {
        TestWorkspace a, b;
        QVERIFY(pull(a));
        QVERIFY(pull(b));
        const QString id = firstNewLead(a);
        QVERIFY(a->leads().markContacted(id));
        QCOMPARE(push(a)->pushed, 1);
        QVERIFY(b->leads().disqualify(id, u"Не заинтересован"_s));
        const auto conflicted = push(b);
        QCOMPARE(conflicted->conflicts, 1);
        QCOMPARE(serverLead(id).value(u"status"_s).toString(), u"contacted"_s); // A's change survives
        // The pull holds the row back while the conflict is open.
        QCOMPARE(pull(b)->heldBack, 1);
        QCOMPARE(b->leads().get(id)->status, LeadStatus::Disqualified);

        const auto conflicts = Outbox(b->database()).entries(u"conflict"_s);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().theirs.value(u"status"_s).toString(), u"contacted"_s);
        QCOMPARE(conflicts->first().payload.value(u"status"_s).toString(), u"disqualified"_s);

        // Keep mine: re-applied on top of the server's version.
        QVERIFY(SyncEngine(b->database(), *m_sales).resolve(conflicts->first().id, true));
        QCOMPARE(push(b)->pushed, 1);
        QCOMPARE(serverLead(id).value(u"status"_s).toString(), u"disqualified"_s);

        // And keep theirs, the other way round.
        QVERIFY(pull(a));
        QVERIFY(a->leads().markContacted(firstNewLead(a))); // another lead, to keep this test independent
        const QString other = Outbox(a->database()).entries()->first().entityId;
        QVERIFY(patchLead(other, {{u"messages_count"_s, 42}}));
        QCOMPARE(push(a)->conflicts, 1);
        const qint64 conflictId = Outbox(a->database()).entries(u"conflict"_s)->first().id;
        QVERIFY(SyncEngine(a->database(), *m_sales).resolve(conflictId, false));
        QCOMPARE(a->leads().get(other)->messagesCount, 42);
        QCOMPARE(a->leads().get(other)->status, LeadStatus::New);
        QCOMPARE(Outbox(a->database()).entries()->size(), 0);
    }

    // Found by the soak: a conflict resolved as the server's stored the server's row as it was when
    // the conflict was found; the pulls in between had held the row back and moved past its newer
    // versions, so the workspace kept an old row for good. Now the row is asked for again by id.
    void conflictResolvedAsTheirsEndsOnTheServersLatestRow()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        const QString id = firstNewLead(t);
        const int base = t->leads().get(id)->messagesCount;
        QVERIFY(t->leads().recordMessage(id));
        QVERIFY(patchLead(id, {{u"messages_count"_s, base + 5}})); // someone else, meanwhile
        QCOMPARE(push(t)->conflicts, 1);
        QVERIFY(patchLead(id, {{u"messages_count"_s, base + 9}})); // and again
        QVERIFY(pull(t));                                          // held back: the conflict waits
        const qint64 conflict = Outbox(t->database()).entries(u"conflict"_s)->first().id;
        QVERIFY(SyncEngine(t->database(), *m_sales).resolve(conflict, false));
        QVERIFY(pull(t));
        QCOMPARE(t->leads().get(id)->messagesCount, base + 9);
        QCOMPARE(serverLead(id).value(u"messages_count"_s).toInt(), base + 9);
    }

    void refusalsAreKeptReadable()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        // An analyst's token: RLS refuses the change; it stays, with the reason. RLS filters the
        // PATCH to zero rows, as a changed row would be; the row is unchanged on the server, so it is
        // a refusal by role (exit 1), never a conflict (issue 15, defect 8: it was reported as one).
        PostgrestClient analyst(RestEndpoint{QUrl(m_env.restUrl()), {}, 10'000},
                                std::make_shared<StaticBearer>(m_env.token(u"analyst"_s)));
        const QString id = firstNewLead(t);
        QVERIFY(t->leads().markContacted(id));
        const auto r = SyncEngine(t->database(), analyst).push();
        QVERIFY(r);
        QCOMPARE(r->pushed, 0);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(r->failed, 1);
        const auto entries = Outbox(t->database()).entries();
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().state, u"failed"_s);
        QVERIFY2(entries->first().error.contains(u"Your role (analyst) cannot change lead"_s),
                 qPrintable(entries->first().error));
    }

    // A change the server refused is not stuck: `resolve --keep mine` sends it again (it goes
    // through once the cause has gone), `--keep theirs` drops it: a row whose insert was refused is
    // removed here, any other gets the server's version back with the next pull.
    void refusedChangesAreSentAgainOrDropped()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        const auto serverInsert = [&](const QString& contact) {
            RestRequest insert;
            insert.method = HttpMethod::Post;
            insert.query = PostgrestQuery(u"leads"_s);
            insert.prefer << u"return=representation"_s;
            insert.body = QJsonDocument(toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign,
                                                            Platform::Kaspi, contact, QDateTime::currentDateTimeUtc())))
                              .toJson(QJsonDocument::Compact);
            const auto r = m_sales->sendAndWait(insert);
            return r ? r->json.array().first().toObject().value(u"id"_s).toString() : QString();
        };
        const auto refused = [&] {
            const auto entries = Outbox(t->database()).entries(u"failed"_s);
            return entries ? *entries : QList<OutboxEntry>();
        };

        // An insert the server refuses: another lead there took the contact meanwhile.
        const QString mine = t->leads().create(m_campaign, Platform::Kaspi, u"+77017770001"_s)->id;
        const QString theirs = serverInsert(u"+77017770001"_s);
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(push(t)->failed, 1);
        QCOMPARE(refused().size(), 1);
        QVERIFY2(refused().first().error.contains(u"contact"_s), qPrintable(refused().first().error));
        // Sent again while the cause is there: refused again, still kept.
        QVERIFY(SyncEngine(t->database(), *m_sales).resolve(refused().first().id, true));
        QCOMPARE(Outbox(t->database()).count(u"pending"_s).value(), 1);
        QCOMPARE(push(t)->failed, 1);
        // The cause goes (the other lead's contact is corrected there): sent again, it goes through.
        QVERIFY(patchLead(theirs, {{u"contact"_s, u"+77017770009"_s}}));
        QVERIFY(SyncEngine(t->database(), *m_sales).resolve(refused().first().id, true));
        QCOMPARE(push(t)->pushed, 1);
        QCOMPARE(serverLead(mine).value(u"contact"_s).toString(), u"+77017770001"_s);

        // The same refusal, dropped: the local lead goes, the server's comes with the next pull.
        const QString dropped = t->leads().create(m_campaign, Platform::Kaspi, u"+77017770002"_s)->id;
        const QString kept = serverInsert(u"+77017770002"_s);
        QCOMPARE(push(t)->failed, 1);
        QVERIFY(SyncEngine(t->database(), *m_sales).resolve(refused().first().id, false));
        QCOMPARE(t->leads().get(dropped).error().kind, ErrorKind::NotFound);
        QCOMPARE(Outbox(t->database()).entries()->size(), 0);
        QVERIFY(pull(t));
        QCOMPARE(t->leads().get(kept)->contact, u"+77017770002"_s);

        // An update the server's rules refuse (its payload altered here past the console's own
        // checks: a score above 1), dropped: the server's version comes back, though unchanged there.
        const QString updated = firstNewLead(t);
        QVERIFY(t->leads().markContacted(updated));
        QVERIFY(t->database().exec(
            u"UPDATE outbox SET payload = json_set(payload, '$.qualification_score', 5) WHERE entity_id = '%1'"_s.arg(
                updated)));
        QCOMPARE(push(t)->failed, 1);
        QCOMPARE(refused().first().op, u"update"_s);
        QVERIFY(SyncEngine(t->database(), *m_sales).resolve(refused().first().id, false));
        QCOMPARE(t->leads().get(updated)->status, LeadStatus::Contacted); // until the next pull
        const auto back = pull(t);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(t->leads().get(updated)->status, LeadStatus::New);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_deferred"_s), 0);
        QCOMPARE(serverLead(updated).value(u"status"_s).toString(), u"new"_s);

        // Nothing else to resolve: a clear error.
        const auto none = SyncEngine(t->database(), *m_sales).resolve(999999, true);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::NotFound);
    }

    // A refused insert of a row other local rows refer to is not dropped from under them: the error
    // says which, and once their own refused inserts are dropped, it goes too. (The refusals are set
    // in the outbox directly: this is about the local rule, no server is asked.)
    void refusedParentIsDroppedAfterItsChildren()
    {
        TestWorkspace t;
        const auto niche = t->niches().create(u"Refused niche"_s, Market::Almaty, u"r"_s);
        QVERIFY(niche);
        const auto campaign = t->campaigns().create(niche->id, u"Refused — Kaspi"_s, Platform::Kaspi, 50'000);
        QVERIFY2(campaign, campaign ? "" : qPrintable(campaign.error().message));
        const auto lead = t->leads().create(campaign->id, Platform::Kaspi, u"+77017770003"_s);
        QVERIFY(lead);
        QVERIFY(t->database().exec(u"UPDATE outbox SET state = 'failed', error = 'refused'"_s));
        const auto entryOf = [&](const QString& rowId) {
            const QList<OutboxEntry> entries = Outbox(t->database()).entries().value();
            for (const OutboxEntry& e : entries)
                if (e.entityId == rowId)
                    return e.id;
            return qint64(-1);
        };
        const auto blocked = resolveConflict(t->database(), entryOf(campaign->id), false);
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind, ErrorKind::Validation);
        QVERIFY2(blocked.error().message.contains(u"1 local leads"_s), qPrintable(blocked.error().message));
        QVERIFY(t->campaigns().get(campaign->id)); // nothing was dropped
        QCOMPARE(Outbox(t->database()).entries()->size(), 3);

        QVERIFY(resolveConflict(t->database(), entryOf(lead->id), false));
        QVERIFY(resolveConflict(t->database(), entryOf(campaign->id), false));
        QVERIFY(resolveConflict(t->database(), entryOf(niche->id), false));
        QCOMPARE(t->campaigns().get(campaign->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM niches"_s), 0);
        QCOMPARE(Outbox(t->database()).entries()->size(), 0);
    }

    // Rows that change on the server behind a first pull's position (a snapshot in created_at
    // order) arrive with that same pull: it goes on by updated_at from the horizon it started at.
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_sync_conflicts.moc"
