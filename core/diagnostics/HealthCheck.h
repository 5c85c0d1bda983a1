#pragma once

#include "core/auth/Connection.h"
#include "core/util/EnumKeys.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;

namespace leadops {

struct HealthReport
{
    enum class State { Online, Degraded, Offline, SignedOut, NotConfigured };
    State state = State::NotConfigured;
    QStringList reasons; // why it is not online, in words
    int restStatus = 0;
    double restMs = 0;
    std::optional<bool> authHealthy;
    std::optional<qint64> clockSkewSeconds; // server Date minus local clock
    std::optional<qint64> tokenExpiresInSeconds;
    QDateTime checkedAt;

    QJsonObject toJson() const;
};

template <>
std::span<const EnumText> enumTexts<HealthReport::State>();

// Checks the configured backend: REST reachable and answering, Auth's health endpoint, clock skew
// against the server's Date header, and the session's expiry.
class HealthCheck final : public QObject
{
    Q_OBJECT

public:
    explicit HealthCheck(QObject* parent = nullptr);
    // `recentRuns` (RequestMetrics::lastRuns) lets server errors of the last run count: a backend
    // whose root answers but whose tables fail with 5xx is degraded, not online.
    QFuture<HealthReport> run(const ConnectionConfig& config, const std::optional<Session>& session,
                              int timeoutMs = 5000, const QJsonArray& recentRuns = {});

private:
    QNetworkAccessManager* m_nam = nullptr;
};

} // namespace leadops
