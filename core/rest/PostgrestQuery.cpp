#include "core/rest/PostgrestQuery.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
QString isName(PostgrestQuery::IsValue v)
{
    switch (v) {
    case PostgrestQuery::IsValue::Null:
        return u"is.null"_s;
    case PostgrestQuery::IsValue::NotNull:
        return u"not.is.null"_s;
    case PostgrestQuery::IsValue::True:
        return u"is.true"_s;
    case PostgrestQuery::IsValue::False:
        return u"is.false"_s;
    }
    return u"is.null"_s;
}
} // namespace

PostgrestQuery::PostgrestQuery(QString relation) : m_relation(std::move(relation)) {}

QString PostgrestQuery::opName(Op op)
{
    switch (op) {
    case Op::Eq:
        return u"eq"_s;
    case Op::Neq:
        return u"neq"_s;
    case Op::Gt:
        return u"gt"_s;
    case Op::Gte:
        return u"gte"_s;
    case Op::Lt:
        return u"lt"_s;
    case Op::Lte:
        return u"lte"_s;
    case Op::Like:
        return u"like"_s;
    case Op::Ilike:
        return u"ilike"_s;
    }
    return u"eq"_s;
}

PostgrestQuery& PostgrestQuery::select(const QString& columns)
{
    return param(u"select"_s, columns);
}

PostgrestQuery& PostgrestQuery::filter(const QString& column, Op op, const QString& value)
{
    ++m_filters;
    return param(column, opName(op) + u'.' + value);
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
    return param(column, isName(value));
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
    return column + u'.' + opName(op) + u'.' + quoted(value);
}

QString PostgrestQuery::orIs(const QString& column, IsValue value)
{
    return column + u'.' + isName(value);
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

} // namespace leadops
