#include "core/obs/Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace leadops::redactor {

namespace {
// Never destroyed: Qt logs while the process exits (plugins unloading, after static destructors
// have run), and those lines must still be redacted, by the secrets added and the patterns below.
QMutex& mutex()
{
    static auto* m = new QMutex;
    return *m;
}
QStringList& secrets()
{
    static auto* s = new QStringList;
    return *s;
}
struct Patterns
{
    QRegularExpression jwt{u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s};
    QRegularExpression bearer{u"(Bearer\\s+)[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption};
    QRegularExpression field{
        u"((?:apikey|api_key|password|passwd|secret|access_token|refresh_token|authorization)[\"']?\\s*[:=]\\s*[\"']?)"
        "[^\"'&\\s,}]+"_s,
        QRegularExpression::CaseInsensitiveOption};
};
const Patterns& patterns()
{
    static const auto* p = new Patterns;
    return *p;
}
} // namespace

// Below this length a secret is replaced only where it stands as a whole token: a two-letter
// password must not blank out every word that contains those letters, and must not leak either.
constexpr qsizetype kShortSecret = 6;

void addSecret(const QString& secret)
{
    if (secret.isEmpty())
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
        for (const QString& s : std::as_const(secrets())) {
            if (s.size() >= kShortSecret) {
                out.replace(s, u"[redacted]"_s);
            } else {
                const QRegularExpression token(u"(?<![\\p{L}\\p{N}_])"_s + QRegularExpression::escape(s) +
                                               u"(?![\\p{L}\\p{N}_])"_s);
                out.replace(token, u"[redacted]"_s);
            }
        }
    }
    const Patterns& p = patterns();
    out.replace(p.jwt, u"[redacted-jwt]"_s);
    out.replace(p.bearer, u"\\1[redacted]"_s);
    out.replace(p.field, u"\\1[redacted]"_s);
    return out;
}

} // namespace leadops::redactor
