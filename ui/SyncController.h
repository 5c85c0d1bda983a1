#pragma once

#include "core/domain/Result.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QVariantMap>

class QTimer;

namespace leadops {

// Runs sync off the UI thread: a worker on its own QThread opens its own workspace connection and
// network client, pushes, then pulls, and reports back with signals. Periodic while the window is
// open; "Sync now" on demand. The UI thread never waits on it.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString workspaceDirectory) : m_directory(std::move(workspaceDirectory)) {}
    // Thread-safe: the pull stops after the page being stored (pages already stored stay).
    void cancel() { m_cancel.storeRelaxed(1); }
    void resetCancel() { m_cancel.storeRelaxed(0); }

public Q_SLOTS:
    // `secrets`: the anon key and session read from the keychain on the UI thread (QtKeychain's
    // job executor is not safe across threads); a refreshed session is written back from there.
    void run(const QVariantMap& secrets, QObject* keychainThreadContext);
    // One rpc/changed_since request: whether anything changed on the server since `horizon`.
    void probe(const QVariantMap& secrets, QObject* keychainThreadContext, const QString& horizon);

Q_SIGNALS:
    void progress(const QString& table, qint64 rows, qint64 expected);
    // ok=false with `error` when the server could not be reached or refused; `report` is
    // SyncReport::toJson() on success.
    void finished(bool ok, const QJsonObject& report, const QString& error, bool unreachable);
    // The session cannot be used any more (the refresh token expired or was revoked): the user must
    // sign in again; the work and the pending changes stay.
    void sessionEnded(const QString& error);
    // ok=false: the probe could not be made (offline, signed out); supported=false: the server has
    // no changed_since (an older backend).
    void probed(bool ok, bool supported, bool changed);

private:
    // Emits finished (and sessionEnded for an Auth error).
    void fail(const Error& error);

    QString m_directory;
    QAtomicInt m_cancel;
};

class SyncController final : public QObject
{
    Q_OBJECT

public:
    SyncController(const QString& workspaceDirectory, QObject* parent = nullptr);
    ~SyncController() override;

    void startPeriodic(int intervalMs);
    // Near-live: every `probeMs`, while no sync runs, one cheap request asks whether anything
    // changed on the server since the last pull, and a sync runs only when something did (a
    // colleague's edit shows within about one interval). Stops by itself on a backend without
    // the request. docs/architecture.md says why a probe and not Supabase Realtime.
    void startNearLive(int probeMs);
    void syncNow();
    void cancel();
    bool isRunning() const { return m_running; }
    QDateTime lastSync() const { return m_lastSync; }

Q_SIGNALS:
    void started();
    void progress(const QString& table, qint64 rows, qint64 expected);
    void synced(const QJsonObject& report);
    void failed(const QString& error, bool unreachable);
    void sessionEnded(const QString& error);
    void probed(bool changed);                                                   // a probe's answer (tests count them)
    void requestRun(const QVariantMap& secrets, QObject* keychainThreadContext); // queued to the worker
    void requestProbe(const QVariantMap& secrets, QObject* keychainThreadContext, const QString& horizon);

private:
    void probeNow();
    // The anon key and the session, read from the keychain here on the UI thread for the worker.
    QVariantMap secretsForWorker();

    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_probeTimer = nullptr;
    QString m_horizon; // the last pull's sync horizon: what the probe asks from
    bool m_probing = false;
    bool m_running = false;
    QDateTime m_lastSync;
};

} // namespace leadops
