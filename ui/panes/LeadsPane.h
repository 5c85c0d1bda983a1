#pragma once

#include "core/analytics/Analytics.h"
#include "core/store/LeadReader.h"
#include "ui/panes/TablePane.h"

#include <QDateTime>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTextBrowser;
class QTimer;

namespace leadops {

class CampaignCombo;
class OwnerCombo;
struct TeamMember;
class LeadTableModel;
class PeriodPicker;
class Workspace;
struct Lead;

// The sales queue: filter, pick a lead, act on it from the keyboard, see its history.
class LeadsPane final : public TablePane
{
    Q_OBJECT

public:
    void updateActions() override;
    explicit LeadsPane(Workspace& workspace, QWidget* parent = nullptr);

    LeadTableModel* model() const { return m_model; }
    // The actions in toolbar order: contacted, message, start qualifying, qualify, disqualify, close.
    QAction* qualifyAction() const { return m_qualify; }
    QAction* disqualifyAction() const { return m_disqualify; }

    void selectLead(int row);
    // Reads the team and the signed-in member again (after a sync or a sign-in): the owner filter's
    // choices, and My queue as a sales manager's first view.
    void refreshTeam();
    OwnerCombo* ownerFilter() const { return m_owner; }
    QAction* takeAction() const { return m_take; }
    QAction* followUpAction() const { return m_followUp; }
    QAction* noteAction() const { return m_note; }
    // Corrects (asks for the text) or removes one of the current lead's notes.
    void changeNote(const QString& noteId, bool remove);
    QAction* snoozeHourAction() const { return m_snoozeHour; }
    QAction* snoozeTomorrowAction() const { return m_snoozeTomorrow; }
    QComboBox* dueFilter() const { return m_due; }
    // Recounts the Due today and Overdue entries of the follow-up filter.
    void refreshDueCounts();
    QAction* assignAction() const { return m_assign; }
    // Shows the leads of one status (or all) under an analytics filter: a funnel stage clicked.
    void showLeads(const std::optional<LeadStatus>& status, const AnalyticsFilter& filter);
    // Shows exactly the leads one number of the funnel counts, under its analytics filter; the
    // filter bar says so, with a button that lifts it.
    void showLeads(const FunnelSelection& selection, const AnalyticsFilter& filter);
    QToolButton* funnelFilterButton() const { return m_funnelButton; }
    // Types `text` into the search field and applies it at once (no typing delay).
    void setSearchText(const QString& text);
    // The filter bar as text for QSettings, and back.
    QString saveFilters() const;
    void restoreFilters(const QString& saved);

    // What the pane asks the user for: the window's dialogs unless replaced (a test answers
    // through its own LeadPrompts instead of opening a dialog).
    class Prompts
    {
    public:
        virtual ~Prompts() = default;
        virtual std::optional<double> score(QWidget* parent, const QString& contact);
        virtual std::optional<QString> disqualifyReason(QWidget* parent, int leadCount);
        // When to call back and what about; nullopt: cancelled.
        struct FollowUpChoice
        {
            QDateTime at;
            QString note;
        };
        virtual std::optional<FollowUpChoice> followUp(QWidget* parent, const Lead& lead, const QDateTime& now);
        // The text of a new note (`text` empty) or of a correction; nullopt: cancelled.
        virtual std::optional<QString> note(QWidget* parent, const QString& contact, const QString& text);
        // Who gets the leads: a member's user id, empty for "back to the queue", nullopt: cancelled.
        virtual std::optional<QString> assignee(QWidget* parent, const QList<TeamMember>& salesManagers, int leadCount);
    };
    void setPrompts(std::unique_ptr<Prompts> prompts) { m_prompts = std::move(prompts); }
    // The detail panel's text (details, then the history once the reader thread has answered).
    QString detailText() const;

private:
    // Both showLeads(): the analytics filter on the filter bar, and the funnel number if any.
    void showAnalyticsLeads(const std::optional<LeadStatus>& status, const AnalyticsFilter& filter,
                            const std::optional<FunnelSelection>& funnel);
    void applyFilter();
    void showCounts(qint64 total);
    static QString statusName(const QString& key); // "qualified" -> "Qualified", translated
    // What one history entry did, in words: the status move, or for a change that keeps the status
    // (a message, a score, a name, an owner, a follow-up) the action; and its detail, readable.
    static QString historyChange(const AuditEntry& entry);
    static QString historyDetail(const AuditEntry& entry);
    void showDetail();
    const Lead* currentLead() const;
    void qualify(std::optional<double> score = std::nullopt); // without a score: asks for one
    void disqualify();
    // Moves the current lead's follow-up (snooze) or sets it, and says so in the status bar.
    void setFollowUp(const QDateTime& at, const QString& note);
    // Gives the selected leads to `ownerId` (empty: back to the queue), each by the ownership rule.
    void assignSelection(const QString& ownerId);
    void autoDisqualify();
    void step(int delta);

    Workspace& m_workspace;
    // Outlived by the model (a child QObject), which asks nothing of it once the pane is going.
    std::unique_ptr<LeadReader> m_reader;
    LeadTableModel* m_model = nullptr;
    QComboBox* m_status = nullptr;
    CampaignCombo* m_campaign = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_market = nullptr;
    PeriodPicker* m_period = nullptr;
    QLineEdit* m_search = nullptr;
    OwnerCombo* m_owner = nullptr;
    QComboBox* m_due = nullptr;
    std::optional<FunnelSelection> m_funnel; // a funnel number clicked, until lifted
    QToolButton* m_funnelButton = nullptr;
    bool m_ownerChosen = false; // by the user or restored: My queue is no longer imposed
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTextBrowser* m_detail = nullptr;
    QAction* m_new = nullptr;
    QAction* m_autoDisqualify = nullptr;
    QAction* m_contacted = nullptr;
    QAction* m_message = nullptr;
    QAction* m_startQualifying = nullptr;
    QAction* m_backToContacted = nullptr;
    QAction* m_qualify = nullptr;
    QAction* m_disqualify = nullptr;
    QAction* m_close = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_take = nullptr;
    QAction* m_followUp = nullptr;
    QAction* m_note = nullptr;
    QAction* m_snoozeHour = nullptr;
    QAction* m_snoozeTomorrow = nullptr;
    QAction* m_clearFollowUp = nullptr;
    QAction* m_assign = nullptr;
    QAction* m_copyContact = nullptr;
    QAction* m_openContact = nullptr;
    std::unique_ptr<Prompts> m_prompts = std::make_unique<Prompts>();
};

} // namespace leadops
