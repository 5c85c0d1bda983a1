#pragma once

#include "core/domain/Enums.h"

#include <QStringList>

#include <array>
#include <optional>

namespace leadops {

// What a column of an imported file can become.
enum class ImportField { Contact, DisplayName, Source, Campaign, Note, CreatedAt };
template <>
std::span<const EnumText> enumTexts<ImportField>();
QString displayName(ImportField value);

// Which column (zero-based) feeds each field; -1: none.
struct ImportMapping
{
    static constexpr int kFields = 6;
    std::array<int, kFields> columns{-1, -1, -1, -1, -1, -1};

    int column(ImportField field) const { return columns[static_cast<std::size_t>(field)]; }
    bool has(ImportField field) const { return column(field) >= 0; }
    void set(ImportField field, int column) { columns[static_cast<std::size_t>(field)] = column; }
    // The field a column feeds, if any.
    std::optional<ImportField> fieldOf(int column) const;

    // From a header row: the names people give these columns in ru, kk and en ("Телефон", "Phone",
    // "Байланыс", "Telegram", "Имя", "Аты-жөні", "Компания", "Source", "Кампания", "Дата"...),
    // exact names first, then names that contain one ("Телефон клиента"). A column feeds one field.
    static ImportMapping guess(const QStringList& headers);
    // The column a user named: its header (any case), or its number from 1 ("3", "#3").
    static std::optional<int> findColumn(const QStringList& headers, const QString& name);

    bool operator==(const ImportMapping&) const = default;
};

} // namespace leadops
