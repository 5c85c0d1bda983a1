#pragma once

#include "core/domain/Lead.h"
#include "core/store/Filters.h"
#include "core/store/LeadReader.h"

#include <QAbstractTableModel>
#include <QHash>

namespace leadops {

class CampaignService;
class LeadService;

// The lead list over the local store. Never holds all rows: it loads one page at a time through
// fetchMore() as the view scrolls, and sort() and setFilter() run a new indexed SQL query instead of
// sorting in memory, so a million leads cost no more than the rows on screen. Given a LeadReader,
// those queries (first page, total, counts per status) run on the reader's thread and the model
// resets when they answer; without one they run inline.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column { Contact, Name, Owner, Status, Score, Messages, Source, Campaign, FollowUp, CreatedAt, ColumnCount };
    enum Role { RawRole = Qt::UserRole, IdRole };
    static constexpr int kPageSize = 200;

    LeadTableModel(LeadService& leads, CampaignService& campaigns, QObject* parent = nullptr);
    LeadTableModel(LeadService& leads, CampaignService& campaigns, LeadReader* reader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const LeadFilter& filter);
    const LeadFilter& filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    const QList<QPair<LeadStatus, qint64>>& statusCounts() const { return m_statusCounts; }
    // True from a filter, sort, reload or fetchMore until its rows arrive (background loads only).
    bool isLoading() const { return m_pending > 0 || (m_reader && m_fetching); }
    const Lead* leadAt(int row) const;
    int rowOf(const QString& id) const;
    QString campaignName(const QString& campaignId) const { return m_campaignNames.value(campaignId); }
    // The owner's name ("—" unassigned; the id while the team has not been synced yet).
    QString ownerName(const QString& ownerId) const;
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);
    void totalCountChanged(qint64 total);
    void statusCountsChanged(const QList<QPair<LeadStatus, qint64>>& counts);
    void loadingChanged(bool loading); // a new list (filter, sort, reload); not the pages after it

private:
    void onLeadChanged(const Lead& lead);
    // The raw value a column shows (RawRole), for one lead: what decides which cells changed.
    static QVariant rawValue(const Lead& lead, int column);
    void apply(const LeadListing& listing);
    void appendPage(const Result<LeadPage>& page);

    LeadService& m_leads;
    CampaignService& m_campaigns;
    LeadFilter m_filter;
    QList<Lead> m_rows;
    QHash<QString, int> m_rowById; // id -> row in m_rows, kept with every reset and page
    QHash<QString, QString> m_campaignNames;
    QHash<QString, QString> m_ownerNames;
    QList<QPair<LeadStatus, qint64>> m_statusCounts;
    LeadReader* m_reader = nullptr;
    int m_pending = 0;            // background loads asked for and not yet answered
    quint64 m_listGeneration = 0; // bumped by every reload: a page of an older list is dropped
    qint64 m_total = 0;
    bool m_exhausted = false;
    std::optional<LeadCursor> m_next; // where the next page starts
    bool m_fetching = false;
};

} // namespace leadops
