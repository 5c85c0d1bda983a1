#pragma once

#include "core/util/EnumKeys.h"

#include <QString>

namespace leadops {

// The wire keys (lower case) are the brief's and the database's values; display names are
// translated separately so that the stored value never depends on the UI language.
enum class LeadStatus { New, Contacted, Qualifying, Qualified, Disqualified, Closed };
enum class CampaignStatus { Draft, Active, Paused, Completed };
enum class NicheStatus { Researching, Validated, Active, Paused, Archived };
enum class Platform { Olx, Kaspi, Satu, Telegram }; // lead source and campaign platform
enum class Market { Almaty, Astana, Shymkent };

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

QString displayName(LeadStatus value);
QString displayName(CampaignStatus value);
QString displayName(NicheStatus value);
QString displayName(Platform value);
QString displayName(Market value);

} // namespace leadops
