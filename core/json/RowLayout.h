#pragma once

#include <QString>

#include <span>
#include <string_view>

namespace leadops {

// How the rows of a page carry their fields. PostgREST's own form is one object per row, keyed by
// column. A positional layout reads a view that sends each row as one array under "r", its fields
// in a fixed order (lead_rows_v1, supabase/migrations/20261214000000_leadops_lead_rows.sql): half
// the bytes, and less work for the server to build them.
class RowLayout
{
public:
    static constexpr size_t kMaxFields = 24;

    // One object per row, from the table itself.
    static const RowLayout& objects();
    // The leads as lead_rows_v1 sends them (its version 1, which never changes).
    static const RowLayout& leadRowsV1();

    bool positional() const { return !m_fields.empty(); }
    // The resource to ask for `table`'s rows (the view, for a positional layout), and its select=.
    QString resource(const QString& table) const { return positional() ? m_view : table; }
    QString select() const { return positional() ? QStringLiteral("r") : QStringLiteral("*"); }
    std::span<const std::string_view> fields() const { return m_fields; }
    // Where `field` is in a row's array; -1 if this layout does not send it.
    int position(std::string_view field) const;

private:
    RowLayout(QString view, std::span<const std::string_view> fields) : m_view(std::move(view)), m_fields(fields) {}

    QString m_view;
    std::span<const std::string_view> m_fields;
};

} // namespace leadops
