#include "tests/support/TestServers.h"

#include "core/auth/Jwt.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// Takes one complete HTTP request (headers and Content-Length body) off the front of `buffer`;
// nullopt while it is incomplete. `raw` gets the request's bytes as received.
std::optional<HttpExchange> takeRequest(QByteArray& buffer, QByteArray* raw = nullptr)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    HttpExchange x;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    x.method = requestLine.value(0);
    x.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            x.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = x.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    x.body = buffer.mid(headerEnd + 4, length);
    if (raw)
        *raw = buffer.left(headerEnd + 4 + length);
    buffer.remove(0, headerEnd + 4 + length);
    return x;
}

} // namespace

MiniHttpServer::MiniHttpServer(Handler handler, QObject* parent) : QObject(parent), m_handler(std::move(handler))
{
    m_server.setParent(this); // moves with the server to another thread
    connect(&m_server, &QTcpServer::newConnection, this, &MiniHttpServer::onConnection);
}

bool MiniHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl MiniHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

QByteArray MiniHttpServer::response(int status, const QByteArray& contentType, const QByteArray& body,
                                    const QByteArray& extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders +
           "\r\n" + body;
}

void MiniHttpServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const auto request = takeRequest(*buffer);
            if (!request)
                return;
            const HttpExchange& x = *request;
            ++m_requests;
            exchanges << x;
            const QByteArray reply = m_handler(x);
            if (reply.isEmpty())
                return; // hang: keep the connection open and silent
            socket->write(reply);
            socket->disconnectFromHost();
        });
    }
}

AuthDouble::AuthDouble(QByteArray jwtSecret, QObject* parent)
    : QObject(parent), m_secret(std::move(jwtSecret)), m_http([this](const HttpExchange& x) { return handle(x); })
{}

QUrl AuthDouble::authUrl() const
{
    return QUrl(m_http.url().toString() + u"/auth/v1"_s);
}

void AuthDouble::addUser(const QString& email, const QString& password, const QString& role)
{
    m_users.insert(email, User{password, role, QUuid::createUuid().toString(QUuid::WithoutBraces)});
}

void AuthDouble::addUnconfirmedUser(const QString& email, const QString& password)
{
    m_users.insert(email, User{password, {}, QUuid::createUuid().toString(QUuid::WithoutBraces), false});
}

std::optional<QJsonObject> AuthDouble::verified(const QByteArray& authorization) const
{
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (expected != parts[2])
        return std::nullopt;
    const auto claims = leadops::jwt::payload(QString::fromLatin1(token));
    if (!claims || claims->value(u"exp"_s).toInteger() <= QDateTime::currentSecsSinceEpoch() + m_clockOffset)
        return std::nullopt;
    return claims;
}

QByteArray AuthDouble::issue(const QString& email, const QString& sessionId)
{
    const User& user = m_users[email];
    const qint64 now = QDateTime::currentSecsSinceEpoch() + m_clockOffset;
    const QJsonObject appMetadata{{u"role"_s, user.role}, {u"provider"_s, u"email"_s}};
    const QJsonObject userMetadata{{u"avatar"_s, QString(m_metadataBytes, u'A')}};
    const QJsonObject claims{{u"sub"_s, user.id},
                             {u"role"_s, u"authenticated"_s},
                             {u"email"_s, email},
                             {u"app_metadata"_s, appMetadata},
                             {u"user_metadata"_s, userMetadata},
                             {u"session_id"_s, sessionId},
                             {u"iat"_s, now},
                             {u"exp"_s, now + m_lifetime}};
    const QString access = leadops::jwt::signHs256(claims, m_secret);
    const QString refresh = QUuid::createUuid().toString(QUuid::Id128);
    m_refreshTokens.insert(refresh, Grant{email, sessionId});
    m_sessions.insert(sessionId);
    issuedAccessTokens << access;
    issuedRefreshTokens << refresh;
    const QJsonObject body{
        {u"access_token"_s, access},
        {u"token_type"_s, u"bearer"_s},
        {u"expires_in"_s, m_lifetime},
        {u"expires_at"_s, now + m_lifetime},
        {u"refresh_token"_s, refresh},
        {u"user"_s, QJsonObject{{u"id"_s, user.id}, {u"email"_s, email}, {u"app_metadata"_s, appMetadata}}}};
    return MiniHttpServer::response(200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray AuthDouble::handle(const HttpExchange& x)
{
    const auto error = [](int status, const char* code, const char* msg) {
        const QJsonObject body{
            {u"code"_s, status}, {u"error_code"_s, QString::fromLatin1(code)}, {u"msg"_s, QString::fromLatin1(msg)}};
        return MiniHttpServer::response(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    const QUrl target(QString::fromLatin1(x.target));
    const QString path = target.path();
    const QJsonObject body = QJsonDocument::fromJson(x.body).object();
    if (path == u"/auth/v1/health"_s)
        return MiniHttpServer::response(200, "application/json", R"({"name":"GoTrue","version":"double"})");
    if (path == u"/auth/v1/token"_s && x.method == "POST") {
        const QString grant = QUrlQuery(target).queryItemValue(u"grant_type"_s);
        if (grant == u"password"_s) {
            ++passwordGrants;
            const QString email = body.value(u"email"_s).toString();
            if (m_wrongInARow >= 5) {
                m_wrongInARow = 0; // the next try, after the wait, is heard again
                const QJsonObject limited{{u"code"_s, 429},
                                          {u"error_code"_s, u"over_request_rate_limit"_s},
                                          {u"msg"_s, u"Request rate limit reached"_s}};
                return MiniHttpServer::response(429, "application/json",
                                                QJsonDocument(limited).toJson(QJsonDocument::Compact),
                                                "Retry-After: 30\r\n");
            }
            if (!m_users.contains(email) || m_users[email].password != body.value(u"password"_s).toString()) {
                ++m_wrongInARow;
                return error(400, "invalid_credentials", "Invalid login credentials");
            }
            m_wrongInARow = 0;
            if (!m_users[email].confirmed)
                return error(400, "email_not_confirmed", "Email not confirmed");
            return issue(email, QUuid::createUuid().toString(QUuid::WithoutBraces));
        }
        if (grant == u"refresh_token"_s) {
            ++refreshGrants;
            const QString token = body.value(u"refresh_token"_s).toString();
            if (!m_refreshTokens.contains(token))
                return error(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
            const Grant owner = m_refreshTokens.take(token); // single use: rotated
            return issue(owner.email, owner.sessionId);
        }
        return error(400, "unsupported_grant_type", "unsupported grant type");
    }
    if (path == u"/auth/v1/recover"_s && x.method == "POST") {
        ++recoverRequests;
        return MiniHttpServer::response(200, "application/json", "{}");
    }
    if (path == u"/auth/v1/logout"_s || path == u"/auth/v1/user"_s) {
        const QByteArray authorization = x.headers.value("authorization");
        if (!authorization.startsWith("Bearer "))
            return error(401, "no_authorization", "This endpoint requires a Bearer token");
        const auto claims = verified(authorization);
        if (!claims)
            return error(403, "bad_jwt", "invalid JWT: unable to parse or verify signature, token is expired");
        const QString sessionId = claims->value(u"session_id"_s).toString();
        if (!m_sessions.contains(sessionId))
            return error(403, "session_not_found", "Session from session_id claim in JWT does not exist");
        const QString email = claims->value(u"email"_s).toString();
        if (path == u"/auth/v1/user"_s && x.method == "GET") {
            const User& user = m_users[email];
            const QJsonObject me{{u"id"_s, user.id},
                                 {u"aud"_s, u"authenticated"_s},
                                 {u"role"_s, u"authenticated"_s},
                                 {u"email"_s, email},
                                 {u"app_metadata"_s, claims->value(u"app_metadata"_s)},
                                 {u"user_metadata"_s, claims->value(u"user_metadata"_s)}};
            return MiniHttpServer::response(200, "application/json", QJsonDocument(me).toJson(QJsonDocument::Compact));
        }
        if (path == u"/auth/v1/logout"_s && x.method == "POST") {
            ++logouts;
            const bool local = QUrlQuery(target).queryItemValue(u"scope"_s) == u"local"_s;
            for (auto it = m_refreshTokens.begin(); it != m_refreshTokens.end();) {
                const bool ends = local ? it->sessionId == sessionId : it->email == email;
                if (ends)
                    m_sessions.remove(it->sessionId);
                it = ends ? m_refreshTokens.erase(it) : std::next(it);
            }
            m_sessions.remove(sessionId);
            return MiniHttpServer::response(204, "application/json", {});
        }
    }
    return error(404, "not_found", "Not found");
}

SupabaseGateway::SupabaseGateway(QUrl postgrest, AuthDouble& auth, QObject* parent)
    : QObject(parent)
    , m_postgrest(std::move(postgrest))
    , m_auth(auth)
    , m_http([this](const HttpExchange& x) { return handle(x); })
{
    m_http.setParent(this); // moves with the gateway to its own thread
}

QByteArray SupabaseGateway::handle(const HttpExchange& x)
{
    if (x.target.startsWith("/auth/v1"))
        return m_auth.handle(x);
    if (!x.target.startsWith("/rest/v1"))
        return MiniHttpServer::response(404, "application/json", R"({"message":"not found"})");
    QByteArray target = x.target.mid(8);
    if (target.isEmpty() || target.startsWith('?'))
        target.prepend('/');
    QByteArray request = x.method + ' ' + target + " HTTP/1.1\r\n";
    for (auto it = x.headers.cbegin(); it != x.headers.cend(); ++it) {
        if (it.key() == "connection" || it.key() == "host" || it.key() == "content-length")
            continue;
        request += it.key() + ": " + it.value() + "\r\n";
    }
    request += "Host: " + m_postgrest.host().toLatin1() + ':' + QByteArray::number(m_postgrest.port()) + "\r\n";
    request += "Content-Length: " + QByteArray::number(x.body.size()) + "\r\nConnection: close\r\n\r\n" + x.body;
    QTcpSocket upstream;
    upstream.connectToHost(m_postgrest.host(), static_cast<quint16>(m_postgrest.port()));
    if (!upstream.waitForConnected(5000))
        return MiniHttpServer::response(502, "text/plain", "gateway: PostgREST is not reachable");
    upstream.write(request);
    // Read until the response is whole (by its length or its last chunk), not until the server
    // closes: a kept-alive connection would cost a timeout per page.
    QByteArray response;
    const auto complete = [&response] {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = response.left(end).toLower();
        if (head.contains("transfer-encoding: chunked"))
            return response.endsWith("\r\n0\r\n\r\n");
        const qsizetype at = head.indexOf("content-length:");
        if (at < 0)
            return false;
        const qsizetype lineEnd = head.indexOf('\r', at);
        const qint64 length = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
        return response.size() - (end + 4) >= length;
    };
    while (!complete() && upstream.state() == QAbstractSocket::ConnectedState && upstream.waitForReadyRead(10'000))
        response += upstream.readAll();
    response += upstream.readAll();
    // This server closes every connection after its answer: say so, or the client sends its next
    // request on a connection that is already closing, and waits for an answer that never comes.
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    const qsizetype statusEnd = response.indexOf("\r\n");
    if (headEnd > 0 && !response.left(headEnd).toLower().contains("\r\nconnection:"))
        response.insert(statusEnd + 2, "Connection: close\r\n");
    return response;
}

FaultProxy::FaultProxy(QUrl upstream, QObject* parent) : QObject(parent), m_upstream(std::move(upstream))
{
    m_server.setParent(this); // moves with the proxy to another thread (the soak runs it on one)
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

void FaultProxy::setRandomFaults(double probability, quint32 seed, const QList<Fault>& kinds)
{
    QMutexLocker lock(&m_randomLock);
    m_probability = probability;
    m_kinds = kinds;
    m_rng.seed(seed);
}

FaultProxy::Fault FaultProxy::nextFault()
{
    if (!m_faults.isEmpty())
        return m_faults.takeFirst();
    QMutexLocker lock(&m_randomLock);
    if (m_probability <= 0 || m_kinds.isEmpty() || m_rng.generateDouble() >= m_probability)
        return Fault::Pass;
    return m_kinds.at(static_cast<qsizetype>(m_rng.bounded(static_cast<quint32>(m_kinds.size()))));
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

// Sends one request to the upstream server and returns its whole response (Connection: close).
QByteArray FaultProxy::forward(const QByteArray& request)
{
    QTcpSocket upstream;
    upstream.connectToHost(m_upstream.host(), static_cast<quint16>(m_upstream.port()));
    if (!upstream.waitForConnected(5000))
        return {};
    QByteArray rewritten = request;
    rewritten.replace("Connection: Keep-Alive", "Connection: close");
    rewritten.replace("Connection: keep-alive", "Connection: close");
    upstream.write(rewritten);
    QByteArray response;
    while (upstream.state() == QAbstractSocket::ConnectedState && upstream.waitForReadyRead(10'000))
        response += upstream.readAll();
    response += upstream.readAll();
    return response;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            QByteArray request;
            if (!takeRequest(*buffer, &request))
                return;
            m_requests.fetchAndAddRelaxed(1);
            const QByteArray json = "application/json; charset=utf-8";
            // "GET /resource?query HTTP/1.1": the resource between the first '/' and the '?'.
            const QByteArray target = request.left(request.indexOf("\r\n")).split(' ').value(1);
            const QByteArray resource = target.mid(1, target.indexOf('?') < 0 ? -1 : target.indexOf('?') - 1);
            if (m_hidden.contains(resource)) {
                socket->write(MiniHttpServer::response(
                    404, json,
                    R"({"code":"42P01","details":null,"hint":null,"message":"relation \"public.)" + resource +
                        R"(\" does not exist"})"));
                socket->disconnectFromHost();
                return;
            }
            const Fault fault = nextFault();
            if (fault != Fault::Pass)
                m_injected.fetchAndAddRelaxed(1);
            switch (fault) {
            case Fault::ServerError:
                socket->write(MiniHttpServer::response(500, json, R"({"code":"XX000","message":"injected failure"})"));
                socket->disconnectFromHost();
                return;
            case Fault::TooManyRequests:
                socket->write(MiniHttpServer::response(429, json, R"({"message":"slow down"})", "Retry-After: 1\r\n"));
                socket->disconnectFromHost();
                return;
            case Fault::Delay:
                QThread::msleep(700);
                break;
            case Fault::BadGatewayHtml:
                socket->write(MiniHttpServer::response(
                    502, "text/html",
                    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                    "Gateway</h1></center><hr><center>nginx</center></body></html>"));
                socket->disconnectFromHost();
                return;
            case Fault::Hang:
                return; // the socket stays open and silent until the client gives up
            case Fault::Trickle: {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
                auto* drip = new QTimer(socket);
                connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                drip->start(200);
                return;
            }
            case Fault::Oversized: {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
                auto sent = std::make_shared<qint64>(0);
                const auto more = [socket, sent] {
                    // 1 MiB at a time while the client keeps reading; stops at the promised size.
                    while (socket->bytesToWrite() < (4 << 20) && *sent < 200'000'000) {
                        socket->write(QByteArray(1 << 20, ' '));
                        *sent += 1 << 20;
                    }
                };
                connect(socket, &QTcpSocket::bytesWritten, socket, more);
                more();
                return;
            }
            default:
                break;
            }
            QByteArray response = forward(request);
            const qsizetype bodyAt = response.indexOf("\r\n\r\n") + 4;
            if (fault == Fault::DropMidBody && bodyAt > 4) {
                socket->write(response.left(bodyAt + (response.size() - bodyAt) / 2));
                socket->flush();
                socket->abort(); // the connection dies in the middle of the body
                return;
            }
            if (fault == Fault::TruncatedJson && bodyAt > 4) {
                // A complete HTTP message whose JSON body was cut: Content-Length matches the cut.
                QByteArray head = response.left(bodyAt);
                const QByteArray body = response.mid(bodyAt);
                const QByteArray cut = body.left(body.size() / 2);
                QList<QByteArray> lines = head.split('\n');
                for (QByteArray& line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        line = "Content-Length: " + QByteArray::number(cut.size()) + '\r';
                    if (line.toLower().startsWith("transfer-encoding:"))
                        line = "X-Removed: 1\r";
                }
                response = lines.join('\n') + cut;
            }
            socket->write(response);
            socket->disconnectFromHost();
        });
    }
}
