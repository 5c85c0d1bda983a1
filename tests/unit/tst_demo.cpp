// Demo data: reproducible, every status present, consistent with the rules, exact counts.
#include "tests/support/TestWorkspace.h"

#include "core/demo/DemoGenerator.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestDemo : public QObject
{
    Q_OBJECT

    QStringList column(Database& db, const QString& sql)
    {
        QStringList out;
        QSqlQuery q(db.connection());
        q.exec(sql);
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QByteArray digest(Database& db)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QString& table : {u"niches"_s, u"campaigns"_s, u"leads"_s, u"audit_log"_s}) {
            QSqlQuery q(db.connection());
            q.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    h.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
            }
        }
        return h.result().toHex();
    }

    DemoOptions options(qint64 leads, quint32 seed)
    {
        DemoOptions o;
        o.leads = leads;
        o.seed = seed;
        o.until = QDate(2026, 10, 31);
        return o;
    }

private Q_SLOTS:
    void sameSeedSameData()
    {
        TestWorkspace a, b, c;
        QVERIFY(DemoGenerator(a->database(), options(3000, 11)).run());
        QVERIFY(DemoGenerator(b->database(), options(3000, 11)).run());
        QVERIFY(DemoGenerator(c->database(), options(3000, 12)).run());
        QCOMPARE(digest(a->database()), digest(b->database()));
        QVERIFY(digest(a->database()) != digest(c->database()));
    }

    void coversEveryStatusAndPlatform()
    {
        TestWorkspace t;
        const auto summary = DemoGenerator(t->database(), options(5000, 3)).run();
        QVERIFY(summary);
        QCOMPARE(summary->leads, 5000);
        QCOMPARE(column(t->database(), u"SELECT count(*) FROM leads"_s).value(0), u"5000"_s);
        // Statistics for every read index: ANALYZE runs after they are built, not before.
        for (const ReadIndex& index : readIndexes())
            QCOMPARE(
                column(t->database(), u"SELECT count(*) FROM sqlite_stat1 WHERE idx = '%1'"_s.arg(index.name)).value(0),
                u"1"_s);
        QCOMPARE(
            column(t->database(), u"SELECT DISTINCT status FROM leads ORDER BY 1"_s),
            (QStringList{u"closed"_s, u"contacted"_s, u"disqualified"_s, u"new"_s, u"qualified"_s, u"qualifying"_s}));
        QCOMPARE(column(t->database(), u"SELECT DISTINCT status FROM campaigns ORDER BY 1"_s),
                 (QStringList{u"active"_s, u"completed"_s, u"draft"_s, u"paused"_s}));
        QCOMPARE(column(t->database(), u"SELECT DISTINCT platform FROM campaigns ORDER BY 1"_s),
                 (QStringList{u"kaspi"_s, u"olx"_s, u"satu"_s, u"telegram"_s}));
        QCOMPARE(column(t->database(), u"SELECT DISTINCT status FROM niches ORDER BY 1"_s),
                 (QStringList{u"active"_s, u"archived"_s, u"paused"_s, u"researching"_s, u"validated"_s}));
        QCOMPARE(column(t->database(), u"SELECT DISTINCT market FROM niches ORDER BY 1"_s),
                 (QStringList{u"almaty"_s, u"astana"_s, u"shymkent"_s}));
        // Rules hold on generated rows: qualified/closed had >= 3 messages, timestamps in order.
        QCOMPARE(column(t->database(), u"SELECT count(*) FROM leads WHERE status IN ('qualified','closed') "
                                       "AND (messages_count < 3 OR qualified_at IS NULL)"_s)
                     .value(0),
                 u"0"_s);
        QCOMPARE(column(t->database(), u"SELECT count(*) FROM leads WHERE updated_at < created_at"_s).value(0), u"0"_s);
        QCOMPARE(column(t->database(), u"SELECT count(*) FROM leads WHERE created_at > '2026-11-01'"_s).value(0),
                 u"0"_s);
        // Some leads are waiting for auto-disqualification, so the feature has something to show.
        QVERIFY(column(t->database(), u"SELECT count(*) FROM leads WHERE status='qualifying' AND "
                                      "messages_count > 10 AND qualification_score < 0.3"_s)
                    .value(0)
                    .toInt() > 0);
        // Every lead's history ends in its current status.
        QCOMPARE(column(t->database(),
                        u"SELECT count(*) FROM leads l WHERE l.status <> (SELECT a.to_status FROM audit_log a "
                        "WHERE a.entity_id = l.id ORDER BY a.id DESC LIMIT 1)"_s)
                     .value(0),
                 u"0"_s);
        // Contacts are all valid normalised values (phones +7 and 10 digits).
        QCOMPARE(column(t->database(), u"SELECT count(*) FROM leads WHERE contact LIKE '+%' AND "
                                       "length(contact) <> 12"_s)
                     .value(0),
                 u"0"_s);
    }

    void refusesANonEmptyWorkspace()
    {
        TestWorkspace t;
        QVERIFY(DemoGenerator(t->database(), options(10, 1)).run());
        const auto again = DemoGenerator(t->database(), options(10, 1)).run();
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"already holds data"_s));
    }

    void cancelKeepsCommittedBatches()
    {
        TestWorkspace t;
        const auto summary = DemoGenerator(t->database(), options(50'000, 1)).run([](qint64, qint64) { return false; });
        QVERIFY(summary);
        QCOMPARE(summary->leads, 20'000);
        QCOMPARE(column(t->database(), u"SELECT count(*) FROM leads"_s).value(0), u"20000"_s);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
