// The PostgREST filter encoder: any value, put in eq.(…) and in.(…), decodes back (percent-decoding,
// then PostgREST 12's own rules for a scalar and for a quoted list element) to exactly that value.
#include "tests/fuzz/FuzzSupport.h"

#include "core/rest/PostgrestQuery.h"

#include <QUrl>

namespace {

// PostgREST's list grammar (in.(…)): elements split on ',' and ')'; a double-quoted element reads
// '\x' as 'x'. Returns the elements, or nothing when the list does not parse.
std::optional<QStringList> parseList(const QString& list)
{
    if (!list.startsWith(u'(') || !list.endsWith(u')'))
        return std::nullopt;
    QStringList out;
    qsizetype i = 1;
    const qsizetype end = list.size() - 1;
    while (i < end) {
        QString element;
        if (list.at(i) != u'"')
            return std::nullopt; // the encoder always quotes
        ++i;
        bool closed = false;
        while (i < end) {
            const QChar c = list.at(i++);
            if (c == u'\\' && i < end) {
                element += list.at(i++);
            } else if (c == u'"') {
                closed = true;
                break;
            } else {
                element += c;
            }
        }
        if (!closed)
            return std::nullopt;
        out << element;
        if (i < end) {
            if (list.at(i) != u',')
                return std::nullopt;
            ++i;
        }
    }
    return out;
}

QString decodedParam(const QByteArray& query, const QByteArray& key)
{
    for (const QByteArray& pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && QByteArray::fromPercentEncoding(pair.left(eq)) == key)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QString all = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype cut = all.indexOf(QChar(u'\n'));
    const QString first = cut < 0 ? all : all.left(cut);
    const QString second = cut < 0 ? QString() : all.mid(cut + 1);

    leadops::PostgrestQuery q(QStringLiteral("leads"));
    q.eq(QStringLiteral("contact"), first).in(QStringLiteral("id"), {first, second});
    const QByteArray encoded = q.encoded();
    fuzz::require(!encoded.contains(' ') && !encoded.contains('+') && !encoded.contains('#'),
                  "the query string holds no raw space, '+' or '#'");
    fuzz::require(decodedParam(encoded, "contact") == QStringLiteral("eq.") + first,
                  "a scalar filter decodes to exactly its value");
    const QString list = decodedParam(encoded, "id");
    fuzz::require(list.startsWith(QStringLiteral("in.")), "in. keeps its operator");
    const auto elements = parseList(list.mid(3));
    fuzz::require(elements.has_value(), "an in. list parses as PostgREST parses it");
    fuzz::require(*elements == QStringList({first, second}), "every list element decodes to exactly its value");
    return 0;
}
