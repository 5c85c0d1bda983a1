#include "core/json/PageRow.h"

namespace leadops {

simdjson::error_code PageRow::read(simdjson::dom::element element, const RowLayout& layout)
{
    m_layout = &layout;
    if (const auto error = element.get(m_object))
        return error;
    if (!layout.positional())
        return simdjson::SUCCESS;
    simdjson::dom::array values;
    if (const auto error = m_object["r"].get(values))
        return error == simdjson::NO_SUCH_FIELD ? simdjson::INCORRECT_TYPE : error;
    size_t count = 0;
    for (const simdjson::dom::element value : values) {
        if (count == layout.fields().size())
            return simdjson::INCORRECT_TYPE; // more fields than this version has
        m_fields[count++] = value;
    }
    return count == layout.fields().size() ? simdjson::SUCCESS : simdjson::INCORRECT_TYPE;
}

simdjson::simdjson_result<simdjson::dom::element> PageRow::operator[](std::string_view field) const
{
    if (!m_layout->positional())
        return m_object[field];
    const int at = m_layout->position(field);
    if (at < 0)
        return simdjson::NO_SUCH_FIELD;
    return simdjson::dom::element(m_fields[size_t(at)]);
}

} // namespace leadops
