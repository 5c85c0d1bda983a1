#include "app/cli/CliContext.h"

#include "core/Workspace.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Values.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace leadops::cli {

int runDemo(CliContext& ctx, const QStringList& args)
{
    SubcommandParser p(
        ctx, u"leadops demo --leads N [--seed S] [--until YYYY-MM-DD] [--json]"_s,
        CliText::tr("Fill an empty workspace with realistic demo data (same seed and date, same data)."));
    p.addOption(u"leads"_s, CliText::tr("Number of leads, 1 to 10000000."), u"N"_s);
    p.addOption(u"seed"_s, CliText::tr("Random seed (default 42)."), u"S"_s);
    p.addOption(u"until"_s, CliText::tr("Last day of the generated history (default today, UTC)."), u"DATE"_s);
    p.addOption(u"quiet"_s, CliText::tr("Print no progress."));
    int code = Done;
    const auto a = p.parse(args, 0, 0, code);
    if (!a)
        return code;
    const auto leadsText = p.required(*a, u"leads"_s, code);
    if (!leadsText)
        return code;
    const auto leads = parsePositiveInt(*leadsText, u"--leads"_s, DemoGenerator::kMaxLeads);
    if (!leads)
        return ctx.refuse(leads.error());
    DemoOptions options;
    options.leads = *leads;
    if (a->isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = a->value(u"seed"_s).toUInt(&ok);
        if (!ok)
            return ctx.refuse(
                Error{ErrorKind::Validation,
                      CliText::tr("--seed '%1' is not valid: expected a whole number from 0 to 4294967295")
                          .arg(a->value(u"seed"_s)),
                      {}});
    }
    if (a->isSet(u"until"_s)) {
        options.until = QDate::fromString(a->value(u"until"_s), Qt::ISODate);
        if (!options.until.isValid())
            return ctx.refuse(Error{ErrorKind::Validation,
                                    CliText::tr("--until '%1' is not a date: expected YYYY-MM-DD, as in 2026-11-25")
                                        .arg(a->value(u"until"_s)),
                                    {}});
    }
    auto ws = ctx.workspace();
    if (!ws)
        return ctx.refuse(ws.error());
    QElapsedTimer timer;
    timer.start();
    const bool quiet = a->isSet(u"quiet"_s) || ctx.json();
    DemoGenerator generator((*ws)->database(), options);
    const auto summary = generator.run([&](qint64 done, qint64 total) {
        if (!quiet && (done % 100'000 == 0 || done == total))
            ctx.err() << CliText::tr("demo: %1 of %2 leads").arg(done).arg(total) << Qt::endl;
        return true;
    });
    if (!summary)
        return ctx.refuse(summary.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (ctx.json())
        return ctx.printJson(QJsonObject{{u"workspace"_s, (*ws)->directory()},
                                         {u"niches"_s, summary->niches},
                                         {u"campaigns"_s, summary->campaigns},
                                         {u"leads"_s, summary->leads},
                                         {u"history_entries"_s, summary->auditEntries},
                                         {u"seconds"_s, seconds}});
    ctx.out() << CliText::tr("Demo workspace %1: %2 niches, %3 campaigns, %4 leads, %5 history entries in %6 s")
                     .arg((*ws)->directory())
                     .arg(summary->niches)
                     .arg(summary->campaigns)
                     .arg(summary->leads)
                     .arg(summary->auditEntries)
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
    return Done;
}

} // namespace leadops::cli
