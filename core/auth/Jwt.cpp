#include "core/auth/Jwt.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::Literals::StringLiterals;

namespace leadops::jwt {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

std::optional<QJsonObject> payload(const QString& token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), kBase64Url);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString appRole(const QJsonObject& payload)
{
    return payload.value(u"app_metadata"_s).toObject().value(u"role"_s).toString();
}

std::optional<QDateTime> expiresAt(const QJsonObject& payload)
{
    const QJsonValue exp = payload.value(u"exp"_s);
    // A number of a plausible size only: casting 1e100 to an integer is undefined (fuzz_session).
    if (!exp.isDouble() || !(exp.toDouble() >= 0) || exp.toDouble() > 95'617'584'000.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

QString signHs256(const QJsonObject& payload, const QByteArray& secret)
{
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(kBase64Url);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray signingInput = header + '.' + body;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256).toBase64(kBase64Url);
    return QString::fromLatin1(signingInput + '.' + signature);
}

} // namespace leadops::jwt
