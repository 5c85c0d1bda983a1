#include "RowReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

std::optional<QDateTime> parseServerTime(const QString& text)
{
    // Qt reads at most milliseconds: drop the extra fraction digits PostgreSQL writes.
    static const QRegularExpression fraction(u"(\\.\\d{3})\\d+"_s);
    QString t = text;
    t.replace(fraction, u"\\1"_s);
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

void RowReader::problem(const QString& key, const QString& got, const QString& expected)
{
    if (m_error)
        return;
    m_error = Error{ErrorKind::Decode,
                    QCoreApplication::translate("RowReader",
                                                "The server sent a %1 row that this console cannot read: field '%2' "
                                                "is %3, expected %4")
                        .arg(m_entity, key, got, expected),
                    {}};
}

QJsonValue RowReader::required(const QString& key)
{
    const QJsonValue v = m_row.value(key);
    if (v.isUndefined())
        problem(key, QCoreApplication::translate("RowReader", "missing"),
                QCoreApplication::translate("RowReader", "a value"));
    return v;
}

namespace {
QString describe(const QJsonValue& v)
{
    if (v.isNull())
        return u"null"_s;
    if (v.isString())
        return u"\""_s + v.toString() + u'"';
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

QString RowReader::text(const QString& key)
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isString())
        problem(key, describe(v), QCoreApplication::translate("RowReader", "text"));
    return v.toString();
}

QString RowReader::optionalText(const QString& key)
{
    const QJsonValue v = m_row.value(key);
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString())
        problem(key, describe(v), QCoreApplication::translate("RowReader", "text or null"));
    return v.toString();
}

double RowReader::number(const QString& key)
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isDouble())
        problem(key, describe(v), QCoreApplication::translate("RowReader", "a number"));
    return v.toDouble();
}

qint64 RowReader::integer(const QString& key)
{
    const double d = number(key);
    if (!m_error && (d != std::floor(d) || std::abs(d) > 9e15))
        problem(key, QString::number(d), QCoreApplication::translate("RowReader", "a whole number"));
    return static_cast<qint64>(d);
}

Money RowReader::money(const QString& key)
{
    // numeric(14,2) arrives as a JSON number; round to the nearest tiyn.
    const QJsonValue v = required(key);
    double d = 0;
    if (v.isDouble())
        d = v.toDouble();
    else if (v.isString())
        d = v.toString().toDouble();
    else if (!v.isUndefined())
        problem(key, describe(v), QCoreApplication::translate("RowReader", "an amount"));
    return static_cast<Money>(std::llround(d * 100.0));
}

QDateTime RowReader::time(const QString& key)
{
    const QString t = text(key);
    if (m_error)
        return {};
    const auto parsed = parseServerTime(t);
    if (!parsed)
        problem(key, u"\""_s + t + u'"', QCoreApplication::translate("RowReader", "an ISO-8601 timestamp"));
    return parsed.value_or(QDateTime());
}

std::optional<QDateTime> RowReader::optionalTime(const QString& key)
{
    const QJsonValue v = m_row.value(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return time(key);
}

} // namespace leadops
