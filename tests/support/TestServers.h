#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

// Minimal HTTP/1.1 servers on 127.0.0.1 for what has no real binary here (Supabase Auth's token
// endpoints) and for fault injection. One request per connection; bounded by the test's own calls.
struct HttpExchange
{
    QByteArray method;
    QByteArray target;                     // path and query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class MiniHttpServer : public QObject
{
    Q_OBJECT

public:
    // Returns the raw response bytes, or an empty array to never answer (a hung server).
    using Handler = std::function<QByteArray(const HttpExchange&)>;

    explicit MiniHttpServer(Handler handler, QObject* parent = nullptr);
    bool listen();
    QUrl url() const;
    int requestCount() const { return m_requests; }
    QList<HttpExchange> exchanges;

    static QByteArray response(int status, const QByteArray& contentType, const QByteArray& body,
                               const QByteArray& extraHeaders = {});

private:
    void onConnection();

    Handler m_handler;
    QTcpServer m_server;
    int m_requests = 0;
};

// A narrow double of Supabase Auth: password and refresh_token grants, logout, recover, user,
// health, with Auth's error shapes (invalid_credentials, email_not_confirmed, a 429 with
// Retry-After after five wrong passwords in a row, bad_jwt, session_not_found).
// Issues real HS256 JWTs with the backend's secret, so the real PostgREST accepts them. A sign-in
// starts a session (the tokens' session_id); a refresh rotates the refresh token within it; logout
// ends the bearer's session (scope=local) or all the user's (global, Auth's default).
// tst_auth_protocol drives @supabase/auth-js against it to show it speaks Auth's protocol.
class AuthDouble : public QObject
{
    Q_OBJECT

public:
    explicit AuthDouble(QByteArray jwtSecret, QObject* parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl authUrl() const; // http://127.0.0.1:PORT/auth/v1
    void addUser(const QString& email, const QString& password, const QString& role);
    void addUnconfirmedUser(const QString& email, const QString& password);
    // Answers one request (the gateway below calls it in-process, without a socket).
    QByteArray handle(const HttpExchange& x);
    int recoverRequests = 0;
    // Lifetime of issued access tokens; a negative value issues tokens that are already expired.
    void setAccessTokenLifetime(qint64 seconds) { m_lifetime = seconds; }
    // Issued access tokens carry this many bytes of user_metadata (a profile with an avatar as a
    // data URL does this in the wild): 3,000 makes a token larger than a keychain item may be.
    void setUserMetadataBytes(int bytes) { m_metadataBytes = bytes; }
    // Every refresh token issued so far stops working (signed out everywhere, or expired).
    void revokeRefreshTokens()
    {
        m_refreshTokens.clear();
        m_sessions.clear();
    }
    // The server's clock this far from the machine's: issued tokens carry iat and exp shifted.
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    int passwordGrants = 0;
    int refreshGrants = 0;
    int logouts = 0;
    QStringList issuedAccessTokens;
    QStringList issuedRefreshTokens;
    const QList<HttpExchange>& exchanges() const { return m_http.exchanges; }

private:
    QByteArray issue(const QString& email, const QString& sessionId);
    // The claims of a bearer this double signed and that has not expired; nullopt otherwise.
    std::optional<QJsonObject> verified(const QByteArray& authorization) const;

    struct User
    {
        QString password;
        QString role;
        QString id;
        bool confirmed = true;
    };
    int m_wrongInARow = 0;
    qint64 m_clockOffset = 0;
    QByteArray m_secret;
    QHash<QString, User> m_users;
    struct Grant
    {
        QString email;
        QString sessionId;
    };
    QHash<QString, Grant> m_refreshTokens; // token -> whose session, single use
    QSet<QString> m_sessions;              // live session ids
    qint64 m_lifetime = 3600;
    int m_metadataBytes = 0;
    MiniHttpServer m_http;
};

// One project URL as Supabase has it, on 127.0.0.1: /rest/v1/* forwarded to the real PostgREST
// (prefix removed), /auth/v1/* answered by the Auth double. What the window's Connect and Sign in
// talk to in the UI tests. It forwards synchronously: run it on a thread of its own (the window's
// sync waits on it from a worker while the UI thread closes the window).
class SupabaseGateway : public QObject
{
    Q_OBJECT

public:
    SupabaseGateway(QUrl postgrest, AuthDouble& auth, QObject* parent = nullptr);
    bool listen() { return m_http.listen(); }
    QUrl url() const { return m_http.url(); }

private:
    QByteArray handle(const HttpExchange& x);

    QUrl m_postgrest;
    AuthDouble& m_auth;
    MiniHttpServer m_http;
};

// A fault-injecting proxy on 127.0.0.1 in front of a real server (PostgREST). Each request takes
// the next fault from the queue; with the queue empty it passes traffic through unchanged.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    // BadGatewayHtml: a proxy's own HTML 502 page. Hang: accepts, reads, never answers. Trickle: the
    // upstream's headers, then one body byte every 200 ms, for ever (until the client gives up).
    // Oversized: a 200 with 200 MB of JSON (no Content-Length: until the connection closes), sent as
    // fast as it is read.
    enum class Fault {
        Pass,
        DropMidBody,
        Delay,
        ServerError,
        TooManyRequests,
        TruncatedJson,
        BadGatewayHtml,
        Hang,
        Trickle,
        Oversized
    };

    FaultProxy(QUrl upstream, QObject* parent = nullptr);
    bool listen();
    QUrl url() const;
    void enqueue(const QList<Fault>& faults) { m_faults += faults; }
    // Requests for `resource` (a table or view, e.g. "lead_rows_v1") get the 404 that PostgREST 12.0
    // answers for a relation the database does not have: a backend from before its migration.
    void hide(const QByteArray& resource) { m_hidden << resource; }
    // With the queue empty, each request meets one of `kinds` with this probability (seeded, so a
    // soak run can be repeated); 0 turns it off. Safe to call from another thread.
    void setRandomFaults(double probability, quint32 seed, const QList<Fault>& kinds);
    int requests() const { return m_requests.loadRelaxed(); }
    int faultsInjected() const { return m_injected.loadRelaxed(); }

private:
    void onConnection();
    QByteArray forward(const QByteArray& request);

    QUrl m_upstream;
    QTcpServer m_server;
    Fault nextFault();

    QList<Fault> m_faults;
    QList<QByteArray> m_hidden;
    QAtomicInt m_requests = 0;
    QAtomicInt m_injected = 0;
    QMutex m_randomLock;
    double m_probability = 0;
    QList<Fault> m_kinds;
    QRandomGenerator m_rng;
};
