// A page of server rows as the sync reads and stores it: any bytes are refused with a Decode error
// or stored into a real SQLite workspace (rolled back after each input), never a crash.
#include "tests/fuzz/FuzzSupport.h"

#include "core/json/JsonPage.h"
#include "core/store/Database.h"
#include "core/sync/ServerRowWriter.h"

#include <QTemporaryDir>

namespace {

leadops::Database& database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<leadops::Database> db = [] {
        auto opened = leadops::Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        fuzz::require(opened.has_value(), "the fuzz workspace opens");
        // Parents for any campaign_id / niche_id an input may name are not made: a foreign key
        // refusal is one of the answers under test.
        return std::move(*opened);
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray page(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)leadops::checkJson(page);
    // Both row layouts: PostgREST's objects, and lead_rows_v1's arrays (leads only).
    for (const leadops::RowLayout* layout : {&leadops::RowLayout::objects(), &leadops::RowLayout::leadRowsV1()}) {
        if (const auto end = leadops::readPageEnd(page, "created_at", *layout); end)
            fuzz::require(end->rows >= 0 && end->tailTies <= end->rows, "a page end is consistent");
    }
    leadops::Database& db = database();
    leadops::ServerRowWriter writer(db);
    for (const char* entity : {"lead", "lead_rows_v1", "campaign", "niche", "note", "spend"}) {
        const bool positional = QByteArrayView(entity) == "lead_rows_v1";
        const leadops::RowLayout& layout =
            positional ? leadops::RowLayout::leadRowsV1() : leadops::RowLayout::objects();
        for (auto kind : {leadops::ServerRowWriter::PageRows::Changes, leadops::ServerRowWriter::PageRows::New}) {
            leadops::Transaction tx(db);
            fuzz::require(tx.started().has_value(), "a transaction starts");
            const auto stored = writer.storePage(positional ? QStringLiteral("lead") : QString::fromLatin1(entity),
                                                 page, {}, kind, layout);
            if (stored)
                fuzz::require(stored->stored + stored->deleted + stored->heldBack <= stored->rows,
                              "no more rows stored than the page held");
            else
                fuzz::require(!stored.error().message.isEmpty(), "a refused page says why");
        } // rolled back
    }
    return 0;
}
