// Pulled pages into the store: the simdjson page reader, ServerRowWriter's checks (against the
// domain's own reader, leadFromJson), multi-row upserts and their fallback to single rows,
// tombstones, rows held back, and both ways of binding (SQLite's C API and QSqlQuery).
#include "core/domain/Enums.h"
#include "core/json/EntityJson.h"
#include "core/json/JsonPage.h"
#include "core/store/BulkStatement.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Outbox.h"
#include "core/sync/PageWriter.h"
#include "core/sync/PulledRowStore.h"
#include "core/sync/ServerRowWriter.h"
#include "core/sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNiche = u"0193c000-0000-7000-8000-00000000a001"_s;
const QString kCampaign = u"0193c000-0000-7000-8000-00000000c001"_s;

QString leadId(int i)
{
    return u"0193c000-0000-7000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
}

QJsonObject lead(int i)
{
    return QJsonObject{
        {u"id"_s, leadId(i)},
        {u"campaign_id"_s, kCampaign},
        {u"source"_s, i % 3 == 0 ? u"KASPI"_s : u"olx"_s}, // keys are read in any case
        {u"contact"_s, u"+7707%1"_s.arg(i, 7, 10, QLatin1Char('0'))},
        {u"status"_s, i % 2 ? u"Contacted"_s : u"new"_s},
        {u"qualification_score"_s, i % 4 == 0 ? QJsonValue(1) : QJsonValue(0.25)},
        {u"messages_count"_s, i % 7},
        // Microseconds, milliseconds, none, and an offset other than UTC.
        {u"created_at"_s,
         i % 5 == 0 ? u"2026-11-20T14:03:07+05:00"_s : u"2026-11-2%1T10:53:49.97%2107+00:00"_s.arg(i % 9).arg(i % 10)},
        {u"qualified_at"_s, i % 6 == 0 ? QJsonValue(u"2026-11-24T08:00:00.5Z"_s) : QJsonValue()},
        {u"disqualified_at"_s, QJsonValue()},
        {u"disqualification_reason"_s, i % 8 == 0 ? u""_s : u"Wrong number, it's a bakery"_s},
        {u"updated_at"_s, u"2026-11-25T12:00:00.%1+00:00"_s.arg(100000 + i)},
        {u"deleted_at"_s, QJsonValue()},
        {u"last_mutation_id"_s, QJsonValue()},
    };
}

QByteArray page(const QList<QJsonObject>& rows)
{
    QJsonArray array;
    for (const QJsonObject& r : rows)
        array.append(r);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// 100 leads; the 71st repeats the 4th one's contact in the same campaign (a UNIQUE index refuses it).
QByteArray pageWithARepeatedContact()
{
    QList<QJsonObject> rows;
    for (int i = 1; i <= 100; ++i)
        rows << lead(i);
    rows[70][u"contact"_s] = rows[3].value(u"contact"_s);
    return page(rows);
}

QByteArray nichePage()
{
    return page({QJsonObject{{u"id"_s, kNiche},
                             {u"name"_s, u"Dental clinics"_s},
                             {u"market"_s, u"astana"_s},
                             {u"category"_s, u"health"_s},
                             {u"status"_s, u"researching"_s},
                             {u"profitability_score"_s, 0.8},
                             {u"competition_density"_s, 1},
                             {u"created_at"_s, u"2026-11-01T00:00:00+00:00"_s},
                             {u"validated_at"_s, QJsonValue()},
                             {u"updated_at"_s, u"2026-11-01T00:00:00+00:00"_s},
                             {u"deleted_at"_s, QJsonValue()}}});
}

QJsonObject campaign(const QJsonValue& budget)
{
    return QJsonObject{{u"id"_s, kCampaign},
                       {u"niche_id"_s, kNiche},
                       {u"name"_s, u"Kaspi — winter"_s},
                       {u"platform"_s, u"kaspi"_s},
                       {u"budget"_s, budget},
                       {u"spent"_s, 12.3},
                       {u"status"_s, u"active"_s},
                       {u"created_at"_s, u"2026-11-01T00:00:00+00:00"_s},
                       {u"started_at"_s, u"2026-11-02T00:00:00+00:00"_s},
                       {u"completed_at"_s, QJsonValue()},
                       {u"updated_at"_s, u"2026-11-02T00:00:00+00:00"_s},
                       {u"deleted_at"_s, QJsonValue()}};
}

} // namespace

class TestServerRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // The parents the leads' foreign key needs.
    void storeParents(ServerRowWriter& writer)
    {
        const auto niche = writer.storePage(u"niche"_s, nichePage());
        QVERIFY2(niche, qPrintable(niche ? QString() : niche.error().message));
        const auto campaignRow = writer.storePage(u"campaign"_s, page({campaign(1500000)}));
        QVERIFY2(campaignRow, qPrintable(campaignRow ? QString() : campaignRow.error().message));
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("qtSqlOnly");
        QTest::newRow(BulkStatement::direct() ? "SQLite C API" : "QSqlQuery (no C API in this build)") << false;
        QTest::newRow("QSqlQuery") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, qtSqlOnly);
        BulkStatement::setQtSqlOnly(qtSqlOnly);
        m_db.reset();
        QFile::remove(m_dir.filePath(u"s.sqlite"_s));
        auto db = Database::open(m_dir.filePath(u"s.sqlite"_s));
        QVERIFY(db);
        m_db = std::move(*db);
    }

    void cleanupTestCase() { BulkStatement::setQtSqlOnly(false); }

    void readsWherePagesEnd()
    {
        const auto empty = readPageEnd("[]");
        QVERIFY(empty);
        QCOMPARE(empty->rows, 0);
        const auto three = readPageEnd(page({lead(1), lead(2), lead(3)}));
        QVERIFY(three);
        QCOMPARE(three->rows, 3);
        QCOMPARE(three->lastId, leadId(3));
        QCOMPARE(three->lastKey, u"2026-11-25T12:00:00.100003+00:00"_s);
        QCOMPARE(three->tailTies, 1);
        // Keyed by created_at, and a run of rows sharing the last key at the end of the page.
        QJsonObject tie = lead(5);
        tie[u"created_at"_s] = lead(6).value(u"created_at"_s);
        const auto byCreation = readPageEnd(page({lead(1), lead(2), tie, lead(6)}), "created_at");
        QVERIFY(byCreation);
        QCOMPARE(byCreation->rows, 4);
        QCOMPARE(byCreation->lastKey, lead(6).value(u"created_at"_s).toString());
        QCOMPARE(byCreation->lastId, leadId(6));
        QCOMPARE(byCreation->tailTies, 2);
        QJsonObject noKey = lead(2);
        noKey.remove(u"created_at"_s);
        const auto missing = readPageEnd(page({lead(1), noKey, lead(3)}), "created_at");
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"\"created_at\""_s), qPrintable(missing.error().message));

        const QByteArray whole = page({lead(1), lead(2)});
        const auto cut = readPageEnd(whole.left(whole.size() / 2));
        QVERIFY(!cut);
        QCOMPARE(cut.error().kind, ErrorKind::Decode);
        QVERIFY2(cut.error().message.contains(u"not valid JSON"_s), qPrintable(cut.error().message));
        QVERIFY(!checkJson(whole.left(whole.size() - 1)));
        QVERIFY(checkJson(whole));

        const auto object = readPageEnd(R"({"id":"x"})");
        QVERIFY(!object);
        QVERIFY2(object.error().message.contains(u"list of rows"_s), qPrintable(object.error().message));
        const auto noKeys = readPageEnd(R"([{"name":"x"}])");
        QVERIFY(!noKeys);
        QVERIFY2(noKeys.error().message.contains(u"\"id\""_s), qPrintable(noKeys.error().message));
    }

    // Every value as the domain's reader (leadFromJson + toDbTime) makes it, across three
    // statements of 64, 64 and 22 rows.
    void storesLeadsAsTheDomainReadsThem()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        QList<QJsonObject> rows;
        for (int i = 1; i <= 150; ++i)
            rows << lead(i);
        const auto stored = writer.storePage(u"lead"_s, page(rows));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->rows, 150);
        QCOMPARE(stored->stored, 150);
        QCOMPARE(stored->lastId, leadId(150));
        QCOMPARE(stored->lastUpdatedAt, u"2026-11-25T12:00:00.100150+00:00"_s);
        QCOMPARE(stored->lastCreatedAt, lead(150).value(u"created_at"_s).toString());
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 150);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT id, campaign_id, source, contact, status, qualification_score, messages_count, "
                       "created_at, qualified_at, disqualified_at, disqualification_reason, updated_at, "
                       "server_updated_at FROM leads ORDER BY id"_s));
        for (const QJsonObject& row : std::as_const(rows)) {
            QVERIFY(q.next());
            const auto l = leadFromJson(row);
            QVERIFY(l);
            QCOMPARE(q.value(0).toString(), l->id);
            QCOMPARE(q.value(1).toString(), l->campaignId);
            QCOMPARE(q.value(2).toString(), toKey(l->source));
            QCOMPARE(q.value(3).toString(), l->contact);
            QCOMPARE(q.value(4).toString(), toKey(l->status));
            QCOMPARE(q.value(5).toDouble(), l->qualificationScore);
            QCOMPARE(q.value(6).toInt(), l->messagesCount);
            QCOMPARE(q.value(7).toString(), toDbTime(l->createdAt));
            QCOMPARE(q.value(8), toDbTime(l->qualifiedAt));
            QVERIFY(q.value(9).isNull());
            if (l->disqualificationReason.isEmpty())
                QVERIFY(q.value(10).isNull()); // "" is stored as NULL
            else
                QCOMPARE(q.value(10).toString(), l->disqualificationReason);
            QCOMPARE(q.value(11).toString(), toDbTime(l->updatedAt));
            QCOMPARE(q.value(12).toString(), row.value(u"updated_at"_s).toString());
        }
        // The +05:00 timestamp, spelt out.
        QCOMPARE(scalar(u"SELECT created_at FROM leads WHERE id = '%1'"_s.arg(leadId(5))).toString(),
                 u"2026-11-20T09:03:07.000Z"_s);
    }

    void storesCampaignAmountsInTiyn()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        QCOMPARE(scalar(u"SELECT budget FROM campaigns"_s).toLongLong(), 150000000LL);
        QCOMPARE(scalar(u"SELECT spent FROM campaigns"_s).toLongLong(), 1230LL);
        // numeric may also come as text; a newer version of the row replaces the first.
        QJsonObject newer = campaign(u"99.99"_s);
        newer[u"updated_at"_s] = u"2026-11-03T00:00:00+00:00"_s;
        const auto again = writer.storePage(u"campaign"_s, page({newer}));
        QVERIFY(again);
        QCOMPARE(scalar(u"SELECT budget FROM campaigns"_s).toLongLong(), 9999LL);
        QCOMPARE(scalar(u"SELECT count(*) FROM campaigns"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT profitability_score FROM niches"_s).toDouble(), 0.8);
        QCOMPARE(scalar(u"SELECT market FROM niches"_s).toString(), u"astana"_s);
    }

    void refusesWrongFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing contact") << u"contact"_s << QJsonValue(QJsonValue::Undefined)
                                         << u"field 'contact' is missing, expected a value"_s;
        QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"lost"_s)
                                        << u"field 'status' is lost, expected new, contacted"_s;
        QTest::newRow("fractional count")
            << u"messages_count"_s << QJsonValue(1.5) << u"field 'messages_count' is 1.5, expected a whole number"_s;
        QTest::newRow("score as text") << u"qualification_score"_s << QJsonValue(u"high"_s)
                                       << u"field 'qualification_score' is \"high\", expected a number"_s;
        QTest::newRow("not a timestamp") << u"created_at"_s << QJsonValue(u"yesterday"_s)
                                         << u"field 'created_at' is \"yesterday\", expected an ISO-8601 timestamp"_s;
        QTest::newRow("null id") << u"id"_s << QJsonValue() << u"without a text \"id\": {"_s;
        // The local schema's CHECKs, which the pull's writer checks itself (see below).
        QTest::newRow("short contact") << u"contact"_s << QJsonValue(u"+7 7"_s)
                                       << u"field 'contact' is \"+7 7\", expected text of at least 5 characters"_s;
        QTest::newRow("score above 1") << u"qualification_score"_s << QJsonValue(1.5)
                                       << u"field 'qualification_score' is 1.5, expected a number from 0 to 1"_s;
        QTest::newRow("negative count") << u"messages_count"_s << QJsonValue(-1)
                                        << u"field 'messages_count' is -1, expected a number of at least 0"_s;
        // The two a first pull's snapshot writes without their triggers (leadInsertCheckTriggers()).
        QTest::newRow("201-character name")
            << u"display_name"_s << QJsonValue(QString(201, u'я'))
            << u"field 'display_name' is \""_s + QString(201, u'я') + u"\", expected text of 0 to 200 characters"_s;
        QTest::newRow("501-character reason") << u"disqualification_reason"_s << QJsonValue(QString(501, u'ә'))
                                              << u"expected text of 0 to 500 characters"_s;
        QTest::newRow("object for a reason")
            << u"disqualification_reason"_s << QJsonValue(QJsonObject{{u"a"_s, 1}})
            << u"field 'disqualification_reason' is {\"a\":1}, expected text or null"_s;
    }

    // A wrong row stops the page with a Decode error naming the field; the caller's transaction
    // keeps none of the page.
    void refusesWrongFields()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        QList<QJsonObject> rows;
        for (int i = 1; i <= 100; ++i)
            rows << lead(i);
        if (value.isUndefined())
            rows[90].remove(field);
        else
            rows[90][field] = value;
        {
            Transaction tx(*m_db);
            const auto stored = writer.storePage(u"lead"_s, page(rows));
            QVERIFY(!stored);
            QCOMPARE(stored.error().kind, ErrorKind::Decode);
            QVERIFY2(stored.error().message.contains(expected), qPrintable(stored.error().message));
            QVERIFY2(stored.error().message.contains(u"lead"_s), qPrintable(stored.error().message));
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 0);
    }

    // The pull's writer runs with SQLite's CHECK constraints off (they cost more than the row), so
    // every CHECK of the local schema must be one of its own rules: each value the schema refuses,
    // for each table, is refused with a message, and nothing is stored.
    void checksWhatTheSchemaChecks_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QString longName(201, u'я');
        QTest::newRow("campaign: empty name") << u"campaign"_s << u"name"_s << QJsonValue(u""_s)
                                              << u"field 'name' is \"\", expected text of 1 to 200 characters"_s;
        QTest::newRow("campaign: 201 characters")
            << u"campaign"_s << u"name"_s << QJsonValue(longName) << u"expected text of 1 to 200 characters"_s;
        QTest::newRow("campaign: negative budget")
            << u"campaign"_s << u"budget"_s << QJsonValue(-5)
            << u"field 'budget' is -5, expected a number from 0 to 1000000000000"_s;
        QTest::newRow("campaign: negative spent")
            << u"campaign"_s << u"spent"_s << QJsonValue(u"-0.5"_s)
            << u"field 'spent' is \"-0.5\", expected a number from 0 to 1000000000000"_s;
        QTest::newRow("campaign: spent past any budget")
            << u"campaign"_s << u"spent"_s << QJsonValue(u"12e30"_s)
            << u"field 'spent' is \"12e30\", expected a number from 0 to 1000000000000"_s;
        QTest::newRow("niche: 101-character category") << u"niche"_s << u"category"_s << QJsonValue(QString(101, u'x'))
                                                       << u"expected text of 1 to 100 characters"_s;
        QTest::newRow("niche: empty name")
            << u"niche"_s << u"name"_s << QJsonValue(u""_s) << u"expected text of 1 to 200 characters"_s;
        QTest::newRow("niche: profitability 2")
            << u"niche"_s << u"profitability_score"_s << QJsonValue(2) << u"expected a number from 0 to 1"_s;
        QTest::newRow("niche: negative density")
            << u"niche"_s << u"competition_density"_s << QJsonValue(-0.1) << u"expected a number from 0 to 1"_s;
    }

    void checksWhatTheSchemaChecks()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QVERIFY(m_db->exec(u"PRAGMA ignore_check_constraints=ON"_s));
        ServerRowWriter writer(*m_db);
        QJsonObject row = entity == u"campaign"_s ? campaign(1500000)
                                                  : QJsonDocument::fromJson(nichePage()).array().first().toObject();
        if (entity == u"campaign"_s)
            QVERIFY(writer.storePage(u"niche"_s, nichePage()));
        row[field] = value;
        const auto stored = writer.storePage(entity, page({row}));
        QVERIFY(!stored);
        QCOMPARE(stored.error().kind, ErrorKind::Decode);
        QVERIFY2(stored.error().message.contains(expected), qPrintable(stored.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM %1"_s.arg(Outbox::tableFor(entity))).toInt(), 0);
    }

    // A row the store refuses (here its contact repeats another lead's in the same campaign: UNIQUE)
    // in the middle of a 64-row statement: the rows before it are stored one by one, the error is
    // that row's.
    void storeRefusalNamesTheRowAndKeepsTheOnesBefore()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        const auto stored = writer.storePage(u"lead"_s, pageWithARepeatedContact());
        QVERIFY(!stored);
        QCOMPARE(stored.error().kind, ErrorKind::Store);
        QVERIFY2(stored.error().message.contains(u"UNIQUE"_s), qPrintable(stored.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 70);
        QCOMPARE(scalar(u"SELECT max(id) FROM leads"_s).toString(), leadId(70));
    }

    // In a first pull's snapshot the same refusal is deferred, not an error: the local row it
    // collides with is older than the server's, and both come again with the pull of changes.
    void snapshotDefersRowsAUniqueIndexRefuses()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        const auto stored = writer.storePage(u"lead"_s, pageWithARepeatedContact(), {}, ServerRowWriter::PageRows::New);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->deferred, QStringList{leadId(71)});
        QCOMPARE(stored->stored, 99);
        QCOMPARE(stored->lastId, leadId(100)); // the page's end still moves the position
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 99);
        QCOMPARE(scalar(u"SELECT count(*) FROM leads WHERE id = '%1'"_s.arg(leadId(71))).toInt(), 0);
        // Alone in its statement (a page of one row, as a lookup by id brings it): deferred too.
        QJsonObject alone = lead(200);
        alone[u"contact"_s] = lead(5).value(u"contact"_s);
        const auto one = writer.storePage(u"lead"_s, page({alone}), {}, ServerRowWriter::PageRows::New);
        QVERIFY2(one, qPrintable(one ? QString() : one.error().message));
        QCOMPARE(one->deferred, QStringList{leadId(200)});
    }

    void appliesTombstonesAndHoldsBackUnsentRows()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        QVERIFY(writer.storePage(u"lead"_s, page({lead(1), lead(2), lead(3)})));
        QJsonObject gone = lead(1);
        gone[u"deleted_at"_s] = u"2026-11-25T13:00:00+00:00"_s;
        QJsonObject changed = lead(2);
        changed[u"messages_count"_s] = 42;
        changed[u"updated_at"_s] = u"2026-11-25T13:00:00+00:00"_s;
        QJsonObject alsoChanged = lead(3);
        alsoChanged[u"messages_count"_s] = 43;
        alsoChanged[u"updated_at"_s] = u"2026-11-25T13:00:01+00:00"_s;
        const auto stored = writer.storePage(u"lead"_s, page({gone, changed, alsoChanged}), {leadId(2)});
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->rows, 3);
        QCOMPARE(stored->deleted, 1);
        QCOMPARE(stored->heldBack, 1);
        QCOMPARE(stored->stored, 1);
        QCOMPARE(stored->lastId, leadId(3));
        QCOMPARE(scalar(u"SELECT count(*) FROM leads WHERE id = '%1'"_s.arg(leadId(1))).toInt(), 0);
        QCOMPARE(scalar(u"SELECT messages_count FROM leads WHERE id = '%1'"_s.arg(leadId(2))).toInt(),
                 lead(2).value(u"messages_count"_s).toInt());
        QCOMPARE(scalar(u"SELECT messages_count FROM leads WHERE id = '%1'"_s.arg(leadId(3))).toInt(), 43);
    }

    // A page read again (the pull re-reads what lies after the sync horizon): rows the store has in
    // the same server version are not written or counted; a newer version is.
    void skipsRowsItAlreadyHas()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        QList<QJsonObject> rows;
        for (int i = 1; i <= 70; ++i)
            rows << lead(i);
        QCOMPARE(writer.storePage(u"lead"_s, page(rows))->stored, 70);
        QSqlQuery local(m_db->connection());
        QVERIFY(local.exec(u"UPDATE leads SET contact = 'kept locally' WHERE id = '%1'"_s.arg(leadId(5))));
        rows[9][u"messages_count"_s] = 99;
        rows[9][u"updated_at"_s] = u"2026-11-25T14:00:00+00:00"_s;
        const auto again = writer.storePage(u"lead"_s, page(rows));
        QVERIFY(again);
        QCOMPARE(again->rows, 70);
        QCOMPARE(again->stored, 1);
        QCOMPARE(scalar(u"SELECT messages_count FROM leads WHERE id = '%1'"_s.arg(leadId(10))).toInt(), 99);
        QCOMPARE(scalar(u"SELECT contact FROM leads WHERE id = '%1'"_s.arg(leadId(5))).toString(), u"kept locally"_s);
    }

    // A page of new rows is inserted, not upserted; a row the store turns out to have already is
    // still written as an upsert would: updated when the server's version is newer, left alone
    // (and not counted) when it is the same. Here the first statement's very first row is one.
    void newRowsTheStoreAlreadyHasAreUpdated()
    {
        ServerRowWriter writer(*m_db);
        storeParents(writer);
        QList<QJsonObject> rows;
        for (int i = 1; i <= 100; ++i)
            rows << lead(i);
        QCOMPARE(writer.storePage(u"lead"_s, page(rows.mid(0, 10)))->stored, 10);
        QCOMPARE(writer.storePage(u"lead"_s, page(rows.mid(80, 1)))->stored, 1);
        rows[4][u"messages_count"_s] = 55; // lead 5: a newer version
        rows[4][u"updated_at"_s] = u"2026-11-25T14:00:00+00:00"_s;
        rows[80][u"messages_count"_s] = 81; // lead 81, in the second statement: newer too
        rows[80][u"updated_at"_s] = u"2026-11-25T14:00:00+00:00"_s;
        const auto stored = writer.storePage(u"lead"_s, page(rows), {}, ServerRowWriter::PageRows::New);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->rows, 100);
        QCOMPARE(stored->stored, 89 + 2); // 89 new rows, 2 newer versions
        QVERIFY(stored->deferred.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 100);
        QCOMPARE(scalar(u"SELECT messages_count FROM leads WHERE id = '%1'"_s.arg(leadId(5))).toInt(), 55);
        QCOMPARE(scalar(u"SELECT messages_count FROM leads WHERE id = '%1'"_s.arg(leadId(81))).toInt(), 81);
        QCOMPARE(scalar(u"SELECT messages_count FROM leads WHERE id = '%1'"_s.arg(leadId(100))).toInt(), 100 % 7);
    }

    // The pull's writer commits what it has once the network leaves it waiting, instead of keeping
    // the write lock until the next page comes: the window's own writes must not wait on a slow
    // network.
    void writerCommitsWhileItWaitsForPages()
    {
        ServerRowWriter parents(*m_db);
        storeParents(parents);
        PageWriter writer(m_db->filePath(), u"lead"_s);
        QVERIFY(writer.push(page({lead(1), lead(2), lead(3)})));
        QTRY_COMPARE_WITH_TIMEOUT(writer.stored(), 3, 5000); // no more pages, no finish()
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 3);
        Transaction other(*m_db); // the write lock is free
        QVERIFY2(other.started(), qPrintable(other.started() ? QString() : other.started().error().message));
        QVERIFY(other.commit());
        QVERIFY(writer.push(page({lead(4)})));
        const auto report = writer.finish();
        QVERIFY(report);
        QCOMPARE(report->pulled, 4);
    }

    // A snapshot's writer stores leads without the triggers that check their values (it checks
    // them itself): they are away only inside its open transaction, and back unchanged after each
    // commit and after a page that fails.
    void snapshotPutsTheCheckTriggersBack()
    {
        ServerRowWriter parents(*m_db);
        storeParents(parents);
        const auto triggers = [this] {
            QSqlQuery q(m_db->connection());
            QStringList found;
            if (q.exec(u"SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'leads' "
                       "ORDER BY name"_s)) {
                while (q.next())
                    found << q.value(0).toString();
            }
            return found;
        };
        const QStringList before = triggers();
        for (const QString& name : leadInsertCheckTriggers())
            QVERIFY2(before.filter(name + u": "_s).size() == 1, qPrintable(name));
        SyncReport report;
        {
            PulledRowStore rows(*m_db, u"lead"_s, {}, PullOrder::Snapshot);
            QVERIFY(rows.store(page({lead(1), lead(2)}), report));
            QCOMPARE(triggers().size(), before.size() - leadInsertCheckTriggers().size() - 1); // and the search's
            QVERIFY(rows.commit());
            QCOMPARE(triggers(), before);
            QVERIFY(rows.store(page({lead(3)}), report)); // the next transaction sets them aside again
            QVERIFY(rows.commit());
        }
        QCOMPARE(triggers(), before);
        {
            PulledRowStore rows(*m_db, u"lead"_s, {}, PullOrder::Snapshot);
            QVERIFY(rows.store(page({lead(4)}), report));
            QJsonObject longName = lead(5);
            longName[u"display_name"_s] = QString(201, u'я');
            QVERIFY(!rows.store(page({longName}), report));
        } // rolled back
        QCOMPARE(triggers(), before);
        QCOMPARE(scalar(u"SELECT count(*) FROM leads"_s).toInt(), 3);
        // The store refuses what the triggers refuse, as before the pull.
        QSqlQuery insert(m_db->connection());
        QVERIFY(!insert.exec(u"INSERT INTO leads (id, campaign_id, source, contact, created_at, updated_at, "
                             "display_name) VALUES ('x', '%1', 'olx', '+77070000000', '2026-01-01T00:00:00.000Z', "
                             "'2026-01-01T00:00:00.000Z', '')"_s.arg(kCampaign)));
        QVERIFY2(insert.lastError().text().contains(u"display_name"_s), qPrintable(insert.lastError().text()));
    }

    void refusesPagesThatAreNotLists()
    {
        ServerRowWriter writer(*m_db);
        const auto cut = writer.storePage(u"lead"_s, page({lead(1)}).chopped(3));
        QVERIFY(!cut);
        QCOMPARE(cut.error().kind, ErrorKind::Decode);
        QVERIFY2(cut.error().message.contains(u"not valid JSON"_s), qPrintable(cut.error().message));
        const auto object = writer.storePage(u"lead"_s, QJsonDocument(lead(1)).toJson());
        QVERIFY(!object);
        QVERIFY2(object.error().message.contains(u"list of lead rows"_s), qPrintable(object.error().message));
    }
};

QTEST_GUILESS_MAIN(TestServerRows)
#include "tst_server_rows.moc"
