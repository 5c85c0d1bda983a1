// The command line tried the way a damaged disk, a hostile input and an impatient user try it
// (issue 15): each test here failed on the main branch before the fix it names.
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
        // Scattered damage may miss the pages a list reads: then the list is whole, never shorter.
        const CliRun scattered = cli.run({u"lead"_s, u"list"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
        QVERIFY2(scattered.code == 1 || (scattered.code == 0 && scattered.json().array().size() == 5000),
                 qPrintable(u"exit %1, %2 rows"_s.arg(scattered.code).arg(scattered.json().array().size())));
        {
            // Damage that a list must meet: the leads table's root page (where the file layout
            // puts it, whatever the migrations added before it).
            int rootPage = 0;
            int pageSize = 0;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"root"_s);
                db.setDatabaseName(file);
                db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'leads'"_s) && q.next());
                rootPage = q.value(0).toInt();
                QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
                pageSize = q.value(0).toInt();
            }
            QSqlDatabase::removeDatabase(u"root"_s);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(rootPage - 1) * pageSize + 16));
            QCOMPARE(f.write(QByteArray(400, '\x5a')), qint64(400));
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
        // Defect 10: diagnostics said nothing of why the workspace did not open.
        const CliRun diagnostics = CliRunner{dir.path()}.run({u"diagnostics"_s});
        QVERIFY2(diagnostics.out.contains(u"ERROR"_s) && diagnostics.out.contains(u"schema version -1"_s),
                 qPrintable(diagnostics.out.left(2000)));
    }

    // Defect 5: --out naming a FIFO or a device. Before: replaced by a regular file, "written".
    // A write that fails (here: the file-size limit, as a full disk would) leaves nothing behind.
    void exportRefusesSpecialFilesAndLeavesNothingBehind()
    {
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path(), 200));
        const CliRunner cli{dir.path()};
        const QString fifo = dir.filePath(u"pipe.csv"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        for (const QString& target : {fifo, u"/dev/full"_s, dir.path()}) {
            const CliRun r = cli.run({u"export"_s, u"funnel"_s, u"--format"_s, u"csv"_s, u"--out"_s, target}, true);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        }
        QVERIFY(QFileInfo(fifo).isSymLink() || !QFileInfo(fifo).isFile()); // still the FIFO
        QVERIFY(QFileInfo(u"/dev/full"_s).exists() && !QFileInfo(u"/dev/full"_s).isFile());

        // 1 KiB file-size limit: the PDF cannot be written. Exit 1, no file, no temporary file.
        const QString out = dir.filePath(u"out/funnel.pdf"_s);
        QDir().mkpath(dir.filePath(u"out"_s));
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(u"sh"_s,
                {u"-c"_s, u"trap '' XFSZ; ulimit -f 1; exec \"$0\" --workspace \"$1\" export funnel --out \"$2\""_s,
                 qEnvironmentVariable("LEADOPS_BIN"), dir.path(), out});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(
            QDir(dir.filePath(u"out"_s)).isEmpty(),
            qPrintable(QDir(dir.filePath(u"out"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
    }

    // Defect 6: control characters typed in a name or a reason are refused with the reason; those
    // already in a row (pulled from a server, typed by another tool) are shown as escapes, never
    // sent raw to the terminal.
    void controlCharactersAreRefusedOrNeutralised()
    {
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path(), 20));
        const CliRunner cli{dir.path()};
        const CliRun typed = cli.run({u"niche"_s, u"create"_s, u"--name"_s, u"\x1b]0;pwned\x07Niche"_s, u"--market"_s,
                                      u"almaty"_s, u"--category"_s, u"c"_s});
        QCOMPARE(typed.code, 1);
        QVERIFY2(typed.err.contains(u"control character"_s), qPrintable(typed.err));
        QVERIFY(!typed.err.contains(QChar(0x1b)));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"poke2"_s);
            db.setDatabaseName(QDir(dir.path()).filePath(u"leadops.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE niches SET name = 'Evil' || char(27) || '[2J' || char(13) || 'X' WHERE rowid = "
                           "(SELECT min(rowid) FROM niches)"_s));
        }
        QSqlDatabase::removeDatabase(u"poke2"_s);
        const CliRun list = cli.run({u"niche"_s, u"list"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.contains(QChar(0x1b)));
        QVERIFY(!list.out.contains(QChar(u'\r')));
        QVERIFY2(list.out.contains(u"Evil\\x1b[2J\\x0dX"_s), qPrintable(list.out));
        const CliRun json = cli.run({u"niche"_s, u"list"_s, u"--json"_s}); // JSON keeps the data exact
        QVERIFY(json.out.contains(u"\\u001b"_s));
    }

    // Defect 10: the smaller ones, each a wrong answer or a needless alarm.
    void smallerDefects()
    {
        QTemporaryDir dir;
        QVERIFY(makeDemo(dir.path(), 50));
        const CliRunner cli{dir.path()};
        // --workspace "" is refused, not the default workspace.
        const CliRun empty = CliRunner{u""_s}.run({u"niche"_s, u"list"_s});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(u"--workspace"_s), qPrintable(empty.err));
        // Group help.
        for (const QString& group : {u"niche"_s, u"campaign"_s, u"lead"_s, u"workspace"_s}) {
            const CliRun help = cli.run({group, u"--help"_s});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(u"usage: leadops "_s + group), qPrintable(help.out));
        }
        // A date with trailing text.
        const CliRun date = cli.run({u"export"_s, u"funnel"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                                     dir.filePath(u"f.csv"_s), u"--from"_s, u"2026-01-01'--"_s},
                                    true);
        QCOMPARE(date.code, 1);
        QVERIFY2(date.err.contains(u"not a date"_s), qPrintable(date.err));
        // A 120 KB input is not echoed back whole.
        const QString huge(120'000, u'x');
        const CliRun big = cli.run({u"lead"_s, u"show"_s, huge});
        QCOMPARE(big.code, 1);
        QVERIFY2(big.err.size() < 3000, qPrintable(QString::number(big.err.size())));
        // A reader that goes away (| head) is a clean end: no "did not end cleanly" next time.
        QProcess pipe;
        pipe.start(u"sh"_s, {u"-c"_s, u"\"$0\" --workspace \"$1\" lead list --limit 50 | head -c 10 >/dev/null"_s,
                             qEnvironmentVariable("LEADOPS_BIN"), dir.path()});
        QVERIFY(pipe.waitForFinished(60'000));
        const CliRun after = cli.run({u"niche"_s, u"list"_s});
        QCOMPARE(after.code, 0);
        QVERIFY2(!after.err.contains(u"did not end cleanly"_s), qPrintable(after.err));
        // http:// to another computer needs --allow-insecure.
        CliRunner isolated{dir.path()};
        isolated.env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        const CliRun insecure =
            isolated.run({u"connect"_s, u"--url"_s, u"http://example.kz"_s}, false, QByteArray("anon-key\n"));
        QCOMPARE(insecure.code, 1);
        QVERIFY2(insecure.err.contains(u"--allow-insecure"_s), qPrintable(insecure.err));
    }

    // Defect 7: a demo interrupted by SIGINT, SIGTERM or SIGKILL left niches and campaigns without
    // their leads, and every later `demo` refused the workspace. Now the next `demo` completes.
    void interruptedDemoIsCompletedByTheNextOne()
    {
        for (const int sig : {SIGINT, SIGTERM, SIGKILL}) {
            QTemporaryDir dir;
            QProcess p;
            p.start(qEnvironmentVariable("LEADOPS_BIN"),
                    {u"--workspace"_s, dir.path(), u"demo"_s, u"--leads"_s, u"1000000"_s, u"--seed"_s, u"5"_s});
            QVERIFY(p.waitForStarted());
            // Until the first batch of leads is committed: the run is then half done for sure.
            const QString db = QDir(dir.path()).filePath(u"leadops.sqlite"_s);
            QElapsedTimer waited;
            waited.start();
            bool midway = false;
            while (!midway && waited.elapsed() < 30'000 && p.state() == QProcess::Running) {
                QTest::qWait(50);
                QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
                c.setDatabaseName(db);
                c.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
                if (c.open()) {
                    QSqlQuery q(c);
                    midway = q.exec(u"SELECT done FROM demo_run"_s) && q.next() && q.value(0).toLongLong() > 0;
                }
                c.close();
                c = QSqlDatabase();
                QSqlDatabase::removeDatabase(u"peek"_s);
            }
            QVERIFY2(midway, "the demo never committed a batch");
            QCOMPARE(p.state(), QProcess::Running);
            ::kill(static_cast<pid_t>(p.processId()), sig);
            QVERIFY(p.waitForFinished(30'000));

            const CliRunner cli{dir.path()};
            const CliRun again = cli.run({u"demo"_s, u"--leads"_s, u"500"_s, u"--seed"_s, u"5"_s, u"--json"_s});
            QVERIFY2(again.code == 0, qPrintable(again.err));
            const CliRun leads = cli.run({u"lead"_s, u"list"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
            QCOMPARE(leads.json().array().size(), 500);
        }
    }
};

QTEST_GUILESS_MAIN(TestReliabilityCli)
#include "tst_reliability_cli.moc"
