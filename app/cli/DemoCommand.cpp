#include "app/cli/Command.h"

#include "core/Workspace.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Values.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

namespace {

int demo(Invocation& in)
{
    CliContext& ctx = in.ctx;
    const auto leads = parsePositiveInt(in.value(u"leads"_s), u"--leads"_s, DemoGenerator::kMaxLeads);
    if (!leads)
        return ctx.refuse(leads.error());
    DemoOptions options;
    options.leads = *leads;
    if (in.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = in.value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return ctx.refuse(
                Error{ErrorKind::Validation,
                      CliText::tr("--seed '%1' is not valid: expected a whole number from 0 to 4294967295")
                          .arg(in.value(u"seed"_s)),
                      {}});
    }
    if (in.isSet(u"until"_s)) {
        options.until = QDate::fromString(in.value(u"until"_s), Qt::ISODate);
        if (!options.until.isValid())
            return ctx.refuse(Error{ErrorKind::Validation,
                                    CliText::tr("--until '%1' is not a date: expected YYYY-MM-DD, as in 2026-11-25")
                                        .arg(in.value(u"until"_s)),
                                    {}});
    }
    QElapsedTimer timer;
    timer.start();
    const bool quiet = in.isSet(u"quiet"_s) || ctx.json();
    DemoGenerator generator(in.workspace().database(), options);
    const auto summary = generator.run([&](qint64 done, qint64 total) {
        if (!quiet && (done % 100'000 == 0 || done == total))
            ctx.err() << CliText::tr("demo: %1 of %2 leads").arg(done).arg(total) << Qt::endl;
        return true;
    });
    if (!summary)
        return ctx.refuse(summary.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (ctx.json())
        return ctx.printJson(QJsonObject{{u"workspace"_s, in.workspace().directory()},
                                         {u"niches"_s, summary->niches},
                                         {u"campaigns"_s, summary->campaigns},
                                         {u"leads"_s, summary->leads},
                                         {u"history_entries"_s, summary->auditEntries},
                                         {u"seconds"_s, seconds}});
    ctx.out() << CliText::tr("Demo workspace %1: %2 niches, %3 campaigns, %4 leads, %5 history entries in %6 s")
                     .arg(in.workspace().directory())
                     .arg(summary->niches)
                     .arg(summary->campaigns)
                     .arg(summary->leads)
                     .arg(summary->auditEntries)
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
    return Done;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {.group = u"demo"_s,
         .synopsis = u"leadops demo --leads N [--seed S] [--until YYYY-MM-DD] [--json]"_s,
         .description =
             CliText::tr("Fill an empty workspace with realistic demo data (same seed and date, same data)."),
         .options = {{u"leads"_s, CliText::tr("Number of leads, 1 to 10000000."), u"N"_s, true},
                     {u"seed"_s, CliText::tr("Random seed (default 42)."), u"S"_s},
                     {u"until"_s, CliText::tr("Last day of the generated history (default today, UTC)."), u"DATE"_s},
                     {u"quiet"_s, CliText::tr("Print no progress.")}},
         .run = demo}};
}

} // namespace leadops::cli
