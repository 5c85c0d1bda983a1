// Background sync from the window's controller: runs on its own thread against the real backend,
// reports through signals, and never blocks the UI thread.
#include "tests/support/BackendEnv.h"

#include "core/Workspace.h"
#include "core/rest/Repositories.h"
#include "core/services/LeadService.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "core/util/Ids.h"
#include "ui/SyncController.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestSyncController : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    std::unique_ptr<PostgrestClient> m_marketer; // makes and changes rows on the server, as a colleague

    // A niche made on the server by the marketer: something for the window's sync to pull.
    Result<Niche> serverNiche(const QString& name, Market market)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return waitFor(NicheRepository(*m_marketer).create(*Niche::create(newUuidV7(now), name, market, u"n"_s, now)));
    }

    // The controllers below sync as an analyst of the test backend.
    void syncAsAnalyst()
    {
        qputenv("LEADOPS_REST_URL", m_env.restUrl().toUtf8());
        qputenv("LEADOPS_ACCESS_TOKEN", m_env.token(u"analyst"_s).toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_marketer = std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 10'000},
                                                       std::make_shared<StaticBearer>(m_env.token(u"marketer"_s)));
    }

    void syncsOffTheUiThread()
    {
        QVERIFY(serverNiche(u"Background"_s, Market::Almaty)); // something to pull, whatever ran before
        syncAsAnalyst();
        QTemporaryDir dir;
        SyncController controller(dir.path());
        QSignalSpy synced(&controller, &SyncController::synced);
        QSignalSpy failed(&controller, &SyncController::failed);
        QSignalSpy progress(&controller, &SyncController::progress);

        // While the worker syncs, this (UI) thread keeps turning its event loop: measure the
        // longest gap between two timer ticks.
        QElapsedTimer sinceTick;
        qint64 longestGapMs = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
        sinceTick.start();
        tick.start();
        controller.syncNow();
        QVERIFY(controller.isRunning());
        QVERIFY(synced.wait(60'000));
        tick.stop();
        QCOMPARE(failed.count(), 0);
        QVERIFY(progress.count() > 0);
        const QJsonObject report = synced.first().first().toJsonObject();
        QVERIFY(report.value(u"pulled"_s).toInt() > 0);
        QVERIFY2(longestGapMs < 500, qPrintable(u"the UI thread stalled for %1 ms"_s.arg(longestGapMs)));
        QVERIFY(controller.lastSync().isValid());

        auto ws = Workspace::open(dir.path());
        QSqlQuery q((*ws)->database().connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM niches) + (SELECT count(*) FROM campaigns) + "
                       "(SELECT count(*) FROM leads) + (SELECT count(*) FROM lead_notes) + "
                       "(SELECT count(*) FROM campaign_spends)"_s) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), report.value(u"pulled"_s).toInteger()); // every pulled row is stored

        // Cancelled from the window: stops between pages, reported as a failure that is not "offline".
        QTemporaryDir other;
        SyncController second(other.path());
        QSignalSpy secondFailed(&second, &SyncController::failed);
        QSignalSpy secondSynced(&second, &SyncController::synced);
        second.syncNow();
        second.cancel(); // before the first page is stored
        QTRY_VERIFY_WITH_TIMEOUT(secondFailed.count() + secondSynced.count() == 1, 60'000);
        QCOMPARE(secondFailed.count(), 1);
        QVERIFY2(secondFailed.first().first().toString().contains(u"cancelled"_s),
                 qPrintable(secondFailed.first().first().toString()));
        QCOMPARE(secondFailed.first().at(1).toBool(), false);

        // Unreachable: reported as such, nothing lost.
        qputenv("LEADOPS_REST_URL", "http://127.0.0.1:9");
        controller.syncNow();
        QVERIFY(failed.wait(60'000));
        QCOMPARE(failed.first().at(1).toBool(), true);
    }

    // Near-live: with nobody pressing anything, a colleague's edit on the server reaches the
    // workspace within a probe interval or two; while nothing changes, only the probes are sent.
    void aServerEditArrivesWithoutAnyoneSyncing()
    {
        const auto niche = serverNiche(u"Near-live"_s, Market::Astana);
        QVERIFY(niche);
        syncAsAnalyst();
        QTemporaryDir dir;
        SyncController controller(dir.path());
        QSignalSpy synced(&controller, &SyncController::synced);
        QSignalSpy probed(&controller, &SyncController::probed);
        controller.syncNow();
        QVERIFY(synced.wait(120'000));
        controller.startNearLive(200);
        // Rows changed after the first pull's horizon make one catch-up pull; then all is quiet.
        QTRY_VERIFY_WITH_TIMEOUT(!probed.isEmpty() && !probed.last().first().toBool(), 60'000);
        const qsizetype syncsWhenQuiet = synced.size();
        const qsizetype probesWhenQuiet = probed.size();
        QTest::qWait(1'500);
        QVERIFY2(probed.size() >= probesWhenQuiet + 3, qPrintable(QString::number(probed.size() - probesWhenQuiet)));
        QCOMPARE(synced.size(), syncsWhenQuiet); // nothing changed: no sync, only the cheap question

        // A colleague renames the niche on the server.
        const QString renamed = u"Near-live %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        RestRequest rename;
        rename.method = HttpMethod::Patch;
        rename.query = PostgrestQuery(u"niches"_s).eq(u"id"_s, niche->id);
        rename.body = QJsonDocument(QJsonObject{{u"name"_s, renamed}}).toJson(QJsonDocument::Compact);
        QVERIFY(m_marketer->sendAndWait(rename));
        QElapsedTimer delivery;
        delivery.start();
        auto ws = Workspace::open(dir.path());
        QVERIFY(ws);
        const auto localName = [&] {
            QSqlQuery q((*ws)->database().connection());
            q.prepare(u"SELECT name FROM niches WHERE id = ?"_s);
            q.addBindValue(niche->id);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(localName(), renamed, 30'000);
        QTRY_VERIFY(synced.size() > syncsWhenQuiet); // the window refreshes its panes on this signal
        qInfo("a server edit reached the workspace in %lld ms (probe every 200 ms)", delivery.elapsed());
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_sync_controller.moc"
