#pragma once

#include "core/auth/Session.h"
#include "core/domain/Result.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace leadops {

// Supabase Auth's token endpoints: password sign-in, refresh (the refresh token rotates on every
// use), sign-out and health. Asynchronous like PostgrestClient; errors are Auth or Network errors
// with Auth's error_code in Error::code.
class AuthClient final : public QObject
{
    Q_OBJECT

public:
    AuthClient(QUrl authUrl, QString apiKey, QObject* parent = nullptr);

    QFuture<Result<Session>> signIn(const QString& email, const QString& password);
    QFuture<Result<Session>> refresh(const QString& refreshToken);
    QFuture<Result<void>> signOut(const QString& accessToken);
    // Signs out a saved session; one kept without its access token (or with an expired one) is
    // refreshed first, since logout needs a valid access token to say whose session ends.
    QFuture<Result<void>> signOut(const Session& session);
    QFuture<Result<void>> health();
    // Forgot password: asks Auth to e-mail a recovery link (POST /recover). Auth answers the same
    // whether or not the address has an account, so the answer says nothing about it.
    QFuture<Result<void>> recover(const QString& email);

    const QUrl& authUrl() const { return m_authUrl; }
    // Like the REST client's (RestEndpoint): the whole exchange and the largest answer read. A
    // server that trickles bytes or sends without end is given up on as "offline".
    void setLimits(int deadlineMs, qint64 maxBodyBytes)
    {
        m_deadlineMs = deadlineMs;
        m_maxBodyBytes = maxBodyBytes;
    }

private:
    QFuture<Result<QJsonObject>> call(const QByteArray& verb, const QString& path, const QJsonObject& body,
                                      const QString& bearer);

    QUrl m_authUrl;
    QString m_apiKey;
    QNetworkAccessManager* m_nam = nullptr;
    int m_deadlineMs = 60'000;
    qint64 m_maxBodyBytes = 1 << 20; // a token answer is a few kilobytes
};

} // namespace leadops
