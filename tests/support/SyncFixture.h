#pragma once

// What the sync suites (tst_sync, tst_sync_conflicts) share: clients for two roles on the real
// backend, a niche and a campaign with 2,500 leads sharing one updated_at, and helpers that read
// and change the server's rows behind the console's back.
#include "tests/support/BackendEnv.h"
#include "tests/support/TestWorkspace.h"

#include "core/json/EntityJson.h"
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"
#include "core/services/LeadService.h"
#include "core/store/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Ids.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

namespace leadops {

using namespace Qt::Literals::StringLiterals; // a test header: the suites use them too

class SyncFixture
{
protected:
    // Loads the backend's environment and seeds the server; the problem, or empty when ready.
    QString setUpBackend()
    {

        QString problem;
        m_env = BackendEnv::load(&problem);
        if (!problem.isEmpty())
            return problem;
        m_sales = std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                                    std::make_shared<StaticBearer>(m_env.token(u"sales_manager"_s)));
        m_marketer = std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 30'000},
                                                       std::make_shared<StaticBearer>(m_env.token(u"marketer"_s)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto niche = waitFor(NicheRepository(*m_marketer)
                                       .create(*Niche::create(newUuidV7(QDateTime::currentDateTimeUtc()), u"Sync"_s,
                                                              Market::Astana, u"s"_s, now)));
        if (!niche)
            return niche.error().message;
        const auto campaign =
            waitFor(CampaignRepository(*m_marketer)
                        .create(*Campaign::create(newUuidV7(QDateTime::currentDateTimeUtc()), niche->id,
                                                  u"Sync — Kaspi"_s, Platform::Kaspi, 100'000, now)));
        if (!campaign)
            return campaign.error().message;
        m_campaign = campaign->id;
        // 2,500 leads: more than two pages, with one updated_at, as a bulk import that sets it gives
        // them (the server's default, clock_timestamp(), gives each row its own).
        QJsonArray rows;
        for (int i = 0; i < 2500; ++i) {
            QJsonObject row =
                toRow(*Lead::create(newUuidV7(QDateTime::currentDateTimeUtc()), m_campaign, Platform::Kaspi,
                                    u"+7 705 %1"_s.arg(i, 7, 10, QLatin1Char('0')), now));
            row[u"updated_at"_s] = now.toString(Qt::ISODateWithMs);
            rows << row;
        }
        RestRequest insert;
        insert.method = HttpMethod::Post;
        insert.query = PostgrestQuery(u"leads"_s);
        insert.body = QJsonDocument(rows).toJson(QJsonDocument::Compact);
        if (const auto inserted = m_sales->sendAndWait(insert); !inserted)
            return inserted.error().message;
        return {};
    }

    BackendEnv m_env;
    std::unique_ptr<PostgrestClient> m_sales;
    std::unique_ptr<PostgrestClient> m_marketer;
    QString m_campaign;

    qint64 localCount(TestWorkspace& t, const QString& sql)
    {
        QSqlQuery q(t->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Rows the server has for `table`; `live`: without the soft-deleted ones.
    qint64 serverCount(const QString& table, bool live = false)
    {
        RestRequest r;
        r.method = HttpMethod::Get;
        r.query = PostgrestQuery(table).select(u"id"_s).limit(1);
        if (live)
            r.query.is(u"deleted_at"_s, PostgrestQuery::IsValue::Null);
        r.prefer << u"count=exact"_s;
        const auto response = m_sales->sendAndWait(r);
        return response ? response->total.value_or(-1) : -1;
    }

    QJsonObject serverLead(const QString& id)
    {
        RestRequest r;
        r.query = PostgrestQuery(u"leads"_s).select(u"*"_s).eq(u"id"_s, id);
        const auto response = m_sales->sendAndWait(r);
        return response ? response->json.array().first().toObject() : QJsonObject();
    }

    Result<RestResponse> patchLead(const QString& id, const QJsonObject& fields)
    {
        RestRequest r;
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(u"leads"_s).eq(u"id"_s, id);
        r.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        return m_sales->sendAndWait(r);
    }

    Result<SyncReport> pull(TestWorkspace& t) { return SyncEngine(t->database(), *m_sales).pull(); }

    // Up to `count` local leads of the test campaign still in status new, in the list's order.
    QList<Lead> newLeads(TestWorkspace& t, int count)
    {
        LeadFilter f;
        f.campaignId = m_campaign;
        f.status = LeadStatus::New;
        f.limit = count;
        return t->leads().list(f).value_or(QList<Lead>{});
    }

    // The id of the first local lead of the test campaign still in status new.
    QString firstNewLead(TestWorkspace& t)
    {
        const QList<Lead> leads = newLeads(t, 1);
        return leads.isEmpty() ? QString() : leads.first().id;
    }

    // psql as the database owner, through the backend's own socket folder (trust), started and left
    // running: for a transaction that stays open while the test goes on.
    std::unique_ptr<QProcess> startPsql(const QString& sql)
    {
        auto psql = std::make_unique<QProcess>();
        const QString socketDir = QFileInfo(qEnvironmentVariable("LEADOPS_BACKEND_ENV")).absolutePath() + u"/run"_s;
        psql->start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, socketDir, u"-p"_s,
                                m_env.value(u"LEADOPS_TEST_PG_PORT"_s), u"-U"_s, u"postgres"_s, u"-d"_s,
                                m_env.value(u"LEADOPS_TEST_PG_DATABASE"_s), u"-c"_s, sql});
        return psql;
    }
    Result<SyncReport> push(TestWorkspace& t) { return SyncEngine(t->database(), *m_sales).push(); }
};

} // namespace leadops
