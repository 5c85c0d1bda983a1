#include "RowReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// "2026-11-13T20:45:50.435472+00:00" (PostgREST's UTC timestamptz) without QDateTime's parser,
// which costs microseconds: a pull reads three of these per row.
std::optional<QDateTime> parseUtcFast(QStringView t)
{
    const auto digits = [&](qsizetype at, qsizetype n, int& out) {
        out = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            if (i >= t.size() || !t[i].isDigit())
                return false;
            out = out * 10 + t[i].digitValue();
        }
        return true;
    };
    int y, mo, d, h, mi, s;
    if (t.size() < 20 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' ||
        !digits(0, 4, y) || !digits(5, 2, mo) || !digits(8, 2, d) || !digits(11, 2, h) || !digits(14, 2, mi) ||
        !digits(17, 2, s))
        return std::nullopt;
    qsizetype i = 19;
    int ms = 0;
    if (i < t.size() && t[i] == u'.') {
        int scale = 100;
        for (++i; i < t.size() && t[i].isDigit(); ++i) {
            ms += t[i].digitValue() * scale;
            scale /= 10;
        }
    }
    const QStringView zone = t.mid(i);
    if (zone != u"+00:00" && zone != u"Z" && zone != u"+00")
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid() || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    const qint64 epochMs =
        (date.toJulianDay() - 2440588) * 86'400'000LL + h * 3'600'000LL + mi * 60'000LL + s * 1000LL + ms;
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
}
} // namespace

std::optional<QDateTime> parseServerTime(const QString& text)
{
    if (auto fast = parseUtcFast(text))
        return fast;
    // Other offsets: Qt reads at most milliseconds, so drop the extra fraction digits first.
    static const QRegularExpression fraction(u"(\\.\\d{3})\\d+"_s);
    QString t = text;
    t.replace(fraction, u"\\1"_s);
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

std::optional<qint64> serverTimeMicros(const QString& text)
{
    const auto parsed = parseServerTime(text);
    if (!parsed)
        return std::nullopt;
    // parseServerTime() keeps milliseconds; the digits after them are added back here.
    qint64 micros = 0;
    static const QRegularExpression fraction(u"\\.\\d{3}(\\d{1,3})"_s);
    if (const auto m = fraction.match(text); m.hasMatch())
        micros = m.captured(1).leftJustified(3, u'0').toLongLong();
    return parsed->toMSecsSinceEpoch() * 1000 + micros;
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
