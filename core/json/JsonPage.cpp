#include "JsonPage.h"

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

QString toQString(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
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

Result<PageEnd> readPageEnd(const QByteArray& json)
{
    simdjson::dom::element root;
    if (const auto error = threadParser().parse(json.constData(), size_t(json.size())).get(root))
        return tl::unexpected(decodeError(JsonPageText::tr("The server sent a page of rows that is not valid JSON (%1)")
                                              .arg(QString::fromUtf8(simdjson::error_message(error)))));
    simdjson::dom::array rows;
    if (root.get(rows))
        return tl::unexpected(decodeError(JsonPageText::tr("The server sent something other than a list of rows")));
    PageEnd end;
    end.rows = qsizetype(rows.size());
    if (end.rows == 0)
        return end;
    simdjson::dom::object last;
    std::string_view updatedAt;
    std::string_view id;
    if (rows.at(size_t(end.rows - 1)).get(last) || last["updated_at"].get(updatedAt) || last["id"].get(id))
        return tl::unexpected(
            decodeError(JsonPageText::tr("The last row of a page has no text \"id\" and \"updated_at\"")));
    end.lastUpdatedAt = toQString(updatedAt);
    end.lastId = toQString(id);
    return end;
}

} // namespace leadops
