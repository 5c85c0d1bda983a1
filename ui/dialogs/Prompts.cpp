#include "ui/dialogs/Prompts.h"

#include "core/domain/Contact.h"
#include "core/domain/Note.h"
#include "core/domain/TeamMember.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "ui/dialogs/FormDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use PromptsText::tr.
struct PromptsText
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)
};

// A 0..1 score as a spin box and a slider kept in step (keys, wheel or mouse).
QDoubleSpinBox* scoreEditor(QWidget* parent, double initial)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setRange(kMinScore, kMaxScore);
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    spin->setValue(initial);
    return spin;
}

// `name`: what a screen reader calls both the slider and the box (the row's label names neither:
// it points at the row's container).
QWidget* withSlider(QDoubleSpinBox* spin, const QString& name)
{
    spin->setAccessibleName(name);
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* slider = new QSlider(Qt::Horizontal, box);
    slider->setAccessibleName(name);
    slider->setRange(0, 100);
    slider->setValue(qRound(spin->value() * 100));
    QObject::connect(slider, &QSlider::valueChanged, spin, [spin](int v) { spin->setValue(v / 100.0); });
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, slider,
                     [slider](double v) { slider->setValue(qRound(v * 100)); });
    row->addWidget(slider, 1);
    row->addWidget(spin);
    return box;
}

} // namespace

std::optional<double> askScore(QWidget* parent, const QString& title, const QString& prompt, double initial)
{
    FormDialog dialog(title, parent);
    auto* spin = scoreEditor(&dialog, initial);
    dialog.form()->addRow(prompt, withSlider(spin, prompt));
    spin->setFocus();
    spin->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return spin->value();
}

std::optional<QString> askDisqualifyReason(QWidget* parent, int leadCount)
{
    FormDialog dialog(leadCount > 1 ? PromptsText::tr("Disqualify %1 leads").arg(leadCount)
                                    : PromptsText::tr("Disqualify lead"),
                      parent);
    auto* reason = new QComboBox(&dialog);
    reason->setEditable(true);
    reason->addItems({PromptsText::tr("No budget"), PromptsText::tr("Wrong city"), PromptsText::tr("Not interested"),
                      PromptsText::tr("Unreachable"), PromptsText::tr("Duplicate request"),
                      PromptsText::tr("Not a customer")});
    reason->setCurrentIndex(-1);
    reason->lineEdit()->setPlaceholderText(PromptsText::tr("Choose or type a reason"));
    reason->lineEdit()->setAccessibleName(PromptsText::tr("Reason"));
    dialog.form()->addRow(PromptsText::tr("Reason:"), reason);
    dialog.setSubmit([reason]() -> std::optional<QString> {
        if (reason->currentText().trimmed().isEmpty())
            return PromptsText::tr("A reason is required: choose one from the list or type your own.");
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return reason->currentText().trimmed();
}

std::optional<std::pair<double, double>> askNicheScores(QWidget* parent, const QString& nicheName, double profitability,
                                                        double competition)
{
    FormDialog dialog(PromptsText::tr("Validate niche"), parent);
    auto* p = scoreEditor(&dialog, profitability);
    auto* c = scoreEditor(&dialog, competition);
    auto* verdict = new QLabel(&dialog);
    const auto update = [=] {
        const bool canActivate = Niche::scoresAllowActivation(p->value(), c->value());
        const bool profitable = Niche::scoresAreProfitable(p->value(), c->value());
        verdict->setText(canActivate
                             ? (profitable ? PromptsText::tr("Can be activated; profitable.")
                                           : PromptsText::tr("Can be activated; not profitable (competition ≥ %1).")
                                                 .arg(Niche::kMaxCompetitionProfitable))
                             : PromptsText::tr("Cannot be activated: needs profitability ≥ %1 and competition < %2.")
                                   .arg(Niche::kMinProfitability)
                                   .arg(Niche::kMaxCompetitionToActivate));
    };
    QObject::connect(p, &QDoubleSpinBox::valueChanged, verdict, update);
    QObject::connect(c, &QDoubleSpinBox::valueChanged, verdict, update);
    update();
    dialog.form()->addRow(PromptsText::tr("Niche:"), new QLabel(nicheName, &dialog));
    const QString profitabilityLabel = PromptsText::tr("Profitability (≥ %1):").arg(Niche::kMinProfitability);
    const QString competitionLabel = PromptsText::tr("Competition (< %1):").arg(Niche::kMaxCompetitionToActivate);
    dialog.form()->addRow(profitabilityLabel, withSlider(p, profitabilityLabel));
    dialog.form()->addRow(competitionLabel, withSlider(c, competitionLabel));
    dialog.form()->addRow(QString(), verdict);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::make_pair(p->value(), c->value());
}

QString createNiche(QWidget* parent, NicheService& niches)
{
    FormDialog dialog(PromptsText::tr("New niche"), parent);
    auto* name = new QLineEdit(&dialog);
    auto* market = new QComboBox(&dialog);
    for (Market m : allValues<Market>())
        market->addItem(displayName(m), static_cast<int>(m));
    auto* category = new QLineEdit(&dialog);
    dialog.form()->addRow(PromptsText::tr("Name:"), name);
    dialog.form()->addRow(PromptsText::tr("Market:"), market);
    dialog.form()->addRow(PromptsText::tr("Category:"), category);
    QString created;
    dialog.setSubmit([&]() -> std::optional<QString> {
        const auto n =
            niches.create(name->text(), static_cast<Market>(market->currentData().toInt()), category->text());
        if (!n)
            return n.error().message;
        created = n->id;
        return std::nullopt;
    });
    dialog.exec();
    return created;
}

QString createCampaign(QWidget* parent, CampaignService& campaigns, NicheService& niches,
                       const QString& preselectedNiche)
{
    FormDialog dialog(PromptsText::tr("New campaign"), parent);
    auto* niche = new QComboBox(&dialog);
    if (const auto all = niches.list()) {
        for (const Niche& n : *all) {
            if (n.status != NicheStatus::Archived)
                niche->addItem(u"%1 (%2)"_s.arg(n.name, displayName(n.market)), n.id);
        }
    }
    niche->setCurrentIndex(std::max(0, niche->findData(preselectedNiche)));
    auto* name = new QLineEdit(&dialog);
    auto* platform = new QComboBox(&dialog);
    for (Platform p : allValues<Platform>())
        platform->addItem(displayName(p), static_cast<int>(p));
    auto* budget = new QLineEdit(&dialog);
    budget->setPlaceholderText(PromptsText::tr("tenge, e.g. 500000"));
    dialog.form()->addRow(PromptsText::tr("Niche:"), niche);
    dialog.form()->addRow(PromptsText::tr("Name:"), name);
    dialog.form()->addRow(PromptsText::tr("Platform:"), platform);
    dialog.form()->addRow(PromptsText::tr("Budget, ₸:"), budget);
    QString created;
    dialog.setSubmit([&]() -> std::optional<QString> {
        if (niche->currentIndex() < 0)
            return PromptsText::tr("Create a niche first: every campaign belongs to one.");
        const auto money = parseMoney(budget->text());
        if (!money)
            return money.error().message;
        const auto c = campaigns.create(niche->currentData().toString(), name->text(),
                                        static_cast<Platform>(platform->currentData().toInt()), *money);
        if (!c)
            return c.error().message;
        created = c->id;
        return std::nullopt;
    });
    dialog.exec();
    return created;
}

QString createLead(QWidget* parent, LeadService& leads, CampaignService& campaigns, const QString& preselectedCampaign)
{
    FormDialog dialog(PromptsText::tr("New lead"), parent);
    auto* campaign = new QComboBox(&dialog);
    if (const auto all = campaigns.list()) {
        for (const Campaign& c : *all)
            campaign->addItem(c.name, c.id);
    }
    campaign->setCurrentIndex(std::max(0, campaign->findData(preselectedCampaign)));
    auto* source = new QComboBox(&dialog);
    for (Platform p : allValues<Platform>())
        source->addItem(displayName(p), static_cast<int>(p));
    auto* contact = new QLineEdit(&dialog);
    contact->setPlaceholderText(PromptsText::tr("+7 701 123 45 67, @handle or name@example.kz"));
    dialog.form()->addRow(PromptsText::tr("Campaign:"), campaign);
    dialog.form()->addRow(PromptsText::tr("Source:"), source);
    dialog.form()->addRow(PromptsText::tr("Contact:"), contact);
    auto* name = new QLineEdit(&dialog);
    name->setMaxLength(Lead::kMaxDisplayNameLength);
    name->setPlaceholderText(PromptsText::tr("optional: the person or the company"));
    dialog.form()->addRow(PromptsText::tr("Name:"), name);
    QString created;
    dialog.setSubmit([&]() -> std::optional<QString> {
        if (campaign->currentIndex() < 0)
            return PromptsText::tr("Create a campaign first: every lead comes from one.");
        const auto l =
            leads.create(campaign->currentData().toString(), static_cast<Platform>(source->currentData().toInt()),
                         contact->text(), name->text());
        if (!l)
            return l.error().message;
        created = l->id;
        return std::nullopt;
    });
    dialog.exec();
    return created;
}

std::optional<std::pair<QDateTime, QString>> askFollowUp(QWidget* parent, const QString& contact,
                                                         const QDateTime& suggested, const QString& note)
{
    FormDialog dialog(PromptsText::tr("Follow up %1").arg(contact), parent);
    auto* at = new QDateTimeEdit(suggested.toLocalTime(), &dialog);
    at->setCalendarPopup(true);
    at->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    auto* text = new QLineEdit(note, &dialog);
    text->setMaxLength(Lead::kMaxFollowUpNoteLength);
    text->setPlaceholderText(PromptsText::tr("optional: what the call is about"));
    dialog.form()->addRow(PromptsText::tr("When:"), at);
    dialog.form()->addRow(PromptsText::tr("Note:"), text);
    dialog.setSubmit([at]() -> std::optional<QString> {
        if (at->dateTime() < QDateTime::currentDateTime().addSecs(-60))
            return PromptsText::tr("That time is in the past: a follow-up is now or later.");
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::pair{at->dateTime().toUTC(), text->text()};
}

std::optional<QString> askNote(QWidget* parent, const QString& contact, const QString& text)
{
    FormDialog dialog(text.isEmpty() ? PromptsText::tr("Note on %1").arg(contact)
                                     : PromptsText::tr("Correct the note on %1").arg(contact),
                      parent);
    auto* body = new QPlainTextEdit(text, &dialog);
    body->setPlaceholderText(
        PromptsText::tr("What was said, what was agreed (up to %1 characters)").arg(Note::kMaxBodyLength));
    body->setTabChangesFocus(true);
    body->setAccessibleName(PromptsText::tr("Note text"));
    dialog.form()->addRow(body);
    dialog.setSubmit([body]() -> std::optional<QString> {
        if (const auto checked = Note::checkBody(body->toPlainText()); !checked)
            return checked.error().message;
        return std::nullopt;
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return body->toPlainText();
}

std::optional<QString> askAssignee(QWidget* parent, const QList<TeamMember>& salesManagers, int leadCount)
{
    FormDialog dialog(
        leadCount > 1 ? PromptsText::tr("Assign %1 leads").arg(leadCount) : PromptsText::tr("Assign lead"), parent);
    auto* who = new QComboBox(&dialog);
    who->addItem(PromptsText::tr("Nobody: back to the queue"), QString());
    for (const TeamMember& m : salesManagers)
        who->addItem(m.label(), m.userId);
    dialog.form()->addRow(PromptsText::tr("To:"), who);
    if (salesManagers.isEmpty())
        dialog.form()->addRow(new QLabel(PromptsText::tr("No sales manager in the team yet: the team comes from "
                                                         "the server with each sync."),
                                         &dialog));
    dialog.setSubmit([]() -> std::optional<QString> { return std::nullopt; });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return who->currentData().toString();
}

bool renameLead(QWidget* parent, LeadService& leads, const Lead& lead)
{
    FormDialog dialog(PromptsText::tr("Name of %1").arg(displayContact(lead.contact)), parent);
    auto* name = new QLineEdit(lead.displayName, &dialog);
    name->setMaxLength(Lead::kMaxDisplayNameLength);
    name->setPlaceholderText(PromptsText::tr("the person or the company; empty removes the name"));
    dialog.form()->addRow(PromptsText::tr("Name:"), name);
    bool changed = false;
    dialog.setSubmit([&]() -> std::optional<QString> {
        const auto renamed = leads.rename(lead.id, name->text());
        if (!renamed)
            return renamed.error().message;
        changed = true;
        return std::nullopt;
    });
    dialog.exec();
    return changed;
}

bool editCampaign(QWidget* parent, CampaignService& campaigns, const Campaign& campaign)
{
    FormDialog dialog(PromptsText::tr("Edit campaign"), parent);
    auto* name = new QLineEdit(campaign.name, &dialog);
    auto* budget = new QLineEdit(formatMoney(campaign.budget), &dialog);
    budget->setPlaceholderText(PromptsText::tr("tenge, e.g. 500000"));
    dialog.form()->addRow(PromptsText::tr("Name:"), name);
    dialog.form()->addRow(PromptsText::tr("Budget, ₸:"), budget);
    dialog.form()->addRow(PromptsText::tr("Spent, ₸:"), new QLabel(formatMoney(campaign.spent), &dialog));
    bool saved = false;
    const QString id = campaign.id;
    dialog.setSubmit([&]() -> std::optional<QString> {
        const auto money = parseMoney(budget->text());
        if (!money)
            return money.error().message;
        const auto c = campaigns.edit(id, name->text(), *money);
        if (!c)
            return c.error().message;
        saved = true;
        return std::nullopt;
    });
    dialog.exec();
    return saved;
}

bool editNiche(QWidget* parent, NicheService& niches, const Niche& niche)
{
    FormDialog dialog(PromptsText::tr("Edit niche"), parent);
    auto* name = new QLineEdit(niche.name, &dialog);
    auto* category = new QLineEdit(niche.category, &dialog);
    dialog.form()->addRow(PromptsText::tr("Name:"), name);
    dialog.form()->addRow(PromptsText::tr("Category:"), category);
    bool saved = false;
    const QString id = niche.id;
    dialog.setSubmit([&]() -> std::optional<QString> {
        const auto n = niches.edit(id, name->text(), category->text());
        if (!n)
            return n.error().message;
        saved = true;
        return std::nullopt;
    });
    dialog.exec();
    return saved;
}

} // namespace leadops
