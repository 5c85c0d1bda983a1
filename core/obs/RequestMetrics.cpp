#include "core/obs/RequestMetrics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

RequestMetrics& RequestMetrics::instance()
{
    static RequestMetrics metrics;
    return metrics;
}

RequestMetrics::Outcome RequestMetrics::outcomeForStatus(int httpStatus)
{
    if (httpStatus >= 500)
        return Outcome::ServerError;
    if (httpStatus >= 400)
        return Outcome::ClientError;
    return Outcome::Success;
}

double RequestMetrics::quantile(std::vector<double> samples, double q)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

void RequestMetrics::record(const QString& service, const QString& endpoint, const QString& method, Outcome outcome,
                            double elapsedMs, qint64 bytesIn)
{
    QMutexLocker lock(&m_mutex);
    Series& s = m_series[service + u' ' + method + u' ' + endpoint];
    s.row.service = service;
    s.row.endpoint = endpoint;
    s.row.method = method;
    s.row.outcomes[toKey(outcome)] += 1;
    if (outcome == Outcome::Retried)
        return; // a retry is counted as an outcome; its final attempt is recorded on its own
    s.row.count += 1;
    if (outcome != Outcome::Success)
        s.row.errors += 1;
    s.row.bytesIn += bytesIn;
    if (s.samples.size() < 100'000)
        s.samples.push_back(elapsedMs);
    s.row.maxMs = std::max(s.row.maxMs, elapsedMs);
}

QList<RequestMetrics::Row> RequestMetrics::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    QList<Row> rows;
    for (const Series& s : m_series) {
        Row r = s.row;
        r.p50Ms = quantile(s.samples, 0.50);
        r.p95Ms = quantile(s.samples, 0.95);
        rows << r;
    }
    return rows;
}

QJsonArray RequestMetrics::toJson() const
{
    QJsonArray out;
    for (const Row& r : snapshot()) {
        QJsonObject outcomes;
        for (auto it = r.outcomes.begin(); it != r.outcomes.end(); ++it)
            outcomes.insert(it.key(), it.value());
        out << QJsonObject{{u"service"_s, r.service}, {u"endpoint"_s, r.endpoint}, {u"method"_s, r.method},
                           {u"count"_s, r.count},     {u"errors"_s, r.errors},     {u"bytes_in"_s, r.bytesIn},
                           {u"p50_ms"_s, r.p50Ms},    {u"p95_ms"_s, r.p95Ms},      {u"max_ms"_s, r.maxMs},
                           {u"outcomes"_s, outcomes}};
    }
    return out;
}

void RequestMetrics::clear()
{
    QMutexLocker lock(&m_mutex);
    m_series.clear();
    m_summaries = {};
}

void RequestMetrics::setRunSummary(const QString& key, const QJsonObject& summary)
{
    QMutexLocker lock(&m_mutex);
    m_summaries.insert(key, summary);
}

bool RequestMetrics::appendRun(const QString& directory, const QString& command, const QJsonObject& extra) const
{
    const QJsonArray rows = toJson();
    QJsonObject summaries;
    {
        QMutexLocker lock(&m_mutex);
        summaries = m_summaries;
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        summaries.insert(it.key(), it.value());
    if (rows.isEmpty() && summaries.isEmpty())
        return true;
    const QString path = QDir(directory).filePath(u"metrics.jsonl"_s);
    QLockFile lock(path + u".lock"_s);
    if (!lock.tryLock(2000))
        return false;
    QStringList lines;
    if (QFile in(path); in.open(QIODevice::ReadOnly))
        lines = QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QJsonObject run{{u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                    {u"command"_s, command},
                    {u"requests"_s, rows}};
    for (auto it = summaries.begin(); it != summaries.end(); ++it)
        run.insert(it.key(), it.value());
    lines << QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact));
    lines = lines.mid(std::max<qsizetype>(0, lines.size() - 200));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write((lines.join(u'\n') + u'\n').toUtf8());
    return out.commit();
}

QJsonArray RequestMetrics::lastRuns(const QString& directory, int runs)
{
    QFile in(QDir(directory).filePath(u"metrics.jsonl"_s));
    QJsonArray out;
    if (!in.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = std::max<qsizetype>(0, lines.size() - runs); i < lines.size(); ++i)
        out << QJsonDocument::fromJson(lines[i].toUtf8()).object();
    return out;
}

template <>
std::span<const EnumText> enumTexts<RequestMetrics::Outcome>()
{
    static constexpr EnumText keys[] = {{"2xx"}, {"4xx"}, {"5xx"}, {"network_error"}, {"timeout"}, {"retried"}};
    return keys;
}

} // namespace leadops
