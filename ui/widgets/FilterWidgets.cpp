#include "ui/widgets/FilterWidgets.h"

#include "core/services/CampaignService.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

CampaignCombo::CampaignCombo(CampaignService& campaigns, QWidget* parent) : QComboBox(parent), m_campaigns(campaigns)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setAccessibleName(tr("Campaign filter"));
    refill();
}

void CampaignCombo::refill()
{
    const QString keep = campaignId();
    const QSignalBlocker quiet(this);
    clear();
    addItem(tr("All campaigns"));
    if (const auto list = m_campaigns.list()) {
        for (const Campaign& c : *list)
            addItem(c.name, c.id);
    }
    setCurrentIndex(std::max(0, findData(keep)));
}

void CampaignCombo::setCampaignId(const QString& id)
{
    setCurrentIndex(id.isEmpty() ? 0 : std::max(0, findData(id)));
}

OwnerCombo::OwnerCombo(QWidget* parent) : QComboBox(parent)
{
    setAccessibleName(tr("Owner filter"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setTeam({}, {});
}

void OwnerCombo::setTeam(const QList<TeamMember>& members, const QString& myUserId)
{
    const QString keep = state();
    const QSignalBlocker quiet(this);
    m_me = myUserId;
    clear();
    addItem(tr("All owners"), u"any"_s);
    if (!m_me.isEmpty()) {
        addItem(tr("My queue (mine and unassigned)"), u"queue"_s);
        addItem(tr("Mine"), u"mine"_s);
    }
    addItem(tr("Unassigned"), u"none"_s);
    for (const TeamMember& m : members) {
        if (m.roleKey == u"sales_manager"_s && m.userId != m_me)
            addItem(m.active ? m.displayName : tr("%1 (inactive)").arg(m.displayName),
                    QString(u"member:"_s + m.userId));
    }
    setCurrentIndex(std::max(0, findData(keep)));
}

void OwnerCombo::setState(const QString& state)
{
    setCurrentIndex(std::max(0, findData(state)));
}

void OwnerCombo::applyTo(LeadFilter& filter) const
{
    const QString s = state();
    filter.ownerId.clear();
    filter.owner = LeadFilter::Owner::Any;
    if (s == u"queue"_s || s == u"mine"_s) {
        filter.owner = s == u"queue"_s ? LeadFilter::Owner::MemberOrUnassigned : LeadFilter::Owner::Member;
        filter.ownerId = m_me;
    } else if (s == u"none"_s) {
        filter.owner = LeadFilter::Owner::Unassigned;
    } else if (s.startsWith(u"member:"_s)) {
        filter.owner = LeadFilter::Owner::Member;
        filter.ownerId = s.mid(7);
    }
}

PeriodPicker::PeriodPicker(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItem(tr("All time"), AllTime);
    m_preset->addItem(tr("Today"), Today);
    m_preset->addItem(tr("Last 7 days"), Last7);
    m_preset->addItem(tr("Last 30 days"), Last30);
    m_preset->addItem(tr("Last 90 days"), Last90);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Custom range"), Custom);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
        e->setVisible(false);
        connect(e, &QDateEdit::dateChanged, this, &PeriodPicker::changed);
    }
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day (included)"));
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_preset->currentData().toInt() == Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        Q_EMIT changed();
    });
}

std::optional<QDate> PeriodPicker::from() const
{
    const QDate today = QDate::currentDate();
    switch (m_preset->currentData().toInt()) {
    case Today:
        return today;
    case Last7:
        return today.addDays(-6);
    case Last30:
        return today.addDays(-29);
    case Last90:
        return today.addDays(-89);
    case ThisYear:
        return QDate(today.year(), 1, 1);
    case Custom:
        return m_from->date();
    }
    return std::nullopt;
}

std::optional<QDate> PeriodPicker::to() const
{
    switch (m_preset->currentData().toInt()) {
    case AllTime:
        return std::nullopt;
    case Custom:
        return m_to->date();
    }
    return QDate::currentDate();
}

void PeriodPicker::setRange(const std::optional<QDate>& from, const std::optional<QDate>& to)
{
    const QSignalBlocker quiet(this);
    if (!from && !to) {
        m_preset->setCurrentIndex(m_preset->findData(AllTime));
    } else {
        m_from->setDate(from.value_or(QDate(2000, 1, 1)));
        m_to->setDate(to.value_or(QDate::currentDate()));
        m_preset->setCurrentIndex(m_preset->findData(Custom));
    }
    Q_EMIT changed();
}

QString PeriodPicker::state() const
{
    switch (m_preset->currentData().toInt()) {
    case Today:
        return u"today"_s;
    case Last7:
        return u"7"_s;
    case Last30:
        return u"30"_s;
    case Last90:
        return u"90"_s;
    case ThisYear:
        return u"year"_s;
    case Custom:
        return u"custom:%1:%2"_s.arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    }
    return u"all"_s;
}

void PeriodPicker::restoreState(const QString& state)
{
    static const QHash<QString, int> presets = {{u"all"_s, AllTime}, {u"today"_s, Today}, {u"7"_s, Last7},
                                                {u"30"_s, Last30},   {u"90"_s, Last90},   {u"year"_s, ThisYear}};
    if (state.startsWith(u"custom:"_s)) {
        const QStringList parts = state.split(u':');
        const QDate from = QDate::fromString(parts.value(1), Qt::ISODate);
        const QDate to = QDate::fromString(parts.value(2), Qt::ISODate);
        if (from.isValid() && to.isValid())
            setRange(from, to);
        return;
    }
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(presets.value(state, AllTime))));
}

} // namespace leadops
