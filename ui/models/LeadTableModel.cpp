#include "ui/models/LeadTableModel.h"

#include "core/domain/Contact.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"

#include "core/obs/Logging.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

LeadTableModel::LeadTableModel(LeadService& leads, CampaignService& campaigns, QObject* parent)
    : LeadTableModel(leads, campaigns, nullptr, parent)
{}

LeadTableModel::LeadTableModel(LeadService& leads, CampaignService& campaigns, LeadReader* reader, QObject* parent)
    : QAbstractTableModel(parent), m_leads(leads), m_campaigns(campaigns), m_reader(reader)
{
    m_filter.limit = kPageSize;
    connect(&m_leads, &LeadService::leadChanged, this, &LeadTableModel::onLeadChanged);
    connect(&m_leads, &LeadService::leadCreated, this, [this] { reload(); });
    connect(&m_campaigns, &CampaignService::campaignCreated, this, [this] { reload(); });
    reload();
}

void LeadTableModel::reload()
{
    if (!m_reader) {
        const auto listing = LeadReader::read(m_leads.database(), m_filter, kPageSize);
        if (!listing) {
            Q_EMIT loadFailed(listing.error().message);
            return;
        }
        apply(*listing);
        return;
    }
    ++m_listGeneration; // pages asked for the list being replaced are dropped
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    m_reader->load(m_filter, kPageSize).then(this, [this](const Result<LeadListing>& listing) {
        const bool last = --m_pending == 0;
        if (!listing)
            Q_EMIT loadFailed(listing.error().message);
        else if (!listing->superseded && last) // an older answer never overwrites a newer question
            apply(*listing);
        if (last)
            Q_EMIT loadingChanged(false);
    });
}

void LeadTableModel::apply(const LeadListing& listing)
{
    // No page is fetched while the reset is being announced: a listener that asks for more inside
    // modelReset (QAbstractItemModelTester in Qt 6.4 does) would nest an insert inside the reset.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_campaignNames = listing.campaignNames;
    m_ownerNames = listing.ownerNames;
    m_rows = listing.rows;
    m_next = listing.next;
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows[row].id, row);
    m_exhausted = m_rows.size() < kPageSize;
    m_total = listing.total;
    m_statusCounts = listing.statusCounts;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    Q_EMIT statusCountsChanged(m_statusCounts);
}

void LeadTableModel::setFilter(const LeadFilter& filter)
{
    const LeadSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload();
}

bool LeadTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching && m_pending == 0;
}

void LeadTableModel::fetchMore(const QModelIndex& parent)
{
    // A view (or a model tester) may ask for more from inside the insert notification of the
    // previous page: one page at a time.
    if (parent.isValid() || m_exhausted || m_fetching || m_pending > 0)
        return;
    if (!m_next) { // nothing was read: no place to go on from
        m_exhausted = true;
        return;
    }
    // The next page starts where the last one ended as it was read, not at the last row's values
    // now: a row edited since (its updated_at, its status) keeps its place in the list.
    if (m_reader) {
        // The next page on the reader thread too; the rows are appended when it answers, unless a
        // new filter or sort replaced the list meanwhile.
        m_fetching = true;
        const quint64 list = m_listGeneration;
        m_reader->loadPage(m_filter, *m_next, kPageSize).then(this, [this, list](const Result<LeadPage>& rows) {
            // Always from the event loop: a page ready before this continuation was attached
            // runs it at once, inside fetchMore(), which a view may call from its own insert
            // notification; appending there would nest one insert in another.
            QMetaObject::invokeMethod(
                this,
                [this, list, rows] {
                    m_fetching = false;
                    if (list == m_listGeneration)
                        appendPage(rows);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    LeadFilter page = m_filter;
    page.after = m_next;
    page.limit = kPageSize;
    appendPage(m_leads.page(page));
}

void LeadTableModel::appendPage(const Result<LeadPage>& page)
{
    if (!page) {
        m_exhausted = true;
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    const QList<Lead>* rows = &page->rows;
    m_exhausted = rows->size() < kPageSize;
    if (rows->isEmpty())
        return;
    m_next = page->next;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows->size() - 1));
    for (const Lead& l : *rows)
        m_rowById.insert(l.id, static_cast<int>(m_rows.size() + (&l - rows->constData())));
    m_rows.append(*rows);
    endInsertRows();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, LeadSort> byColumn = {
        {Contact, LeadSort::Contact},   {Status, LeadSort::Status}, {Score, LeadSort::Score},
        {Messages, LeadSort::Messages}, {Source, LeadSort::Source}, {CreatedAt, LeadSort::CreatedAt},
        {FollowUp, LeadSort::FollowUp},
    };
    if (!byColumn.contains(column))
        return; // the name and the campaign: no index orders a million rows by them
    const LeadSort sort = byColumn.value(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    if (m_reader) {
        m_reader->prepareSort(sort).then(this, [](const Result<void>& built) {
            if (!built) // the list still works without it, only its deep pages are slower
                qCWarning(lcUi) << "could not build the index of a sort:" << built.error().message;
        });
    } else if (const auto built = m_leads.ensureSortIndex(sort); !built) {
        qCWarning(lcUi) << "could not build the index of a sort:" << built.error().message;
    }
    reload();
}

QString LeadTableModel::ownerName(const QString& ownerId) const
{
    if (ownerId.isEmpty())
        return u"—"_s;
    return m_ownerNames.value(ownerId, ownerId);
}

const Lead* LeadTableModel::leadAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LeadTableModel::rowOf(const QString& id) const
{
    return m_rowById.value(id, -1);
}

void LeadTableModel::onLeadChanged(const Lead& lead)
{
    // The row stays where it is until the next filter or sort, even if it no longer matches:
    // rows jumping away under the cursor would break keyboard work through the queue. The lead
    // arrives with the signal (nothing is read back), and only the cells that changed are told.
    const int row = rowOf(lead.id);
    if (row < 0)
        return;
    int first = ColumnCount;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (rawValue(m_rows[row], column) != rawValue(lead, column)) {
            first = std::min(first, column);
            last = column;
        }
    }
    if (last < 0 && !(m_rows[row] == lead)) { // a field no column shows raw (a tooltip's reason, say)
        first = 0;
        last = ColumnCount - 1;
    }
    m_rows[row] = lead;
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

QVariant LeadTableModel::rawValue(const Lead& l, int column)
{
    switch (column) {
    case Contact:
        return l.contact;
    case Name:
        return l.displayName;
    case Owner:
        return l.ownerId;
    case Status:
        return static_cast<int>(l.status);
    case Score:
        return l.qualificationScore;
    case Messages:
        return l.messagesCount;
    case Source:
        return toKey(l.source);
    case Campaign:
        return l.campaignId;
    case FollowUp:
        return l.nextFollowUpAt ? QVariant(*l.nextFollowUpAt) : QVariant();
    case CreatedAt:
        return l.createdAt;
    }
    return {};
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    const Lead* l = index.isValid() ? leadAt(index.row()) : nullptr;
    if (!l)
        return {};
    if (role == IdRole)
        return l->id;
    if (role == RawRole)
        return rawValue(*l, index.column());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Contact:
            return displayContact(l->contact);
        case Name:
            return l->displayName;
        case Owner:
            return ownerName(l->ownerId);
        case Status:
            return displayName(l->status);
        case Score:
            // 0.00 on a lead never scored would read as a verdict.
            if (!l->isScored())
                return u"—"_s;
            return QLocale().toString(l->qualificationScore, 'f', 2);
        case Messages:
            return l->messagesCount;
        case Source:
            return displayName(l->source);
        case Campaign:
            return m_campaignNames.value(l->campaignId, l->campaignId);
        case FollowUp:
            return l->nextFollowUpAt ? QLocale().toString(l->nextFollowUpAt->toLocalTime(), QLocale::ShortFormat)
                                     : QString();
        case CreatedAt:
            return QLocale().toString(l->createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    // A follow-up whose time has come stands out.
    if (role == Qt::ForegroundRole && index.column() == FollowUp && l->followUpDue(QDateTime::currentDateTimeUtc()))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == FollowUp && !l->followUpNote.isEmpty())
        return l->followUpNote;
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Messages))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && l->status == LeadStatus::Disqualified)
        return tr("Disqualified: %1").arg(l->disqualificationReason);
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Contact:
        return tr("Contact");
    case Name:
        return tr("Name");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case Score:
        return tr("Score");
    case Messages:
        return tr("Messages");
    case Source:
        return tr("Source");
    case Campaign:
        return tr("Campaign");
    case FollowUp:
        return tr("Follow-up");
    case CreatedAt:
        return tr("Created");
    }
    return {};
}

} // namespace leadops
