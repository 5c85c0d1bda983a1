#include "core/store/LeadStore.h"

#include "core/store/BulkStatement.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/SearchIndex.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use LeadStoreText::tr.
struct LeadStoreText
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

// The text a search looks for in contacts: phone fragments on digits only ("701 123" finds
// +77011234567), other text lower-cased like the stored contacts.
QString contactTerm(const QString& text)
{
    QString t = text.trimmed().toLower();
    bool phoneLike = !t.isEmpty();
    for (const QChar c : t)
        phoneLike = phoneLike && (c.isDigit() || c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'+');
    if (phoneLike)
        t.remove(QRegularExpression(u"[^0-9]"_s));
    return t;
}

// In names, the text as typed.
QString nameTerm(const QString& text)
{
    return text.trimmed();
}

// Anywhere in the text, LIKE wildcards escaped.
QString likePattern(QString term)
{
    term.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + term + u"%"_s;
}

// An empty text is stored as NULL (the column's CHECK wants a name or none).
QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace

QString LeadConditions::where() const
{
    return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
}

LeadConditions LeadStore::conditions(const LeadFilter& f, IndexUse use, SearchUse search)
{
    // A unary + on a column keeps SQLite from walking that column's index (and looking each row up
    // in the table): a whole-table aggregate then reads one covering index instead.
    const QString cover = use == IndexUse::CoveringScan ? u"+"_s : QString();
    LeadConditions c;
    if (f.status) {
        c.clauses << u"l.status = ?"_s;
        c.values << toKey(*f.status);
    }
    if (!f.campaignId.isEmpty()) { // one campaign is selective enough for its own index either way
        c.clauses << u"l.campaign_id = ?"_s;
        c.values << f.campaignId;
    }
    if (f.source) {
        c.clauses << cover + u"l.source = ?"_s;
        c.values << toKey(*f.source);
    }
    if (f.market) {
        c.clauses << cover + u"l.campaign_id IN (SELECT c.id FROM campaigns c JOIN niches n ON n.id = c.niche_id "
                             "WHERE n.market = ?)"_s;
        c.values << toKey(*f.market);
    }
    if (!f.search.trimmed().isEmpty()) {
        const QString contact = contactTerm(f.search);
        const QString name = nameTerm(f.search);
        // LIKE on the row itself: the walk's only test, and the index's check where it folds more.
        const auto likeOnTheRow = [&] {
            c.clauses << u"(l.contact LIKE ? ESCAPE '\\' OR l.display_name LIKE ? ESCAPE '\\')"_s;
            c.values << likePattern(contact) << likePattern(name);
        };
        const auto indexed = search == SearchUse::Index || search == SearchUse::IndexWalk
                                 ? SearchIndex::query(contact, name)
                                 : std::nullopt;
        if (search == SearchUse::LikeWalk) {
            likeOnTheRow();
        } else if (indexed) {
            // The index's rows; the unary + in a walk keeps SQLite from fetching them all by rowid.
            c.clauses << (search == SearchUse::IndexWalk ? u"+"_s : QString()) +
                             u"l.rowid IN (SELECT rowid FROM leads_search WHERE leads_search MATCH ?)"_s;
            c.values << *indexed;
            if (SearchIndex::foldsMoreThanLike(contact) || SearchIndex::foldsMoreThanLike(name))
                likeOnTheRow();
        } else {
            // Through rowids from the (campaign_id, contact) index, which holds every contact: a
            // scan of that small index instead of the table, whichever order the list asks for.
            // The name as typed (SQLite's LIKE folds the case of Latin letters only).
            c.clauses << u"l.rowid IN (SELECT rowid FROM leads WHERE contact LIKE ? ESCAPE '\\' OR "
                         "display_name LIKE ? ESCAPE '\\')"_s;
            c.values << likePattern(contact) << likePattern(name);
        }
    }
    switch (f.owner) {
    case LeadFilter::Owner::Any:
        break;
    case LeadFilter::Owner::Member:
        c.clauses << u"l.owner_id = ?"_s;
        c.values << f.ownerId;
        break;
    case LeadFilter::Owner::MemberOrUnassigned:
        c.clauses << u"(l.owner_id = ? OR l.owner_id IS NULL)"_s;
        c.values << f.ownerId;
        break;
    case LeadFilter::Owner::Unassigned:
        c.clauses << u"l.owner_id IS NULL"_s;
        break;
    }
    // Follow-ups: leads without one never match a range.
    if (f.followUpFrom) {
        c.clauses << u"l.next_follow_up_at >= ?"_s;
        c.values << toDbTime(*f.followUpFrom);
    }
    if (f.followUpBefore) {
        c.clauses << u"l.next_follow_up_at < ?"_s;
        c.values << toDbTime(*f.followUpBefore);
    }
    if (f.funnel) {
        // Both histories, by status (audit_status, server_history by entity): the same definition
        // the funnel counts with, so a number clicked lists exactly its leads.
        const QString stage = toKey(f.funnel->stage);
        if (f.funnel->kind == FunnelSelection::Kind::Reached && f.funnel->stage == LeadStatus::New) {
            // every lead starts new
        } else if (f.funnel->kind == FunnelSelection::Kind::Reached) {
            c.clauses << u"(l.status = ? OR l.id IN (SELECT entity_id FROM audit_log WHERE entity = 'lead' AND "
                         "(to_status = ? OR from_status = ?)) OR l.id IN (SELECT entity_id FROM server_history "
                         "WHERE entity = 'lead' AND (to_status = ? OR from_status = ?)))"_s;
            c.values << stage << stage << stage << stage << stage;
        } else {
            c.clauses << u"l.status = 'disqualified' AND (l.id IN (SELECT entity_id FROM audit_log WHERE entity = "
                         "'lead' AND to_status = 'disqualified' AND coalesce(from_status, 'new') = ?) OR l.id IN "
                         "(SELECT entity_id FROM server_history WHERE entity = 'lead' AND to_status = "
                         "'disqualified' AND coalesce(from_status, 'new') = ?))"_s;
            c.values << stage << stage;
        }
    }
    if (f.createdFrom) {
        c.clauses << cover + u"l.created_at >= ?"_s;
        c.values << toDbTime(*f.createdFrom);
    }
    if (f.createdTo) {
        c.clauses << cover + u"l.created_at < ?"_s;
        c.values << toDbTime(*f.createdTo);
    }
    return c;
}

QString LeadStore::selectColumns()
{
    return u"l.id, l.campaign_id, l.source, l.contact, l.status, l.qualification_score, l.messages_count, "
           "l.created_at, l.qualified_at, l.disqualified_at, l.disqualification_reason, l.updated_at, l.display_name, "
           "l.owner_id, l.next_follow_up_at, l.follow_up_note"_s;
}

Result<Lead> LeadStore::leadFromRow(const QSqlQuery& q, int first)
{
    const auto source = readKey<Platform>(q, first + 2, u"leads"_s, u"source"_s);
    if (!source)
        return tl::unexpected(source.error());
    const auto status = readKey<LeadStatus>(q, first + 4, u"leads"_s, u"status"_s);
    if (!status)
        return tl::unexpected(status.error());
    Lead l;
    l.id = q.value(first).toString();
    l.campaignId = q.value(first + 1).toString();
    l.source = *source;
    l.contact = q.value(first + 3).toString();
    l.status = *status;
    l.qualificationScore = q.value(first + 5).toDouble();
    l.messagesCount = q.value(first + 6).toInt();
    l.createdAt = fromDbTime(q.value(first + 7));
    l.qualifiedAt = optionalFromDbTime(q.value(first + 8));
    l.disqualifiedAt = optionalFromDbTime(q.value(first + 9));
    l.disqualificationReason = q.value(first + 10).toString();
    l.updatedAt = fromDbTime(q.value(first + 11));
    l.displayName = q.value(first + 12).toString();
    l.ownerId = q.value(first + 13).toString();
    l.nextFollowUpAt = optionalFromDbTime(q.value(first + 14));
    l.followUpNote = q.value(first + 15).toString();
    return l;
}

Result<QList<Lead>> LeadStore::readLeads(QSqlQuery& q, qsizetype expected)
{
    QList<Lead> leads;
    leads.reserve(expected);
    while (q.next()) {
        auto lead = leadFromRow(q);
        if (!lead)
            return tl::unexpected(lead.error());
        leads << std::move(*lead);
    }
    if (auto r = Database::endOfRows(q, LeadStoreText::tr("reading leads")); !r)
        return tl::unexpected(r.error());
    return leads;
}

Result<std::optional<Lead>> LeadStore::get(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u" FROM leads l WHERE l.id = ?"_s);
    q.bindValue(0, id);
    if (auto r = m_db.check(q, LeadStoreText::tr("reading lead %1").arg(id)); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<Lead>();
    auto lead = leadFromRow(q);
    if (!lead)
        return tl::unexpected(lead.error());
    return std::optional<Lead>(std::move(*lead));
}

Result<std::optional<Lead>> LeadStore::findByContact(const QString& campaignId, const QString& contact)
{
    QSqlQuery q =
        m_db.prepare(u"SELECT "_s + selectColumns() + u" FROM leads l WHERE l.campaign_id = ? AND l.contact = ?"_s);
    q.bindValue(0, campaignId);
    q.bindValue(1, contact);
    if (auto r = m_db.check(q, LeadStoreText::tr("looking for duplicate contacts")); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return std::optional<Lead>();
    auto lead = leadFromRow(q);
    if (!lead)
        return tl::unexpected(lead.error());
    return std::optional<Lead>(std::move(*lead));
}

Result<bool> LeadStore::hasContact(const QString& campaignId, const QString& contact)
{
    BulkStatement& q = m_db.statement(u"SELECT 1 FROM leads WHERE campaign_id = ? AND contact = ?"_s);
    q.bindText(0, campaignId);
    q.bindText(1, contact);
    return q.hasRow(LeadStoreText::tr("looking for duplicate contacts"));
}

Result<void> LeadStore::insert(const Lead& l)
{
    BulkStatement& q = m_db.statement(
        u"INSERT INTO leads (id, campaign_id, source, contact, status, qualification_score, messages_count, "
        "created_at, qualified_at, disqualified_at, disqualification_reason, updated_at, display_name, owner_id, "
        "next_follow_up_at, follow_up_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindText(0, l.id);
    q.bindText(1, l.campaignId);
    q.bindText(2, toKey(l.source));
    q.bindText(3, l.contact);
    q.bindText(4, toKey(l.status));
    q.bindReal(5, l.qualificationScore);
    q.bindInteger(6, l.messagesCount);
    q.bindTime(7, l.createdAt);
    q.bindTime(8, l.qualifiedAt);
    q.bindTime(9, l.disqualifiedAt);
    q.bindTextOrNull(10, l.disqualificationReason);
    q.bindTime(11, l.updatedAt);
    q.bindTextOrNull(12, l.displayName);
    q.bindTextOrNull(13, l.ownerId);
    q.bindTime(14, l.nextFollowUpAt);
    q.bindTextOrNull(15, l.followUpNote);
    if (auto r = q.run(LeadStoreText::tr("saving lead %1").arg(l.id)); !r)
        return tl::unexpected(r.error());
    return {};
}

Result<void> LeadStore::update(const Lead& l)
{
    QSqlQuery q =
        m_db.prepare(u"UPDATE leads SET status = ?, qualification_score = ?, messages_count = ?, qualified_at = ?, "
                     "disqualified_at = ?, disqualification_reason = ?, updated_at = ?, display_name = ?, "
                     "owner_id = ?, next_follow_up_at = ?, follow_up_note = ? WHERE id = ?"_s);
    q.bindValue(0, toKey(l.status));
    q.bindValue(1, l.qualificationScore);
    q.bindValue(2, l.messagesCount);
    q.bindValue(3, toDbTime(l.qualifiedAt));
    q.bindValue(4, toDbTime(l.disqualifiedAt));
    q.bindValue(5, l.disqualificationReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(l.disqualificationReason));
    q.bindValue(6, toDbTime(l.updatedAt));
    q.bindValue(7, nullIfEmpty(l.displayName));
    q.bindValue(8, nullIfEmpty(l.ownerId));
    q.bindValue(9, toDbTime(l.nextFollowUpAt));
    q.bindValue(10, nullIfEmpty(l.followUpNote));
    q.bindValue(11, l.id);
    if (auto r = m_db.check(q, LeadStoreText::tr("updating lead %1").arg(l.id)); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return fail(ErrorKind::NotFound, LeadStoreText::tr("Lead %1 no longer exists in the local store").arg(l.id));
    return {};
}

namespace {

// Ties of the sort column are broken by rowid, not id: each sort column's index holds the rowid, so
// the order is the index's own and a keyset page is one range of it, at any depth.
QString orderBy(const LeadFilter& f)
{
    const QString direction = f.descending ? u" DESC"_s : u" ASC"_s;
    return u" ORDER BY l."_s + toKey(f.sort) + direction + u", l.rowid"_s + direction;
}

// Only the follow-up may be NULL; SQLite puts NULLs first going up and last going down.
bool sortsNulls(LeadSort sort)
{
    return sort == LeadSort::FollowUp;
}

// The part of a sort order a keyset page walks: the rows with a value, or the NULLs (by rowid).
enum class Segment { Values, Nulls };

} // namespace

Result<qint64> LeadStore::forEach(const LeadFilter& f, const std::function<bool(const Lead&)>& each)
{
    const auto search = searchUse(f, false);
    if (!search)
        return tl::unexpected(search.error());
    const LeadConditions w = conditions(f, IndexUse::Any, *search);
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u" FROM leads l"_s + w.where() + orderBy(f));
    bindAll(q, w.values);
    if (auto r = m_db.check(q, LeadStoreText::tr("listing leads")); !r)
        return tl::unexpected(r.error());
    qint64 visited = 0;
    while (q.next()) {
        auto lead = leadFromRow(q);
        if (!lead)
            return tl::unexpected(lead.error());
        ++visited;
        if (!each(*lead))
            return visited;
    }
    if (auto r = Database::endOfRows(q, LeadStoreText::tr("listing leads")); !r)
        return tl::unexpected(r.error());
    return visited;
}

Result<LeadStore::SearchUse> LeadStore::searchUse(const LeadFilter& f, bool forPage)
{
    if (f.search.trimmed().isEmpty() || !SearchIndex::exists(m_db))
        return SearchUse::Scan;
    const auto query = SearchIndex::query(contactTerm(f.search), nameTerm(f.search));
    if (!query)
        return SearchUse::Scan;
    if (!forPage)
        return SearchUse::Index;
    // The rows in the workspace, near enough: rowids only grow, and max() reads one b-tree edge.
    QSqlQuery rows = m_db.prepare(u"SELECT max(rowid) FROM leads"_s);
    if (auto r = m_db.check(rows, LeadStoreText::tr("searching leads")); !r)
        return tl::unexpected(r.error());
    const qint64 size = rows.next() ? rows.value(0).toLongLong() : 0;
    rows.finish();
    // How many rows the index holds for it, counted only as far as the choice needs: from one row
    // in searchLikeWalkEvery on, the answer is the same however many more there are. A fragment in
    // a quarter of a million contacts (777) cost as much to count in full as its whole page.
    const qint64 every = std::max<qint64>(1, searchLikeWalkEvery);
    const qint64 enough = std::max(searchWalkFrom, (size + every - 1) / every);
    QSqlQuery q =
        m_db.prepare(u"SELECT count(*) FROM (SELECT rowid FROM leads_search WHERE leads_search MATCH ? LIMIT ?)"_s);
    q.bindValue(0, *query);
    q.bindValue(1, enough);
    if (auto r = m_db.check(q, LeadStoreText::tr("searching leads")); !r)
        return tl::unexpected(r.error());
    const qint64 found = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (found < searchWalkFrom)
        return SearchUse::Index;
    return found * every >= size ? SearchUse::LikeWalk : SearchUse::IndexWalk;
}

Result<QList<Lead>> LeadStore::list(const LeadFilter& f)
{
    return page(f).map([](LeadPage p) { return std::move(p.rows); });
}

Result<LeadPage> LeadStore::page(const LeadFilter& f)
{
    // A sort with NULLs goes by segments even from the top: its first page going up is the NULLs in
    // rowid order, which no index of the column holds.
    const auto search = searchUse(f, true);
    if (!search)
        return tl::unexpected(search.error());
    if (f.after || (sortsNulls(f.sort) && f.offset == 0))
        return keysetPage(f, *search);
    const LeadConditions w = conditions(f, IndexUse::Any, *search);
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u", l."_s + toKey(f.sort) +
                               u", l.rowid FROM leads l"_s + w.where() + orderBy(f) + u" LIMIT ? OFFSET ?"_s);
    bindAll(q, w.values);
    q.bindValue(static_cast<int>(w.values.size()), f.limit);
    q.bindValue(static_cast<int>(w.values.size()) + 1, f.offset);
    if (auto r = m_db.check(q, LeadStoreText::tr("listing leads")); !r)
        return tl::unexpected(r.error());
    return readPage(q, f.limit);
}

Result<LeadPage> LeadStore::readPage(QSqlQuery& q, int expected)
{
    constexpr int kCursorColumn = 16; // after selectColumns()
    LeadPage page;
    page.rows.reserve(expected);
    while (q.next()) {
        auto lead = leadFromRow(q);
        if (!lead)
            return tl::unexpected(lead.error());
        page.rows << std::move(*lead);
        page.next = LeadCursor{q.value(kCursorColumn), q.value(kCursorColumn + 1).toLongLong()};
    }
    if (auto r = Database::endOfRows(q, LeadStoreText::tr("listing leads")); !r)
        return tl::unexpected(r.error());
    return page;
}

Result<void> LeadStore::ensureSortIndex(LeadSort sort)
{
    const auto ddl = leadSortIndex(sort);
    if (!ddl)
        return {};
    const QString name = QString::fromUtf16(kLeadSortIndexPrefix) + toKey(sort);
    QSqlQuery q = m_db.prepare(u"SELECT (SELECT count(*) FROM sqlite_master WHERE name = ?), "
                               "(SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1')"_s);
    q.bindValue(0, name);
    if (auto r = m_db.check(q, LeadStoreText::tr("listing leads")); !r || !q.next())
        return r;
    const bool exists = q.value(0).toInt() > 0;
    const bool measured = q.value(1).toInt() > 0;
    q.finish();
    if (exists)
        return {};
    // The build sorts a million keys; in memory, the heap it grew (about 240 MB) stayed with the
    // window's process after it.
    const TempInFiles sortInFiles(m_db);
    if (!sortInFiles.started())
        return sortInFiles.started();
    if (auto r = m_db.exec(*ddl); !r)
        return r;
    // A workspace whose indexes were measured (a demo's ANALYZE) has this one measured too: SQLite
    // guesses an unmeasured index picks out a few rows per value, and would take the status index
    // for a status + campaign filter that the campaign's index answers 4 times faster.
    return measured ? m_db.exec(u"ANALYZE "_s + name) : Result<void>{};
}

Result<LeadCursor> LeadStore::cursorAt(const QString& id, LeadSort sort)
{
    QSqlQuery at = m_db.prepare(u"SELECT l."_s + toKey(sort) + u", l.rowid FROM leads l WHERE l.id = ?"_s);
    at.bindValue(0, id);
    if (auto r = m_db.check(at, LeadStoreText::tr("listing leads")); !r)
        return tl::unexpected(r.error());
    if (!at.next())
        return fail(ErrorKind::NotFound,
                    LeadStoreText::tr("Lead %1, where the page should start, is not in the local store").arg(id));
    return LeadCursor{at.value(0), at.value(1).toLongLong()};
}

Result<LeadPage> LeadStore::keysetPage(const LeadFilter& f, SearchUse search)
{
    const QString column = u"l."_s + toKey(f.sort);
    const QString past = f.descending ? u"<"_s : u">"_s;
    // The order is one or two segments (values, and NULLs at the start going up or at the end going
    // down); the page is the rest of the cursor's segment, then the next segments from their start.
    // Each step below is one range of the sort column's index. The rest of the cursor's own value
    // is a step of its own (the value, rowids past the cursor's): SQLite takes only the first column
    // of a row value (col, rowid) > (?, ?) into an index range, and would walk the whole run of a
    // common value (a status, a source: a quarter of the rows) to find where the page starts.
    QList<QPair<QStringList, QVariantList>> steps;
    QList<Segment> segments{Segment::Values};
    if (sortsNulls(f.sort))
        segments.insert(f.descending ? 1 : 0, Segment::Nulls);
    bool cursorSeen = !f.after; // from the top, every segment is walked from its start
    for (const Segment segment : segments) {
        const bool cursorSegment = f.after && (segment == Segment::Nulls) == f.after->value.isNull();
        if (!cursorSeen && !cursorSegment)
            continue; // before the cursor
        cursorSeen = true;
        if (segment == Segment::Nulls) {
            if (cursorSegment)
                steps.append({{column + u" IS NULL"_s, u"l.rowid "_s + past + u" ?"_s}, {f.after->rowid}});
            else
                steps.append({{column + u" IS NULL"_s}, {}});
        } else if (cursorSegment) {
            steps.append({{column + u" = ?"_s, u"l.rowid "_s + past + u" ?"_s}, {f.after->value, f.after->rowid}});
            steps.append({{column + u" "_s + past + u" ?"_s}, {f.after->value}});
        } else {
            steps.append({{column + u" IS NOT NULL"_s}, {}}); // lets SQLite take the column's partial index
        }
    }
    const LeadConditions w = conditions(f, IndexUse::Any, search);
    LeadPage page;
    for (const auto& [clauses, values] : std::as_const(steps)) {
        const int wanted = f.limit - static_cast<int>(page.rows.size());
        if (wanted <= 0)
            break;
        LeadConditions c = w;
        c.clauses += clauses;
        c.values += values;
        QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() + u", "_s + column + u", l.rowid FROM leads l"_s +
                                   c.where() + orderBy(f) + u" LIMIT ?"_s);
        bindAll(q, c.values);
        q.bindValue(static_cast<int>(c.values.size()), wanted);
        if (auto r = m_db.check(q, LeadStoreText::tr("listing leads")); !r)
            return tl::unexpected(r.error());
        auto rows = readPage(q, wanted);
        if (!rows)
            return rows;
        page.rows += rows->rows;
        if (rows->next)
            page.next = rows->next;
    }
    return page;
}

Result<qint64> LeadStore::count(const LeadFilter& f)
{
    const auto search = searchUse(f, false);
    if (!search)
        return tl::unexpected(search.error());
    const LeadConditions w = conditions(f, IndexUse::Any, *search);
    QSqlQuery q = m_db.prepare(u"SELECT count(*) FROM leads l"_s + w.where());
    bindAll(q, w.values);
    if (auto r = m_db.check(q, LeadStoreText::tr("counting leads")); !r)
        return tl::unexpected(r.error());
    if (!q.next())
        return Database::endOfRows(q, LeadStoreText::tr("counting leads")).map([] { return qint64(0); });
    return q.value(0).toLongLong();
}

Result<QList<QPair<LeadStatus, qint64>>> LeadStore::countByStatus(LeadFilter f)
{
    f.status.reset();
    if (f.owner == LeadFilter::Owner::MemberOrUnassigned) {
        // A queue is two disjoint sets, each an index-only range of leads_owner_status; with the OR,
        // SQLite walks another index and reads the table for every row (1 s at a million).
        f.owner = LeadFilter::Owner::Member;
        auto mine = countByStatus(f);
        if (!mine)
            return mine;
        f.owner = LeadFilter::Owner::Unassigned;
        const auto unassigned = countByStatus(f);
        if (!unassigned)
            return unassigned;
        for (qsizetype i = 0; i < mine->size(); ++i)
            (*mine)[i].second += unassigned->at(i).second;
        return mine;
    }
    const auto search = searchUse(f, false);
    if (!search)
        return tl::unexpected(search.error());
    const LeadConditions w = conditions(f, IndexUse::Any, *search);
    QSqlQuery q = m_db.prepare(u"SELECT l.status, count(*) FROM leads l"_s + w.where() + u" GROUP BY l.status"_s);
    bindAll(q, w.values);
    if (auto r = m_db.check(q, LeadStoreText::tr("counting leads by status")); !r)
        return tl::unexpected(r.error());
    QList<QPair<LeadStatus, qint64>> counts;
    for (LeadStatus s : allValues<LeadStatus>())
        counts << qMakePair(s, qint64(0));
    while (q.next()) {
        const auto s = fromKey<LeadStatus>(q.value(0).toString());
        if (!s)
            return tl::unexpected(Database::damagedRow(u"leads"_s, {}, u"status"_s, q.value(0).toString()));
        counts[static_cast<int>(*s)].second = q.value(1).toLongLong();
    }
    if (auto r = Database::endOfRows(q, LeadStoreText::tr("counting leads by status")); !r)
        return tl::unexpected(r.error());
    return counts;
}

Result<QList<Lead>> LeadStore::autoDisqualifyCandidates()
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + selectColumns() +
                               u" FROM leads l WHERE l.status = 'qualifying' AND l.messages_count > ? AND "
                               "l.qualification_score < ? ORDER BY l.created_at, l.id"_s);
    q.bindValue(0, Lead::kAutoDisqualifyMessages);
    q.bindValue(1, Lead::kAutoDisqualifyScore);
    if (auto r = m_db.check(q, LeadStoreText::tr("finding leads to auto-disqualify")); !r)
        return tl::unexpected(r.error());
    return readLeads(q, 0);
}

template <>
std::span<const EnumText> enumTexts<LeadSort>()
{
    static constexpr EnumText keys[] = {{"created_at"},     {"updated_at"},       {"qualification_score"},
                                        {"messages_count"}, {"contact"},          {"status"},
                                        {"source"},         {"next_follow_up_at"}};
    return keys;
}

} // namespace leadops
