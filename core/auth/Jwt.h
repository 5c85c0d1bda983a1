#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace leadops {

// JSON Web Tokens as Supabase Auth issues them (HS256). The console only reads the payload (role,
// e-mail, expiry): the server checks the signature. signHs256() exists for the local test double.
namespace jwt {

std::optional<QJsonObject> payload(const QString& token);
QString appRole(const QJsonObject& payload);                    // app_metadata.role
std::optional<QDateTime> expiresAt(const QJsonObject& payload); // exp
QString signHs256(const QJsonObject& payload, const QByteArray& secret);

} // namespace jwt
} // namespace leadops
