#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace leadops {

// The wire keys (lower case) are the brief's and the database's values; display names are
// translated separately so that the stored value never depends on the UI language.
enum class LeadStatus { New, Contacted, Qualifying, Qualified, Disqualified, Closed };
enum class CampaignStatus { Draft, Active, Paused, Completed };
enum class NicheStatus { Researching, Validated, Active, Paused, Archived };
enum class Platform { Olx, Kaspi, Satu, Telegram }; // lead source and campaign platform
enum class Market { Almaty, Astana, Shymkent };

struct EnumText
{
    const char* key;     // stored and sent over the wire
    const char* display; // source text for tr(), marked with QT_TRANSLATE_NOOP
};

template <typename E>
std::span<const EnumText> enumTexts();

template <>
std::span<const EnumText> enumTexts<LeadStatus>();
template <>
std::span<const EnumText> enumTexts<CampaignStatus>();
template <>
std::span<const EnumText> enumTexts<NicheStatus>();
template <>
std::span<const EnumText> enumTexts<Platform>();
template <>
std::span<const EnumText> enumTexts<Market>();

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

QString displayName(LeadStatus value);
QString displayName(CampaignStatus value);
QString displayName(NicheStatus value);
QString displayName(Platform value);
QString displayName(Market value);

} // namespace leadops
