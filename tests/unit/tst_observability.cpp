// The structured log (JSON lines, fields, rotation), redaction, request metrics and the run marker.
#include "core/obs/JsonLog.h"
#include "core/obs/Logging.h"
#include "core/obs/Redactor.h"
#include "core/obs/RequestMetrics.h"
#include "core/obs/RunMarker.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestObservability : public QObject
{
    Q_OBJECT

    QList<QJsonObject> lines(const QString& path)
    {
        QList<QJsonObject> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        }
        return out;
    }

private Q_SLOTS:
    void cleanup() { jsonlog::uninstall(); }

    void jsonLinesWithFieldsAndNoSecrets()
    {
        QTemporaryDir dir;
        jsonlog::Options o;
        o.directory = dir.path();
        o.echoToStderr = false;
        jsonlog::install(o);
        redactor::addSecret(u"anon-key-very-secret"_s);
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"_s;
        qCInfo(lcRest) << "calling with apikey=anon-key-very-secret and Authorization: Bearer" << jwt;
        jsonlog::event(lcRest(), QtWarningMsg, u"GET leads -> 500"_s,
                       {{u"method"_s, u"GET"_s},
                        {u"path"_s, u"leads"_s},
                        {u"status"_s, 500},
                        {u"duration_ms"_s, 12.5},
                        {u"request_id"_s, u"abc"_s},
                        {u"note"_s, u"password=hunter22"_s}});
        const auto got = lines(jsonlog::filePath());
        QCOMPARE(got.size(), 2);
        static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        for (const QJsonObject& line : got) {
            QVERIFY2(iso.match(line.value(u"ts"_s).toString()).hasMatch(), qPrintable(line.value(u"ts"_s).toString()));
            QCOMPARE(line.value(u"category"_s).toString(), u"leadops.rest"_s);
        }
        QCOMPARE(got[0].value(u"level"_s).toString(), u"info"_s);
        QCOMPARE(got[1].value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(got[1].value(u"status"_s).toInt(), 500);
        QCOMPARE(got[1].value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(got[1].value(u"duration_ms"_s).toDouble(), 12.5);
        QFile raw(jsonlog::filePath());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray all = raw.readAll();
        for (const QByteArray& secret : {QByteArray("anon-key-very-secret"), jwt.toUtf8(), QByteArray("hunter22")})
            QVERIFY2(!all.contains(secret), secret.constData());
        QVERIFY(all.contains("[redacted"));
    }

    // Issue 15: a secret shorter than 6 characters was not redacted at all. Now it is, where it
    // stands as a whole token (not inside other words).
    void shortSecretsAreRedactedAsWholeTokens()
    {
        redactor::addSecret(u"Qw3!x"_s);
        const QString out = redactor::redact(u"login with Qw3!x failed; Qw3!xyz and aQw3!x are other words"_s);
        QVERIFY2(!out.contains(u"with Qw3!x "_s), qPrintable(out));
        QVERIFY2(out.contains(u"with [redacted] failed"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Qw3!xyz"_s), qPrintable(out));
    }

    void rotatesBySizeKeepingBoundedFiles()
    {
        QTemporaryDir dir;
        jsonlog::Options o;
        o.directory = dir.path();
        o.maxBytes = 4096;
        o.maxFiles = 3;
        o.echoToStderr = false;
        jsonlog::install(o);
        for (int i = 0; i < 400; ++i)
            qCInfo(lcStore) << "line" << i << QString(40, u'x');
        const QString base = jsonlog::filePath();
        QVERIFY(QFile::exists(base));
        QVERIFY(QFile::exists(base + u".1"_s));
        QVERIFY(QFile::exists(base + u".3"_s));
        QVERIFY(!QFile::exists(base + u".4"_s));
        QVERIFY(QFileInfo(base + u".1"_s).size() < 4096 + 400);
        // The tail reads across the rotated files, newest last.
        const QStringList tail = jsonlog::tail(dir.path(), 50);
        QCOMPARE(tail.size(), 50);
        QVERIFY(tail.last().contains(u"line 399"_s));
    }

    void levelsFromTheCommandLine()
    {
        QVERIFY(jsonlog::setLevel(u"warning"_s));
        QVERIFY(!lcRest().isInfoEnabled());
        QVERIFY(lcRest().isWarningEnabled());
        QVERIFY(jsonlog::setLevel(u"debug"_s));
        QVERIFY(lcRest().isDebugEnabled());
        QVERIFY(!jsonlog::setLevel(u"loud"_s));
        QVERIFY(jsonlog::setLevel(u"info"_s));
    }

    void metricsPerEndpointAndOutcome()
    {
        RequestMetrics& m = RequestMetrics::instance();
        m.clear();
        for (int i = 1; i <= 100; ++i)
            m.record(u"rest"_s, u"leads"_s, u"GET"_s, RequestMetrics::Outcome::Success, i, 1000);
        m.record(u"rest"_s, u"leads"_s, u"GET"_s, RequestMetrics::Outcome::ServerError, 500, 10);
        m.record(u"rest"_s, u"leads"_s, u"GET"_s, RequestMetrics::Outcome::Retried, 5, 0);
        m.record(u"auth"_s, u"/token"_s, u"POST"_s, RequestMetrics::Outcome::Timeout, 20'000, 0);
        const auto rows = m.snapshot();
        QCOMPARE(rows.size(), 2);
        const auto& leads = rows[1].service == u"rest"_s ? rows[1] : rows[0];
        QCOMPARE(leads.count, 101);
        QCOMPARE(leads.errors, 1);
        QCOMPARE(leads.bytesIn, 100'010);
        QCOMPARE(leads.p50Ms, 51.0);
        QCOMPARE(leads.p95Ms, 96.0);
        QCOMPARE(leads.maxMs, 500.0);
        QCOMPARE(leads.outcomes.value(u"retried"_s), 1);
        QCOMPARE(leads.outcomes.value(u"5xx"_s), 1);
        QTemporaryDir dir;
        QVERIFY(m.appendRun(dir.path(), u"lead list"_s));
        m.setRunSummary(u"sync"_s, QJsonObject{{u"pulled"_s, 2500}, {u"pushed"_s, 3}, {u"conflicts"_s, 1}});
        QVERIFY(m.appendRun(dir.path(), u"sync"_s));
        const QJsonArray runs = RequestMetrics::lastRuns(dir.path(), 10);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.last().toObject().value(u"command"_s).toString(), u"sync"_s);
        QCOMPARE(runs.last().toObject().value(u"sync"_s).toObject().value(u"pulled"_s).toInt(), 2500);
        QVERIFY(runs.first().toObject().value(u"sync"_s).isUndefined());
        m.clear();
    }

    void runMarkerNoticesAnUncleanEnd()
    {
        QTemporaryDir dir;
        {
            RunMarker first(dir.path());
            QVERIFY(!first.previousRunWasUnclean());
        }
        RunMarker second(dir.path());
        QVERIFY(!second.previousRunWasUnclean()); // the first ended cleanly
        QTemporaryDir crashed;
        // What a killed process leaves: a lock naming a process that no longer runs.
        QFile stale(QDir(crashed.path()).filePath(u"leadops.running"_s));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("999999\nleadops\n" + QSysInfo::machineHostName().toUtf8() + '\n');
        stale.close();
        RunMarker third(crashed.path());
        QVERIFY(third.previousRunWasUnclean());
    }
};

QTEST_GUILESS_MAIN(TestObservability)
#include "tst_observability.moc"
