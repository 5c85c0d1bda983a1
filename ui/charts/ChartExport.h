#pragma once

#include "core/util/AtomicWrite.h" // writeFileAtomically, for the CSV next to the charts
#include "core/util/EnumKeys.h"

#include "core/domain/Result.h"

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace leadops {

enum class ExportFormat { Png, Pdf, Svg, Csv };

// "png", "pdf", "svg", "csv" (any case).
template <>
std::span<const EnumText> enumTexts<ExportFormat>();

// Where an export chosen as `chosen` goes when the user typed `path`: the format the file name says
// when it names one (a user who typed report.pdf in the PNG dialog gets a PDF), else the chosen one
// with its suffix added (report -> report.png). The format and the name never disagree.
struct ExportTarget
{
    QString path;
    ExportFormat format = ExportFormat::Png;
};
ExportTarget exportTarget(const QString& path, ExportFormat chosen);

// Renders the charts one under the other, each at its size (logical pixels), into a PNG (at twice the
// pixels, sharp on high-DPI screens), a PDF page or an SVG (both vector). The charts need not be
// shown; a QApplication must exist (offscreen is enough). The file is written whole or not at all.
struct ChartPage
{
    QChart* chart = nullptr;
    QSize size;
};
Result<void> exportCharts(const QList<ChartPage>& charts, ExportFormat format, const QString& path);

} // namespace leadops
