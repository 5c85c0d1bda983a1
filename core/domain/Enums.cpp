#include "core/domain/Enums.h"
#include "core/domain/Result.h"

#include <QCoreApplication>

namespace leadops {

namespace {
constexpr EnumText kLeadStatus[] = {
    {"new", QT_TRANSLATE_NOOP("LeadStatus", "New")},
    {"contacted", QT_TRANSLATE_NOOP("LeadStatus", "Contacted")},
    {"qualifying", QT_TRANSLATE_NOOP("LeadStatus", "Qualifying")},
    {"qualified", QT_TRANSLATE_NOOP("LeadStatus", "Qualified")},
    {"disqualified", QT_TRANSLATE_NOOP("LeadStatus", "Disqualified")},
    {"closed", QT_TRANSLATE_NOOP("LeadStatus", "Closed")},
};
constexpr EnumText kCampaignStatus[] = {
    {"draft", QT_TRANSLATE_NOOP("CampaignStatus", "Draft")},
    {"active", QT_TRANSLATE_NOOP("CampaignStatus", "Active")},
    {"paused", QT_TRANSLATE_NOOP("CampaignStatus", "Paused")},
    {"completed", QT_TRANSLATE_NOOP("CampaignStatus", "Completed")},
};
constexpr EnumText kNicheStatus[] = {
    {"researching", QT_TRANSLATE_NOOP("NicheStatus", "Researching")},
    {"validated", QT_TRANSLATE_NOOP("NicheStatus", "Validated")},
    {"active", QT_TRANSLATE_NOOP("NicheStatus", "Active")},
    {"paused", QT_TRANSLATE_NOOP("NicheStatus", "Paused")},
    {"archived", QT_TRANSLATE_NOOP("NicheStatus", "Archived")},
};
constexpr EnumText kPlatform[] = {
    {"olx", QT_TRANSLATE_NOOP("Platform", "OLX")},
    {"kaspi", QT_TRANSLATE_NOOP("Platform", "Kaspi")},
    {"satu", QT_TRANSLATE_NOOP("Platform", "Satu")},
    {"telegram", QT_TRANSLATE_NOOP("Platform", "Telegram")},
};
constexpr EnumText kMarket[] = {
    {"almaty", QT_TRANSLATE_NOOP("Market", "Almaty")},
    {"astana", QT_TRANSLATE_NOOP("Market", "Astana")},
    {"shymkent", QT_TRANSLATE_NOOP("Market", "Shymkent")},
};

template <typename E>
QString translated(const char* context, E value)
{
    return QCoreApplication::translate(context, enumTexts<E>()[static_cast<std::size_t>(value)].display);
}
} // namespace

template <>
std::span<const EnumText> enumTexts<ErrorKind>()
{
    static constexpr EnumText keys[] = {{"rule"},    {"validation"}, {"not_found"}, {"duplicate"}, {"store"},
                                        {"network"}, {"http"},       {"auth"},      {"conflict"},  {"decode"}};
    return keys;
}
template <>
std::span<const EnumText> enumTexts<LeadStatus>()
{
    return kLeadStatus;
}
template <>
std::span<const EnumText> enumTexts<CampaignStatus>()
{
    return kCampaignStatus;
}
template <>
std::span<const EnumText> enumTexts<NicheStatus>()
{
    return kNicheStatus;
}
template <>
std::span<const EnumText> enumTexts<Platform>()
{
    return kPlatform;
}
template <>
std::span<const EnumText> enumTexts<Market>()
{
    return kMarket;
}

QString displayName(LeadStatus value)
{
    return translated("LeadStatus", value);
}
QString displayName(CampaignStatus value)
{
    return translated("CampaignStatus", value);
}
QString displayName(NicheStatus value)
{
    return translated("NicheStatus", value);
}
QString displayName(Platform value)
{
    return translated("Platform", value);
}
QString displayName(Market value)
{
    return translated("Market", value);
}

} // namespace leadops
