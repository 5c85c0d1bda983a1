#include "core/diagnostics/DiagnosticsReport.h"

#include "core/Workspace.h"
#include "core/diagnostics/HealthCheck.h"
#include "core/obs/JsonLog.h"
#include "core/obs/Redactor.h"
#include "core/obs/RequestMetrics.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace leadops::diagnostics {

namespace {
// lupdate reads the context from this declaration; the calls below use DiagnosticsText::tr.
struct DiagnosticsText
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostics)
};

QJsonObject workspaceSection(Workspace* ws, const QString& directory, const QString& openError)
{
    if (!ws)
        return QJsonObject{{u"path"_s, directory},
                           {u"error"_s, openError.isEmpty() ? DiagnosticsText::tr("the workspace could not be opened")
                                                            : redactor::redact(openError)}};
    Database& db = ws->database();
    QJsonObject counts;
    for (const QString& table : {u"niches"_s, u"campaigns"_s, u"leads"_s, u"audit_log"_s}) {
        QSqlQuery q(db.connection());
        counts.insert(table, q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1);
    }
    Outbox outbox(db);
    QJsonObject lastSync;
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT entity, last_sync_at FROM sync_state"_s)) {
        while (q.next())
            lastSync.insert(q.value(0).toString(), q.value(1).toString());
    }
    return QJsonObject{{u"path"_s, ws->directory()},
                       {u"schema_version"_s, db.schemaVersion()},
                       {u"rows"_s, counts},
                       {u"pending_changes"_s, outbox.count(u"pending"_s).value_or(-1)},
                       {u"conflicts"_s, outbox.count(u"conflict"_s).value_or(-1)},
                       {u"refused_changes"_s, outbox.count(u"failed"_s).value_or(-1)},
                       {u"last_sync_at"_s, lastSync}};
}
} // namespace

QJsonObject build(Workspace* workspace, const QString& workspaceDirectory, const HealthReport& health,
                  bool previousRunUnclean, const QString& openError)
{
    const QStringList log = jsonlog::tail(QDir(workspaceDirectory).filePath(u"logs"_s), 200);
    QStringList redactedLog;
    for (const QString& line : log)
        redactedLog << redactor::redact(line);
    return QJsonObject{
        {u"generated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"version"_s, QCoreApplication::applicationVersion()},
        {u"qt_version"_s, QString::fromLatin1(qVersion())},
        {u"os"_s, QString(QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')')},
        {u"kernel"_s, QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion())},
        {u"locale"_s, QLocale().name()},
        {u"previous_run_unclean"_s, previousRunUnclean},
        {u"workspace"_s, workspaceSection(workspace, workspaceDirectory, openError)},
        {u"health"_s, health.toJson()},
        {u"this_process"_s, RequestMetrics::instance().toJson()},
        {u"last_runs"_s, RequestMetrics::lastRuns(workspaceDirectory, 20)},
        {u"log_file"_s, jsonlog::filePath()},
        {u"log_tail"_s, QJsonArray::fromStringList(redactedLog)},
    };
}

QString toJsonText(const QJsonObject& report)
{
    return redactor::redact(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
}

QString toText(const QJsonObject& report)
{
    QString out;
    const QJsonObject ws = report.value(u"workspace"_s).toObject();
    const QJsonObject health = report.value(u"health"_s).toObject();
    QStringList reasons;
    for (const QJsonValue& r : health.value(u"reasons"_s).toArray())
        reasons << r.toString();
    out += DiagnosticsText::tr("LeadOps Console %1 (Qt %2) on %3, %4\n")
               .arg(report.value(u"version"_s).toString(), report.value(u"qt_version"_s).toString(),
                    report.value(u"os"_s).toString(), report.value(u"kernel"_s).toString());
    out += DiagnosticsText::tr("generated %1, locale %2\n")
               .arg(report.value(u"generated_at"_s).toString(), report.value(u"locale"_s).toString());
    // The reason the workspace could not be opened is the first thing support needs to see.
    if (const QString error = ws.value(u"error"_s).toString(); !error.isEmpty())
        out += DiagnosticsText::tr("workspace %1: ERROR: %2\n").arg(ws.value(u"path"_s).toString(), error);
    out += DiagnosticsText::tr("workspace %1, schema %2, rows %3\n")
               .arg(ws.value(u"path"_s).toString())
               .arg(ws.value(u"schema_version"_s).toInt())
               .arg(QString::fromUtf8(QJsonDocument(ws.value(u"rows"_s).toObject()).toJson(QJsonDocument::Compact)));
    out += DiagnosticsText::tr("changes: %1 pending, %2 in conflict, %3 refused by the server; last sync %4\n")
               .arg(ws.value(u"pending_changes"_s).toInt())
               .arg(ws.value(u"conflicts"_s).toInt())
               .arg(ws.value(u"refused_changes"_s).toInt())
               .arg(QString::fromUtf8(
                   QJsonDocument(ws.value(u"last_sync_at"_s).toObject()).toJson(QJsonDocument::Compact)));
    out += DiagnosticsText::tr("previous run ended cleanly: %1\n")
               .arg(report.value(u"previous_run_unclean"_s).toBool() ? DiagnosticsText::tr("no")
                                                                     : DiagnosticsText::tr("yes"));
    out +=
        DiagnosticsText::tr("backend: %1%2\n")
            .arg(health.value(u"state"_s).toString(), reasons.isEmpty() ? QString() : u" — "_s + reasons.join(u"; "_s));
    out += DiagnosticsText::tr("\nrequests (this process and the last %1 runs):\n")
               .arg(report.value(u"last_runs"_s).toArray().size());
    QJsonArray all = report.value(u"this_process"_s).toArray();
    for (const QJsonValue& run : report.value(u"last_runs"_s).toArray())
        for (const QJsonValue& r : run.toObject().value(u"requests"_s).toArray())
            all << r;
    for (const QJsonValue& v : all) {
        const QJsonObject r = v.toObject();
        out += u"  %1 %2 %3: count %4, errors %5, p50 %6 ms, p95 %7 ms, max %8 ms, %9 bytes\n"_s
                   .arg(r.value(u"service"_s).toString(), r.value(u"method"_s).toString(),
                        r.value(u"endpoint"_s).toString())
                   .arg(r.value(u"count"_s).toInt())
                   .arg(r.value(u"errors"_s).toInt())
                   .arg(r.value(u"p50_ms"_s).toDouble(), 0, 'f', 1)
                   .arg(r.value(u"p95_ms"_s).toDouble(), 0, 'f', 1)
                   .arg(r.value(u"max_ms"_s).toDouble(), 0, 'f', 1)
                   .arg(r.value(u"bytes_in"_s).toInt());
    }
    for (const QJsonValue& run : report.value(u"last_runs"_s).toArray()) {
        const QJsonObject sync = run.toObject().value(u"sync"_s).toObject();
        if (sync.isEmpty())
            continue;
        out += DiagnosticsText::tr(
                   "sync at %1: pushed %2, pulled %3, deleted %4, conflicts %5, refused %6, pending %7, %8 s\n")
                   .arg(run.toObject().value(u"ts"_s).toString())
                   .arg(sync.value(u"pushed"_s).toInt())
                   .arg(sync.value(u"pulled"_s).toInt())
                   .arg(sync.value(u"deleted"_s).toInt())
                   .arg(sync.value(u"conflicts"_s).toInt())
                   .arg(sync.value(u"failed"_s).toInt())
                   .arg(sync.value(u"pending"_s).toInt())
                   .arg(sync.value(u"seconds"_s).toDouble(), 0, 'f', 2);
    }
    const QJsonArray log = report.value(u"log_tail"_s).toArray();
    out +=
        DiagnosticsText::tr("\nlog %1, last %2 lines:\n").arg(report.value(u"log_file"_s).toString()).arg(log.size());
    for (const QJsonValue& line : log)
        out += line.toString() + u'\n';
    return redactor::redact(out);
}

QString prometheus(const QJsonArray& runs)
{
    QMap<QString, double> counters;
    QMap<QString, double> bytes;
    QMap<QString, double> p95;
    for (const QJsonValue& run : runs) {
        for (const QJsonValue& v : run.toObject().value(u"requests"_s).toArray()) {
            const QJsonObject r = v.toObject();
            const QString labels = u"service=\"%1\",endpoint=\"%2\",method=\"%3\""_s.arg(
                r.value(u"service"_s).toString(), r.value(u"endpoint"_s).toString(), r.value(u"method"_s).toString());
            const QJsonObject outcomes = r.value(u"outcomes"_s).toObject();
            for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
                counters[labels + u",outcome=\""_s + it.key() + u'"'] += it.value().toDouble();
            bytes[labels] += r.value(u"bytes_in"_s).toDouble();
            p95[labels] = std::max(p95[labels], r.value(u"p95_ms"_s).toDouble());
        }
    }
    QString out = u"# HELP leadops_requests_total Requests to PostgREST and Supabase Auth by outcome.\n"
                  "# TYPE leadops_requests_total counter\n"_s;
    for (auto it = counters.begin(); it != counters.end(); ++it)
        out += u"leadops_requests_total{%1} %2\n"_s.arg(it.key()).arg(it.value());
    out += u"# HELP leadops_response_bytes_total Response bytes received.\n"
           "# TYPE leadops_response_bytes_total counter\n"_s;
    for (auto it = bytes.begin(); it != bytes.end(); ++it)
        out += u"leadops_response_bytes_total{%1} %2\n"_s.arg(it.key()).arg(it.value());
    out += u"# HELP leadops_request_duration_p95_ms Slowest p95 latency over the recorded runs.\n"
           "# TYPE leadops_request_duration_p95_ms gauge\n"_s;
    for (auto it = p95.begin(); it != p95.end(); ++it)
        out += u"leadops_request_duration_p95_ms{%1} %2\n"_s.arg(it.key()).arg(it.value());
    return out;
}

} // namespace leadops::diagnostics
