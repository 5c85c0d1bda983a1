#include "core/sync/ServerRowWriter.h"

#include "core/domain/Campaign.h"
#include "core/domain/Enums.h"
#include "core/domain/Lead.h"
#include "core/domain/Niche.h"
#include "core/domain/Note.h"
#include "core/domain/SpendEntry.h"
#include "core/json/JsonPage.h"
#include "core/json/PageRow.h"
#include "core/json/RowReader.h"
#include "core/obs/Logging.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use ServerRowWriterText::tr.
struct ServerRowWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ServerRowWriter)
};

// How one local column is read from a server row; the rules are RowReader's.
enum class Field {
    Text,         // a string
    OptionalText, // a string, or null / absent / "" (stored as NULL)
    Key,          // one of an enum's keys, any case (stored as the key)
    Number,       // a number
    Integer,      // a whole number
    Money,        // tenge as a number (or a numeric string), stored in tiyn
    Time,         // an ISO-8601 timestamp, stored as UTC text with milliseconds
    OptionalTime, // the same, or null / absent
    ServerText,   // the server's own text of the field, unchanged (server_updated_at)
};

constexpr double kNoLimit = std::numeric_limits<double>::infinity();

// The local schema's CHECKs on a column: a number's range, or a text's length in characters. The
// pull's writer checks them here (its connection ignores CHECK constraints, which cost SQLite more
// than storing the row), so a row the store would refuse is refused with a readable message.
struct Limits
{
    double min = -kNoLimit;
    double max = kNoLimit;
};

struct Column
{
    QString local;
    std::string_view json;
    Field field;
    std::span<const EnumText> keys{};
    Limits limits{};
};

template <typename E>
Column keyColumn(QString local, std::string_view json)
{
    return {std::move(local), json, Field::Key, enumTexts<E>()};
}

Column limited(QString local, std::string_view json, Field field, double min, double max = kNoLimit)
{
    return {std::move(local), json, field, {}, Limits{min, max}};
}

// Room for one row's values in a page buffer. Every entity's column list must fit: checked where
// the lists are first used (a longer list would write past its row's slots).
constexpr size_t kMaxColumnsPerRow = 24;

const std::vector<Column>& columnsFor(const QString& entity)
{
    static const std::vector<Column> lead{
        {u"id"_s, "id", Field::Text},
        {u"campaign_id"_s, "campaign_id", Field::Text},
        keyColumn<Platform>(u"source"_s, "source"),
        limited(u"contact"_s, "contact", Field::Text, 5),
        limited(u"display_name"_s, "display_name", Field::OptionalText, 0, Lead::kMaxDisplayNameLength),
        limited(u"owner_id"_s, "owner_id", Field::OptionalText, 0, 64),
        {u"next_follow_up_at"_s, "next_follow_up_at", Field::OptionalTime},
        limited(u"follow_up_note"_s, "follow_up_note", Field::OptionalText, 0, Lead::kMaxFollowUpNoteLength),
        keyColumn<LeadStatus>(u"status"_s, "status"),
        limited(u"qualification_score"_s, "qualification_score", Field::Number, kMinScore, kMaxScore),
        limited(u"messages_count"_s, "messages_count", Field::Integer, 0),
        {u"created_at"_s, "created_at", Field::Time},
        {u"qualified_at"_s, "qualified_at", Field::OptionalTime},
        {u"disqualified_at"_s, "disqualified_at", Field::OptionalTime},
        limited(u"disqualification_reason"_s, "disqualification_reason", Field::OptionalText, 0,
                Lead::kMaxReasonLength),
        {u"updated_at"_s, "updated_at", Field::Time},
        {u"server_updated_at"_s, "updated_at", Field::ServerText},
    };
    static const std::vector<Column> campaign{
        {u"id"_s, "id", Field::Text},
        {u"niche_id"_s, "niche_id", Field::Text},
        limited(u"name"_s, "name", Field::Text, 1, Campaign::kMaxNameLength),
        keyColumn<Platform>(u"platform"_s, "platform"),
        limited(u"budget"_s, "budget", Field::Money, 0, kMaxMoney / 100.0),
        limited(u"spent"_s, "spent", Field::Money, 0, kMaxMoney / 100.0),
        keyColumn<CampaignStatus>(u"status"_s, "status"),
        {u"created_at"_s, "created_at", Field::Time},
        {u"started_at"_s, "started_at", Field::OptionalTime},
        {u"completed_at"_s, "completed_at", Field::OptionalTime},
        {u"updated_at"_s, "updated_at", Field::Time},
        {u"server_updated_at"_s, "updated_at", Field::ServerText},
    };
    static const std::vector<Column> niche{
        {u"id"_s, "id", Field::Text},
        limited(u"name"_s, "name", Field::Text, 1, Niche::kMaxNameLength),
        keyColumn<Market>(u"market"_s, "market"),
        limited(u"category"_s, "category", Field::Text, 1, Niche::kMaxCategoryLength),
        keyColumn<NicheStatus>(u"status"_s, "status"),
        limited(u"profitability_score"_s, "profitability_score", Field::Number, kMinScore, kMaxScore),
        limited(u"competition_density"_s, "competition_density", Field::Number, kMinScore, kMaxScore),
        {u"created_at"_s, "created_at", Field::Time},
        {u"validated_at"_s, "validated_at", Field::OptionalTime},
        {u"updated_at"_s, "updated_at", Field::Time},
        {u"server_updated_at"_s, "updated_at", Field::ServerText},
    };
    static const std::vector<Column> note{
        {u"id"_s, "id", Field::Text},
        {u"lead_id"_s, "lead_id", Field::Text},
        {u"author_id"_s, "author_id", Field::Text},
        limited(u"body"_s, "body", Field::Text, 1, Note::kMaxBodyLength),
        {u"created_at"_s, "created_at", Field::Time},
        {u"updated_at"_s, "updated_at", Field::Time},
        {u"server_updated_at"_s, "updated_at", Field::ServerText},
    };
    static const std::vector<Column> spend{
        {u"id"_s, "id", Field::Text},
        {u"campaign_id"_s, "campaign_id", Field::Text},
        limited(u"amount"_s, "amount", Field::Money, 0.01, kMaxMoney / 100.0),
        {u"reverses"_s, "reverses", Field::OptionalText},
        limited(u"note"_s, "note", Field::OptionalText, 0, SpendEntry::kMaxNoteLength),
        {u"author_id"_s, "author_id", Field::OptionalText},
        {u"created_at"_s, "created_at", Field::Time},
        keyColumn<CampaignStatus>(u"status_before"_s, "status_before"),
        keyColumn<CampaignStatus>(u"status_after"_s, "status_after"),
        limited(u"spent_after"_s, "spent_after", Field::Money, 0, kMaxMoney / 100.0),
        {u"updated_at"_s, "updated_at", Field::Time},
        {u"server_updated_at"_s, "updated_at", Field::ServerText},
    };
    // The page buffers hold kMaxColumns values a row (below): a longer list is a programming error
    // that must stop here, never corrupt memory.
    static const bool fits = [] {
        for (const auto* list : {&lead, &campaign, &niche, &note, &spend}) {
            if (list->size() > kMaxColumnsPerRow)
                qFatal("ServerRowWriter: %zu columns, more than the %zu a page row holds", list->size(),
                       kMaxColumnsPerRow);
        }
        return true;
    }();
    Q_UNUSED(fits);
    if (entity == u"lead"_s)
        return lead;
    if (entity == u"campaign"_s)
        return campaign;
    if (entity == u"note"_s)
        return note;
    if (entity == u"spend"_s)
        return spend;
    return niche;
}

constexpr int kMaxColumns = int(kMaxColumnsPerRow);

// A value ready to bind; text points into the parsed page or into the row's time buffers.
struct Value
{
    enum class Type : quint8 { Null, Text, Integer, Real };
    Type type = Type::Null;
    std::string_view text;
    qint64 integer = 0;
    double real = 0;
};

// "2026-11-25T20:18:35.123Z": the local store's timestamp text (Database.h, toDbTime).
using TimeText = std::array<char, 32>;

// PostgREST writes timestamptz in UTC ("2026-11-13T20:45:50.435472+00:00"): rewritten as the
// store's text from its own digits, the fraction cut to milliseconds as parseServerTime() does.
// Other offsets go through parseServerTime(). The text's length, or 0 when it is not a timestamp.
size_t toStoreTime(std::string_view t, TimeText& out)
{
    if (const auto utc = parseUtcTime(t)) {
        std::copy_n(t.data(), 19, out.data()); // "YYYY-MM-DDTHH:MM:SS", checked by parseUtcTime()
        const int ms = utc->micros / 1000;
        out[19] = '.';
        out[20] = char('0' + ms / 100);
        out[21] = char('0' + ms / 10 % 10);
        out[22] = char('0' + ms % 10);
        out[23] = 'Z';
        return 24;
    }
    const auto parsed = parseServerTime(toQString(t));
    if (!parsed)
        return 0;
    const QByteArray text = toDbTime(*parsed).toUtf8();
    if (size_t(text.size()) > out.size())
        return 0;
    std::copy(text.begin(), text.end(), out.begin());
    return size_t(text.size());
}

// An enum key in any case, as fromKey() reads it (the keys are ASCII).
bool sameKey(std::string_view got, const char* key)
{
    return QLatin1String(got.data(), qsizetype(got.size())).compare(QLatin1String(key), Qt::CaseInsensitive) == 0;
}

// How a wrong value reads in the message ("null", "\"text\"", 12.5, {…}).
QString describe(const simdjson::dom::element& v)
{
    switch (v.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return u"null"_s;
    case simdjson::dom::element_type::STRING:
        return u"\""_s + toQString(v.get_string().value_unsafe()) + u'"';
    case simdjson::dom::element_type::BOOL:
        return v.get_bool().value_unsafe() ? u"true"_s : u"false"_s;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QString::number(v.get_double().value_unsafe());
    default:
        return QString::fromStdString(simdjson::minify(v));
    }
}

// Characters, as SQLite's length() counts them in UTF-8 text: bytes that do not continue a sequence.
double characters(std::string_view utf8)
{
    return double(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (uchar(c) & 0xC0) != 0x80; }));
}

bool within(const Limits& limits, double value)
{
    return value >= limits.min && value <= limits.max;
}

// What a limited field expects, in the words of RowReader's other messages.
QString expectedWithin(const Limits& limits, bool text)
{
    const QString min = QString::number(limits.min, 'g', 15); // 1000000000000, not 1e+12
    const QString max = QString::number(limits.max, 'g', 15);
    if (text) {
        return limits.max < kNoLimit
                   ? QCoreApplication::translate("RowReader", "text of %1 to %2 characters").arg(min, max)
                   : QCoreApplication::translate("RowReader", "text of at least %1 characters").arg(min);
    }
    return limits.max < kNoLimit ? QCoreApplication::translate("RowReader", "a number from %1 to %2").arg(min, max)
                                 : QCoreApplication::translate("RowReader", "a number of at least %1").arg(min);
}

// Reads one row into values, in the entity's column order; the first problem, worded as RowReader
// words it, when a field is missing or wrong.
class RowDecoder
{
public:
    RowDecoder(const QString& entity, const std::vector<Column>& columns, const RowLayout& layout)
        : m_entity(entity), m_columns(columns), m_layout(layout)
    {
        for (size_t c = 0; c < m_columns.size(); ++c)
            m_positions[c] = layout.position(m_columns[c].json);
    }

    std::optional<Error> decode(const PageRow& row, Value* values, TimeText* times)
    {
        std::array<simdjson::dom::element, kMaxColumns> found;
        std::array<bool, kMaxColumns> present{};
        if (m_layout.positional()) {
            for (size_t c = 0; c < m_columns.size(); ++c) {
                if (m_positions[c] >= 0) {
                    found[c] = row.at(size_t(m_positions[c]));
                    present[c] = true;
                }
            }
        } else {
            for (const auto field : row.object()) {
                for (size_t c = 0; c < m_columns.size(); ++c) {
                    if (m_columns[c].json == field.key) {
                        found[c] = field.value;
                        present[c] = true;
                    }
                }
            }
        }
        for (size_t c = 0; c < m_columns.size(); ++c) {
            if (auto problem = read(m_columns[c], present[c], found[c], values[c], times[c]))
                return problem;
        }
        return std::nullopt;
    }

private:
    Error problem(const Column& column, const QString& got, const QString& expected) const
    {
        return Error{ErrorKind::Decode,
                     QCoreApplication::translate("RowReader",
                                                 "The server sent a %1 row that this console cannot read: field '%2' "
                                                 "is %3, expected %4")
                         .arg(m_entity, toQString(column.json), got, expected),
                     {}};
    }

    std::optional<Error> read(const Column& column, bool present, const simdjson::dom::element& v, Value& out,
                              TimeText& time) const
    {
        using T = simdjson::dom::element_type;
        const bool absent = !present || v.type() == T::NULL_VALUE;
        out = Value{};
        switch (column.field) {
        case Field::OptionalText:
        case Field::OptionalTime:
            if (absent)
                return std::nullopt; // NULL
            break;
        default:
            if (!present)
                return problem(column, QCoreApplication::translate("RowReader", "missing"),
                               QCoreApplication::translate("RowReader", "a value"));
        }
        std::string_view text;
        switch (column.field) {
        case Field::Text:
        case Field::ServerText:
        case Field::OptionalText:
            if (v.get(text))
                return problem(column, describe(v),
                               column.field == Field::OptionalText
                                   ? QCoreApplication::translate("RowReader", "text or null")
                                   : QCoreApplication::translate("RowReader", "text"));
            if ((column.field == Field::Text || column.field == Field::OptionalText) &&
                !within(column.limits, characters(text)))
                return problem(column, describe(v), expectedWithin(column.limits, true));
            if (!text.empty() || column.field != Field::OptionalText)
                out = Value{Value::Type::Text, text};
            return std::nullopt;
        case Field::Key: {
            if (v.get(text))
                return problem(column, describe(v), QCoreApplication::translate("RowReader", "text"));
            for (const EnumText& key : column.keys) {
                if (sameKey(text, key.key)) {
                    out = Value{Value::Type::Text, std::string_view(key.key)};
                    return std::nullopt;
                }
            }
            QStringList keys;
            for (const EnumText& key : column.keys)
                keys << QString::fromLatin1(key.key);
            return problem(column, toQString(text), keys.join(u", "));
        }
        case Field::Number:
        case Field::Integer: {
            double d = 0;
            if (v.get(d))
                return problem(column, describe(v), QCoreApplication::translate("RowReader", "a number"));
            if (column.field == Field::Number) {
                if (!within(column.limits, d))
                    return problem(column, QString::number(d), expectedWithin(column.limits, false));
                out = Value{Value::Type::Real, {}, 0, d};
                return std::nullopt;
            }
            if (d != std::floor(d) || std::abs(d) > 9e15)
                return problem(column, QString::number(d), QCoreApplication::translate("RowReader", "a whole number"));
            if (!within(column.limits, d))
                return problem(column, QString::number(d), expectedWithin(column.limits, false));
            out = Value{Value::Type::Integer, {}, qint64(d)};
            return std::nullopt;
        }
        case Field::Money: {
            // numeric(14,2) arrives as a JSON number; round to the nearest tiyn.
            double d = 0;
            bool ok = !v.get(d);
            if (!ok && !v.get(text))
                d = toQString(text).toDouble(&ok);
            if (!ok)
                return problem(column, describe(v), QCoreApplication::translate("RowReader", "an amount"));
            if (!within(column.limits, d))
                return problem(column, describe(v), expectedWithin(column.limits, false));
            out = Value{Value::Type::Integer, {}, qint64(std::llround(d * 100.0))};
            return std::nullopt;
        }
        case Field::Time:
        case Field::OptionalTime: {
            if (v.get(text))
                return problem(column, describe(v), QCoreApplication::translate("RowReader", "text"));
            const size_t length = toStoreTime(text, time);
            if (length == 0)
                return problem(column, u"\""_s + toQString(text) + u'"',
                               QCoreApplication::translate("RowReader", "an ISO-8601 timestamp"));
            out = Value{Value::Type::Text, std::string_view(time.data(), length)};
            return std::nullopt;
        }
        }
        return std::nullopt;
    }

    const QString& m_entity;
    const std::vector<Column>& m_columns;
    const RowLayout& m_layout;
    std::array<int, kMaxColumns> m_positions{}; // each column's place in a positional row
};

} // namespace

struct ServerRowWriter::Page
{
    simdjson::dom::parser parser;
    // kRowsPerStatement rows of values waiting for their statement, and their timestamps' text.
    std::vector<Value> values;
    std::vector<TimeText> times;
    int rows = 0;
};

ServerRowWriter::ServerRowWriter(Database& db)
    : m_db(db)
    , m_page(std::make_unique<Page>())
    , m_storing(ServerRowWriterText::tr("storing a row from the server"))
    , m_removing(ServerRowWriterText::tr("removing a row the server deleted"))
{
    m_page->values.resize(size_t(kRowsPerStatement) * kMaxColumns);
    m_page->times.resize(m_page->values.size());
}

ServerRowWriter::~ServerRowWriter() = default;

BulkStatement& ServerRowWriter::statement(const QString& entity, int rows, Write write)
{
    const QString table = Outbox::tableFor(entity);
    auto it = m_statements.find({table, rows, write});
    if (it == m_statements.end()) {
        QStringList columns;
        for (const Column& c : columnsFor(entity))
            columns << c.local;
        const QString oneRow = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
        const QString values = QStringList(rows, oneRow).join(u", "_s);
        QString sql;
        if (write == Write::InsertOrFail) {
            sql = u"INSERT OR FAIL INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s), values);
        } else {
            QStringList assignments;
            for (const QString& c : columns.mid(1))
                assignments << c + u" = excluded."_s + c;
            sql = u"INSERT INTO %1 (%2) VALUES %3 ON CONFLICT(id) DO UPDATE SET %4 "
                  "WHERE %1.server_updated_at IS NOT excluded.server_updated_at"_s.arg(
                      table, columns.join(u", "_s), values, assignments.join(u", "_s));
        }
        it = m_statements.emplace(std::tuple{table, rows, write}, std::make_unique<BulkStatement>(m_db, sql)).first;
    }
    return *it->second;
}

Result<qint64> ServerRowWriter::remove(const QString& entity, const QString& id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(Outbox::tableFor(entity)));
    q.bindValue(0, id);
    if (auto r = m_db.check(q, m_removing); !r)
        return tl::unexpected(r.error());
    return qint64(q.numRowsAffected());
}

Result<void> ServerRowWriter::flush(const QString& entity)
{
    const int rows = m_page->rows;
    if (rows == 0)
        return {};
    m_page->rows = 0;
    const int columns = int(columnsFor(entity).size());
    const auto bindRow = [&](BulkStatement& statement, int row, int firstParameter) {
        const Value* values = m_page->values.data() + size_t(row) * kMaxColumns;
        for (int c = 0; c < columns; ++c) {
            const Value& v = values[c];
            switch (v.type) {
            case Value::Type::Null:
                statement.bindNull(firstParameter + c);
                break;
            case Value::Type::Text:
                statement.bindText(firstParameter + c, v.text);
                break;
            case Value::Type::Integer:
                statement.bindInteger(firstParameter + c, v.integer);
                break;
            case Value::Type::Real:
                statement.bindReal(firstParameter + c, v.real);
                break;
            }
        }
    };
    const Write write = m_kind == PageRows::New ? Write::InsertOrFail : Write::Upsert;
    BulkStatement& bulk = statement(entity, rows, write);
    for (int r = 0; r < rows; ++r)
        bindRow(bulk, r, r * columns);
    auto changed = bulk.run(m_storing);
    if (changed) {
        m_changed += *changed;
        return {};
    }
    // A row a UNIQUE index refused, in a page of new rows (see PageRows): its id is kept.
    const auto deferred = [&](const Result<qint64>& result, int row) {
        if (result || m_kind != PageRows::New || result.error().code != BulkStatement::kUniqueRefused)
            return false;
        m_deferred << toQString(m_page->values[size_t(row) * kMaxColumns].text); // every entity's first column
        return true;
    };
    // The statement stopped at a refused row. An upsert stored none of its rows; an insert kept
    // those before the refused one (OR FAIL), each of which inserted one row.
    qint64 total = write == Write::InsertOrFail ? std::clamp<qint64>(bulk.changedBeforeFailure(), 0, rows - 1) : 0;
    if (write == Write::Upsert && rows == 1) {
        if (!deferred(changed, 0))
            return tl::unexpected(changed.error());
        return {};
    }
    // The rest one at a time, as upserts: the error is the refused row's (or the refused rows are
    // deferred), and a row the store already has is updated.
    BulkStatement& single = statement(entity, 1, Write::Upsert);
    for (int r = int(total); r < rows; ++r) {
        bindRow(single, r, 0);
        const auto one = single.run(m_storing);
        if (deferred(one, r))
            continue;
        if (!one)
            return tl::unexpected(one.error());
        total += *one;
    }
    m_changed += total;
    return {};
}

Result<void> ServerRowWriter::store(const QString& entity, const QJsonObject& row)
{
    const QByteArray page = '[' + QJsonDocument(row).toJson(QJsonDocument::Compact) + ']';
    const auto stored = storePage(entity, page);
    if (!stored)
        return tl::unexpected(stored.error());
    return {};
}

Result<StoredPage> ServerRowWriter::storePage(const QString& entity, const QByteArray& json,
                                              const QSet<QString>& holdBack, PageRows kind, const RowLayout& layout)
{
    const auto decodeError = [](const QString& message) {
        return tl::unexpected(Error{ErrorKind::Decode, message, {}});
    };
    simdjson::dom::element root;
    if (const auto error = m_page->parser.parse(json.constData(), size_t(json.size())).get(root))
        return decodeError(ServerRowWriterText::tr("The server sent a page of %1 rows that is not valid JSON (%2)")
                               .arg(entity, QString::fromUtf8(simdjson::error_message(error))));
    simdjson::dom::array rows;
    if (root.get(rows))
        return decodeError(
            ServerRowWriterText::tr("The server sent something other than a list of %1 rows").arg(entity));
    const std::vector<Column>& columns = columnsFor(entity);
    RowDecoder decoder(entity, columns, layout);
    m_page->rows = 0;
    m_changed = 0;
    m_deferred.clear();
    m_kind = kind;
    StoredPage page;
    std::string_view lastId;
    std::string_view lastUpdatedAt;
    std::string_view lastCreatedAt;
    for (const simdjson::dom::element element : rows) {
        ++page.rows;
        PageRow row;
        std::string_view id;
        if (row.read(element, layout) || row["id"].get(id))
            return decodeError(ServerRowWriterText::tr("The server sent a %1 row without a text \"id\": %2")
                                   .arg(entity, describe(element)));
        lastId = id;
        lastUpdatedAt = {};
        if (row["updated_at"].get(lastUpdatedAt))
            lastUpdatedAt = {};
        if (row["created_at"].get(lastCreatedAt))
            lastCreatedAt = {};
        if (!holdBack.isEmpty() && holdBack.contains(toQString(id))) {
            ++page.heldBack; // never overwrite a row with unsent changes
            continue;
        }
        if (const auto deletedAt = row["deleted_at"]; !deletedAt.error() && !deletedAt.is_null()) {
            if (auto r = flush(entity); !r) // keeps the server's order of changes
                return tl::unexpected(r.error());
            const auto removed = remove(entity, toQString(id));
            if (!removed)
                return tl::unexpected(removed.error());
            page.deleted += *removed;
            continue;
        }
        const size_t slot = size_t(m_page->rows) * kMaxColumns;
        if (auto problem = decoder.decode(row, m_page->values.data() + slot, m_page->times.data() + slot))
            return tl::unexpected(*problem);
        if (++m_page->rows == kRowsPerStatement) {
            if (auto r = flush(entity); !r)
                return tl::unexpected(r.error());
        }
    }
    if (auto r = flush(entity); !r)
        return tl::unexpected(r.error());
    page.stored = m_changed;
    page.deferred = m_deferred;
    page.lastId = toQString(lastId);
    page.lastUpdatedAt = toQString(lastUpdatedAt);
    page.lastCreatedAt = toQString(lastCreatedAt);
    return page;
}

} // namespace leadops
