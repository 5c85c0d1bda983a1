// The PostgREST client and the repositories against the real PostgREST 12 on PostgreSQL 15,
// started by the ctest fixture (scripts/local-backend.sh). Fault servers only where a fault is
// the point (hung, HTML error page, cut JSON).
#include "tests/support/BackendEnv.h"
#include "tests/support/TestServers.h"

#include "core/diagnostics/HealthCheck.h"
#include "core/json/EntityJson.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"
#include "core/util/Ids.h"

#include <QJsonArray>
#include <QSet>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestPostgrest : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    QHash<QString, PostgrestClient*> m_clients;
    QString m_niche;
    QString m_campaign;

    PostgrestClient& as(const QString& role)
    {
        if (!m_clients.contains(role))
            m_clients.insert(role, new PostgrestClient(RestEndpoint{QUrl(m_env.restUrl()), {}, 15'000},
                                                       std::make_shared<StaticBearer>(m_env.token(role)), this));
        return *m_clients[role];
    }
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    Niche newNiche(const QString& name)
    {
        return *Niche::create(newUuidV7(QDateTime::currentDateTimeUtc()), name, Market::Almaty, u"Test"_s, now());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        NicheRepository niches(as(u"marketer"_s));
        const auto n = waitFor(niches.create(newNiche(u"Integration niche"_s)));
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        m_niche = n->id;
        Niche validated = *n->validate(0.8, 0.3, now());
        QVERIFY(waitFor(niches.update(validated)));
        CampaignRepository campaigns(as(u"marketer"_s));
        const auto c =
            waitFor(campaigns.create(*Campaign::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_niche,
                                                       u"Integration — OLX"_s, Platform::Olx, 150'000'050, now())));
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        m_campaign = c->id;
        QCOMPARE(c->budget, Money(150'000'050)); // numeric(14,2) round-trips to the tiyn
    }

    void nicheRepository()
    {
        NicheRepository repo(as(u"marketer"_s));
        const Niche made = newNiche(u"Мебель на заказ"_s);
        const auto created = waitFor(repo.create(made));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QCOMPARE(created->id, made.id);
        QCOMPARE(created->name, made.name);
        QCOMPARE(created->status, NicheStatus::Researching);
        const auto fetched = waitFor(repo.get(made.id));
        QCOMPARE(fetched->name, u"Мебель на заказ"_s);
        const auto validated = waitFor(repo.update(*fetched->validate(0.65, 0.75, now())));
        QCOMPARE(validated->status, NicheStatus::Validated);
        QCOMPARE(validated->competitionDensity, 0.75);
        QVERIFY(validated->updatedAt >= fetched->updatedAt);
        const auto page = waitFor(repo.list(NicheStatus::Validated, 1000));
        QVERIFY(page->total.value_or(0) >= 2);
        bool found = false;
        for (const Niche& n : page->rows)
            found = found || n.id == made.id;
        QVERIFY(found);
        QVERIFY(waitFor(repo.remove(made.id)));
        const auto gone = waitFor(repo.get(made.id));
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
        // The server refuses what the rules refuse: a CHECK constraint mirrors can_activate.
        Niche bad = *validated;
        bad.status = NicheStatus::Active; // competition 0.75 < 0.8 but bypassing the client rule:
        bad.profitabilityScore = 0.5;     // profitability below 0.6
        const auto refused = waitFor(repo.create(bad));
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 400);
        QCOMPARE(refused.error().code, u"23514"_s);
    }

    void leadRepositoryAndRpc()
    {
        LeadRepository repo(as(u"sales_manager"_s));
        // Created as new (the server refuses any other first status) and moved along the rules.
        Lead stale = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                   u"@stale_integration"_s, now());
        stale.messagesCount = 14;
        stale.qualificationScore = 0.1;
        QVERIFY(waitFor(repo.create(stale)));
        stale = *waitFor(repo.update(*stale.markContacted(now())));
        QVERIFY(waitFor(repo.update(*stale.startQualifying(now()))));
        Lead good = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Kaspi,
                                  u"+7 701 555 00 11"_s, now());
        good.messagesCount = 3;
        QVERIFY(waitFor(repo.create(good)));
        auto created = waitFor(repo.update(*good.markContacted(now())));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const auto qualified = waitFor(repo.update(*created->qualify(0.9, now())));
        QVERIFY2(qualified, qualified ? "" : qPrintable(qualified.error().message));
        QCOMPARE(qualified->status, LeadStatus::Qualified);
        QVERIFY(qualified->qualifiedAt);

        const auto ofCampaign = waitFor(repo.qualifiedLeads(m_campaign));
        QCOMPARE(ofCampaign->size(), 1);
        QCOMPARE(ofCampaign->first().id, good.id);

        const auto candidates = waitFor(repo.autoDisqualifyCandidates());
        QVERIFY2(candidates, candidates ? "" : qPrintable(candidates.error().message));
        QStringList ids;
        for (const Lead& l : *candidates) {
            QVERIFY(l.shouldAutoDisqualify()); // the SQL agrees with the entity rule
            ids << l.id;
        }
        QVERIFY(ids.contains(stale.id));
        QVERIFY(!ids.contains(good.id));

        LeadQuery q;
        q.campaignId = m_campaign;
        q.contactContains = u"stale_"_s; // '_' is literal, not a wildcard
        const auto search = waitFor(repo.list(q));
        QCOMPARE(search->rows.size(), 1);

        // Duplicate contact in the same campaign: the unique constraint answers 409.
        Lead dup = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                 u"8 701 555 00 11"_s, now());
        const auto refused = waitFor(repo.create(dup));
        QCOMPARE(refused.error().kind, ErrorKind::Duplicate);
        QCOMPARE(refused.error().httpStatus, 409);

        // The audit trigger recorded the qualification, with the role that made it.
        RestRequest audit;
        audit.query = PostgrestQuery(u"audit_log"_s).eq(u"entity_id"_s, good.id).order(u"id"_s);
        const auto history = as(u"analyst"_s).sendAndWait(audit);
        QVERIFY(history);
        const QJsonArray rows = history->json.array();
        QCOMPARE(rows.size(), 3); // create, contacted, qualified
        QCOMPARE(rows.at(1).toObject().value(u"to_status"_s).toString(), u"contacted"_s);
        QCOMPARE(rows.at(2).toObject().value(u"to_status"_s).toString(), u"qualified"_s);
        QCOMPARE(rows.at(2).toObject().value(u"actor_role"_s).toString(), u"sales_manager"_s);
        QVERIFY(waitFor(repo.remove(stale.id)));
    }

    void rowLevelSecurityPerRole()
    {
        Lead lead = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                  u"@rls_probe"_s, now());
        // A marketer may not create leads: WITH CHECK fails, 403 42501.
        const auto byMarketer = waitFor(LeadRepository(as(u"marketer"_s)).create(lead));
        QVERIFY(!byMarketer);
        QCOMPARE(byMarketer.error().kind, ErrorKind::Auth);
        QCOMPARE(byMarketer.error().httpStatus, 403);
        QCOMPARE(byMarketer.error().code, u"42501"_s);
        QVERIFY2(byMarketer.error().message.startsWith(u"Your role may not do this"_s),
                 qPrintable(byMarketer.error().message));
        // A sales manager may.
        QVERIFY(waitFor(LeadRepository(as(u"sales_manager"_s)).create(lead)));
        // An analyst reads everything...
        QCOMPARE(waitFor(LeadRepository(as(u"analyst"_s)).get(lead.id))->contact, u"@rls_probe"_s);
        QVERIFY(waitFor(CampaignRepository(as(u"analyst"_s)).get(m_campaign)));
        // ...and changes nothing: RLS hides the row from UPDATE, which is then no success.
        const auto campaign = waitFor(CampaignRepository(as(u"analyst"_s)).get(m_campaign));
        const auto byAnalyst = waitFor(CampaignRepository(as(u"analyst"_s)).update(*campaign->start(now())));
        QVERIFY(!byAnalyst);
        QCOMPARE(byAnalyst.error().kind, ErrorKind::Auth);
        QVERIFY2(byAnalyst.error().message.contains(u"may not change it"_s), qPrintable(byAnalyst.error().message));
        QCOMPARE(waitFor(CampaignRepository(as(u"marketer"_s)).get(m_campaign))->status, CampaignStatus::Draft);
        // A sales manager may not create niches; the anonymous role may not even read.
        QCOMPARE(waitFor(NicheRepository(as(u"sales_manager"_s)).create(newNiche(u"x"_s))).error().httpStatus, 403);
        const auto anon = waitFor(LeadRepository(as(u"anon"_s)).list({}));
        QVERIFY(!anon);
        QCOMPARE(anon.error().httpStatus, 401);
        // The marketer may start the campaign.
        const auto started = waitFor(CampaignRepository(as(u"marketer"_s)).update(*campaign->start(now())));
        QCOMPARE(started->status, CampaignStatus::Active);
    }

    void hostileFilterValues()
    {
        NicheRepository repo(as(u"marketer"_s));
        const QStringList names = {u"a,b"_s,      u"(x)"_s,           u"\"q\""_s,         u"100%"_s,
                                   u"*star*"_s,   u"back\\slash"_s,   u"plus+sign"_s,     u"dot.name"_s,
                                   u" spaced "_s, u"Алматы, центр"_s, u"Қазақстан ұлы"_s, u"🚀 rocket"_s,
                                   u"amp&eq=x"_s, u"hash#tag"_s,      u"in.(1,2)"_s,      u"or=(a.eq.b)"_s};
        const QString tag = newUuidV7(QDateTime::currentDateTimeUtc()).right(8);
        QStringList created;
        for (const QString& n : names) {
            Niche niche = newNiche(n);
            niche.category = tag;
            auto made = waitFor(repo.create(niche));
            QVERIFY2(made, qPrintable(n + u": "_s + (made ? QString() : made.error().message)));
            QCOMPARE(made->name, n.trimmed()); // the entity trims names
            created << made->name;
        }
        for (const QString& n : std::as_const(created)) {
            PostgrestQuery q(u"niches"_s);
            q.select(u"*"_s).eq(u"category"_s, tag).eq(u"name"_s, n);
            const auto page = waitFor(repo.RestRepository<Niche>::list(q));
            QVERIFY2(page, qPrintable(n));
            QCOMPARE(page->rows.size(), 1);
            QCOMPARE(page->rows.first().name, n);
        }
        PostgrestQuery all(u"niches"_s);
        all.select(u"*"_s).in(u"name"_s, created).eq(u"category"_s, tag);
        QCOMPARE(waitFor(repo.RestRepository<Niche>::list(all))->rows.size(), created.size());

        PostgrestQuery either(u"niches"_s);
        either.select(u"*"_s)
            .eq(u"category"_s, tag)
            .anyOf(
                {PostgrestQuery::orElement(u"name"_s, PostgrestQuery::Op::Eq, u"a,b"_s),
                 PostgrestQuery::orElement(u"name"_s, PostgrestQuery::Op::Eq, u"(x)"_s),
                 PostgrestQuery::andGroup({PostgrestQuery::orElement(u"name"_s, PostgrestQuery::Op::Eq, u"\"q\""_s),
                                           PostgrestQuery::orIs(u"validated_at"_s, PostgrestQuery::IsValue::Null)})});
        QCOMPARE(waitFor(repo.RestRepository<Niche>::list(either))->rows.size(), 3);

        PostgrestQuery percent(u"niches"_s);
        percent.select(u"*"_s)
            .eq(u"category"_s, tag)
            .filter(u"name"_s, PostgrestQuery::Op::Like, PostgrestQuery::containsPattern(u"0%"_s));
        const auto literal = waitFor(repo.RestRepository<Niche>::list(percent));
        QCOMPARE(literal->rows.size(), 1);
        QCOMPARE(literal->rows.first().name, u"100%"_s);

        PostgrestQuery kazakh(u"niches"_s);
        kazakh.select(u"*"_s)
            .eq(u"category"_s, tag)
            .filter(u"name"_s, PostgrestQuery::Op::Ilike, PostgrestQuery::containsPattern(u"ұлы"_s));
        QCOMPARE(waitFor(repo.RestRepository<Niche>::list(kazakh))->rows.size(), 1);
    }

    void paginationBeyondMaxRows()
    {
        PostgrestClient& sales = as(u"sales_manager"_s);
        // 2,500 leads in one request (array insert), then paged back in 1,000-row pages.
        QJsonArray rows;
        for (int i = 0; i < 2500; ++i) {
            Lead l = *Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Satu,
                                   u"+7 702 %1"_s.arg(i, 7, 10, QLatin1Char('0')), now());
            rows << toRow(l);
        }
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        const auto inserted = sales.sendAndWait(insert);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
        QCOMPARE(inserted->status, 201);

        LeadRepository repo(sales);
        LeadQuery q;
        q.campaignId = m_campaign;
        q.source = Platform::Satu;
        q.limit = 1000;
        QSet<QString> seen;
        for (q.offset = 0;; q.offset += 1000) {
            const auto page = waitFor(repo.list(q));
            QVERIFY2(page, page ? "" : qPrintable(page.error().message));
            QCOMPARE(page->total.value_or(-1), 2500);
            for (const Lead& l : page->rows)
                seen.insert(l.id);
            if (page->rows.size() < 1000)
                break;
        }
        QCOMPARE(seen.size(), 2500);
        // Asking for more than max-rows gets 1,000 rows; the exact count shows the truncation.
        q.offset = 0;
        q.limit = 5000;
        const auto truncated = waitFor(repo.list(q));
        QCOMPARE(truncated->rows.size(), 1000);
        QCOMPARE(truncated->total.value_or(-1), 2500);
    }

    void refusesUnfilteredWrites()
    {
        RestRequest patch;
        patch.method = HttpMethod::Patch;
        patch.query = PostgrestQuery(u"leads"_s);
        patch.body = R"({"status":"closed"})";
        const auto r = as(u"sales_manager"_s).sendAndWait(patch);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QVERIFY(r.error().message.contains(u"without a filter"_s));
    }

    void serverDownIsAClearError()
    {
        // Port 9 (discard) has no listener on this machine: the connection is refused.
        PostgrestClient client(RestEndpoint{QUrl(u"http://127.0.0.1:9"_s), {}, 5'000},
                               std::make_shared<StaticBearer>(QString()));
        const auto r = client.sendAndWait(RestRequest{HttpMethod::Get, PostgrestQuery(u"leads"_s), {}, {}, false, 0});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY2(r.error().message.startsWith(u"Cannot reach the server at http://127.0.0.1:9/leads"_s),
                 qPrintable(r.error().message));
    }

    void timeoutIsAClearError()
    {
        MiniHttpServer hung([](const HttpExchange&) { return QByteArray(); });
        QVERIFY(hung.listen());
        PostgrestClient client(RestEndpoint{hung.url(), {}, 400}, std::make_shared<StaticBearer>(QString()));
        const auto r = client.sendAndWait(RestRequest{HttpMethod::Get, PostgrestQuery(u"leads"_s), {}, {}, false, 0});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(r.error().code, u"timeout"_s);
        QVERIFY2(r.error().message.contains(u"did not answer in time"_s), qPrintable(r.error().message));
    }

    void proxyHtmlPageBecomesReadable()
    {
        MiniHttpServer proxy([](const HttpExchange&) {
            return MiniHttpServer::response(
                502, "text/html",
                "<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
        });
        QVERIFY(proxy.listen());
        PostgrestClient client(RestEndpoint{proxy.url(), u"anon-key"_s, 5'000},
                               std::make_shared<StaticBearer>(QString()));
        const auto r = client.sendAndWait(RestRequest{HttpMethod::Get, PostgrestQuery(u"leads"_s), {}, {}, false, 0});
        QVERIFY(!r);
        QCOMPARE(r.error().httpStatus, 502);
        QVERIFY2(r.error().message.contains(u"502 Bad Gateway nginx"_s), qPrintable(r.error().message));
        // Headers as Supabase wants them: apikey, the anon key as bearer when signed out, JSON.
        const HttpExchange& x = proxy.exchanges.first();
        QCOMPARE(x.headers.value("apikey"), QByteArray("anon-key"));
        QCOMPARE(x.headers.value("authorization"), QByteArray("Bearer anon-key"));
        QCOMPARE(x.headers.value("content-type"), QByteArray("application/json"));
    }

    void truncatedJsonIsADecodeError()
    {
        MiniHttpServer cut([](const HttpExchange&) {
            return MiniHttpServer::response(200, "application/json; charset=utf-8", "[{\"id\":\"0193a1b2-7c4d");
        });
        QVERIFY(cut.listen());
        PostgrestClient client(RestEndpoint{cut.url(), {}, 5'000}, std::make_shared<StaticBearer>(QString()));
        const auto r = waitFor(LeadRepository(client).list({}));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Decode);
        QVERIFY(r.error().message.contains(u"not valid JSON"_s));
    }

    void healthStates()
    {
        const auto check = [](const QString& url, const QString& token) {
            ConnectionConfig c;
            c.restUrl = QUrl(url);
            c.accessToken = token;
            HealthCheck hc;
            return waitForFuture(hc.run(c, std::nullopt, 3000));
        };
        const HealthReport online = check(m_env.restUrl(), m_env.token(u"analyst"_s));
        QCOMPARE(toKey(online.state), u"online"_s);
        QCOMPARE(online.restStatus, 200);
        QVERIFY(online.clockSkewSeconds && std::abs(*online.clockSkewSeconds) <= 2);
        QVERIFY(online.tokenExpiresInSeconds && *online.tokenExpiresInSeconds > 3600);
        QCOMPARE(check(m_env.restUrl(), {}).state, HealthReport::State::SignedOut);
        const HealthReport offline = check(u"http://127.0.0.1:9"_s, m_env.token(u"analyst"_s));
        QCOMPARE(offline.state, HealthReport::State::Offline);
        QVERIFY(offline.reasons.first().contains(u"cannot be reached"_s));
        MiniHttpServer failing([](const HttpExchange&) {
            return MiniHttpServer::response(503, "application/json", R"({"message":"maintenance"})");
        });
        QVERIFY(failing.listen());
        const HealthReport degraded = check(failing.url().toString(), m_env.token(u"analyst"_s));
        QCOMPARE(degraded.state, HealthReport::State::Degraded);
        QVERIFY(degraded.reasons.first().contains(u"503"_s));
        QCOMPARE(HealthCheck(nullptr).run(ConnectionConfig{}, std::nullopt).result().state,
                 HealthReport::State::NotConfigured);
        // The root answers, but the last run met server errors on a table: degraded, with the reason.
        ConnectionConfig c;
        c.restUrl = QUrl(m_env.restUrl());
        c.accessToken = m_env.token(u"analyst"_s);
        const QJsonArray runs{
            QJsonObject{{u"requests"_s, QJsonArray{QJsonObject{{u"method"_s, u"PATCH"_s},
                                                               {u"endpoint"_s, u"leads"_s},
                                                               {u"outcomes"_s, QJsonObject{{u"5xx"_s, 5}}}}}}}};
        HealthCheck hc;
        const HealthReport afterErrors = waitForFuture(hc.run(c, std::nullopt, 3000, runs));
        QCOMPARE(afterErrors.state, HealthReport::State::Degraded);
        QVERIFY2(afterErrors.reasons.join(u' ').contains(u"PATCH leads: 5 server error(s)"_s),
                 qPrintable(afterErrors.reasons.join(u' ')));
    }

    void mapperRejectsWrongTypes()
    {
        QJsonObject row = toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Olx,
                                              u"@mapper_test"_s, now()));
        row.insert(u"messages_count"_s, u"many"_s);
        const auto bad = leadFromJson(row);
        QCOMPARE(bad.error().kind, ErrorKind::Decode);
        QVERIFY2(bad.error().message.contains(u"'messages_count' is \"many\", expected a number"_s),
                 qPrintable(bad.error().message));
        row.insert(u"messages_count"_s, 2);
        row.insert(u"status"_s, u"hot"_s);
        QVERIFY(leadFromJson(row).error().message.contains(u"'status'"_s));
        row.remove(u"status"_s);
        QVERIFY(leadFromJson(row).error().message.contains(u"missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestPostgrest)
#include "tst_postgrest.moc"
