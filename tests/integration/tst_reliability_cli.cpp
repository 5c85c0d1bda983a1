// The command line tried the way a damaged disk, a hostile input and an impatient user try it
// (issue 15): each test here failed on the main branch before the fix it names.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestReliabilityCli : public QObject
{
    Q_OBJECT

    // A workspace with `leads` demo leads, in its own folder.
    static bool makeDemo(const QString& dir, int leads)
    {
        return CliRunner{dir}.run({u"demo"_s, u"--leads"_s, QString::number(leads), u"--seed"_s, u"3"_s}).code == 0;
    }

    static void setUserVersion(const QString& file, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(version)));
        }
        QSqlDatabase::removeDatabase(u"poke"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("LEADOPS_BIN").isEmpty(), "LEADOPS_BIN must point to the leadops binary");
    }

    // Defect 2: 400 bytes flipped in ten places of a 5,000-lead workspace. Before: `lead list`
    // printed a shorter list (605 rows) with exit 0. Now: a clear message and exit 1, never a
    // partial list; `workspace check` names the damage.
    void damagedWorkspaceIsNeverAShorterList()
    {
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path(), 5000));
        const QString file = QDir(dir.path()).filePath(u"leadops.sqlite"_s);
        const CliRunner cli{dir.path()};
        QCOMPARE(cli.run({u"workspace"_s, u"check"_s}).code, 0);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            for (int k = 1; k <= 10; ++k) {
                QByteArray garbage(400, '\0');
                for (int i = 0; i < garbage.size(); ++i)
                    garbage[i] = static_cast<char>((i * 37 + k) % 256);
                QVERIFY(f.seek(size * k / 12));
                QCOMPARE(f.write(garbage), qint64(garbage.size()));
            }
        }
        const CliRun list = cli.run({u"lead"_s, u"list"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains(u"damaged"_s), qPrintable(list.err));
        QVERIFY(list.json().isObject()); // the error object, not a list
        QVERIFY(list.json().object().contains(u"error"_s));

        const CliRun check = cli.run({u"workspace"_s, u"check"_s, u"--json"_s});
        QCOMPARE(check.code, 1);
        QCOMPARE(check.json().object().value(u"healthy"_s).toBool(), false);
        QVERIFY(!check.json().object().value(u"findings"_s).toArray().isEmpty());

        // The other readers too: the funnel and the niche list say so instead of counting less.
        const CliRun funnel =
            cli.run({u"export"_s, u"funnel"_s, u"--format"_s, u"csv"_s, u"--out"_s, dir.filePath(u"f.csv"_s)}, true);
        QCOMPARE(funnel.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(u"f.csv"_s)));
    }

    // Defect 2: after an unclean end (the run marker of a dead process left behind) the file is
    // checked before the first write, and a damaged one is refused, at that run and the next ones.
    // Before: the niche was written into the damaged file and the command said done.
    void uncleanEndChecksBeforeWriting()
    {
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path(), 2000));
        const QString file = QDir(dir.path()).filePath(u"leadops.sqlite"_s);
        {
            // One page in the middle of the leads, which creating a niche never reads.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() / 2 / 8192 * 8192));
            f.write(QByteArray(8192, '\x5a'));
        }
        // What a killed process leaves: its lock file (QLockFile's format), naming a dead process.
        QProcess gone;
        gone.start(u"true"_s, {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QFile lock(QDir(dir.path()).filePath(u"leadops.running"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nleadops\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();

        const CliRunner cli{dir.path()};
        const QStringList create = {u"niche"_s,    u"create"_s, u"--name"_s,     u"X"_s,
                                    u"--market"_s, u"almaty"_s, u"--category"_s, u"c"_s};
        const CliRun first = cli.run(create);
        QVERIFY2(first.err.contains(u"did not end cleanly"_s), qPrintable(first.err));
        QCOMPARE(first.code, 1);
        QVERIFY2(first.err.contains(u"damaged"_s), qPrintable(first.err));
        const CliRun again = cli.run(create); // a clean start now, and still refused
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"damaged"_s), qPrintable(again.err));
    }

    // Defect 3: a schema version no console wrote. Before: a segfault (exit 139).
    void negativeSchemaVersionIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path(), 10));
        setUserVersion(QDir(dir.path()).filePath(u"leadops.sqlite"_s), -1);
        const CliRun r = CliRunner{dir.path()}.run({u"niche"_s, u"list"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"schema version -1"_s), qPrintable(r.err));
        const CliRun check = CliRunner{dir.path()}.run({u"workspace"_s, u"check"_s});
        QCOMPARE(check.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityCli)
#include "tst_reliability_cli.moc"
