#include "ui/SyncController.h"

#include "core/auth/Account.h"
#include "core/util/Clock.h"

#include "core/Workspace.h"
#include "core/auth/Backend.h"
#include "core/auth/SecretStore.h"
#include "core/obs/Logging.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncLock.h"

#include <QNetworkInformation>
#include <QPointer>
#include <QSettings>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// Reads come from a snapshot taken on the UI thread; writes (a rotated session) are queued back to
// it, where the keychain is used. Never blocks the worker on the UI thread.
class ForwardingSecretStore final : public SecretStore
{
public:
    ForwardingSecretStore(QVariantMap snapshot, QObject* uiContext) : m_snapshot(std::move(snapshot)), m_ui(uiContext)
    {}
    Result<void> write(const QString& key, const QString& secret) override
    {
        m_snapshot.insert(key, secret);
        if (m_ui)
            QMetaObject::invokeMethod(
                m_ui, [key, secret] { KeychainSecretStore(u"LeadOps Console"_s).write(key, secret); },
                Qt::QueuedConnection);
        return {};
    }
    Result<std::optional<QString>> read(const QString& key) override
    {
        if (!m_snapshot.contains(key))
            return std::optional<QString>();
        return std::optional<QString>(m_snapshot.value(key).toString());
    }
    Result<void> remove(const QString& key) override
    {
        m_snapshot.remove(key);
        if (m_ui)
            QMetaObject::invokeMethod(
                m_ui, [key] { KeychainSecretStore(u"LeadOps Console"_s).remove(key); }, Qt::QueuedConnection);
        return {};
    }
    QString description() const override { return u"OS keychain (through the window)"_s; }

private:
    QVariantMap m_snapshot;
    QPointer<QObject> m_ui;
};

} // namespace

void SyncWorker::run(const QVariantMap& secrets, QObject* keychainThreadContext)
{
    auto workspace = Workspace::open(m_directory);
    if (!workspace) {
        Q_EMIT finished(false, {}, workspace.error().message, false);
        return;
    }
    ForwardingSecretStore keychain(secrets, keychainThreadContext);
    QSettings settings;
    auto backend = openBackend(settings, keychain);
    if (!backend) {
        fail(backend.error());
        return;
    }
    const auto lock = SyncLock::acquire(m_directory, 0); // a CLI sync is running: the next tick retries
    if (!lock) {
        Q_EMIT finished(false, {}, lock.error().message, true);
        return;
    }
    // One user's workspace: bound at its first sync, never synced as anyone else.
    if (!backend->identity.userId.isEmpty()) {
        if (auto owner = bindWorkspace((*workspace)->database(), projectKey(backend->config), backend->identity,
                                       (*workspace)->clock().now());
            !owner) {
            Q_EMIT finished(false, {}, owner.error().message, false);
            return;
        }
    }
    SyncEngine engine((*workspace)->database(), *backend->client);
    const auto pushed = engine.push();
    if (!pushed) {
        fail(pushed.error());
        return;
    }
    const auto pulled = engine.pull([this](const QString& table, qint64 rows, qint64 expected) {
        Q_EMIT progress(table, rows, expected);
        return m_cancel.loadRelaxed() == 0 && !QThread::currentThread()->isInterruptionRequested();
    });
    if (!pulled) {
        fail(pulled.error());
        return;
    }
    QJsonObject report = pulled->toJson();
    report.insert(u"pushed"_s, pushed->pushed);
    report.insert(u"conflicts"_s, pushed->conflicts);
    report.insert(u"failed"_s, pushed->failed);
    Q_EMIT finished(true, report, {}, false);
}

void SyncWorker::probe(const QVariantMap& secrets, QObject* keychainThreadContext, const QString& horizon)
{
    ForwardingSecretStore keychain(secrets, keychainThreadContext);
    QSettings settings;
    auto backend = openBackend(settings, keychain);
    if (!backend) {
        Q_EMIT probed(false, true, false);
        return;
    }
    const auto changed = serverChangedSince(*backend->client, horizon);
    if (!changed)
        Q_EMIT probed(false, true, false);
    else
        Q_EMIT probed(true, changed->has_value(), changed->value_or(false));
}

void SyncWorker::fail(const Error& error)
{
    // Not signed in, or a session whose refresh the server refuses: only a new sign-in helps.
    if (error.kind == ErrorKind::Auth || error.code == u"signed_out"_s)
        Q_EMIT sessionEnded(error.message);
    Q_EMIT finished(false, {}, error.message, isTransient(error));
}

SyncController::SyncController(const QString& workspaceDirectory, QObject* parent)
    : QObject(parent)
    , m_worker(new SyncWorker(workspaceDirectory))
    , m_timer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncController::requestRun, m_worker, &SyncWorker::run, Qt::QueuedConnection);
    connect(this, &SyncController::requestProbe, m_worker, &SyncWorker::probe, Qt::QueuedConnection);
    connect(
        m_worker, &SyncWorker::probed, this,
        [this](bool ok, bool supported, bool changed) {
            m_probing = false;
            if (!supported) {
                qCInfo(lcSync) << "the backend has no changed_since(): near-live updates are off";
                m_probeTimer->stop();
                return;
            }
            if (!ok)
                return; // offline or signed out: the periodic sync reports it
            Q_EMIT probed(changed);
            if (changed)
                syncNow();
        },
        Qt::QueuedConnection);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncController::probeNow);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::sessionEnded, this, &SyncController::sessionEnded, Qt::QueuedConnection);
    connect(
        m_worker, &SyncWorker::finished, this,
        [this](bool ok, const QJsonObject& report, const QString& error, bool unreachable) {
            m_running = false;
            if (ok) {
                m_lastSync = QDateTime::currentDateTimeUtc();
                m_horizon = report.value(u"horizon"_s).toString();
                Q_EMIT synced(report);
            } else {
                Q_EMIT failed(error, unreachable);
            }
        },
        Qt::QueuedConnection);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_thread.setObjectName(u"leadops-sync"_s);
    m_thread.start();
    // Online/offline from the platform where Qt has a backend for it (NetworkManager, Windows,
    // macOS); in containers it is often Unknown, and request failures decide instead.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        syncNow(); // back online: send what waited
                });
    }
}

SyncController::~SyncController()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::cancel()
{
    if (m_running)
        m_worker->cancel();
}

void SyncController::startPeriodic(int intervalMs)
{
    m_timer->start(intervalMs);
    syncNow();
}

void SyncController::startNearLive(int probeMs)
{
    m_probeTimer->start(probeMs);
}

void SyncController::probeNow()
{
    // Nothing to ask before a first pull, and nothing while a sync runs (it pulls anyway).
    if (m_running || m_probing || m_horizon.isEmpty())
        return;
    m_probing = true;
    Q_EMIT requestProbe(secretsForWorker(), this, m_horizon);
}

QVariantMap SyncController::secretsForWorker()
{
    QVariantMap secrets;
    KeychainSecretStore keychain(u"LeadOps Console"_s);
    QSettings settings;
    const auto config = ConnectionConfig::resolve(settings, keychain);
    if (config && config->isConfigured()) {
        if (!config->anonKey.isEmpty())
            secrets.insert(QLatin1String(ConnectionConfig::kAnonKeySecret), config->anonKey);
        if (config->accessToken.isEmpty()) {
            if (const auto raw = keychain.read(QLatin1String(ConnectionConfig::kSessionSecret)); raw && *raw)
                secrets.insert(QLatin1String(ConnectionConfig::kSessionSecret), **raw);
        }
    }
    return secrets;
}

void SyncController::syncNow()
{
    if (m_running)
        return;
    // Where the platform reports connectivity, do not even try while it says there is none.
    if (const auto* info = QNetworkInformation::instance();
        info && info->reachability() == QNetworkInformation::Reachability::Disconnected) {
        Q_EMIT failed(tr("This computer has no network connection"), true);
        return;
    }
    m_running = true;
    m_worker->resetCancel(); // before the run is queued, so that a cancel right after it counts
    Q_EMIT started();
    // The keychain is read here, on the UI thread; the worker gets the values.
    Q_EMIT requestRun(secretsForWorker(), this);
}

} // namespace leadops
