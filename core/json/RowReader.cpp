#include "core/json/RowReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

int charCode(char c)
{
    return static_cast<unsigned char>(c);
}

int charCode(QChar c)
{
    return c.unicode();
}

// One reader for both kinds of text: the pull's UTF-8 pages and QStrings.
template <typename View>
std::optional<UtcTime> readUtcTime(View t)
{
    const auto size = qsizetype(t.size());
    const auto at = [&](qsizetype i) { return i < size ? charCode(t[i]) : 0; };
    const auto isDigit = [&](qsizetype i) { return at(i) >= '0' && at(i) <= '9'; };
    const auto digits = [&](qsizetype from, qsizetype n, int& out) {
        out = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            if (!isDigit(i))
                return false;
            out = out * 10 + (at(i) - '0');
        }
        return true;
    };
    UtcTime u{};
    if (size < 20 || at(4) != '-' || at(7) != '-' || at(10) != 'T' || at(13) != ':' || at(16) != ':' ||
        !digits(0, 4, u.year) || !digits(5, 2, u.month) || !digits(8, 2, u.day) || !digits(11, 2, u.hour) ||
        !digits(14, 2, u.minute) || !digits(17, 2, u.second))
        return std::nullopt;
    qsizetype i = 19;
    if (at(i) == '.') {
        int scale = 100'000;
        for (++i; isDigit(i); ++i) {
            u.micros += (at(i) - '0') * scale; // digits past the sixth count for nothing
            scale /= 10;
        }
    }
    const qsizetype zone = size - i;
    const bool utc = (zone == 1 && at(i) == 'Z') ||
                     ((zone == 3 || zone == 6) && at(i) == '+' && at(i + 1) == '0' && at(i + 2) == '0' &&
                      (zone == 3 || (at(i + 3) == ':' && at(i + 4) == '0' && at(i + 5) == '0')));
    if (!utc || u.hour > 23 || u.minute > 59 || u.second > 59 || !QDate(u.year, u.month, u.day).isValid())
        return std::nullopt;
    return u;
}

} // namespace

qint64 UtcTime::microsSinceEpoch() const
{
    const qint64 days = QDate(year, month, day).toJulianDay() - 2440588;
    return ((days * 24 + hour) * 60 + minute) * 60'000'000LL + second * 1'000'000LL + micros;
}

std::optional<UtcTime> parseUtcTime(std::string_view text)
{
    return readUtcTime(text);
}

std::optional<UtcTime> parseUtcTime(QStringView text)
{
    return readUtcTime(text);
}

std::optional<QDateTime> parseServerTime(const QString& text)
{
    if (const auto utc = parseUtcTime(QStringView(text)))
        return QDateTime::fromMSecsSinceEpoch(utc->microsSinceEpoch() / 1000, Qt::UTC);
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
    if (const auto utc = parseUtcTime(QStringView(text)))
        return utc->microsSinceEpoch();
    const auto parsed = parseServerTime(text); // another offset: milliseconds are what Qt reads
    if (!parsed)
        return std::nullopt;
    return parsed->toMSecsSinceEpoch() * 1000;
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

bool RowReader::boolean(const QString& key)
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isBool())
        problem(key, describe(v), QCoreApplication::translate("RowReader", "true or false"));
    return v.toBool();
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
    // Checked even after an earlier field's problem: the cast of 2e53 would be undefined
    // (fuzz_entity_json).
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9e15) {
        problem(key, QString::number(d), QCoreApplication::translate("RowReader", "a whole number"));
        return 0;
    }
    return static_cast<qint64>(d);
}

Money RowReader::money(const QString& key)
{
    // numeric(14,2) arrives as a JSON number; round to the nearest tiyn.
    const QJsonValue v = required(key);
    double d = 0;
    if (v.isDouble())
        d = v.toDouble();
    bool ok = true;
    if (v.isString())
        d = v.toString().toDouble(&ok);
    else if (!v.isUndefined() && !v.isDouble())
        ok = false;
    if (!ok)
        problem(key, describe(v), QCoreApplication::translate("RowReader", "an amount"));
    // Out of range, the conversion to tiyn would be undefined (fuzz_entity_json found "12e30").
    if (!std::isfinite(d) || d < 0 || d * 100.0 > static_cast<double>(kMaxMoney)) {
        problem(key, describe(v), QCoreApplication::translate("RowReader", "an amount from 0 to 1000000000000"));
        return 0;
    }
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
