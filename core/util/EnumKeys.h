#pragma once

// One mechanism for every enum that has a text form (a stored key, a wire value, a log field): the
// enum's owner declares `template <> std::span<const EnumText> enumTexts<E>();` beside the enum and
// defines the table, in declaration order, in its .cpp. toKey, fromKey, allKeys and allValues read
// it; no hand-written switch maps an enum to text. tests/unit/tst_schema_rules checks each table
// round-trips.
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace leadops {

struct EnumText
{
    const char* key;               // stored, sent over the wire, printed by the command line
    const char* display = nullptr; // source text for tr(), marked with QT_TRANSLATE_NOOP; none for
                                   // enums the user never reads by name
};

template <typename E>
std::span<const EnumText> enumTexts();

// Cached: keys are written for every row of a million-lead import, and a shared QString copy is
// a reference-count increment where fromLatin1() would allocate.
template <typename E>
const QString& toKey(E value)
{
    static const QList<QString> keys = [] {
        QList<QString> list;
        for (const auto& t : enumTexts<E>())
            list << QString::fromLatin1(t.key);
        return list;
    }();
    return keys.at(static_cast<qsizetype>(value));
}

template <typename E>
std::optional<E> fromKey(QStringView key)
{
    const auto texts = enumTexts<E>();
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (key.compare(QLatin1String(texts[i].key), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E>
QStringList allKeys()
{
    QStringList keys;
    for (const auto& t : enumTexts<E>())
        keys << QString::fromLatin1(t.key);
    return keys;
}

template <typename E>
QList<E> allValues()
{
    QList<E> values;
    for (std::size_t i = 0; i < enumTexts<E>().size(); ++i)
        values << static_cast<E>(i);
    return values;
}

} // namespace leadops
