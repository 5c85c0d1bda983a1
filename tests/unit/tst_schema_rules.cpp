// Each rule written once (issue 16): the seed's numbers and the enum keys live in core/domain; the
// SQLite schema keeps copies (a CHECK cannot name a C++ constant). This suite reads the schema
// back from a fresh workspace and fails when a copy drifts from the constant it mirrors. The
// PostgreSQL side is read back by tst_reliability_backend::serverSchemaMatchesTheDomain.
#include "core/diagnostics/HealthCheck.h"
#include "core/domain/Campaign.h"
#include "core/domain/Enums.h"
#include "core/domain/Lead.h"
#include "core/domain/Niche.h"
#include "core/domain/Values.h"
#include "core/obs/RequestMetrics.h"
#include "core/rest/PostgrestQuery.h"
#include "core/rest/RestTypes.h"
#include "core/store/Database.h"
#include "core/store/Filters.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// "'a', 'b', 'c'": the form the schema lists a column's allowed keys in.
template <typename E>
QString keyList()
{
    QStringList quoted;
    for (const QString& key : allKeys<E>())
        quoted << u"'"_s + key + u"'"_s;
    return quoted.join(u", "_s);
}

} // namespace

class TestSchemaRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString schemaOf(const QString& name)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT sql FROM sqlite_master WHERE name = ?"_s);
        q.bindValue(0, name);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString().simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(u"rules.sqlite"_s));
        QVERIFY(db);
        m_db = std::move(*db);
    }

    void sqliteChecksMirrorTheDomain_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("fragment");
        const QString score = u"BETWEEN %1 AND %2"_s.arg(number(kMinScore), number(kMaxScore));
        QTest::newRow("lead score") << u"leads"_s << u"qualification_score "_s + score;
        QTest::newRow("niche profitability") << u"niches"_s << u"profitability_score "_s + score;
        QTest::newRow("niche competition") << u"niches"_s << u"competition_density "_s + score;
        QTest::newRow("niche name") << u"niches"_s << u"length(name) BETWEEN 1 AND %1"_s.arg(Niche::kMaxNameLength);
        QTest::newRow("niche category") << u"niches"_s
                                        << u"length(category) BETWEEN 1 AND %1"_s.arg(Niche::kMaxCategoryLength);
        QTest::newRow("campaign name") << u"campaigns"_s
                                       << u"length(name) BETWEEN 1 AND %1"_s.arg(Campaign::kMaxNameLength);
        QTest::newRow("reason on insert") << u"leads_reason_length_insert"_s
                                          << u"length(NEW.disqualification_reason) > %1"_s.arg(Lead::kMaxReasonLength);
        QTest::newRow("reason on update") << u"leads_reason_length_update"_s
                                          << u"length(NEW.disqualification_reason) > %1"_s.arg(Lead::kMaxReasonLength);
        QTest::newRow("lead statuses") << u"leads"_s << u"status IN (%1)"_s.arg(keyList<LeadStatus>());
        QTest::newRow("lead sources") << u"leads"_s << u"source IN (%1)"_s.arg(keyList<Platform>());
        QTest::newRow("campaign statuses") << u"campaigns"_s << u"status IN (%1)"_s.arg(keyList<CampaignStatus>());
        QTest::newRow("campaign platforms") << u"campaigns"_s << u"platform IN (%1)"_s.arg(keyList<Platform>());
        QTest::newRow("niche statuses") << u"niches"_s << u"status IN (%1)"_s.arg(keyList<NicheStatus>());
        QTest::newRow("niche markets") << u"niches"_s << u"market IN (%1)"_s.arg(keyList<Market>());
    }

    void sqliteChecksMirrorTheDomain()
    {
        QFETCH(QString, object);
        QFETCH(QString, fragment);
        const QString sql = schemaOf(object);
        QVERIFY2(!sql.isEmpty(), qPrintable(u"no schema object "_s + object));
        QVERIFY2(sql.contains(fragment), qPrintable(u"%1 lacks \"%2\": %3"_s.arg(object, fragment, sql)));
    }

    // The copy is enforced, not only written: one character past the limit is refused.
    void reasonLimitIsEnforcedByTheStore()
    {
        QVERIFY(m_db->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                           "('n1', 'n', 'almaty', 'c', 't', 't')"_s));
        QVERIFY(m_db->exec(u"INSERT INTO campaigns (id, niche_id, name, platform, budget, created_at, updated_at) "
                           "VALUES ('c1', 'n1', 'c', 'olx', 1, 't', 't')"_s));
        const auto insert = [&](int length) {
            return m_db->exec(
                u"INSERT INTO leads (id, campaign_id, source, contact, status, created_at, updated_at, "
                "disqualification_reason) VALUES ('l%1', 'c1', 'olx', '+7701%1', 'new', 't', 't', '%2')"_s.arg(length)
                    .arg(QString(length, u'x')));
        };
        QVERIFY(insert(Lead::kMaxReasonLength));
        QVERIFY(!insert(Lead::kMaxReasonLength + 1));
    }

    // Every enum's key table (core/util/EnumKeys.h) covers each value once, in declaration order: a
    // value added to an enum without its key, or keys out of order, fails here.
    void everyEnumKeyRoundTrips()
    {
        const auto check = [](auto last, const char* name) {
            using E = decltype(last);
            const int count = static_cast<int>(last) + 1;
            QVERIFY2(static_cast<int>(enumTexts<E>().size()) == count, name);
            QSet<QString> seen;
            for (int i = 0; i < count; ++i) {
                const auto value = static_cast<E>(i);
                const QString& key = toKey(value);
                QVERIFY2(!key.isEmpty() && !seen.contains(key), qPrintable(QString::fromLatin1(name) + u' ' + key));
                seen.insert(key);
                QCOMPARE(fromKey<E>(key), std::optional<E>(value));
            }
            QCOMPARE(allValues<E>().size(), count);
            QVERIFY(!fromKey<E>(u"no such key").has_value());
        };
        check(LeadStatus::Closed, "LeadStatus");
        check(CampaignStatus::Completed, "CampaignStatus");
        check(NicheStatus::Archived, "NicheStatus");
        check(Platform::Telegram, "Platform");
        check(Market::Shymkent, "Market");
        check(ErrorKind::Decode, "ErrorKind");
        check(HttpMethod::Delete, "HttpMethod");
        check(PostgrestQuery::Op::Ilike, "PostgrestQuery::Op");
        check(PostgrestQuery::IsValue::False, "PostgrestQuery::IsValue");
        check(RequestMetrics::Outcome::Retried, "RequestMetrics::Outcome");
        check(HealthReport::State::NotConfigured, "HealthReport::State");
        check(LeadSort::FollowUp, "LeadSort");
    }
};

QTEST_GUILESS_MAIN(TestSchemaRules)
#include "tst_schema_rules.moc"
