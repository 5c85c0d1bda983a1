// The entity mappers: any JSON object read as a lead, a campaign, a niche or a note is refused with a
// message, or maps to an entity whose row maps back to the same entity.
#include "tests/fuzz/FuzzSupport.h"

#include "core/json/EntityJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

template <typename Read, typename Entity = typename std::invoke_result_t<Read, const QJsonObject&>::value_type>
void roundTrip(const QJsonObject& row, Read read)
{
    const auto entity = read(row);
    if (!entity) {
        fuzz::require(!entity.error().message.isEmpty(), "a refused row says why");
        return;
    }
    const auto again = read(leadops::toRow(*entity));
    fuzz::require(again.has_value(), "a mapped entity's own row is accepted");
    fuzz::require(leadops::toRow(*again) == leadops::toRow(*entity), "row -> entity -> row is stable");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const auto row = fuzz::jsonObject(data, size);
    if (!row)
        return 0;
    roundTrip(*row, leadops::leadFromJson);
    roundTrip(*row, leadops::campaignFromJson);
    roundTrip(*row, leadops::nicheFromJson);
    roundTrip(*row, leadops::noteFromJson);
    return 0;
}
