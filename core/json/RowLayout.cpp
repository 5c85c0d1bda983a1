#include "core/json/RowLayout.h"

#include <array>

namespace leadops {

namespace {

// lead_rows_v1's array, in its order: the migration's json_build_array(...) says the same.
constexpr std::array<std::string_view, 17> kLeadRowsV1Fields = {"id",
                                                                "campaign_id",
                                                                "source",
                                                                "contact",
                                                                "status",
                                                                "qualification_score",
                                                                "messages_count",
                                                                "created_at",
                                                                "qualified_at",
                                                                "disqualified_at",
                                                                "disqualification_reason",
                                                                "updated_at",
                                                                "deleted_at",
                                                                "display_name",
                                                                "owner_id",
                                                                "next_follow_up_at",
                                                                "follow_up_note"};
static_assert(kLeadRowsV1Fields.size() <= RowLayout::kMaxFields);

} // namespace

const RowLayout& RowLayout::objects()
{
    static const RowLayout layout({}, {});
    return layout;
}

const RowLayout& RowLayout::leadRowsV1()
{
    static const RowLayout layout(QStringLiteral("lead_rows_v1"), kLeadRowsV1Fields);
    return layout;
}

int RowLayout::position(std::string_view field) const
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i] == field)
            return int(i);
    }
    return -1;
}

} // namespace leadops
