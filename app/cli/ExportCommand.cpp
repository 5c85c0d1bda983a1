#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/analytics/Analytics.h"
#include "core/services/CampaignService.h"
#include "ui/charts/AnalyticsCharts.h"
#include "ui/charts/ChartExport.h"

#include <QChart>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

std::optional<QDate> parseDay(CliContext& ctx, const ParsedArgs& a, const QString& name, int& code, bool& ok)
{
    if (!a.isSet(name))
        return std::nullopt;
    // Qt's ISO parser stops after the date and ignores the rest ("2026-01-01'--"): the whole value
    // must be the date.
    const QDate day = QDate::fromString(a.value(name), Qt::ISODate);
    if (!day.isValid() || day.toString(Qt::ISODate) != a.value(name)) {
        code = ctx.refuse(Error{
            ErrorKind::Validation,
            CliText::tr("--%1 '%2' is not a date: expected YYYY-MM-DD, as in 2026-11-25").arg(name, a.value(name)),
            {}});
        ok = false;
    }
    return day;
}

} // namespace

int runExport(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(
        ctx,
        u"leadops export funnel|budget --format png|pdf|svg|csv --out FILE [--from DATE] [--to DATE] "
        "[--campaign ID] [--source S] [--market M]"_s,
        CliText::tr("Export the qualification funnel or the budget utilization and pacing charts (PNG, PDF, "
                    "SVG) or their data (CSV). Needs no display."));
    p.addOption(u"format"_s, CliText::tr("png, pdf, svg or csv (default: from the file name)."), u"FORMAT"_s);
    p.addOption(u"out"_s, CliText::tr("The file to write."), u"FILE"_s);
    p.addOption(u"from"_s, CliText::tr("First day of leads counted, YYYY-MM-DD."), u"DATE"_s);
    p.addOption(u"to"_s, CliText::tr("Last day of leads counted (included), YYYY-MM-DD."), u"DATE"_s);
    p.addOption(u"campaign"_s, CliText::tr("Only this campaign (id)."), u"ID"_s);
    p.addOption(u"source"_s, CliText::tr("olx, kaspi, satu or telegram."), u"SOURCE"_s);
    p.addOption(u"market"_s, CliText::tr("almaty, astana or shymkent."), u"MARKET"_s);
    int code = Done;
    const auto a = p.parse(args, 1, 1, code);
    if (!a)
        return code;
    const QString what = a->positional.first();
    if (what != u"funnel"_s && what != u"budget"_s)
        return ctx.usage(CliText::tr("'%1' cannot be exported: expected funnel or budget").arg(what), p.synopsis());
    const auto out = p.required(*a, u"out"_s, code);
    if (!out)
        return code;
    const QString formatText = a->isSet(u"format"_s) ? a->value(u"format"_s) : QFileInfo(*out).suffix();
    const auto format = fromKey<ExportFormat>(formatText);
    if (!format)
        return ctx.refuse(
            Error{ErrorKind::Validation,
                  a->isSet(u"format"_s)
                      ? CliText::tr("--format '%1' is not known: expected png, pdf, svg or csv").arg(formatText)
                      : CliText::tr("Cannot tell the format from '%1': give --format png, pdf, svg or csv").arg(*out),
                  {}});
    AnalyticsFilter filter;
    bool ok = true;
    filter.from = parseDay(ctx, *a, u"from"_s, code, ok);
    if (ok)
        filter.to = parseDay(ctx, *a, u"to"_s, code, ok);
    if (!ok)
        return code;
    if (filter.from && filter.to && *filter.from > *filter.to)
        return ctx.refuse(Error{ErrorKind::Validation,
                                CliText::tr("--from %1 is after --to %2: the period would be empty")
                                    .arg(filter.from->toString(Qt::ISODate), filter.to->toString(Qt::ISODate)),
                                {}});
    if (!parseEnumOption(ctx, *a, u"source"_s, filter.source, code) ||
        !parseEnumOption(ctx, *a, u"market"_s, filter.market, code))
        return code;
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    if (a->isSet(u"campaign"_s)) {
        filter.campaignId = a->value(u"campaign"_s);
        if (const auto c = (*ws)->campaigns().get(filter.campaignId); !c)
            return ctx.refuse(c.error());
    }
    QElapsedTimer timer;
    timer.start();
    Analytics analytics((*ws)->database());
    const bool funnel = what == u"funnel"_s;
    Result<void> written;
    int categories = 6;
    if (funnel) {
        const auto data = analytics.funnel(filter);
        if (!data)
            return ctx.refuse(data.error());
        if (*format == ExportFormat::Csv) {
            written = writeFileAtomically(*out, Analytics::funnelCsv(*data));
        } else {
            const std::unique_ptr<QChart> chart(charts::funnel(*data, filter.describe()));
            written = exportCharts({ChartPage{chart.get(), charts::exportSize(categories)}}, *format, *out);
        }
    } else {
        const auto data = analytics.budget(filter);
        if (!data)
            return ctx.refuse(data.error());
        if (*format == ExportFormat::Csv) {
            written = writeFileAtomically(*out, Analytics::budgetCsv(*data));
        } else {
            categories = static_cast<int>(data->campaigns.size());
            const std::unique_ptr<QChart> bars(charts::budget(*data, filter.describe()));
            const std::unique_ptr<QChart> pace(charts::pacing(*data, filter.describe()));
            written = exportCharts({ChartPage{bars.get(), charts::exportSize(categories)},
                                    ChartPage{pace.get(), charts::pacingExportSize()}},
                                   *format, *out);
        }
    }
    if (!written)
        return ctx.refuse(written.error());
    const QFileInfo file(*out);
    if (ctx.json())
        return ctx.printJson(QJsonObject{{u"chart"_s, what},
                                         {u"format"_s, toKey(*format)},
                                         {u"file"_s, file.absoluteFilePath()},
                                         {u"bytes"_s, file.size()},
                                         {u"seconds"_s, static_cast<double>(timer.elapsed()) / 1000.0}});
    ctx.out() << CliText::tr("%1 written to %2 (%3, %4 bytes)")
                     .arg(what, file.absoluteFilePath(), toKey(*format))
                     .arg(file.size())
              << Qt::endl;
    return Done;
}

} // namespace leadops::cli
