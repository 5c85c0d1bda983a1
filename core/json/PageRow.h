#pragma once

#include "core/json/RowLayout.h"

#include <simdjson.h>

#include <array>
#include <string_view>

namespace leadops {

// One row of a page, read through its layout: a field by its column's name either way.
class PageRow
{
public:
    // Reads `element` as a row of `layout`: an object; for a positional layout, one whose "r" is an
    // array of exactly the layout's fields. Anything else is an INCORRECT_TYPE error.
    simdjson::error_code read(simdjson::dom::element element, const RowLayout& layout);

    // The field, or NO_SUCH_FIELD when the row does not have it.
    simdjson::simdjson_result<simdjson::dom::element> operator[](std::string_view field) const;
    // The row's object (for a positional layout, the one holding "r"), to walk its fields.
    const simdjson::dom::object& object() const { return m_object; }
    // A positional row's field at `position` (< the layout's field count).
    simdjson::dom::element at(size_t position) const { return m_fields[position]; }

private:
    const RowLayout* m_layout = nullptr;
    simdjson::dom::object m_object;
    std::array<simdjson::dom::element, RowLayout::kMaxFields> m_fields{};
};

} // namespace leadops
