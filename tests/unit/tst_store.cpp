// The SQLite store: migrations, WAL, transactions, timestamps, and the refusal of a newer schema.
#include "core/Workspace.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestStore : public QObject
{
    Q_OBJECT

    QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void opensMigratedInWal()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"a.sqlite"_s));
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), int(migrations().size()));
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(**db, u"PRAGMA page_size"_s).toInt(), 8192); // a new file's pages
        for (const QString& table : {u"niches"_s, u"campaigns"_s, u"leads"_s, u"audit_log"_s})
            QCOMPARE(scalar(**db, u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'"_s.arg(table))
                         .toInt(),
                     1);
    }

    // A bulk writer's committed pages reach the database file while it goes on writing, without a
    // checkpoint of its own (a first sync's snapshot: the copying is off the path the user waits on).
    void theCheckpointerCopiesCommittedPagesMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        QVERIFY(Database::open(path));
        auto writer = Database::openWriter(path);
        QVERIFY(writer);
        QVERIFY((*writer)->exec(u"PRAGMA wal_autocheckpoint=0"_s)); // only the checkpointer copies
        const qint64 fileBefore = QFileInfo(path).size();
        WalCheckpointer checkpoints(path);
        {
            Transaction tx(**writer);
            QVERIFY((*writer)->exec(u"CREATE TABLE bulk (v TEXT)"_s));
            QVERIFY((*writer)->exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                    "INSERT INTO bulk SELECT printf('%0100d', i) FROM n"_s));
            QVERIFY(tx.commit());
        }
        QTRY_VERIFY_WITH_TIMEOUT(checkpoints.copied() > 200, 10000); // ~2 MB of 8 KB pages
        // Copied, not only counted: the database file itself has grown by them.
        QVERIFY2(QFileInfo(path).size() > fileBefore + 200 * 8192,
                 qPrintable(u"%1 -> %2 bytes"_s.arg(fileBefore).arg(QFileInfo(path).size())));
        QCOMPARE(scalar(**writer, u"SELECT count(*) FROM bulk"_s).toInt(), 20000);
    }

    void reopenKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                                "('n1', 'x', 'almaty', 'c', 't', 't')"_s));
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM niches"_s).toInt(), 1);
    }

    // A newer console's file is refused, not damaged; any 32-bit user_version can be stored, and one
    // no console wrote is refused as damaged (issue 15: -1 crashed the console).
    void refusesUnknownSchema_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("says");
        QTest::newRow("newer") << 999 << u"newer"_s;
        QTest::newRow("negative") << -1 << u"damaged"_s;
    }

    void refusesUnknownSchema()
    {
        QFETCH(int, version);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY((*db)->exec(u"PRAGMA user_version=%1"_s.arg(version)));
        }
        const auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, ErrorKind::Store);
        QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
    }

    // Issue 15: a full disk said "Unknown error". SQLite reports SQLITE_FULL when the file may not
    // grow (here: max_page_count, the same code a full disk gives).
    void fullDiskIsSaidAsSuch()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"a.sqlite"_s));
        QVERIFY(db);
        const int pages = scalar(**db, u"PRAGMA page_count"_s).toInt();
        QVERIFY((*db)->exec(u"PRAGMA max_page_count=%1"_s.arg(pages + 2)));
        Result<void> r;
        for (int i = 0; i < 1000 && r; ++i)
            r = (*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                            "('n%1', '%2', 'almaty', 'c', 't', 't')"_s.arg(i)
                                .arg(QString(150, u'x')));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"disk_full"_s);
        QVERIFY2(r.error().message.contains(u"disk is full"_s), qPrintable(r.error().message));
    }

    void checkConstraintsMirrorTheDomain()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"a.sqlite"_s));
        QVERIFY(!(*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                             "('n1', 'x', 'paris', 'c', 't', 't')"_s));
        QVERIFY((*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                            "('n1', 'x', 'almaty', 'c', 't', 't')"_s));
        QVERIFY(!(*db)->exec(u"UPDATE niches SET profitability_score = 1.5"_s));
        // Foreign key: a campaign needs an existing niche.
        QVERIFY(!(*db)->exec(u"INSERT INTO campaigns (id, niche_id, name, platform, budget, created_at, updated_at) "
                             "VALUES ('c1', 'missing', 'x', 'olx', 1, 't', 't')"_s));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"a.sqlite"_s));
        {
            Transaction tx(**db);
            QVERIFY(tx.started());
            QVERIFY((*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                                "('n1', 'x', 'almaty', 'c', 't', 't')"_s));
        }
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM niches"_s).toInt(), 0);
        {
            Transaction tx(**db);
            QVERIFY((*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                                "('n1', 'x', 'almaty', 'c', 't', 't')"_s));
            QVERIFY(tx.commit());
        }
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM niches"_s).toInt(), 1);
    }

    // PRAGMA temp_store: 1 is FILE, 2 is MEMORY (the connection's usual setting).
    void tempInFilesLastsAsLongAsItsScope()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"a.sqlite"_s));
        QVERIFY(db);
        QCOMPARE(scalar(**db, u"PRAGMA temp_store"_s).toInt(), 2);
        {
            const TempInFiles inFiles(**db);
            QVERIFY(inFiles.started());
            QCOMPARE(scalar(**db, u"PRAGMA temp_store"_s).toInt(), 1);
            // A sort that needs a temporary b-tree still answers.
            QCOMPARE(
                scalar(**db, u"SELECT group_concat(v, '') FROM (SELECT 'b' AS v UNION ALL SELECT 'a' ORDER BY 1)"_s)
                    .toString(),
                u"ab"_s);
        }
        QCOMPARE(scalar(**db, u"PRAGMA temp_store"_s).toInt(), 2);
        auto reader = Database::openReader(dir.filePath(u"a.sqlite"_s));
        QVERIFY(reader);
        {
            const TempInFiles inFiles(**reader);
            QVERIFY(inFiles.started());
            QCOMPARE(scalar(**reader, u"PRAGMA temp_store"_s).toInt(), 1);
        }
        QCOMPARE(scalar(**reader, u"PRAGMA temp_store"_s).toInt(), 2);
    }

    void anInnerTransactionIsPartOfTheOuter()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"a.sqlite"_s));
        const auto insert = [&](const QString& id) {
            return (*db)->exec(u"INSERT INTO niches (id, name, market, category, created_at, updated_at) VALUES "
                               "('%1', 'x', 'almaty', 'c', 't', 't')"_s.arg(id));
        };
        // Inner ones that commit, or roll back having written nothing (a rule refused the change),
        // leave the outer to commit what it has.
        {
            Transaction outer(**db);
            QVERIFY(insert(u"n1"_s));
            {
                Transaction refused(**db);
                QVERIFY(refused.started());
                QCOMPARE(scalar(**db, u"SELECT count(*) FROM niches"_s).toInt(), 1); // reads are fine
            }
            {
                Transaction inner(**db);
                QVERIFY(insert(u"n2"_s));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM niches"_s).toInt(), 2);
        // One that rolls back after writing part of its change cannot be undone alone: the outer's
        // commit keeps nothing and says so.
        {
            Transaction outer(**db);
            QVERIFY(insert(u"n3"_s));
            {
                Transaction halfway(**db);
                QVERIFY(insert(u"n4"_s));
                QVERIFY(!insert(u"n4"_s)); // the store refuses the second half
            }
            const auto committed = outer.commit();
            QVERIFY(!committed);
            QCOMPARE(committed.error().kind, ErrorKind::Store);
        }
        QCOMPARE(scalar(**db, u"SELECT group_concat(id) FROM niches ORDER BY id"_s).toString(), u"n1,n2"_s);
        // The next transaction starts clean.
        {
            Transaction next(**db);
            QVERIFY(insert(u"n5"_s));
            QVERIFY(next.commit());
        }
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM niches"_s).toInt(), 3);
    }

    void isoFormatterMatchesQt()
    {
        QRandomGenerator rng(7);
        QList<qint64> samples = {0, 1, -1, 951'782'400'000 /* 2000-02-29 */, 4'102'444'799'999, -86'400'001};
        for (int i = 0; i < 2000; ++i)
            samples << static_cast<qint64>(rng.bounded(4'102'444'800'000.0)) - 1'000'000'000'000;
        for (qint64 ms : samples) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(isoUtcFromMs(ms), expected);
        }
        const QDateTime t(QDate(2026, 11, 25), QTime(20, 18, 35, 123), Qt::UTC);
        QCOMPARE(toDbTime(t), u"2026-11-25T20:18:35.123Z"_s);
        QCOMPARE(fromDbTime(toDbTime(t)), t);
        QVERIFY(!optionalFromDbTime(QVariant()));
    }

    // A workspace from the roaming profile moves to the local one once, logs and all; a second
    // start finds nothing to move; a workspace already in both places is left as it is.
    void aRoamingWorkspaceMovesOnce()
    {
        QTemporaryDir root;
        const QString roaming = root.filePath(u"Roaming/LeadOps/workspace"_s);
        const QString local = root.filePath(u"Local/LeadOps/workspace"_s);
        {
            auto ws = Workspace::open(roaming, nullptr, u"tester"_s);
            QVERIFY(ws);
        }
        QVERIFY(QDir().mkpath(roaming + u"/logs"_s));
        QFile log(roaming + u"/logs/leadops.jsonl"_s);
        QVERIFY(log.open(QIODevice::WriteOnly) && log.write("{}\n") == 3);
        log.close();
        QCOMPARE(Workspace::moveFromRoaming(roaming, local), true);
        QVERIFY(QFile::exists(local + u"/"_s + Workspace::databaseFileName()));
        QVERIFY(QFile::exists(local + u"/logs/leadops.jsonl"_s));
        QVERIFY(!QFile::exists(roaming));
        QVERIFY(Workspace::open(local, nullptr, u"tester"_s));
        QCOMPARE(Workspace::moveFromRoaming(roaming, local), false); // once
        QVERIFY(Workspace::open(roaming, nullptr, u"tester"_s));     // a new one there
        QCOMPARE(Workspace::moveFromRoaming(roaming, local), false); // both: neither is touched
        QVERIFY(QFile::exists(roaming + u"/"_s + Workspace::databaseFileName()));
        QCOMPARE(Workspace::moveFromRoaming(local, local), false); // the same place (not Windows)
    }

    void unwritableFolderIsAClearError()
    {
        const auto db = Database::open(u"/proc/leadops-cannot-be-here/a.sqlite"_s);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, ErrorKind::Store);
        QVERIFY(db.error().message.contains(u"Cannot open"_s));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
