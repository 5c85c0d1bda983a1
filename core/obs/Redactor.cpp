#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace leadops::redactor {

namespace {
QMutex& mutex()
{
    static QMutex m;
    return m;
}
QStringList& secrets()
{
    static QStringList s;
    return s;
}
} // namespace

void addSecret(const QString& secret)
{
    if (secret.size() < 6)
        return;
    QMutexLocker lock(&mutex());
    if (!secrets().contains(secret))
        secrets() << secret;
}

QString redact(const QString& text)
{
    QString out = text;
    {
        QMutexLocker lock(&mutex());
        for (const QString& s : std::as_const(secrets()))
            out.replace(s, u"[redacted]"_s);
    }
    static const QRegularExpression jwt(u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s);
    static const QRegularExpression bearer(u"(Bearer\\s+)[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression field(
        u"((?:apikey|api_key|password|passwd|secret|access_token|refresh_token|authorization)[\"']?\\s*[:=]\\s*[\"']?)"
        "[^\"'&\\s,}]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    out.replace(jwt, u"[redacted-jwt]"_s);
    out.replace(bearer, u"\\1[redacted]"_s);
    out.replace(field, u"\\1[redacted]"_s);
    return out;
}

} // namespace leadops::redactor
