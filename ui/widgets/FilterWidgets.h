#pragma once

#include "core/domain/Enums.h"
#include "core/domain/TeamMember.h"
#include "core/store/Filters.h"

#include <QComboBox>
#include <QDate>
#include <QWidget>

#include <optional>

class QDateEdit;

namespace leadops {

class CampaignService;

// A combo of "All …" plus every value of an enum, in display names; the value is the enum's int.
template <typename E>
QComboBox* enumCombo(const QString& allLabel, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(allLabel);
    for (E value : allValues<E>())
        combo->addItem(displayName(value), static_cast<int>(value));
    return combo;
}

template <typename E>
std::optional<E> enumComboValue(const QComboBox* combo)
{
    return combo->currentIndex() > 0 ? std::optional<E>(static_cast<E>(combo->currentData().toInt())) : std::nullopt;
}

template <typename E>
void setEnumComboValue(QComboBox* combo, const std::optional<E>& value)
{
    combo->setCurrentIndex(value ? std::max(0, combo->findData(static_cast<int>(*value))) : 0);
}

// "All campaigns" plus every campaign by name; the value is the campaign id. refill() keeps the
// current choice when it still exists.
class CampaignCombo final : public QComboBox
{
    Q_OBJECT

public:
    CampaignCombo(CampaignService& campaigns, QWidget* parent = nullptr);
    void refill();
    QString campaignId() const { return currentData().toString(); }
    void setCampaignId(const QString& id);

private:
    CampaignService& m_campaigns;
};

// Whose leads: all, my queue (mine and the unassigned), mine, the unassigned, or one member's.
// "Mine" and "My queue" need a signed-in member; the members come from the synced team.
class OwnerCombo final : public QComboBox
{
    Q_OBJECT

public:
    explicit OwnerCombo(QWidget* parent = nullptr);
    // Refills the list, keeping the choice when it is still there.
    void setTeam(const QList<TeamMember>& members, const QString& myUserId);
    // Sets the filter's owner fields from the choice.
    void applyTo(LeadFilter& filter) const;
    // "any", "queue", "mine", "none" or "member:<user id>" (for QSettings), and back.
    QString state() const { return currentData().toString(); }
    void setState(const QString& state);

private:
    QString m_me;
};

// A period: presets (all time, today, last 7/30/90 days, this year) or a custom range of days.
class PeriodPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget* parent = nullptr);
    std::optional<QDate> from() const;
    std::optional<QDate> to() const; // inclusive
    void setRange(const std::optional<QDate>& from, const std::optional<QDate>& to);
    // "all", "7", "30", "90", "today", "year" or "custom:YYYY-MM-DD:YYYY-MM-DD" (for QSettings).
    QString state() const;
    void restoreState(const QString& state);

Q_SIGNALS:
    void changed();

private:
    enum Preset { AllTime, Today, Last7, Last30, Last90, ThisYear, Custom };
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace leadops
