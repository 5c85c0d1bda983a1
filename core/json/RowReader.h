#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Result.h"
#include "core/domain/Values.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <string_view>

namespace leadops {

// Reads one row the server sent, field by field, remembering the first problem: a missing field,
// a wrong type or an unknown enum value becomes one Decode error naming the field and the value.
class RowReader
{
public:
    RowReader(const QJsonObject& row, QString entity) : m_row(row), m_entity(std::move(entity)) {}

    QString text(const QString& key);
    QString optionalText(const QString& key); // null or absent -> empty
    double number(const QString& key);
    bool boolean(const QString& key);
    qint64 integer(const QString& key);
    Money money(const QString& key); // numeric tenge -> minor units
    QDateTime time(const QString& key);
    std::optional<QDateTime> optionalTime(const QString& key);
    template <typename E>
    E enumValue(const QString& key)
    {
        const QString k = text(key);
        if (m_error)
            return E{};
        if (const auto v = fromKey<E>(k))
            return *v;
        problem(key, k, allKeys<E>().join(u", "));
        return E{};
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    void problem(const QString& key, const QString& got, const QString& expected);
    QJsonValue required(const QString& key);

    const QJsonObject& m_row;
    QString m_entity;
    std::optional<Error> m_error;
};

// A timestamp as PostgREST writes timestamptz in UTC ("2026-11-13T20:45:50.435472+00:00", or with
// "Z" or "+00"), read field by field without QDateTime's parser, which costs microseconds: a pull
// reads three per row. Any other form gives nullopt (parseServerTime() then asks QDateTime).
struct UtcTime
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    int micros = 0; // the fraction, to microseconds
    qint64 microsSinceEpoch() const;
};
std::optional<UtcTime> parseUtcTime(std::string_view text);
std::optional<UtcTime> parseUtcTime(QStringView text);

// Parses a timestamp as PostgREST writes timestamptz ("2026-11-13T20:45:50.435472+00:00"), in any
// offset, to the millisecond.
std::optional<QDateTime> parseServerTime(const QString& text);
// The same timestamp in microseconds since the epoch, to compare two of them exactly (QDateTime
// keeps milliseconds).
std::optional<qint64> serverTimeMicros(const QString& text);

} // namespace leadops
