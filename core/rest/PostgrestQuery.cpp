#include "core/rest/PostgrestQuery.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {} // namespace

PostgrestQuery::PostgrestQuery(QString relation) : m_relation(std::move(relation)) {}

PostgrestQuery& PostgrestQuery::select(const QString& columns)
{
    return param(u"select"_s, columns);
}

PostgrestQuery& PostgrestQuery::filter(const QString& column, Op op, const QString& value)
{
    ++m_filters;
    return param(column, toKey(op) + u'.' + value);
}

PostgrestQuery& PostgrestQuery::in(const QString& column, const QStringList& values)
{
    QStringList quotedValues;
    for (const QString& v : values)
        quotedValues << quoted(v);
    ++m_filters;
    return param(column, u"in.("_s + quotedValues.join(u',') + u')');
}

PostgrestQuery& PostgrestQuery::is(const QString& column, IsValue value)
{
    ++m_filters;
    return param(column, toKey(value));
}

PostgrestQuery& PostgrestQuery::anyOf(const QStringList& elements)
{
    ++m_filters;
    return param(u"or"_s, u"("_s + elements.join(u',') + u')');
}

PostgrestQuery& PostgrestQuery::order(const QString& column, bool ascending)
{
    const QString item = column + (ascending ? u".asc"_s : u".desc"_s);
    for (auto& [key, value] : m_params) {
        if (key == u"order"_s) {
            value += u',' + item;
            return *this;
        }
    }
    return param(u"order"_s, item);
}

PostgrestQuery& PostgrestQuery::limit(qint64 n)
{
    return param(u"limit"_s, QString::number(n));
}

PostgrestQuery& PostgrestQuery::offset(qint64 n)
{
    return param(u"offset"_s, QString::number(n));
}

PostgrestQuery& PostgrestQuery::param(const QString& key, const QString& value)
{
    m_params.append({key, value});
    return *this;
}

QString PostgrestQuery::orElement(const QString& column, Op op, const QString& value)
{
    return column + u'.' + toKey(op) + u'.' + quoted(value);
}

QString PostgrestQuery::orIs(const QString& column, IsValue value)
{
    return column + u'.' + toKey(value);
}

QString PostgrestQuery::andGroup(const QStringList& elements)
{
    return u"and("_s + elements.join(u',') + u')';
}

QString PostgrestQuery::quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString PostgrestQuery::containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    // PostgREST turns '*' into '%' in like patterns; a literal '*' cannot be escaped, so it is
    // matched by the single-character wildcard '_' (a superset that still finds the text).
    escaped.replace(u"*"_s, u"_"_s);
    return u"*"_s + escaped + u"*"_s;
}

QByteArray PostgrestQuery::encoded() const
{
    QByteArray out;
    for (const auto& [key, value] : m_params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

template <>
std::span<const EnumText> enumTexts<PostgrestQuery::Op>()
{
    static constexpr EnumText keys[] = {{"eq"}, {"neq"}, {"gt"}, {"gte"}, {"lt"}, {"lte"}, {"like"}, {"ilike"}};
    return keys;
}
template <>
std::span<const EnumText> enumTexts<PostgrestQuery::IsValue>()
{
    static constexpr EnumText keys[] = {{"is.null"}, {"not.is.null"}, {"is.true"}, {"is.false"}};
    return keys;
}

} // namespace leadops
