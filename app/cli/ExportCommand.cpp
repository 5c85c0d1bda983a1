#include "app/cli/Command.h"

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

// The whole value must be the date: Qt's ISO parser stops after the date and ignores the rest
// ("2026-01-01'--").
Result<std::optional<QDate>> dayOption(const Invocation& in, const QString& name)
{
    if (!in.isSet(name))
        return std::optional<QDate>{};
    const QDate day = QDate::fromString(in.value(name), Qt::ISODate);
    if (!day.isValid() || day.toString(Qt::ISODate) != in.value(name))
        return fail(
            ErrorKind::Validation,
            CliText::tr("--%1 '%2' is not a date: expected YYYY-MM-DD, as in 2026-11-25").arg(name, in.value(name)));
    return std::optional<QDate>(day);
}

int exportChart(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const QString what = in.argument(0);
    if (what != u"funnel"_s && what != u"budget"_s && what != u"breakdown"_s && what != u"weekly"_s)
        return in.usage(CliText::tr("'%1' cannot be exported: expected funnel, budget, breakdown or weekly").arg(what));
    const QString out = in.value(u"out"_s);
    const QString formatText = in.isSet(u"format"_s) ? in.value(u"format"_s) : QFileInfo(out).suffix();
    const auto format = fromKey<ExportFormat>(formatText);
    if (!format)
        return ctx.refuse(
            Error{ErrorKind::Validation,
                  in.isSet(u"format"_s)
                      ? CliText::tr("--format '%1' is not known: expected png, pdf, svg or csv").arg(formatText)
                      : CliText::tr("Cannot tell the format from '%1': give --format png, pdf, svg or csv").arg(out),
                  {}});
    if (const auto named = fromKey<ExportFormat>(QFileInfo(out).suffix()); named && *named != *format)
        return in.usage(CliText::tr("--format %1 but the file name %2 says %3: the file would not be what its name "
                                    "says. Give them the same format")
                            .arg(toKey(*format), out, toKey(*named)));
    AnalyticsFilter filter;
    const auto from = dayOption(in, u"from"_s);
    if (!from)
        return in.refuse(from.error());
    const auto to = dayOption(in, u"to"_s);
    if (!to)
        return in.refuse(to.error());
    filter.from = *from;
    filter.to = *to;
    if (filter.from && filter.to && *filter.from > *filter.to)
        return ctx.refuse(Error{ErrorKind::Validation,
                                CliText::tr("--from %1 is after --to %2: the period would be empty")
                                    .arg(filter.from->toString(Qt::ISODate), filter.to->toString(Qt::ISODate)),
                                {}});
    const auto source = in.keyOption<Platform>(u"source"_s);
    if (!source)
        return in.refuse(source.error());
    const auto market = in.keyOption<Market>(u"market"_s);
    if (!market)
        return in.refuse(market.error());
    filter.source = *source;
    filter.market = *market;
    if (in.isSet(u"campaign"_s)) {
        filter.campaignId = in.value(u"campaign"_s);
        if (const auto c = in.workspace().campaigns().get(filter.campaignId); !c)
            return ctx.refuse(c.error());
    }
    QElapsedTimer timer;
    timer.start();
    Analytics analytics(in.workspace().database());
    const bool funnel = what == u"funnel"_s;
    Result<void> written;
    int categories = 6;
    if (funnel) {
        const auto data = analytics.funnel(filter);
        if (!data)
            return ctx.refuse(data.error());
        if (*format == ExportFormat::Csv) {
            written = writeFileAtomically(out, Analytics::funnelCsv(*data));
        } else {
            const std::unique_ptr<QChart> chart(charts::funnel(*data, filter.describe()));
            categories = static_cast<int>(data->stages.size());
            written = exportCharts({ChartPage{chart.get(), charts::exportSize(categories)}}, *format, out);
        }
    } else if (what == u"breakdown"_s) {
        const auto bySource = analytics.funnelBy(filter, FunnelGrouping::Source);
        const auto byCampaign = analytics.funnelBy(filter, FunnelGrouping::Campaign);
        if (!bySource || !byCampaign)
            return ctx.refuse(bySource ? byCampaign.error() : bySource.error());
        if (*format == ExportFormat::Csv) {
            written = writeFileAtomically(out, Analytics::funnelByCsv(*bySource + *byCampaign));
        } else {
            const std::unique_ptr<QChart> sources(
                charts::funnelBy(*bySource, CliText::tr("Funnel by source"), filter.describe()));
            const std::unique_ptr<QChart> campaigns(
                charts::funnelBy(*byCampaign, CliText::tr("Funnel by campaign"), filter.describe()));
            written =
                exportCharts({ChartPage{sources.get(), charts::exportSize(static_cast<int>(bySource->size()))},
                              ChartPage{campaigns.get(), charts::exportSize(static_cast<int>(byCampaign->size()))}},
                             *format, out);
        }
    } else if (what == u"weekly"_s) {
        const auto data = analytics.weekly(filter);
        if (!data)
            return ctx.refuse(data.error());
        if (*format == ExportFormat::Csv) {
            written = writeFileAtomically(out, Analytics::weeklyCsv(*data));
        } else {
            const std::unique_ptr<QChart> chart(charts::weekly(*data, filter.describe()));
            written = exportCharts({ChartPage{chart.get(), charts::pacingExportSize()}}, *format, out);
        }
    } else {
        const auto data = analytics.budget(filter);
        if (!data)
            return ctx.refuse(data.error());
        if (*format == ExportFormat::Csv) {
            written = writeFileAtomically(out, Analytics::budgetCsv(*data));
        } else {
            categories = static_cast<int>(data->campaigns.size());
            const std::unique_ptr<QChart> bars(charts::budget(*data, filter.describe()));
            const std::unique_ptr<QChart> pace(charts::pacing(*data, filter.describe()));
            written = exportCharts({ChartPage{bars.get(), charts::exportSize(categories)},
                                    ChartPage{pace.get(), charts::pacingExportSize()}},
                                   *format, out);
        }
    }
    if (!written)
        return ctx.refuse(written.error());
    const QFileInfo file(out);
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

} // namespace

QList<Command> exportCommands()
{
    return {{.group = u"export"_s,
             .synopsis = u"leadops export funnel|budget|breakdown|weekly --format png|pdf|svg|csv --out FILE [--from "
                         u"DATE] [--to DATE] "
                         "[--campaign ID] [--source S] [--market M]"_s,
             .description = CliText::tr("Export a chart (PNG, PDF, SVG) or its data (CSV): the qualification funnel, "
                                        "the budget utilization and pacing, the funnel by source and by campaign "
                                        "(breakdown), or the conversion by week (weekly). Needs no display."),
             .options = {{u"format"_s, CliText::tr("png, pdf, svg or csv (default: from the file name)."), u"FORMAT"_s},
                         {u"out"_s, CliText::tr("The file to write."), u"FILE"_s, true},
                         {u"from"_s, CliText::tr("First day of leads counted, YYYY-MM-DD."), u"DATE"_s},
                         {u"to"_s, CliText::tr("Last day of leads counted (included), YYYY-MM-DD."), u"DATE"_s},
                         {u"campaign"_s, CliText::tr("Only this campaign (id)."), u"ID"_s},
                         {u"source"_s, CliText::tr("olx, kaspi, satu or telegram."), u"SOURCE"_s},
                         {u"market"_s, CliText::tr("almaty, astana or shymkent."), u"MARKET"_s}},
             .minArguments = 1,
             .maxArguments = 1,
             .run = exportChart}};
}

} // namespace leadops::cli
