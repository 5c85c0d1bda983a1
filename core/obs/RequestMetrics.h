#pragma once

#include "core/util/EnumKeys.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QString>

#include <vector>

namespace leadops {

// Counts and times every call to PostgREST and Supabase Auth in this process, by endpoint
// (table, RPC or auth path) and method, and by outcome: 2xx, 4xx, 5xx, network, timeout, retried.
class RequestMetrics
{
public:
    enum class Outcome { Success, ClientError, ServerError, Network, Timeout, Retried };

    struct Row
    {
        QString service; // "rest" or "auth"
        QString endpoint;
        QString method;
        qint64 count = 0;
        qint64 errors = 0;
        qint64 bytesIn = 0;
        QMap<QString, qint64> outcomes;
        double p50Ms = 0;
        double p95Ms = 0;
        double maxMs = 0;
    };

    static RequestMetrics& instance();

    void record(const QString& service, const QString& endpoint, const QString& method, Outcome outcome,
                double elapsedMs, qint64 bytesIn);
    QList<Row> snapshot() const;
    QJsonArray toJson() const;
    void clear();

    static Outcome outcomeForStatus(int httpStatus);
    // The value at quantile q (0..1) of `samples`, nearest-rank.
    static double quantile(std::vector<double> samples, double q);

    // Appends this process's figures as one JSON line to DIR/metrics.jsonl (kept to the last 200
    // runs) and reads the last runs back, newest last.
    bool appendRun(const QString& directory, const QString& command, const QJsonObject& extra = {}) const;
    // A summary recorded with this process's run (e.g. the sync's rows pulled/pushed, conflicts,
    // duration); appendRun() writes it under "sync".
    void setRunSummary(const QString& key, const QJsonObject& summary);
    static QJsonArray lastRuns(const QString& directory, int runs);

private:
    struct Series
    {
        Row row;
        std::vector<double> samples;
    };
    mutable QMutex m_mutex;
    QMap<QString, Series> m_series;
    QJsonObject m_summaries;
};

template <>
std::span<const EnumText> enumTexts<RequestMetrics::Outcome>();

} // namespace leadops
