#pragma once

#include "core/util/EnumKeys.h"
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace leadops {

// The query string of one PostgREST 12 request, encoded by its parser's exact rules:
// - a scalar filter value (eq., like., ...) is taken literally up to the end of the parameter, so
//   it is never quoted (quotes would become part of the value) and only percent-encoded;
// - elements of in.(...) and values inside or=(...) are split on ',' and ')', so they are always
//   wrapped in double quotes with '"' and '\' escaped;
// - every key and value is percent-encoded here, '+' included (PostgREST reads '+' as a space).
class PostgrestQuery
{
public:
    enum class Op { Eq, Neq, Gt, Gte, Lt, Lte, Like, Ilike };
    enum class IsValue { Null, NotNull, True, False };

    explicit PostgrestQuery(QString relation = {});

    const QString& relation() const { return m_relation; }

    PostgrestQuery& select(const QString& columns);
    PostgrestQuery& filter(const QString& column, Op op, const QString& value);
    PostgrestQuery& eq(const QString& column, const QString& value) { return filter(column, Op::Eq, value); }
    PostgrestQuery& in(const QString& column, const QStringList& values);
    PostgrestQuery& is(const QString& column, IsValue value);
    // or=(...) from elements made with orElement()/orIs(); nested and(...) can be passed as text.
    PostgrestQuery& anyOf(const QStringList& elements);
    PostgrestQuery& order(const QString& column, bool ascending = true);
    PostgrestQuery& limit(qint64 n);
    PostgrestQuery& offset(qint64 n);
    PostgrestQuery& param(const QString& key, const QString& value); // anything else (on_conflict, columns)

    static QString orElement(const QString& column, Op op, const QString& value);
    static QString orIs(const QString& column, IsValue value);
    static QString andGroup(const QStringList& elements);
    // "a,b" -> "\"a,b\"" with '"' and '\' escaped: the form in.(...) and or=(...) need.
    static QString quoted(const QString& value);
    // A LIKE pattern that matches `text` literally as a substring (escapes %, _ and \).
    static QString containsPattern(const QString& text);

    bool hasFilters() const { return m_filters > 0; }
    QByteArray encoded() const; // "select=...&name=eq.a%2Cb&order=..."

private:
    QString m_relation;
    QList<QPair<QString, QString>> m_params;
    int m_filters = 0;
};

template <>
std::span<const EnumText> enumTexts<PostgrestQuery::Op>();
template <>
std::span<const EnumText> enumTexts<PostgrestQuery::IsValue>();

} // namespace leadops
