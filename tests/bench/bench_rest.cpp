// Throughput of LeadRepository::list over PostgREST: pages of 1,000 leads fetched, parsed and
// mapped to entities, sequentially (the same URLs scripts/bench-rest.sh gives curl). Prints rows,
// seconds and rows/s. Usage: bench_rest REST_URL TOKEN CAMPAIGN_ID
#include "core/rest/PostgrestClient.h"
#include "core/rest/Repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("leadops.*.info=false")); // figures only on stdout
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: bench_rest REST_URL TOKEN CAMPAIGN_ID\n";
        return 2;
    }
    PostgrestClient client(RestEndpoint{QUrl(args.at(1)), {}, 60'000}, std::make_shared<StaticBearer>(args.at(2)));
    LeadRepository repo(client);
    LeadQuery q;
    q.campaignId = args.at(3);
    q.limit = 1000;
    qint64 rows = 0;
    qint64 checksum = 0;
    qint64 total = -1;
    QElapsedTimer timer;
    timer.start();
    for (q.offset = 0;; q.offset += 1000) {
        q.exactCount = q.offset == 0; // the total once, as a pager would show it
        const auto page = waitFor(repo.list(q));
        if (!page) {
            QTextStream(stderr) << page.error().message << "\n";
            return 1;
        }
        if (page->total)
            total = *page->total;
        rows += page->rows.size();
        for (const Lead& l : page->rows)
            checksum += l.messagesCount;
        if (page->rows.size() < 1000)
            break;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    out << "client: rows=" << rows << " seconds=" << QString::number(seconds, 'f', 3)
        << " rows_per_s=" << QString::number(static_cast<double>(rows) / seconds, 'f', 0) << " total=" << total
        << " checksum=" << checksum << "\n";
    return 0;
}
