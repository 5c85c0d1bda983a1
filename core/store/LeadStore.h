#pragma once

#include "core/domain/Lead.h"
#include "core/store/Filters.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace leadops {

class Database;

// The WHERE conditions of a lead filter over `leads l`, with their values in order: the one place
// that turns a LeadFilter into SQL (the lead list, its counts and the funnel).
// One page of the lead list and where the next one starts (none when this one is empty).
struct LeadPage
{
    QList<Lead> rows;
    std::optional<LeadCursor> next;
};

struct LeadConditions
{
    QStringList clauses;
    QVariantList values;
    QString where() const; // " WHERE a AND b", or empty
};

// Reads and writes leads in the local store. Knows SQL, not rules: the services decide.
class LeadStore
{
public:
    explicit LeadStore(Database& db) : m_db(db) {}

    Result<std::optional<Lead>> get(const QString& id);
    Result<std::optional<Lead>> findByContact(const QString& campaignId, const QString& contact);
    // Whether the campaign has a lead with this contact: findByContact() without reading the lead,
    // for the many lookups of an import that finds none.
    Result<bool> hasContact(const QString& campaignId, const QString& contact);
    Result<void> insert(const Lead& lead);
    Result<void> update(const Lead& lead);
    Result<QList<Lead>> list(const LeadFilter& filter);
    // The same rows with the place after the last one, for the next keyset page (LeadFilter::after).
    Result<LeadPage> page(const LeadFilter& filter);
    // Makes the index a sort's pages walk, if it needs one and it is missing (leadSortIndex()).
    Result<void> ensureSortIndex(LeadSort sort);
    // Where the list sorted this way stands at a lead: a keyset page from a lead id (the CLI's --after).
    Result<LeadCursor> cursorAt(const QString& id, LeadSort sort);
    Result<qint64> count(const LeadFilter& filter);
    // Every lead the filter selects, in its order, ignoring its limit and offset, one at a time (an
    // export of a million leads holds one); `each` returns false to stop. The number visited.
    Result<qint64> forEach(const LeadFilter& filter, const std::function<bool(const Lead&)>& each);
    Result<QList<QPair<LeadStatus, qint64>>> countByStatus(LeadFilter filter);
    // The local mirror of the RPC get_auto_disqualify_leads().
    Result<QList<Lead>> autoDisqualifyCandidates();

    static QString selectColumns(); // the column list leadFromRow() expects, in order
    // Any: SQLite picks the narrowest index (lists of a page). CoveringScan: source, market and period
    // are not taken through their own indexes, so a whole-table aggregate reads one covering index.
    enum class IndexUse { Any, CoveringScan };
    // How a search is answered. Scan: LIKE over every contact and name (a fragment too short for
    // the index, or no index). Index: the rows the trigram index (SearchIndex) holds for it, checked
    // against LIKE where the index folds more. For a page of a fragment the index holds often, the
    // list instead walks its order's index: IndexWalk keeps the rows in the index's set, LikeWalk
    // (a fragment in every few rows) tests LIKE on each row it walks and needs no set at all.
    enum class SearchUse { Scan, Index, IndexWalk, LikeWalk };
    static LeadConditions conditions(const LeadFilter& filter, IndexUse use = IndexUse::Any,
                                     SearchUse search = SearchUse::Scan);
    // Where a page stops fetching the index's rows and walks the order instead: from this many
    // found (a walk then reads at most a page per this many in the workspace's rows, a fetch reads
    // and sorts them all), and by LIKE alone from one row in `searchLikeWalkEvery`. Measured over a
    // million leads (docs/architecture.md); tests lower them to walk a small workspace.
    static inline qint64 searchWalkFrom = 1'000;
    static inline qint64 searchLikeWalkEvery = 50;
    // Every row of an executed query (selectColumns()), or the first damaged one's error.
    static Result<QList<Lead>> readLeads(QSqlQuery& q, qsizetype expected);
    static Result<Lead> leadFromRow(const QSqlQuery& q, int first = 0);

private:
    // How this connection answers the filter's search: by the index where it has one and the
    // fragment is long enough; walking the order for a page (`forPage`) when the index holds many.
    Result<SearchUse> searchUse(const LeadFilter& filter, bool forPage);
    Result<LeadPage> keysetPage(const LeadFilter& filter, SearchUse search);
    // Runs a page query whose last two columns are the sort value and the rowid.
    Result<LeadPage> readPage(QSqlQuery& q, int expected);

    Database& m_db;
};

} // namespace leadops
