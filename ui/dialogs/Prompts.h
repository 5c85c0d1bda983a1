#pragma once

#include "core/domain/Values.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <utility>

class QWidget;

namespace leadops {

struct Campaign;
class CampaignService;
struct Lead;
struct TeamMember;
class LeadService;
struct Niche;
class NicheService;

// Small dialogs the panes open. Each returns nullopt when the user cancels.
std::optional<double> askScore(QWidget* parent, const QString& title, const QString& prompt, double initial);
std::optional<QString> askDisqualifyReason(QWidget* parent, int leadCount);
std::optional<std::pair<double, double>> askNicheScores(QWidget* parent, const QString& nicheName, double profitability,
                                                        double competition);

// Create forms: they call the service themselves and stay open on a refusal.
// Each returns the new entity's id, or an empty string when cancelled.
QString createNiche(QWidget* parent, NicheService& niches);
QString createCampaign(QWidget* parent, CampaignService& campaigns, NicheService& niches,
                       const QString& preselectedNiche = {});
QString createLead(QWidget* parent, LeadService& leads, CampaignService& campaigns,
                   const QString& preselectedCampaign = {});

// Edit forms, the same way: true when saved.
bool editCampaign(QWidget* parent, CampaignService& campaigns, const Campaign& campaign);
// Names a lead (a person or a company) or removes its name; true when it changed.
bool renameLead(QWidget* parent, LeadService& leads, const Lead& lead);
// Who gets `leadCount` leads: one of `salesManagers` (their user id) or nobody (empty: back to the
// queue); nullopt when cancelled.
// When to call `contact` back (local time in the field, UTC returned) and what about; nullopt
// when cancelled. A time already past is refused in the dialog ("now or later").
std::optional<std::pair<QDateTime, QString>> askFollowUp(QWidget* parent, const QString& contact,
                                                         const QDateTime& suggested, const QString& note);
// The text of a note on `contact` (a correction when `text` is given); nullopt when cancelled.
std::optional<QString> askNote(QWidget* parent, const QString& contact, const QString& text);
std::optional<QString> askAssignee(QWidget* parent, const QList<TeamMember>& salesManagers, int leadCount);
bool editNiche(QWidget* parent, NicheService& niches, const Niche& niche);

} // namespace leadops
