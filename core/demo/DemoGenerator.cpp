#include "core/demo/DemoGenerator.h"

#include "core/domain/Campaign.h"
#include "core/domain/Lead.h"
#include "core/domain/Niche.h"
#include "core/obs/Logging.h"
#include "core/store/AuditLog.h"
#include "core/store/BulkStatement.h"
#include "core/store/CampaignStore.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/NicheStore.h"
#include "core/store/SearchIndex.h"
#include "core/store/SetAsideTriggers.h"
#include "core/store/SpendStore.h"
#include "core/util/Ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <map>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use DemoGeneratorText::tr.
struct DemoGeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

struct NicheSeed
{
    const char* name;
    Market market;
    const char* category;
    NicheStatus status;
    double profitability;
    double competition;
};

// Every niche status, and scores on both sides of each threshold (0.6, 0.7, 0.8).
constexpr NicheSeed kNiches[] = {
    {"Установка кондиционеров", Market::Almaty, "Климатическая техника", NicheStatus::Active, 0.78, 0.55},
    {"Мебель на заказ", Market::Almaty, "Мебель", NicheStatus::Active, 0.71, 0.62},
    {"Стоматологические клиники", Market::Almaty, "Медицина", NicheStatus::Paused, 0.66, 0.74},
    {"Натяжные потолки", Market::Almaty, "Ремонт", NicheStatus::Archived, 0.45, 0.86},
    {"Курсы английского языка", Market::Astana, "Образование", NicheStatus::Active, 0.69, 0.48},
    {"Клининг квартир", Market::Astana, "Услуги для дома", NicheStatus::Active, 0.74, 0.41},
    {"Аренда автомобилей", Market::Astana, "Транспорт", NicheStatus::Validated, 0.64, 0.79},
    {"Доставка питьевой воды", Market::Astana, "Продукты", NicheStatus::Researching, 0.0, 0.0},
    {"Автозапчасти", Market::Shymkent, "Авто", NicheStatus::Active, 0.67, 0.58},
    {"Ремонт квартир под ключ", Market::Shymkent, "Ремонт", NicheStatus::Active, 0.72, 0.69},
    {"Свадебная фотосъёмка", Market::Shymkent, "Мероприятия", NicheStatus::Validated, 0.52, 0.66},
    {"Фитнес-клубы", Market::Shymkent, "Спорт", NicheStatus::Researching, 0.0, 0.0},
};

constexpr const char* kActors[] = {"aigerim.nurlanovna", "daniyar.seitkali", "olga.kim", "yerlan.tulegenov",
                                   "madina.akhmetova"};
constexpr const char* kMarketers[] = {"asel.marketing", "timur.ads"};
constexpr const char* kFirstNames[] = {"aidana", "nurlan", "dmitry", "aruzhan", "yerbol", "saule",     "ivan",
                                       "zhanna", "askar",  "marina", "dias",    "kamila", "bauyrzhan", "elena",
                                       "arman",  "dinara", "sergey", "tomiris", "azamat", "anel"};
constexpr const char* kMailDomains[] = {"mail.ru", "gmail.com", "yandex.kz", "inbox.kz", "mail.kz"};
constexpr int kPhonePrefixes[] = {700, 701, 702, 705, 707, 708, 747, 771, 775, 776, 777, 778};
constexpr const char* kDisqualifyReasons[] = {"Нет бюджета",         "Другой город",     "Не заинтересован",
                                              "Не выходит на связь", "Повторная заявка", "Ищет работу, не клиент"};
// The demo's leads go in without the triggers that check a reason's and a name's length (see the
// lead batches below): its reasons are these and Lead::kAutoDisqualifyReason (33 characters), and its
// leads have no name.
constexpr bool reasonsFit()
{
    for (const char* reason : kDisqualifyReasons) {
        if (std::char_traits<char>::length(reason) > size_t(Lead::kMaxReasonLength)) // bytes >= characters
            return false;
    }
    return true;
}
static_assert(reasonsFit());

constexpr qint64 kHour = 3600'000;
constexpr qint64 kDay = 24 * kHour;

struct DemoCampaign
{
    Campaign campaign;
    qint64 fromMs = 0; // leads arrive between these
    qint64 toMs = 0;
};

class Rng
{
public:
    explicit Rng(quint32 seed) : m_gen(seed) {}
    int below(int n) { return static_cast<int>(m_gen.bounded(n)); }
    double unit() { return m_gen.generateDouble(); }
    double between(double lo, double hi) { return lo + (hi - lo) * unit(); }
    qint64 spanMs(qint64 lo, qint64 hi) { return lo + static_cast<qint64>(unit() * static_cast<double>(hi - lo)); }
    double score(double lo, double hi) { return std::round(between(lo, hi) * 100.0) / 100.0; }
    QRandomGenerator& gen() { return m_gen; }

private:
    QRandomGenerator m_gen;
};

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// A contact unique to lead number `index`: the index decides the digits or suffix, so a million
// leads never collide inside a campaign, while the kind and the name are random.
QString demoContact(qint64 index, Rng& rng)
{
    const int kind = rng.below(100);
    const QString name = QString::fromLatin1(kFirstNames[rng.below(std::size(kFirstNames))]);
    if (kind < 65) {
        const qint64 subscriber = (index * 7919 + 1234567) % 10'000'000;
        return u"+7"_s + QString::number(kPhonePrefixes[rng.below(std::size(kPhonePrefixes))]) +
               QString::number(subscriber).rightJustified(7, u'0');
    }
    if (kind < 87)
        return u"@"_s + name + u"_"_s + QString::number(index, 36);
    return name + u"."_s + QString::number(index, 36) + u"@"_s +
           QString::fromLatin1(kMailDomains[rng.below(std::size(kMailDomains))]);
}

LeadStatus pickStatus(qint64 ageMs, Rng& rng)
{
    const int r = rng.below(100);
    if (ageMs < 2 * kDay)
        return r < 70 ? LeadStatus::New : (r < 95 ? LeadStatus::Contacted : LeadStatus::Qualifying);
    if (ageMs < 14 * kDay) {
        constexpr std::array<int, 6> cut = {15, 45, 70, 85, 97, 100};
        return static_cast<LeadStatus>(std::upper_bound(cut.begin(), cut.end(), r) - cut.begin());
    }
    constexpr std::array<int, 6> cut = {3, 15, 30, 55, 85, 100};
    return static_cast<LeadStatus>(std::upper_bound(cut.begin(), cut.end(), r) - cut.begin());
}

// Multi-row INSERT statements: one exec per `rowsPerStatement` rows instead of one per row, which
// is most of the per-row cost of Qt Sql in a bulk load.
class BatchInsert
{
public:
    BatchInsert(Database& db, QString table, QString columns, int columnCount, int rowsPerStatement)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_columnCount(columnCount)
        , m_rowsPerStatement(rowsPerStatement)
    {
        m_values.reserve(columnCount * rowsPerStatement);
    }

    Result<void> add(std::initializer_list<QVariant> row)
    {
        for (const QVariant& v : row)
            m_values << v;
        ++m_count;
        if (m_values.size() >= m_columnCount * m_rowsPerStatement)
            return flush();
        return {};
    }

    Result<void> flush()
    {
        const int rows = static_cast<int>(m_values.size() / m_columnCount);
        if (rows == 0)
            return {};
        auto it = m_statements.find(rows);
        if (it == m_statements.end()) {
            const QString one = u"("_s + QStringList(m_columnCount, u"?"_s).join(u", "_s) + u")"_s;
            it = m_statements
                     .emplace(rows, BulkStatement(m_db, u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns) +
                                                            QStringList(rows, one).join(u", "_s)))
                     .first;
        }
        // BulkStatement, not QSqlQuery: QSqlQuery::bindValue() makes a placeholder name for every
        // value, which was a sixth of the demo's time.
        BulkStatement& statement = it->second;
        for (int i = 0; i < m_values.size(); ++i)
            statement.bind(i, m_values.at(i));
        m_values.clear();
        const auto written = statement.run(DemoGeneratorText::tr("writing demo data"));
        if (!written)
            return tl::unexpected(written.error());
        return {};
    }

    qint64 count() const { return m_count; }

private:
    Database& m_db;
    QString m_table;
    QString m_columns;
    int m_columnCount;
    int m_rowsPerStatement;
    QVariantList m_values;
    std::map<int, BulkStatement> m_statements; // by rows per statement
    qint64 m_count = 0;
};

class Writer
{
public:
    explicit Writer(Database& db)
        : m_leads(db, u"leads"_s,
                  u"id, campaign_id, source, contact, status, qualification_score, messages_count, created_at, "
                  "qualified_at, disqualified_at, disqualification_reason, updated_at"_s,
                  12, 64)
        , m_audit(db, u"audit_log"_s, u"entity, entity_id, action, from_status, to_status, detail, actor, at"_s, 8, 96)
    {}

    Result<void> lead(const Lead& l)
    {
        const QVariant null{QMetaType(QMetaType::QString)};
        return m_leads.add({l.id, l.campaignId, toKey(l.source), l.contact, toKey(l.status), l.qualificationScore,
                            l.messagesCount, toDbTime(l.createdAt), toDbTime(l.qualifiedAt), toDbTime(l.disqualifiedAt),
                            l.disqualificationReason.isEmpty() ? null : QVariant(l.disqualificationReason),
                            toDbTime(l.updatedAt)});
    }

    Result<void> audit(const QString& entity, const QString& id, const QString& action, const QString& from,
                       const QString& to, const QString& detail, const QString& actor, qint64 atMs)
    {
        const QVariant null{QMetaType(QMetaType::QString)};
        return m_audit.add({entity, id, action, from.isEmpty() ? null : QVariant(from), to,
                            detail.isEmpty() ? null : QVariant(detail), actor, isoUtcFromMs(atMs)});
    }

    Result<void> flush()
    {
        if (auto r = m_leads.flush(); !r)
            return r;
        return m_audit.flush();
    }

    qint64 auditCount() const { return m_audit.count(); }

private:
    BatchInsert m_leads;
    BatchInsert m_audit;
};

} // namespace

DemoGenerator::DemoGenerator(Database& db, DemoOptions options) : m_db(db), m_options(std::move(options)) {}

Result<void> DemoGenerator::discardInterruptedRun()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT leads, done FROM demo_run"_s))
        return tl::unexpected(Database::storeError(q, DemoGeneratorText::tr("reading the demo run")));
    if (!q.next() || q.value(1).toLongLong() >= q.value(0).toLongLong())
        return Database::endOfRows(q, DemoGeneratorText::tr("reading the demo run"));
    const qint64 done = q.value(1).toLongLong();
    const qint64 asked = q.value(0).toLongLong();
    q.finish();
    // Only demo rows: a change made since (queued for a server) would be lost with them.
    QSqlQuery local(m_db.connection());
    if (!local.exec(u"SELECT count(*) FROM outbox"_s) || !local.next())
        return tl::unexpected(Database::storeError(local, DemoGeneratorText::tr("reading the outbox")));
    if (local.value(0).toLongLong() > 0)
        return fail(ErrorKind::Validation,
                    DemoGeneratorText::tr("The workspace %1 holds an interrupted demo run and local changes made "
                                          "since: choose another --workspace folder")
                        .arg(m_db.filePath()));
    local.finish();
    qCInfo(lcDemo) << "discarding an interrupted demo run:" << done << "of" << asked << "leads were written";
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const QString& sql : {u"DELETE FROM audit_log"_s, u"DELETE FROM leads"_s, u"DELETE FROM campaign_spends"_s,
                               u"DELETE FROM campaigns"_s, u"DELETE FROM niches"_s, u"DELETE FROM demo_run"_s}) {
        if (auto r = m_db.exec(sql); !r)
            return r;
    }
    return tx.commit();
}

Result<DemoSummary> DemoGenerator::run(const std::function<bool(qint64, qint64)>& progress)
{
    if (m_options.leads < 0 || m_options.leads > kMaxLeads)
        return fail(ErrorKind::Validation, DemoGeneratorText::tr("Demo lead count %1 is out of range: expected 0 to %2")
                                               .arg(m_options.leads)
                                               .arg(kMaxLeads));
    if (auto r = discardInterruptedRun(); !r)
        return tl::unexpected(r.error());
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT (SELECT count(*) FROM niches) + (SELECT count(*) FROM campaigns)"_s) || !q.next())
            return tl::unexpected(
                Database::storeError(q, DemoGeneratorText::tr("checking that the workspace is empty")));
        if (q.value(0).toLongLong() > 0)
            return fail(
                ErrorKind::Validation,
                DemoGeneratorText::tr("The workspace %1 already holds data: demo data goes into an empty workspace "
                                      "(choose another --workspace folder)")
                    .arg(m_db.filePath()));
    }

    // Yesterday by default, so that the same seed gives the same rows all day long; never later
    // than now, so that no lead is created in the future.
    const QDate until =
        m_options.until.isValid() ? m_options.until : QDateTime::currentDateTimeUtc().date().addDays(-1);
    const qint64 endMs =
        std::min(QDateTime(until.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() - kHour,
                 QDateTime::currentMSecsSinceEpoch());
    const qint64 startMs =
        QDateTime(until.addMonths(-m_options.months), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 span = endMs - startMs;
    Rng rng(m_options.seed);
    DemoSummary summary;
    Writer writer(m_db);

    // A bigger page cache while bulk-loading: the (campaign, contact) index takes random inserts.
    m_db.exec(u"PRAGMA cache_size=-131072"_s);

    Transaction setup(m_db);
    if (!setup.started())
        return tl::unexpected(setup.started().error());
    {
        QSqlQuery q = m_db.prepare(u"INSERT INTO demo_run (id, leads, done) VALUES (1, ?, 0)"_s);
        q.bindValue(0, m_options.leads);
        if (auto r = m_db.check(q, DemoGeneratorText::tr("recording the demo run")); !r)
            return tl::unexpected(r.error());
    }
    NicheStore niches(m_db);
    CampaignStore campaigns(m_db);
    std::vector<DemoCampaign> running; // campaigns that receive leads
    int campaignIndex = 0;
    const auto marketer = [&] { return QString::fromLatin1(kMarketers[rng.below(std::size(kMarketers))]); };

    for (const NicheSeed& seed : kNiches) {
        Niche n;
        const qint64 created = startMs - rng.spanMs(20 * kDay, 40 * kDay);
        n.id = newUuidV7(fromMs(created), rng.gen());
        n.name = QString::fromUtf8(seed.name);
        n.market = seed.market;
        n.category = QString::fromUtf8(seed.category);
        n.status = seed.status;
        n.createdAt = fromMs(created);
        n.updatedAt = n.createdAt;
        QString who = marketer();
        if (auto r = writer.audit(u"niche"_s, n.id, u"create"_s, {}, u"researching"_s, {}, who, created); !r)
            return tl::unexpected(r.error());
        if (seed.status != NicheStatus::Researching) {
            const qint64 validated = created + rng.spanMs(3 * kDay, 15 * kDay);
            n.profitabilityScore = seed.profitability;
            n.competitionDensity = seed.competition;
            n.validatedAt = fromMs(validated);
            n.updatedAt = *n.validatedAt;
            if (auto r = writer.audit(
                    u"niche"_s, n.id, u"validate"_s, u"researching"_s, u"validated"_s,
                    u"profitability=%1 competition=%2"_s.arg(seed.profitability).arg(seed.competition), who, validated);
                !r)
                return tl::unexpected(r.error());
            if (seed.status == NicheStatus::Active || seed.status == NicheStatus::Paused ||
                seed.status == NicheStatus::Archived) {
                const qint64 at = validated + kDay;
                n.updatedAt = fromMs(at);
                const QString to = seed.status == NicheStatus::Archived ? u"archived"_s : u"active"_s;
                if (auto r = writer.audit(u"niche"_s, n.id,
                                          seed.status == NicheStatus::Archived ? u"archive"_s : u"activate"_s,
                                          u"validated"_s, to, {}, who, at);
                    !r)
                    return tl::unexpected(r.error());
            }
            if (seed.status == NicheStatus::Paused) {
                const qint64 at = endMs - rng.spanMs(5 * kDay, 20 * kDay);
                n.updatedAt = fromMs(at);
                if (auto r = writer.audit(u"niche"_s, n.id, u"pause"_s, u"active"_s, u"paused"_s, {}, who, at); !r)
                    return tl::unexpected(r.error());
            }
        }
        if (auto r = niches.insert(n); !r)
            return tl::unexpected(r.error());
        ++summary.niches;

        // Campaign statuses per niche status: active niches run all four platforms.
        QList<CampaignStatus> plan;
        switch (seed.status) {
        case NicheStatus::Active:
            plan = {CampaignStatus::Active, CampaignStatus::Active, CampaignStatus::Paused, CampaignStatus::Completed};
            break;
        case NicheStatus::Paused:
            plan = {CampaignStatus::Paused, CampaignStatus::Completed};
            break;
        case NicheStatus::Validated:
            plan = {CampaignStatus::Draft};
            break;
        case NicheStatus::Archived:
            plan = {CampaignStatus::Completed};
            break;
        case NicheStatus::Researching:
            break;
        }
        for (int k = 0; k < plan.size(); ++k) {
            const CampaignStatus status = plan.at(k);
            Campaign c;
            c.nicheId = n.id;
            c.platform = static_cast<Platform>((k + summary.niches) % 4); // distinct within a niche
            c.name = u"%1 — %2"_s.arg(n.name, displayName(c.platform));
            c.status = status;
            c.budget = (300'000 + 50'000 * static_cast<Money>(rng.below(55))) * 100;
            who = marketer();
            qint64 createdMs;
            if (status == CampaignStatus::Draft) {
                createdMs = endMs - rng.spanMs(2 * kDay, 12 * kDay);
                if (seed.profitability < 0.6)
                    c.budget = 0; // a draft that cannot start yet (can_start needs a budget)
            } else {
                createdMs = startMs - kDay + (static_cast<qint64>(campaignIndex) * span / 2) / 26;
            }
            c.id = newUuidV7(fromMs(createdMs), rng.gen());
            c.createdAt = fromMs(createdMs);
            c.updatedAt = c.createdAt;
            if (auto r = writer.audit(u"campaign"_s, c.id, u"create"_s, {}, u"draft"_s,
                                      u"budget=%1"_s.arg(formatMoney(c.budget)), who, createdMs);
                !r)
                return tl::unexpected(r.error());
            DemoCampaign dc;
            if (status != CampaignStatus::Draft) {
                const qint64 started = createdMs + kDay;
                c.startedAt = fromMs(started);
                if (auto r = writer.audit(u"campaign"_s, c.id, u"start"_s, u"draft"_s, u"active"_s, {}, who, started);
                    !r)
                    return tl::unexpected(r.error());
                dc.fromMs = started;
                dc.toMs = endMs;
                c.updatedAt = c.startedAt.value();
                double utilization = rng.between(0.1, 0.95);
                if (status == CampaignStatus::Paused) {
                    const qint64 at = endMs - rng.spanMs(3 * kDay, 30 * kDay);
                    dc.toMs = at;
                    c.updatedAt = fromMs(at);
                } else if (status == CampaignStatus::Completed) {
                    const qint64 at = started + rng.spanMs(span / 4, span / 2);
                    dc.toMs = at;
                    c.completedAt = fromMs(at);
                    c.updatedAt = *c.completedAt;
                    utilization = rng.below(3) == 0 ? rng.between(0.6, 0.95) : 1.0; // exhausted or stopped early
                } else if (rng.below(4) == 0) {
                    utilization = rng.between(0.9, 0.99); // nearly exhausted: the budget bar turns red
                }
                c.spent = static_cast<Money>(static_cast<double>(c.budget) * utilization);
                // The spend as the marketer recorded it, week by week (the pacing chart reads it); a
                // campaign that ran out of budget completed with its last spend.
                const bool exhausted = status == CampaignStatus::Completed && utilization >= 1.0;
                const qint64 weeks = std::max<qint64>(1, (dc.toMs - started) / (7 * kDay));
                Money recorded = 0;
                for (qint64 w = 1; w <= weeks; ++w) {
                    const bool lastWeek = w == weeks;
                    const Money share = lastWeek
                                            ? c.spent - recorded
                                            : static_cast<Money>(static_cast<double>(c.spent) /
                                                                 static_cast<double>(weeks) * rng.between(0.7, 1.3));
                    if (share <= 0 || recorded + share > c.spent)
                        continue;
                    recorded += share;
                    const qint64 at = lastWeek ? dc.toMs : started + w * (dc.toMs - started) / weeks;
                    const bool completes = lastWeek && exhausted;
                    const SpendEntry entry{newUuidV7(fromMs(at), rng.gen()),
                                           c.id,
                                           share,
                                           {},
                                           {},
                                           who,
                                           fromMs(at),
                                           CampaignStatus::Active,
                                           completes ? CampaignStatus::Completed : CampaignStatus::Active,
                                           recorded,
                                           fromMs(at)};
                    if (auto r = SpendStore(m_db).insert(entry); !r)
                        return tl::unexpected(r.error());
                    if (auto r =
                            writer.audit(u"campaign"_s, c.id, u"add_spend"_s, u"active"_s, toKey(entry.statusAfter),
                                         u"amount=%1 entry=%2"_s.arg(formatMoney(share), entry.id), who, at);
                        !r)
                        return tl::unexpected(r.error());
                }
                if (status == CampaignStatus::Paused) {
                    if (auto r =
                            writer.audit(u"campaign"_s, c.id, u"pause"_s, u"active"_s, u"paused"_s, {}, who, dc.toMs);
                        !r)
                        return tl::unexpected(r.error());
                }
                if (status == CampaignStatus::Completed && !exhausted) {
                    if (auto r = writer.audit(u"campaign"_s, c.id, u"complete"_s, u"active"_s, u"completed"_s, {}, who,
                                              dc.toMs);
                        !r)
                        return tl::unexpected(r.error());
                }
                running.push_back(DemoCampaign{c, dc.fromMs, dc.toMs});
            }
            if (auto r = campaigns.insert(c); !r)
                return tl::unexpected(r.error());
            ++summary.campaigns;
            ++campaignIndex;
        }
    }
    if (auto r = writer.flush(); !r)
        return tl::unexpected(r.error());
    if (auto r = setup.commit(); !r)
        return tl::unexpected(r.error());

    // Leads, in time order, in batches: each batch is one transaction. The read indexes are built
    // once at the end (a sorted build), not row by row; a killed run leaves them to the next open.
    if (auto r = m_db.dropReadIndexes(u"leads"_s); !r)
        return tl::unexpected(r.error());
    const auto rebuildIndexes = qScopeGuard([this] { m_db.ensureReadIndexes(); });
    constexpr qint64 kBatch = 20'000;
    const qint64 total = m_options.leads;
    std::vector<int> eligible;
    eligible.reserve(running.size());
    for (qint64 first = 0; first < total; first += kBatch) {
        Transaction tx(m_db);
        if (!tx.started())
            return tl::unexpected(tx.started().error());
        SearchIndex::BulkInsert searchIndex(m_db);                // the batch's leads join the index together
        SetAsideTriggers checks(m_db, leadInsertCheckTriggers()); // its values fit (reasonsFit())
        const qint64 last = std::min(total, first + kBatch);
        for (qint64 i = first; i < last; ++i) {
            const qint64 t = startMs + static_cast<qint64>((static_cast<double>(i) + rng.unit()) *
                                                           static_cast<double>(span) / static_cast<double>(total));
            eligible.clear();
            for (int k = 0; k < static_cast<int>(running.size()); ++k) {
                if (running[static_cast<std::size_t>(k)].fromMs <= t && t < running[static_cast<std::size_t>(k)].toMs)
                    eligible.push_back(k);
            }
            const DemoCampaign& dc = running[static_cast<std::size_t>(
                eligible.empty() ? 0
                                 : eligible[static_cast<std::size_t>(rng.below(static_cast<int>(eligible.size())))])];
            Lead l;
            l.id = newUuidV7(fromMs(t), rng.gen());
            l.campaignId = dc.campaign.id;
            // Most leads arrive on the campaign's own platform; some are cross-posted.
            l.source = rng.below(10) < 8 ? dc.campaign.platform : static_cast<Platform>(rng.below(4));
            l.contact = demoContact(i, rng);
            l.createdAt = fromMs(t);
            l.status = pickStatus(endMs - t, rng);
            const QString actor = QString::fromLatin1(kActors[rng.below(std::size(kActors))]);
            QList<std::pair<qint64, std::array<QString, 4>>> steps; // at, {action, from, to, detail}
            steps.append({t, {u"create"_s, QString(), u"new"_s, toKey(l.source)}});
            qint64 at = t;
            const auto step = [&](qint64 minMs, qint64 maxMs, const QString& action, LeadStatus from, LeadStatus to,
                                  const QString& detail = {}) {
                at = std::min(endMs, at + rng.spanMs(minMs, maxMs));
                steps.append({at, {action, toKey(from), toKey(to), detail}});
            };
            switch (l.status) {
            case LeadStatus::New:
                l.messagesCount = rng.below(2);
                break;
            case LeadStatus::Contacted:
                step(10 * 60'000, 36 * kHour, u"mark_contacted"_s, LeadStatus::New, LeadStatus::Contacted);
                l.messagesCount = rng.below(8);
                break;
            case LeadStatus::Qualifying:
                step(10 * 60'000, 36 * kHour, u"mark_contacted"_s, LeadStatus::New, LeadStatus::Contacted);
                step(6 * kHour, 4 * kDay, u"start_qualifying"_s, LeadStatus::Contacted, LeadStatus::Qualifying);
                l.messagesCount = 3 + rng.below(16);
                l.qualificationScore = rng.below(10) < 3 ? rng.score(0.0, 0.29) : rng.score(0.3, 0.9);
                break;
            case LeadStatus::Qualified:
            case LeadStatus::Closed:
                step(10 * 60'000, 36 * kHour, u"mark_contacted"_s, LeadStatus::New, LeadStatus::Contacted);
                l.messagesCount = 3 + rng.below(13);
                l.qualificationScore = rng.score(0.5, 1.0);
                step(1 * kDay, 8 * kDay, u"qualify"_s, LeadStatus::Contacted, LeadStatus::Qualified,
                     u"score=%1"_s.arg(l.qualificationScore));
                l.qualifiedAt = fromMs(at);
                if (l.status == LeadStatus::Closed)
                    step(1 * kDay, 7 * kDay, u"close"_s, LeadStatus::Qualified, LeadStatus::Closed);
                break;
            case LeadStatus::Disqualified: {
                step(10 * 60'000, 36 * kHour, u"mark_contacted"_s, LeadStatus::New, LeadStatus::Contacted);
                const bool auto_ = rng.below(5) == 0;
                if (auto_ || rng.below(2) == 0) {
                    step(6 * kHour, 4 * kDay, u"start_qualifying"_s, LeadStatus::Contacted, LeadStatus::Qualifying);
                    l.qualificationScore = auto_ ? rng.score(0.0, 0.29) : rng.score(0.0, 0.5);
                }
                l.messagesCount = auto_ ? 11 + rng.below(8) : rng.below(12);
                l.disqualificationReason =
                    auto_ ? QString::fromLatin1(Lead::kAutoDisqualifyReason)
                          : QString::fromUtf8(kDisqualifyReasons[rng.below(std::size(kDisqualifyReasons))]);
                step(1 * kDay, 10 * kDay, auto_ ? u"auto_disqualify"_s : u"disqualify"_s,
                     steps.size() > 2 ? LeadStatus::Qualifying : LeadStatus::Contacted, LeadStatus::Disqualified,
                     l.disqualificationReason);
                l.disqualifiedAt = fromMs(at);
                break;
            }
            }
            l.updatedAt = fromMs(at);
            if (auto r = writer.lead(l); !r)
                return tl::unexpected(r.error());
            for (const auto& [when, s] : std::as_const(steps)) {
                const bool system = s[0] == u"auto_disqualify"_s;
                if (auto r = writer.audit(u"lead"_s, l.id, s[0], s[1], s[2], s[3], system ? u"system"_s : actor, when);
                    !r)
                    return tl::unexpected(r.error());
            }
        }
        if (auto r = writer.flush(); !r)
            return tl::unexpected(r.error());
        QSqlQuery done = m_db.prepare(u"UPDATE demo_run SET done = ?"_s);
        done.bindValue(0, last);
        if (auto r = m_db.check(done, DemoGeneratorText::tr("recording the demo run")); !r)
            return tl::unexpected(r.error());
        if (auto r = searchIndex.finish(); !r)
            return tl::unexpected(r.error());
        if (auto r = checks.restore(); !r)
            return tl::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return tl::unexpected(r.error());
        summary.leads = last;
        if (progress && !progress(last, total))
            break;
    }
    summary.auditEntries = writer.auditCount();
    // The read indexes first: ANALYZE only measures the indexes that exist, and without their
    // statistics SQLite would guess for every filter of the lead list.
    if (auto r = m_db.ensureReadIndexes(); !r)
        return tl::unexpected(r.error());
    // Fresh statistics let SQLite pick the right index for each filter of the lead list.
    if (auto r = m_db.exec(u"ANALYZE"_s); !r)
        return tl::unexpected(r.error());
    m_db.exec(u"PRAGMA cache_size=-32768"_s);
    qCInfo(lcDemo) << "demo workspace filled:" << summary.niches << "niches," << summary.campaigns << "campaigns,"
                   << summary.leads << "leads," << summary.auditEntries << "history entries";
    return summary;
}

} // namespace leadops
