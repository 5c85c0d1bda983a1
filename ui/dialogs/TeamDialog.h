#pragma once

#include <QDialog>

class QTableView;

namespace leadops {

class LeadService;
class TeamTableModel;

// Account > Team: who is in the team project, as the last sync brought it (names, e-mails, roles,
// who left). Leads are assigned to its active sales managers.
class TeamDialog final : public QDialog
{
    Q_OBJECT

public:
    TeamDialog(LeadService& leads, QWidget* parent = nullptr);
    TeamTableModel* model() const { return m_model; }

private:
    TeamTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace leadops
