#include "ui/panes/LeadsPane.h"

#include "core/Workspace.h"
#include "core/domain/Contact.h"
#include "core/services/LeadService.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"
#include "ui/dialogs/Prompts.h"
#include "ui/models/LeadTableModel.h"
#include "ui/widgets/FilterWidgets.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

LeadsPane::LeadsPane(Workspace& workspace, QWidget* parent) : TablePane(parent), m_workspace(workspace)
{
    m_view->setAccessibleName(tr("Leads"));
    // Filter bar: status (with the count of each), campaign, source, market, period, and a contact
    // search applied 250 ms after the last key.
    auto* filters = new QHBoxLayout;
    m_status = enumCombo<LeadStatus>(tr("All statuses"), this);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setAccessibleName(tr("Status filter"));
    m_campaign = new CampaignCombo(workspace.campaigns(), this);
    m_source = enumCombo<Platform>(tr("All sources"), this);
    m_market = enumCombo<Market>(tr("All markets"), this);
    m_source->setAccessibleName(tr("Source filter"));
    m_market->setAccessibleName(tr("Market filter"));
    m_period = new PeriodPicker(this);
    m_owner = new OwnerCombo(this);
    m_due = new QComboBox(this);
    m_due->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_due->setAccessibleName(tr("Follow-up filter"));
    m_due->addItem(tr("All follow-ups"), u"any"_s);
    m_due->addItem(tr("Due today"), u"today"_s);
    m_due->addItem(tr("Overdue"), u"overdue"_s);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search contact or name: phone digits, @handle, e-mail or a name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search leads"));
    m_count = new QLabel(this);
    m_funnelButton = new QToolButton(this);
    m_funnelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_funnelButton->setToolTip(tr("The leads of one number of the funnel. Click to show all leads again."));
    m_funnelButton->hide();
    connect(m_funnelButton, &QToolButton::clicked, this, [this] {
        m_funnel.reset();
        m_funnelButton->hide();
        applyFilter();
    });
    // Two rows: what the leads are (status, campaign, source, market, period), then whose and when
    // to call, the search and the count. One row cut the search box to a letter in Kazakh.
    filters->addWidget(m_status);
    filters->addWidget(m_campaign, 1);
    filters->addWidget(m_source);
    filters->addWidget(m_market);
    filters->addWidget(m_period);
    auto* work = new QHBoxLayout;
    work->addWidget(m_owner);
    work->addWidget(m_due);
    work->addWidget(m_search, 1);
    work->addWidget(m_funnelButton);
    work->addWidget(m_count);
    m_layout->insertLayout(0, filters);
    m_layout->insertLayout(1, work);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LeadsPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    for (QComboBox* c : {m_status, static_cast<QComboBox*>(m_campaign), m_source, m_market})
        connect(c, &QComboBox::currentIndexChanged, this, &LeadsPane::applyFilter);
    connect(m_period, &PeriodPicker::changed, this, &LeadsPane::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &LeadsPane::applyFilter);
    connect(m_due, &QComboBox::currentIndexChanged, this, &LeadsPane::applyFilter);
    connect(m_owner, &QComboBox::activated, this, [this] { m_ownerChosen = true; });

    // Queries over the lead list run on a reader thread: the window stays responsive on a million leads.
    m_reader = std::make_unique<LeadReader>(workspace.database().filePath());
    m_model = new LeadTableModel(workspace.leads(), workspace.campaigns(), m_reader.get(), this);
    m_view->setModel(m_model);
    // The indicator first: enabling sorting sorts by the indicator's column, and sorting a million
    // leads by contact (the first column) only to re-sort them by date would cost a full sort.
    m_view->horizontalHeader()->setSortIndicator(LeadTableModel::CreatedAt, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->resizeSection(LeadTableModel::Contact, 200);
    m_view->horizontalHeader()->resizeSection(LeadTableModel::Name, 180);
    m_view->horizontalHeader()->resizeSection(LeadTableModel::Campaign, 260);
    m_view->horizontalHeader()->resizeSection(LeadTableModel::Status, 150);
    connect(m_model, &LeadTableModel::statusCountsChanged, this, [this] { showCounts(m_model->totalCount()); });
    connect(m_model, &LeadTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_count->setText(tr("Loading…"));
    });
    showCounts(m_model->totalCount());
    connect(m_model, &LeadTableModel::loadFailed, this, &LeadsPane::statusMessage);
    connect(&workspace.leads(), &LeadService::notesChanged, this, [this](const QString& leadId) {
        if (const Lead* l = currentLead(); l && l->id == leadId)
            showDetail();
    });

    m_detail = new QTextBrowser(this);
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == u"note-edit"_s || url.scheme() == u"note-remove"_s)
            changeNote(url.path(), url.scheme() == u"note-remove"_s);
        else
            QDesktopServices::openUrl(url);
    });
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_layout->addWidget(split, 1);

    LeadService& leads = workspace.leads();
    const auto each = [this](auto&& fn, const QString& done) {
        return [this, fn, done] {
            if (const Lead* l = currentLead())
                report(fn(l->id), done.arg(l->contact));
        };
    };
    m_contacted = addTableAction(
        tr("Contacted"), QKeySequence(Qt::Key_C),
        each([&leads](const QString& id) { return leads.markContacted(id); }, tr("%1 marked contacted")));
    m_message = addTableAction(
        tr("+ Message"), QKeySequence(Qt::Key_M),
        each([&leads](const QString& id) { return leads.recordMessage(id); }, tr("Message recorded for %1")));
    m_startQualifying = addTableAction(
        tr("Start qualifying"), QKeySequence(Qt::Key_S),
        each([&leads](const QString& id) { return leads.startQualifying(id); }, tr("%1 is in qualification")));
    m_backToContacted = addTableAction(
        tr("Back to contacted"), QKeySequence(Qt::SHIFT | Qt::Key_S),
        each([&leads](const QString& id) { return leads.backToContacted(id); }, tr("%1 is back in contacted")));
    m_qualify = addTableAction(tr("Qualify…"), QKeySequence(Qt::Key_Q), [this] { qualify(); });
    m_disqualify = addTableAction(tr("Disqualify…"), QKeySequence(Qt::Key_D), [this] { disqualify(); });
    m_close =
        addTableAction(tr("Close (hand off)"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                       each([&leads](const QString& id) { return leads.close(id); }, tr("%1 handed off to sales")));
    m_take =
        addTableAction(tr("Take"), QKeySequence(Qt::Key_T), [this] { assignSelection(m_workspace.actor().userId()); });
    m_assign = addTableAction(tr("Assign…"), QKeySequence(Qt::Key_A), [this] {
        QList<TeamMember> salesManagers;
        if (const auto team = m_workspace.leads().team().list()) {
            for (const TeamMember& m : *team) {
                if (m.canOwnLeads())
                    salesManagers << m;
            }
        }
        if (const auto to = m_prompts->assignee(this, salesManagers, static_cast<int>(selectedRows().size())))
            assignSelection(*to);
    });
    m_followUp = addTableAction(tr("Follow up…"), QKeySequence(Qt::Key_F), [this] {
        if (const Lead* l = currentLead()) {
            if (const auto choice = m_prompts->followUp(this, *l, m_workspace.clock().now()))
                setFollowUp(choice->at, choice->note);
        }
    });
    // Snoozing keeps the note: the reason to call has not changed, only the time.
    m_snoozeHour = new QAction(tr("Snooze 1 hour"), this);
    m_snoozeHour->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    connect(m_snoozeHour, &QAction::triggered, this, [this] {
        if (const Lead* l = currentLead())
            setFollowUp(m_workspace.clock().now().addSecs(3600), l->followUpNote);
    });
    m_snoozeTomorrow = new QAction(tr("Snooze until tomorrow 9:00"), this);
    connect(m_snoozeTomorrow, &QAction::triggered, this, [this] {
        if (const Lead* l = currentLead()) {
            const QDate tomorrow = m_workspace.clock().now().toLocalTime().date().addDays(1);
            setFollowUp(QDateTime(tomorrow, QTime(9, 0)).toUTC(), l->followUpNote);
        }
    });
    m_clearFollowUp = new QAction(tr("Clear follow-up"), this);
    connect(m_clearFollowUp, &QAction::triggered, this, [this] {
        if (const Lead* l = currentLead())
            report(m_workspace.leads().clearFollowUp(l->id), tr("Follow-up of %1 cleared").arg(l->contact));
    });
    for (QAction* a : {m_snoozeHour, m_snoozeTomorrow, m_clearFollowUp}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a); // in the table's context menu and reachable by keyboard
    }
    m_note = addTableAction(tr("+ Note…"), QKeySequence(Qt::Key_N), [this] {
        if (const Lead* l = currentLead()) {
            if (const auto text = m_prompts->note(this, displayContact(l->contact), {}))
                report(m_workspace.leads().addNote(l->id, *text), tr("Note added to %1").arg(l->contact));
        }
    });
    m_rename = addTableAction(tr("Name…"), QKeySequence(Qt::Key_F2), [this] {
        if (const Lead* l = currentLead())
            renameLead(this, m_workspace.leads(), *l);
    });
    m_toolBar->addSeparator();
    m_new = addTableAction(tr("New lead…"), QKeySequence::New, [this] {
        const Lead* l = currentLead();
        createLead(this, m_workspace.leads(), m_workspace.campaigns(), l ? l->campaignId : QString());
    });
    m_autoDisqualify = addTableAction(tr("Auto-disqualify…"), {}, [this] { autoDisqualify(); });
    m_toolBar->addSeparator();
    m_copyContact = addTableAction(tr("Copy contact"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        if (const Lead* l = currentLead()) {
            QGuiApplication::clipboard()->setText(displayContact(l->contact));
            Q_EMIT statusMessage(tr("%1 copied").arg(displayContact(l->contact)));
        }
    });
    m_openContact = addTableAction(tr("Open contact"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] {
        if (const Lead* l = currentLead())
            QDesktopServices::openUrl(contactUrl(l->contact));
    });
    // Score keys: 1..9 qualify with 0.1..0.9 and 0 with 1.0, the same rule as Qualify… (Q opens
    // the slider for any other score).
    for (int digit = 0; digit <= 9; ++digit) {
        auto* a = new QAction(tr("Qualify with score %1").arg(digit == 0 ? 1.0 : digit / 10.0), m_view);
        a->setShortcut(QKeySequence(static_cast<Qt::Key>(Qt::Key_0 + digit)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, digit] {
            if (!m_qualify->isEnabled()) {
                Q_EMIT statusMessage(m_qualify->toolTip());
                return;
            }
            qualify(digit == 0 ? 1.0 : digit / 10.0);
        });
        m_view->addAction(a);
    }
    // J/K step through the queue like a mail reader (arrows work too); not on the toolbar, and an
    // invisible action would not fire, so they live on the table only.
    for (const auto& [key, delta] : {std::pair{Qt::Key_J, 1}, std::pair{Qt::Key_K, -1}}) {
        auto* a = new QAction(delta > 0 ? tr("Next lead") : tr("Previous lead"), m_view);
        a->setShortcut(QKeySequence(key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, d = delta] { step(d); });
        m_view->addAction(a);
    }

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        showDetail();
    });
    updateActions();
}

QString LeadsPane::statusName(const QString& key)
{
    const auto status = fromKey<LeadStatus>(key);
    return status ? displayName(*status) : key;
}

QString LeadsPane::historyChange(const AuditEntry& e)
{
    if (e.fromStatus.isEmpty() || e.fromStatus != e.toStatus)
        return (e.fromStatus.isEmpty() ? QString() : statusName(e.fromStatus) + u" → "_s) + statusName(e.toStatus);
    static const QHash<QString, const char*> actions = {
        {u"record_message"_s, QT_TR_NOOP("Message recorded")},
        {u"assess_score"_s, QT_TR_NOOP("Scored")},
        {u"rename"_s, QT_TR_NOOP("Named")},
        {u"assign"_s, QT_TR_NOOP("Assigned")},
        {u"follow_up"_s, QT_TR_NOOP("Follow-up set")},
        {u"clear_follow_up"_s, QT_TR_NOOP("Follow-up cleared")},
    };
    const auto known = actions.constFind(e.action);
    return known == actions.cend() ? e.action : tr(*known);
}

QString LeadsPane::historyDetail(const AuditEntry& e)
{
    if (e.action != u"follow_up"_s)
        return e.detail;
    // "2026-12-07T04:30:00Z the note": the time in the reader's own format and zone.
    const qsizetype space = e.detail.indexOf(u' ');
    const QDateTime at = QDateTime::fromString(e.detail.left(space < 0 ? e.detail.size() : space), Qt::ISODate);
    if (!at.isValid())
        return e.detail;
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    return space < 0 ? when : when + u" — "_s + e.detail.mid(space + 1);
}

void LeadsPane::applyFilter()
{
    LeadFilter f = m_model->filter();
    f.status = enumComboValue<LeadStatus>(m_status);
    f.campaignId = m_campaign->campaignId();
    f.source = enumComboValue<Platform>(m_source);
    f.market = enumComboValue<Market>(m_market);
    f.search = m_search->text();
    f.funnel = m_funnel;
    m_owner->applyTo(f);
    const auto window = m_workspace.leads().followUpWindow();
    const QString due = m_due->currentData().toString();
    f.followUpFrom = due == u"today"_s ? std::optional(window.startOfToday) : std::nullopt;
    f.followUpBefore = due == u"today"_s     ? std::optional(window.endOfToday)
                       : due == u"overdue"_s ? std::optional(window.now)
                                             : std::nullopt;
    const auto from = m_period->from();
    const auto to = m_period->to();
    f.createdFrom = from ? std::optional(from->startOfDay().toUTC()) : std::nullopt;
    f.createdTo = to ? std::optional(to->addDays(1).startOfDay().toUTC()) : std::nullopt;
    m_model->setFilter(f);
}

void LeadsPane::showCounts(qint64 total)
{
    refreshDueCounts();
    m_count->setText(tr("%n lead(s)", "", static_cast<int>(total)));
    // Each status with its count under the other filters (read with the page, off this thread).
    qint64 all = 0;
    for (const auto& [status, count] : m_model->statusCounts()) {
        all += count;
        const int i = m_status->findData(static_cast<int>(status));
        if (i > 0)
            m_status->setItemText(i, tr("%1 (%2)").arg(displayName(status), QLocale().toString(count)));
    }
    m_status->setItemText(0, tr("All statuses (%1)").arg(QLocale().toString(all)));
}

void LeadsPane::showLeads(const FunnelSelection& selection, const AnalyticsFilter& filter)
{
    showAnalyticsLeads(std::nullopt, filter, selection);
}

void LeadsPane::showLeads(const std::optional<LeadStatus>& status, const AnalyticsFilter& filter)
{
    showAnalyticsLeads(status, filter, std::nullopt);
}

void LeadsPane::showAnalyticsLeads(const std::optional<LeadStatus>& status, const AnalyticsFilter& filter,
                                   const std::optional<FunnelSelection>& funnel)
{
    m_funnel = funnel;
    if (funnel) {
        m_funnelButton->setText(funnel->kind == FunnelSelection::Kind::Reached
                                    ? tr("Funnel: reached %1 ✕").arg(displayName(funnel->stage))
                                    : tr("Funnel: disqualified from %1 ✕").arg(displayName(funnel->stage)));
        m_funnelButton->setAccessibleName(m_funnelButton->text());
    }
    m_funnelButton->setVisible(funnel.has_value());
    {
        const QSignalBlocker a(m_status), b(m_campaign), c(m_source), d(m_market), e(m_period), f(m_search), g(m_owner);
        setEnumComboValue(m_status, status);
        m_campaign->refill();
        m_campaign->setCampaignId(filter.campaignId);
        setEnumComboValue(m_source, filter.source);
        setEnumComboValue(m_market, filter.market);
        m_period->setRange(filter.from, filter.to);
        m_search->clear();
        if (funnel)
            m_owner->setState(u"any"_s); // anyone's leads: the funnel counted them all
    }
    applyFilter();
}

void LeadsPane::setSearchText(const QString& text)
{
    {
        const QSignalBlocker quiet(m_search);
        m_search->setText(text);
    }
    m_searchDelay->stop();
    applyFilter();
}

QString LeadsPane::saveFilters() const
{
    QJsonObject o{{u"status"_s, m_status->currentIndex()}, {u"campaign"_s, m_campaign->campaignId()},
                  {u"source"_s, m_source->currentIndex()}, {u"market"_s, m_market->currentIndex()},
                  {u"period"_s, m_period->state()},        {u"search"_s, m_search->text()},
                  {u"owner"_s, m_owner->state()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void LeadsPane::restoreFilters(const QString& saved)
{
    const QJsonObject o = QJsonDocument::fromJson(saved.toUtf8()).object();
    if (o.isEmpty())
        return;
    {
        const QSignalBlocker a(m_status), b(m_campaign), c(m_source), d(m_market), e(m_period), f(m_search);
        const auto index = [&o](const QString& key, QComboBox* combo) {
            const int i = o.value(key).toInt();
            combo->setCurrentIndex(i >= 0 && i < combo->count() ? i : 0);
        };
        index(u"status"_s, m_status);
        index(u"source"_s, m_source);
        index(u"market"_s, m_market);
        m_campaign->setCampaignId(o.value(u"campaign"_s).toString());
        m_period->restoreState(o.value(u"period"_s).toString());
        m_search->setText(o.value(u"search"_s).toString());
        if (o.contains(u"owner"_s)) {
            m_owner->setState(o.value(u"owner"_s).toString());
            m_ownerChosen = true;
        }
    }
    applyFilter();
}

const Lead* LeadsPane::currentLead() const
{
    return m_model->leadAt(currentRow());
}

void LeadsPane::selectLead(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void LeadsPane::step(int delta)
{
    const int row = std::clamp(currentRow() + delta, 0, std::max(0, m_model->rowCount() - 1));
    if (delta > 0 && row >= m_model->rowCount() - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectLead(row);
}

void LeadsPane::updateActions()
{
    setWriteRefusal(whyNot(m_workspace.actor().checkCanChange(EntityKind::Lead)));
    gate(m_new, tr("Add a lead to a campaign"), std::nullopt);
    gate(m_autoDisqualify,
         tr("Disqualify qualifying leads with more than %1 messages and a score below %2")
             .arg(Lead::kAutoDisqualifyMessages)
             .arg(Lead::kAutoDisqualifyScore),
         std::nullopt);
    const Lead* l = currentLead();
    const QDateTime now = m_workspace.clock().now();
    const std::optional<QString> none = tr("Select a lead first");
    // Another member's lead: theirs, whatever the action (the server's policy says the same).
    const std::optional<QString> notMine = l ? whyNot(m_workspace.leads().checkMayWorkOn(*l)) : none;
    // The same rule functions the service applies, asked on a copy: the tooltip is the refusal.
    const auto rule = [&](auto&& would) { return notMine ? notMine : (l ? whyNot(would()) : none); };
    gate(m_contacted, tr("Mark the lead as contacted"), rule([&] { return l->markContacted(now); }));
    gate(m_message, tr("Record one message exchanged with the lead"), rule([&] { return l->recordMessage(now); }));
    gate(m_startQualifying,
         tr("Move the lead into qualification: provisional scoring, where a lead with more than 10 messages and a "
            "score under 0.3 is disqualified automatically. From there a lead is disqualified, or goes back to "
            "contacted to be qualified"),
         rule([&] { return l->startQualifying(now); }));
    gate(m_backToContacted,
         tr("Move the lead back to contacted, so that it can be qualified; its provisional score "
            "is dropped (the history keeps it)"),
         rule([&] { return l->backToContacted(now); }));
    gate(m_qualify, tr("Qualify the lead with a score from 0 to 1"), rule([&] { return l->qualify(1.0, now); }));
    gate(m_close, tr("Hand the qualified lead off to sales"), rule([&] { return l->close(now); }));
    const bool teamMember = !m_workspace.actor().userId().isEmpty();
    const std::optional<QString> noTeam = tr("Sign in to your team first: leads belong to team members");
    gate(m_take, tr("Take the selected leads: they become yours"),
         !teamMember ? noTeam
                     : (l && l->ownerId == m_workspace.actor().userId() ? tr("The lead is yours already") : notMine));
    gate(m_assign, tr("Give the selected leads to a sales manager, or back to the queue"),
         !teamMember ? noTeam : notMine);
    gate(m_rename, tr("Name the lead: the person or the company behind the contact"), notMine);
    // A note is not a change of the lead: any sales manager may write one on any lead.
    gate(m_note, tr("Write down what the lead said"), l ? std::nullopt : none);
    gate(m_followUp, tr("Set when to call the lead back"),
         rule([&] { return l->scheduleFollowUp(now.addSecs(3600), {}, now); }));
    const std::optional<QString> noFollowUp =
        notMine ? notMine
                : (!l ? none : (!l->nextFollowUpAt ? std::optional(tr("The lead has no follow-up")) : std::nullopt));
    gate(m_snoozeHour, tr("Move the follow-up one hour from now"), noFollowUp);
    gate(m_snoozeTomorrow, tr("Move the follow-up to tomorrow at 9:00"), noFollowUp);
    gate(m_clearFollowUp, tr("Remove the follow-up"), noFollowUp);
    gate(m_copyContact, tr("Copy the contact to the clipboard"), l ? std::nullopt : none, false);
    gate(m_openContact, tr("Call, write in Telegram or e-mail the lead"), l ? std::nullopt : none, false);
    // Disqualify works on the whole selection: allowed when at least one selected lead allows it.
    std::optional<QString> disqualifyBlock = none;
    for (int row : selectedRows()) {
        if (const Lead* s = m_model->leadAt(row)) {
            disqualifyBlock = whyNot(s->checkCanDisqualify());
            if (!disqualifyBlock)
                break;
        }
    }
    gate(m_disqualify, tr("Disqualify the selected leads with a reason"), notMine ? notMine : disqualifyBlock);
}

void LeadsPane::showDetail()
{
    const Lead* l = currentLead();
    if (!l) {
        m_detail->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(tr("Select a lead to see its details and history.")));
        return;
    }
    const QLocale loc;
    const auto when = [&](const std::optional<QDateTime>& t) {
        return t ? loc.toString(t->toLocalTime(), QLocale::ShortFormat) : u"—"_s;
    };
    QString html = l->displayName.isEmpty() ? QString() : u"<h3>%1</h3>"_s.arg(l->displayName.toHtmlEscaped());
    html += u"<h3><a href='%1'>%2</a></h3><table cellspacing=4>"_s.arg(
        contactUrl(l->contact).toString().toHtmlEscaped(), displayContact(l->contact).toHtmlEscaped());
    const auto row = [&](const QString& k, const QString& v) {
        html += u"<tr><td style='color:gray'>%1</td><td>%2</td></tr>"_s.arg(k, v.toHtmlEscaped());
    };
    row(tr("Status"), displayName(l->status));
    row(tr("Campaign"), m_model->campaignName(l->campaignId));
    row(tr("Owner"), l->ownerId.isEmpty() ? tr("— unassigned") : m_model->ownerName(l->ownerId));
    if (l->nextFollowUpAt)
        row(tr("Follow up"),
            when(l->nextFollowUpAt) + (l->followUpNote.isEmpty() ? QString() : QString(u" — "_s + l->followUpNote)));
    row(tr("Source"), displayName(l->source));
    row(tr("Messages"), QString::number(l->messagesCount));
    row(tr("Score"), l->isScored() ? loc.toString(l->qualificationScore, 'f', 2) : tr("— not scored yet"));
    row(tr("Created"), when(l->createdAt));
    row(tr("Qualified"), when(l->qualifiedAt));
    row(tr("Disqualified"), when(l->disqualifiedAt));
    if (!l->disqualificationReason.isEmpty())
        row(tr("Reason"), l->disqualificationReason);
    html += u"</table><h4>%1</h4>"_s.arg(tr("History"));
    m_detail->setHtml(html + u"<p style='color:gray'>%1</p>"_s.arg(tr("Loading…")));
    // The history is read on the reader's thread; the answer is shown if the lead is still the one
    // on screen (J/K may have moved on meanwhile).
    const QString id = l->id;
    // The timeline: the history (read on the reader's thread) and the notes (an index lookup here),
    // merged newest first, with names.
    m_reader->loadHistory(id).then(this, [this, id, html](const Result<QList<AuditEntry>>& history) {
        const Lead* current = currentLead();
        if (!current || current->id != id)
            return;
        const QLocale locale;
        const QDateTime now = m_workspace.clock().now();
        const QString me = m_workspace.actor().isLocal() ? m_workspace.actor().name() : m_workspace.actor().userId();
        QList<std::pair<QDateTime, QString>> items;
        if (const auto notes = m_workspace.leads().notes(id)) {
            for (const Note& n : *notes) {
                QString links;
                if (n.checkEditable(me, now))
                    links = u" <a href='note-edit:%1'>%2</a> <a href='note-remove:%1'>%3</a>"_s.arg(n.id, tr("edit"),
                                                                                                    tr("remove"));
                const QString author = n.authorId == me ? tr("you") : m_model->ownerName(n.authorId);
                items << std::pair{n.createdAt,
                                   u"<tr><td style='color:gray'>%1</td><td><b>%2</b></td><td>%3: %4%5</td></tr>"_s.arg(
                                       locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat), tr("Note"),
                                       author.toHtmlEscaped(), n.body.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s),
                                       links)};
            }
        }
        QString rows = u"<table cellspacing=3>"_s;
        if (history) {
            for (const AuditEntry& e : *history) {
                const QString detail = historyDetail(e);
                items << std::pair{
                    e.at,
                    u"<tr><td style='color:gray'>%1</td><td>%2</td><td>%3</td></tr>"_s.arg(
                        locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), historyChange(e).toHtmlEscaped(),
                        QString(e.actor + (detail.isEmpty() ? QString() : QString(u": "_s + detail))).toHtmlEscaped())};
            }
        } else {
            rows += u"<tr><td>%1</td></tr>"_s.arg(history.error().message.toHtmlEscaped());
        }
        std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& item : std::as_const(items))
            rows += item.second;
        m_detail->setHtml(html + rows + u"</table>"_s);
    });
}

QString LeadsPane::detailText() const
{
    return m_detail->toPlainText();
}

std::optional<double> LeadsPane::Prompts::score(QWidget* parent, const QString& contact)
{
    return askScore(parent, tr("Qualify lead"), tr("Score for %1:").arg(contact), 0.7);
}

std::optional<QString> LeadsPane::Prompts::disqualifyReason(QWidget* parent, int leadCount)
{
    return askDisqualifyReason(parent, leadCount);
}

std::optional<LeadsPane::Prompts::FollowUpChoice> LeadsPane::Prompts::followUp(QWidget* parent, const Lead& lead,
                                                                               const QDateTime& now)
{
    const QDateTime suggested = lead.nextFollowUpAt
                                    ? *lead.nextFollowUpAt
                                    : QDateTime(now.toLocalTime().date().addDays(1), QTime(9, 0)); // tomorrow morning
    const auto chosen = askFollowUp(parent, displayContact(lead.contact), suggested, lead.followUpNote);
    if (!chosen)
        return std::nullopt;
    return FollowUpChoice{chosen->first, chosen->second};
}

std::optional<QString> LeadsPane::Prompts::note(QWidget* parent, const QString& contact, const QString& text)
{
    return askNote(parent, contact, text);
}

std::optional<QString> LeadsPane::Prompts::assignee(QWidget* parent, const QList<TeamMember>& salesManagers,
                                                    int leadCount)
{
    return askAssignee(parent, salesManagers, leadCount);
}

void LeadsPane::qualify(std::optional<double> score)
{
    const Lead* l = currentLead();
    if (!l)
        return;
    const QString id = l->id;
    const QString contact = l->contact;
    if (!score)
        score = m_prompts->score(this, contact);
    if (score)
        report(m_workspace.leads().qualify(id, *score), tr("%1 qualified with score %2").arg(contact).arg(*score));
}

void LeadsPane::assignSelection(const QString& ownerId)
{
    QStringList ids;
    for (int row : selectedRows()) {
        if (const Lead* l = m_model->leadAt(row))
            ids << l->id;
    }
    int done = 0;
    for (const QString& id : std::as_const(ids)) {
        const auto r = ownerId == m_workspace.actor().userId() ? m_workspace.leads().take(id)
                                                               : m_workspace.leads().assign(id, ownerId);
        if (!r) {
            showRefusal(r.error());
            break;
        }
        ++done;
    }
    if (done == 0)
        return;
    if (ownerId.isEmpty())
        Q_EMIT statusMessage(tr("%n lead(s) back in the queue", "", done));
    else
        Q_EMIT statusMessage(tr("%n lead(s) assigned to %1", "", done).arg(m_model->ownerName(ownerId)));
}

void LeadsPane::changeNote(const QString& noteId, bool remove)
{
    const Lead* l = currentLead();
    if (!l)
        return;
    const auto notes = m_workspace.leads().notes(l->id);
    const auto found = notes
                           ? std::find_if(notes->cbegin(), notes->cend(), [&](const Note& n) { return n.id == noteId; })
                           : QList<Note>::const_iterator{};
    if (!notes || found == notes->cend())
        return;
    if (remove) {
        if (const auto r = m_workspace.leads().removeNote(noteId); !r)
            showRefusal(r.error());
        else
            Q_EMIT statusMessage(tr("Note removed"));
    } else if (const auto text = m_prompts->note(this, displayContact(l->contact), found->body)) {
        if (const auto r = m_workspace.leads().editNote(noteId, *text); !r)
            showRefusal(r.error());
        else
            Q_EMIT statusMessage(tr("Note corrected"));
    }
    showDetail();
}

void LeadsPane::setFollowUp(const QDateTime& at, const QString& note)
{
    const Lead* l = currentLead();
    if (!l)
        return;
    report(m_workspace.leads().scheduleFollowUp(l->id, at, note),
           tr("%1: follow up %2").arg(l->contact, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
    refreshDueCounts();
}

void LeadsPane::refreshDueCounts()
{
    const auto window = m_workspace.leads().followUpWindow();
    LeadFilter today;
    today.followUpFrom = window.startOfToday;
    today.followUpBefore = window.endOfToday;
    LeadFilter overdue;
    overdue.followUpBefore = window.now;
    const qint64 dueToday = m_workspace.leads().count(today).value_or(0);
    const qint64 late = m_workspace.leads().count(overdue).value_or(0);
    m_due->setItemText(1, tr("Due today (%1)").arg(QLocale().toString(dueToday)));
    m_due->setItemText(2, tr("Overdue (%1)").arg(QLocale().toString(late)));
}

void LeadsPane::refreshTeam()
{
    const auto team = m_workspace.leads().team().list();
    m_owner->setTeam(team ? *team : QList<TeamMember>{}, m_workspace.actor().userId());
    if (!m_ownerChosen && m_workspace.actor().role() == Role::SalesManager)
        m_owner->setState(u"queue"_s);
    applyFilter();
}

void LeadsPane::disqualify()
{
    QStringList ids;
    for (int row : selectedRows()) {
        if (const Lead* l = m_model->leadAt(row); l && l->canDisqualify())
            ids << l->id;
    }
    if (ids.isEmpty())
        return;
    const std::optional<QString> reason = m_prompts->disqualifyReason(this, static_cast<int>(ids.size()));
    if (!reason)
        return;
    int done = 0;
    for (const QString& id : std::as_const(ids)) {
        const auto r = m_workspace.leads().disqualify(id, *reason);
        if (!r) {
            showRefusal(r.error());
            break;
        }
        ++done;
    }
    Q_EMIT statusMessage(tr("%n lead(s) disqualified", "", done));
}

void LeadsPane::autoDisqualify()
{
    const auto preview = m_workspace.leads().autoDisqualify(true);
    if (!preview) {
        showRefusal(preview.error());
        return;
    }
    if (preview->leads.isEmpty()) {
        QMessageBox::information(this, tr("Auto-disqualify"),
                                 tr("No lead is in qualification with more than %1 messages and a score below %2.")
                                     .arg(Lead::kAutoDisqualifyMessages)
                                     .arg(Lead::kAutoDisqualifyScore));
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < preview->leads.size() && i < 15; ++i)
        lines << u"%1 — %2 msgs, score %3"_s.arg(preview->leads[i].contact)
                     .arg(preview->leads[i].messagesCount)
                     .arg(preview->leads[i].qualificationScore, 0, 'f', 2);
    if (preview->leads.size() > 15)
        lines << tr("… and %n more", "", static_cast<int>(preview->leads.size() - 15));
    const auto answer =
        QMessageBox::question(this, tr("Auto-disqualify"),
                              tr("%n lead(s) in qualification have more than %1 messages and a score below %2:", "",
                                 static_cast<int>(preview->leads.size()))
                                      .arg(Lead::kAutoDisqualifyMessages)
                                      .arg(Lead::kAutoDisqualifyScore) +
                                  u"\n\n"_s + lines.join(u'\n') + u"\n\n"_s +
                                  tr("Disqualify them as \"Auto-disqualified: low engagement\"?"));
    if (answer != QMessageBox::Yes)
        return;
    const auto done = m_workspace.leads().autoDisqualify(false);
    if (report(done, tr("%n lead(s) auto-disqualified", "", done ? static_cast<int>(done->leads.size()) : 0)))
        m_model->reload();
}

} // namespace leadops
