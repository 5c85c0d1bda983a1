#include "core/json/JsonPage.h"

#include "core/json/PageRow.h"

#include <QCoreApplication>

#include <simdjson.h>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use JsonPageText::tr.
struct JsonPageText
{
    Q_DECLARE_TR_FUNCTIONS(JsonPage)
};

Error decodeError(const QString& message)
{
    return Error{ErrorKind::Decode, message, {}};
}

// One parser per thread: it keeps its buffers between pages.
simdjson::dom::parser& threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

} // namespace

Result<void> checkJson(const QByteArray& json)
{
    simdjson::dom::element root;
    if (const auto error = threadParser().parse(json.constData(), size_t(json.size())).get(root))
        return tl::unexpected(decodeError(
            JsonPageText::tr("%1 (%2 bytes)").arg(QString::fromUtf8(simdjson::error_message(error))).arg(json.size())));
    return {};
}

Result<PageEnd> readPageEnd(const QByteArray& json, const char* keyColumn, const RowLayout& layout)
{
    simdjson::dom::element root;
    if (const auto error = threadParser().parse(json.constData(), size_t(json.size())).get(root))
        return tl::unexpected(decodeError(JsonPageText::tr("The server sent a page of rows that is not valid JSON (%1)")
                                              .arg(QString::fromUtf8(simdjson::error_message(error)))));
    simdjson::dom::array rows;
    if (root.get(rows))
        return tl::unexpected(decodeError(JsonPageText::tr("The server sent something other than a list of rows")));
    PageEnd end;
    std::string_view key;
    std::string_view id;
    // One pass: the run of rows sharing the last key tells the next request whether it is inside a
    // tie run (SyncEngine asks for those by id).
    for (const simdjson::dom::element element : rows) {
        PageRow row;
        std::string_view rowKey;
        if (row.read(element, layout) || row[keyColumn].get(rowKey) || row["id"].get(id))
            return tl::unexpected(decodeError(JsonPageText::tr("A row of the page has no text \"id\" and \"%1\"")
                                                  .arg(QString::fromLatin1(keyColumn))));
        end.tailTies = (end.rows > 0 && rowKey == key) ? end.tailTies + 1 : 1;
        key = rowKey;
        ++end.rows;
    }
    if (end.rows == 0)
        return end;
    end.lastKey = toQString(key);
    end.lastId = toQString(id);
    return end;
}

} // namespace leadops
