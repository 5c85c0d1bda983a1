#include "ui/charts/ChartExport.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use ChartExportText::tr.
struct ChartExportText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

// Draws each chart into its band of `target`, through a scene so that PDF and SVG stay vector.
void paintCharts(QPainter& painter, const QList<ChartPage>& charts, const QSize& whole, const QRectF& target)
{
    const qreal scale = target.height() / static_cast<qreal>(whole.height());
    qreal top = target.top();
    for (const ChartPage& page : charts) {
        QGraphicsScene scene;
        scene.addItem(page.chart);
        page.chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(page.size)));
        scene.setSceneRect(page.chart->geometry());
        const qreal height = static_cast<qreal>(page.size.height()) * scale;
        scene.render(&painter, QRectF(target.left(), top, target.width(), height), scene.sceneRect(),
                     Qt::KeepAspectRatio);
        top += height;
        scene.removeItem(page.chart); // the caller keeps the chart
    }
}

} // namespace

ExportTarget exportTarget(const QString& path, ExportFormat chosen)
{
    const QString suffix = QFileInfo(path).suffix();
    if (const auto named = fromKey<ExportFormat>(suffix))
        return {path, *named};
    return {path + u"."_s + toKey(chosen), chosen};
}

Result<void> exportCharts(const QList<ChartPage>& charts, ExportFormat format, const QString& path)
{
    if (charts.isEmpty() || format == ExportFormat::Csv)
        return fail(ErrorKind::Validation,
                    ChartExportText::tr("Nothing to draw: CSV is written from the data, not the chart"));
    QSize whole(0, 0);
    for (const ChartPage& page : charts)
        whole = QSize(std::max(whole.width(), page.size.width()), whole.height() + page.size.height());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case ExportFormat::Png: {
        QImage image(whole * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintCharts(painter, charts, whole, QRectF(QPointF(0, 0), QSizeF(whole)));
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return fail(ErrorKind::Store, ChartExportText::tr("Could not encode the PNG image"));
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(u"LeadOps Console"_s);
        pdf.setTitle(QFileInfo(path).completeBaseName());
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(whole), QPageSize::Point, {}, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        painter.setRenderHint(QPainter::Antialiasing);
        paintCharts(painter, charts, whole, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        painter.end();
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(whole);
        svg.setViewBox(QRect(QPoint(0, 0), whole));
        svg.setTitle(QFileInfo(path).completeBaseName());
        svg.setDescription(u"LeadOps Console"_s);
        QPainter painter(&svg);
        paintCharts(painter, charts, whole, QRectF(QPointF(0, 0), QSizeF(whole)));
        painter.end();
        break;
    }
    case ExportFormat::Csv:
        break;
    }
    buffer.close();
    if (bytes.isEmpty())
        return fail(ErrorKind::Store, ChartExportText::tr("The chart could not be drawn into %1").arg(path));
    return writeFileAtomically(path, bytes);
}

template <>
std::span<const EnumText> enumTexts<ExportFormat>()
{
    static constexpr EnumText keys[] = {{"png"}, {"pdf"}, {"svg"}, {"csv"}};
    return keys;
}

} // namespace leadops
