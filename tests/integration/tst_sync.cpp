// Offline-first sync against the real backend: full and incremental pull, offline changes pushed
// exactly once, idempotent retries, late commits, first pulls in parts, tombstones.
#include "tests/support/SyncFixture.h"

#include "core/json/RowReader.h"
#include "core/services/CampaignService.h"
#include "core/services/NicheService.h"
#include "core/store/Migrations.h"

#include <QSqlRecord>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestSync : public QObject, SyncFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = setUpBackend();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void fullThenIncrementalPull()
    {
        TestWorkspace t;
        // Progress per stored page: rows so far, and the server's estimate of what is coming.
        QHash<QString, std::pair<qint64, qint64>> seen; // table -> (rows, expected) at the last call
        const auto first =
            SyncEngine(t->database(), *m_sales).pull([&](const QString& table, qint64 rows, qint64 expected) {
                seen[table] = {rows, expected};
                return true;
            });
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        // Every live row (other suites leave tombstones on the shared server: an undone import's).
        for (const QString& table : {u"niches"_s, u"campaigns"_s, u"leads"_s, u"campaign_spends"_s})
            QCOMPARE(localCount(t, u"SELECT count(*) FROM "_s + table), serverCount(table, true));
        QVERIFY(first->pulled >= 2502);
        QCOMPARE(seen.value(u"leads"_s).first, serverCount(u"leads"_s)); // what came, tombstones too
        // The first pull was a snapshot by (created_at, id); it ended, and the pull of changes
        // starts from the horizon it began at.
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_snapshot"_s), 0);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_state WHERE entity = 'lead' AND "
                               "watermark_updated_at IS NOT NULL"_s),
                 1);
        QVERIFY2(seen.value(u"leads"_s).second >= seen.value(u"leads"_s).first,
                 qPrintable(QString::number(seen.value(u"leads"_s).second))); // an estimate, never below what came
        // The 2,500 leads share one created_at (and one updated_at): the snapshot walks that tie run
        // by id, and the read index it set aside (not in creation order) is built at its end.
        QCOMPARE(localCount(t, u"SELECT count(DISTINCT id) FROM leads"_s), serverCount(u"leads"_s, true));
        for (const ReadIndex& index : readIndexes())
            QCOMPARE(localCount(t, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s.arg(
                                       index.name)),
                     1);
        const auto second = pull(t);
        QCOMPARE(second->pulled, 0); // nothing changed: nothing pulled

        // A change made on the server appears after the next pull.
        const QString id = LeadStore(t->database()).list({})->first().id;
        QVERIFY(patchLead(id, {{u"messages_count"_s, 7}}));
        const auto third = pull(t);
        QCOMPARE(third->pulled, 1);
        QCOMPARE(t->leads().get(id)->messagesCount, 7);

        // A soft delete on the server removes the row locally.
        QVERIFY(patchLead(id, {{u"deleted_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
        QCOMPARE(pull(t)->deleted, 1);
        QCOMPARE(t->leads().get(id).error().kind, ErrorKind::NotFound);
    }

    // A row updated by a transaction that commits after a pull has read past its updated_at (the
    // other row, committed meanwhile, is later) arrives with the next pull: the watermark waits at
    // the server's sync horizon, the start of the oldest writing transaction.
    void lateCommitIsNotMissed()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        const auto leads = LeadStore(t->database()).list({});
        QVERIFY(leads && leads->size() >= 2);
        const QString late = leads->at(0).id;
        const QString early = leads->at(1).id;
        auto transaction = startPsql(u"BEGIN; UPDATE leads SET messages_count = 31 WHERE id = '%1'; "
                                     "SELECT pg_sleep(3); COMMIT;"_s.arg(late));
        QVERIFY(transaction->waitForStarted());
        // Until the update has run, the horizon is now; then it is the transaction's start.
        QDateTime horizonSeen;
        for (int i = 0; i < 100 && !horizonSeen.isValid(); ++i) {
            RestRequest r;
            r.query = PostgrestQuery(u"rpc/sync_horizon"_s);
            const auto h = m_sales->sendAndWait(r);
            QVERIFY(h);
            const QDateTime horizon = QDateTime::fromString(
                h->json.array().first().toObject().value(u"horizon"_s).toString(), Qt::ISODateWithMs);
            if (horizon.msecsTo(QDateTime::currentDateTimeUtc()) > 150)
                horizonSeen = horizon;
            else
                QTest::qWait(20);
        }
        QVERIFY2(horizonSeen.isValid(), "the open transaction never held the sync horizon back");
        QVERIFY(patchLead(early, {{u"messages_count"_s, 32}})); // committed, with a later updated_at
        const auto during = pull(t);
        QVERIFY2(during, during ? "" : qPrintable(during.error().message));
        QCOMPARE(during->pulled, 1);
        QCOMPARE(t->leads().get(early)->messagesCount, 32);
        QVERIFY(t->leads().get(late)->messagesCount != 31); // not committed yet

        QVERIFY(transaction->waitForFinished(10'000));
        QCOMPARE(transaction->exitCode(), 0);
        const auto after = pull(t);
        QVERIFY2(after, after ? "" : qPrintable(after.error().message));
        QCOMPARE(t->leads().get(late)->messagesCount, 31);
        QCOMPARE(after->pulled, 1); // the other row, read again, was already there
        QCOMPARE(pull(t)->pulled, 0);
    }

    void offlineChangesReachTheServerExactlyOnce()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        const QList<Lead> leads = newLeads(t, 200);
        QCOMPARE(leads.size(), 200);
        QMap<QString, int> before;
        for (const Lead& l : leads) {
            before.insert(l.id, l.messagesCount);
            QVERIFY(t->leads().recordMessage(l.id));
        }
        QCOMPARE(Outbox(t->database()).count(u"pending"_s).value(), 200);

        // Offline: the push stops at the first request, nothing is lost or marked.
        PostgrestClient down(RestEndpoint{QUrl(u"http://127.0.0.1:9"_s), {}, 2000},
                             std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        const auto offline = SyncEngine(t->database(), down).push();
        QVERIFY(!offline);
        QCOMPARE(offline.error().kind, ErrorKind::Network);
        QCOMPARE(Outbox(t->database()).count(u"pending"_s).value(), 200);

        const auto online = push(t);
        QVERIFY2(online, online ? "" : qPrintable(online.error().message));
        QCOMPARE(online->pushed, 200);
        QCOMPARE(online->pending, 0);
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(serverLead(it.key()).value(u"messages_count"_s).toInt(), it.value() + 1);
        QCOMPARE(push(t)->pushed, 0);
    }

    // A lead's name travels both ways against the real PostgREST: named here, it is on the server
    // after the push; renamed on the server, it arrives with the next pull; a name the server's
    // check refuses (a control character) never gets in.
    void leadNameTravelsBothWays()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        const QString id = firstNewLead(t);
        QVERIFY(t->leads().rename(id, u"ТОО «Алма-Строй»"_s));
        QCOMPARE(push(t)->pushed, 1);
        QCOMPARE(serverLead(id).value(u"display_name"_s).toString(), u"ТОО «Алма-Строй»"_s);
        QVERIFY(patchLead(id, QJsonObject{{u"display_name"_s, u"Bolat Sadykov"_s}}));
        QVERIFY(pull(t));
        QCOMPARE(t->leads().get(id)->displayName, u"Bolat Sadykov"_s);
        QVERIFY(patchLead(id, QJsonObject{{u"display_name"_s, QJsonValue::Null}}));
        QVERIFY(pull(t));
        QCOMPARE(t->leads().get(id)->displayName, QString());
        const auto refused = patchLead(id, QJsonObject{{u"display_name"_s, u"two\nlines"_s}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"23514"_s); // check_violation
        QVERIFY(serverLead(id).value(u"display_name"_s).isNull());

        // A follow-up travels the same way; the server refuses one on a finished lead.
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(t->leads().scheduleFollowUp(id, at, u"send the price list"_s));
        QCOMPARE(push(t)->pushed, 1);
        const QJsonObject withFollowUp = serverLead(id);
        QCOMPARE(parseServerTime(withFollowUp.value(u"next_follow_up_at"_s).toString())->toSecsSinceEpoch(),
                 t->leads().get(id)->nextFollowUpAt->toSecsSinceEpoch());
        QCOMPARE(withFollowUp.value(u"follow_up_note"_s).toString(), u"send the price list"_s);
        const auto finished = patchLead(
            id, QJsonObject{{u"status"_s, u"disqualified"_s},
                            {u"disqualified_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {u"disqualification_reason"_s, u"x"_s}});
        QVERIFY(!finished);
        QCOMPARE(finished.error().code, u"23514"_s);
        QVERIFY2(finished.error().message.contains(u"leads_follow_up_open_check"_s),
                 qPrintable(finished.error().message));
        // Disqualified in the console, the follow-up goes in the same change: the server takes it.
        QVERIFY(t->leads().disqualify(id, u"No budget"_s));
        QCOMPARE(push(t)->pushed, 1);
        QVERIFY(serverLead(id).value(u"next_follow_up_at"_s).isNull());
    }

    // Leads pulled as lead_rows_v1's arrays are stored exactly as leads pulled from /leads as
    // objects, every column, for leads whose text needs JSON's escapes and with every optional field
    // set or not; a first pull and an incremental one alike.
    void leadsPulledAsArraysEqualLeadsPulledAsObjects()
    {
        TestWorkspace seed;
        QVERIFY(pull(seed));
        const QList<Lead> three = newLeads(seed, 3);
        QCOMPARE(three.size(), 3);
        const QString named = three.at(0).id, disqualified = three.at(1).id, followedUp = three.at(2).id;
        const auto ok = [](const Result<RestResponse>& r) { return r ? QByteArray() : r.error().message.toUtf8(); };
        QCOMPARE(ok(patchLead(named, {{u"display_name"_s, u"ТОО «Алма» \"Строй\" \\ 1/2 — 😀"_s},
                                      {u"messages_count"_s, three.at(0).messagesCount + 5}})),
                 QByteArray());
        QCOMPARE(ok(patchLead(disqualified,
                              {{u"status"_s, u"disqualified"_s},
                               {u"disqualified_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {u"disqualification_reason"_s, u"Нет бюджета, \"позже\""_s}})),
                 QByteArray());
        QCOMPARE(ok(patchLead(followedUp, {{u"next_follow_up_at"_s,
                                            QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs)},
                                           {u"follow_up_note"_s, u"перезвонить в 10:00, «срочно»"_s}})),
                 QByteArray());
        const auto leadsOf = [&](TestWorkspace& t) {
            QStringList rows;
            QSqlQuery q(t->database().connection());
            q.prepare(u"SELECT * FROM leads WHERE campaign_id = ? ORDER BY id"_s);
            q.addBindValue(m_campaign);
            q.exec();
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    values << (q.value(c).isNull() ? u"NULL"_s : q.value(c).toString());
                rows << values.join(u'|');
            }
            return rows;
        };
        TestWorkspace arrays, objects;
        SyncEngine viaView(arrays->database(), *m_sales);
        SyncEngine viaTable(objects->database(), *m_sales);
        viaTable.setCompactLeadRows(false);
        QVERIFY(viaView.pull());
        QVERIFY(viaTable.pull());
        QCOMPARE(viaView.serverHasLeadRows(), std::optional<bool>(true));
        QCOMPARE(viaTable.serverHasLeadRows(), std::nullopt); // never asked
        const QStringList first = leadsOf(arrays);
        QVERIFY2(first.size() > 2000, qPrintable(QString::number(first.size()))); // the campaign's live leads
        QCOMPARE(first, leadsOf(objects));
        QVERIFY(first.join(u'\n').contains(u"ТОО «Алма» \"Строй\" \\ 1/2 — 😀"_s));

        // The same for the changes that follow.
        QVERIFY(patchLead(
            named, {{u"display_name"_s, QJsonValue::Null}, {u"messages_count"_s, three.at(0).messagesCount + 6}}));
        QVERIFY(patchLead(followedUp, {{u"follow_up_note"_s, u"\u00a0пробел"_s}}));
        const auto changedViaView = viaView.pull();
        const auto changedViaTable = viaTable.pull();
        QVERIFY(changedViaView && changedViaTable);
        QVERIFY(changedViaView->pulled >= 2); // (other suites change their own leads meanwhile)
        QVERIFY(changedViaTable->pulled >= 2);
        QCOMPARE(leadsOf(arrays), leadsOf(objects));
        QVERIFY(arrays->leads().get(named)->displayName.isEmpty());
        // The next tests take new leads of this campaign as they come: none keeps a follow-up.
        QVERIFY(patchLead(followedUp,
                          {{u"next_follow_up_at"_s, QJsonValue::Null}, {u"follow_up_note"_s, QJsonValue::Null}}));
    }

    void retriedPushIsIdempotent()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        const QString id = firstNewLead(t);
        QVERIFY(t->leads().markContacted(id));
        const OutboxEntry entry = Outbox(t->database()).entries()->first();
        QCOMPARE(push(t)->pushed, 1);
        // The reply was "lost": the same mutation (same id, old base) is queued again and pushed.
        QSqlQuery q(t->database().connection());
        q.prepare(u"INSERT INTO outbox (mutation_id, entity, entity_id, op, payload, base_updated_at, created_at) "
                  "VALUES (?, 'lead', ?, 'update', ?, ?, 'now')"_s);
        q.addBindValue(entry.mutationId);
        q.addBindValue(id);
        q.addBindValue(QString::fromUtf8(QJsonDocument(entry.payload).toJson(QJsonDocument::Compact)));
        q.addBindValue(entry.baseUpdatedAt);
        QVERIFY(q.exec());
        const auto again = push(t);
        QCOMPARE(again->pushed, 1); // recognised as already applied
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(serverLead(id).value(u"last_mutation_id"_s).toString(), entry.mutationId);
    }

    void rowsChangedDuringTheFirstPullArrive()
    {
        RestRequest firstTwo;
        // New leads: the server's transition triggers let any status take a message only while the
        // rules allow it, and which suite ran first decides what the oldest leads are.
        firstTwo.query = PostgrestQuery(u"leads"_s).select(u"id"_s).is(u"deleted_at"_s, PostgrestQuery::IsValue::Null);
        firstTwo.query.eq(u"status"_s, u"new"_s).order(u"created_at"_s).order(u"id"_s).limit(2);
        const auto heads = m_sales->sendAndWait(firstTwo);
        QVERIFY(heads && heads->json.array().size() == 2);
        const QString changed = heads->json.array().at(0).toObject().value(u"id"_s).toString();
        const QString deleted = heads->json.array().at(1).toObject().value(u"id"_s).toString();
        TestWorkspace t;
        bool changedDuringSnapshot = false;
        const auto pulled = SyncEngine(t->database(), *m_sales).pull([&](const QString& table, qint64 rows, qint64) {
            if (table != u"leads"_s || rows < SyncEngine::kPageSize || changedDuringSnapshot)
                return true;
            // Both rows came in the first page of the first part; the snapshot is still under way.
            changedDuringSnapshot =
                localCount(t, u"SELECT count(*) FROM sync_snapshot WHERE entity = 'lead'"_s) > 0 &&
                patchLead(changed, {{u"messages_count"_s, 55}}).has_value() &&
                patchLead(deleted, {{u"deleted_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                    .has_value();
            return true;
        });
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QVERIFY(changedDuringSnapshot);
        QCOMPARE(t->leads().get(changed)->messagesCount, 55);
        QCOMPARE(t->leads().get(deleted).error().kind, ErrorKind::NotFound);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM leads"_s), serverCount(u"leads"_s, true));
        QCOMPARE(pull(t)->pulled, 0);
    }

    // A contact that moves from a lead the snapshot has passed to one it has not reached yet: the
    // later lead collides with the older local version of the first one (UNIQUE campaign_id,
    // contact). The snapshot defers it and the pull of changes brings both, in the server's order.
    void contactMovedDuringTheFirstPullArrives()
    {
        const auto edge = [&](bool first) {
            RestRequest r;
            r.query =
                PostgrestQuery(u"leads"_s).select(u"id,contact"_s).is(u"deleted_at"_s, PostgrestQuery::IsValue::Null);
            r.query.order(u"created_at"_s, first).order(u"id"_s, first).limit(1);
            const auto response = m_sales->sendAndWait(r);
            return response ? response->json.array().first().toObject() : QJsonObject();
        };
        const QJsonObject passed = edge(true);       // in the first page of the first part
        const QJsonObject reachedLast = edge(false); // in the last page of the last part
        const QString moved = passed.value(u"contact"_s).toString();
        const QString freed = u"+7 777 000 0000"_s;
        QVERIFY(!moved.isEmpty() && !reachedLast.isEmpty());
        TestWorkspace t;
        bool movedDuringSnapshot = false;
        const auto pulled = SyncEngine(t->database(), *m_sales).pull([&](const QString& table, qint64 rows, qint64) {
            // After a full page: the first lead is in it, the last one not yet asked for.
            if (table == u"leads"_s && rows >= SyncEngine::kPageSize && !movedDuringSnapshot) {
                movedDuringSnapshot =
                    patchLead(passed.value(u"id"_s).toString(), {{u"contact"_s, freed}}).has_value() &&
                    patchLead(reachedLast.value(u"id"_s).toString(), {{u"contact"_s, moved}}).has_value();
            }
            return true;
        });
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QVERIFY(movedDuringSnapshot);
        QCOMPARE(t->leads().get(passed.value(u"id"_s).toString())->contact, freed);
        QCOMPARE(t->leads().get(reachedLast.value(u"id"_s).toString())->contact, moved);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM leads"_s), serverCount(u"leads"_s, true));
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_deferred"_s), 0); // it came with the changes
        QCOMPARE(pull(t)->pulled, 0);
    }

    // A lead created here while a first pull runs, with the contact of a server lead the snapshot
    // has not reached: that server lead is refused by the local UNIQUE index and, unchanged since
    // the snapshot began, no later page brings it. It is asked for by id at the end of every pull
    // until it can be stored; it never goes missing.
    void rowRefusedByALocalLeadIsAskedForUntilStored()
    {
        const QString contact = u"+77019998877"_s;
        RestRequest last;
        last.query =
            PostgrestQuery(u"leads"_s).select(u"id,campaign_id"_s).is(u"deleted_at"_s, PostgrestQuery::IsValue::Null);
        last.query.order(u"created_at"_s, false).order(u"id"_s, false).limit(1);
        const QJsonObject server = m_sales->sendAndWait(last)->json.array().first().toObject();
        const QString serverId = server.value(u"id"_s).toString();
        QVERIFY(patchLead(serverId, {{u"contact"_s, contact}}));
        TestWorkspace t;
        QString localId;
        const auto pulled = SyncEngine(t->database(), *m_sales).pull([&](const QString& table, qint64 rows, qint64) {
            if (table == u"leads"_s && rows >= SyncEngine::kPageSize && localId.isEmpty()) {
                const auto created =
                    t->leads().create(server.value(u"campaign_id"_s).toString(), Platform::Kaspi, contact);
                localId = created ? created->id : u"-"_s;
            }
            return true;
        });
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QVERIFY2(localId.size() > 1, "the local lead was not created during the pull");
        QCOMPARE(t->leads().get(serverId).error().kind, ErrorKind::NotFound);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_deferred WHERE id = '%1'"_s.arg(serverId)), 1);
        QVERIFY(pulled->heldBack >= 1);
        const auto again = pull(t); // still refused: still queued
        QVERIFY(again);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_deferred"_s), 1);

        // The local lead goes (as if its failed insert were discarded): the next pull stores it.
        QVERIFY(t->database().exec(u"DELETE FROM outbox WHERE entity_id = '%1'"_s.arg(localId)));
        QVERIFY(t->database().exec(u"DELETE FROM leads WHERE id = '%1'"_s.arg(localId)));
        const auto stored = pull(t);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->pulled, 1);
        QCOMPARE(t->leads().get(serverId)->contact, contact);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_deferred"_s), 0);
    }

    // A bulk update that gives thousands of rows one updated_at (its trigger off, as an import
    // does): the pull of changes walks that tie run by id, across pages.
    void bulkUpdateWithOneUpdatedAtIsPulledWhole()
    {
        TestWorkspace t;
        QVERIFY(pull(t));
        // The transition check is off too: an owner's maintenance, not a client's change (a lead the
        // other tests closed would refuse a message).
        auto update = startPsql(u"BEGIN; ALTER TABLE leads DISABLE TRIGGER leads_updated_at; "
                                "ALTER TABLE leads DISABLE TRIGGER a_leads_transition; "
                                "UPDATE leads SET messages_count = 9, updated_at = now() WHERE campaign_id = '%1'; "
                                "ALTER TABLE leads ENABLE TRIGGER a_leads_transition; "
                                "ALTER TABLE leads ENABLE TRIGGER leads_updated_at; COMMIT;"_s.arg(m_campaign));
        QVERIFY(update->waitForFinished(30'000));
        QCOMPARE(update->exitCode(), 0);
        RestRequest count;
        count.query = PostgrestQuery(u"leads"_s).select(u"id"_s).eq(u"campaign_id"_s, m_campaign).limit(1);
        count.query.is(u"deleted_at"_s, PostgrestQuery::IsValue::Null); // tombstones are not stored
        count.prefer << u"count=exact"_s;
        const qint64 inCampaign = m_sales->sendAndWait(count)->total.value_or(-1);
        QVERIFY(inCampaign > 2 * SyncEngine::kPageSize);
        const auto pulled = pull(t);
        QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error().message));
        QCOMPARE(pulled->pulled, inCampaign);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM leads WHERE campaign_id = '%1' AND messages_count = 9"_s.arg(
                                   m_campaign)),
                 inCampaign);
        QCOMPARE(pull(t)->pulled, 0);
    }

    // A first pull big enough (by the planner's estimate) walks its snapshot in parts, side by
    // side; stopped early, each part resumes where it got to, and the rows end up the server's.
    void firstPullInPartsResumesEachPart()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1); // updated_at too: before the pull
        QJsonArray rows;
        for (int i = 0; i < 3000; ++i)
            rows << toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                        u"+7 701 %1"_s.arg(i, 7, 10, QLatin1Char('0')), base.addSecs(i)));
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        QVERIFY(m_sales->sendAndWait(insert));
        auto analyze = startPsql(u"ANALYZE leads"_s); // the estimate the split is made from
        QVERIFY(analyze->waitForFinished(30'000));
        QCOMPARE(analyze->exitCode(), 0);

        TestWorkspace t;
        int leadPages = 0;
        const auto stopped = SyncEngine(t->database(), *m_sales).pull([&](const QString& table, qint64, qint64) {
            return table != u"leads"_s || ++leadPages < 3; // a page of each part, then one more
        });
        QVERIFY(!stopped);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_snapshot WHERE entity = 'lead'"_s),
                 SyncEngine::kSnapshotParts);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_snapshot WHERE entity = 'lead' AND after_id IS NOT NULL"_s),
                 SyncEngine::kSnapshotParts);
        const qint64 live = serverCount(u"leads"_s, true);
        const qint64 partial = localCount(t, u"SELECT count(*) FROM leads"_s);
        QVERIFY2(partial >= 2 * SyncEngine::kPageSize && partial < live, qPrintable(QString::number(partial)));

        qint64 fetchedOnResume = 0;
        const auto resumed = SyncEngine(t->database(), *m_sales).pull([&](const QString& table, qint64 sofar, qint64) {
            if (table == u"leads"_s)
                fetchedOnResume = sofar;
            return true;
        });
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        // The rest of the leads, then the notes and the spend ledger (pulled after the leads; the
        // first pull stopped before).
        QCOMPARE(resumed->pulled,
                 live - partial + serverCount(u"lead_notes"_s, true) + serverCount(u"campaign_spends"_s, true));
        // Each part went on from its position: a restart would have fetched every row again.
        QVERIFY2(fetchedOnResume <= live - partial + 10, qPrintable(QString::number(fetchedOnResume)));
        QCOMPARE(localCount(t, u"SELECT count(DISTINCT id) FROM leads"_s), live);
        QCOMPARE(localCount(t, u"SELECT count(*) FROM sync_snapshot"_s), 0);
        QCOMPARE(pull(t)->pulled, 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
