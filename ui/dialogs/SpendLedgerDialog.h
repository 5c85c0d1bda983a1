#pragma once

#include "ui/dialogs/SpendPrompts.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace leadops {

struct LedgerLine;
class SpendLedgerModel;
class Workspace;

// A campaign's spend ledger: every spend and correction with who recorded it and what it did, a
// summary of spent against the budget, and the marketer's two actions: record a spend, reverse a
// mistaken one (never a negative amount). Follows the campaign's changes while open.
class SpendLedgerDialog final : public QDialog
{
    Q_OBJECT

public:
    SpendLedgerDialog(Workspace& workspace, QString campaignId, QWidget* parent = nullptr);
    ~SpendLedgerDialog() override;

    void setPrompts(std::unique_ptr<SpendPrompts> prompts) { m_prompts = std::move(prompts); }
    SpendLedgerModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summaryText() const;
    QString statusText() const; // the last action's outcome or refusal

public Q_SLOTS:
    void recordSpend();
    void reverseSelected();

private:
    void refresh();
    const LedgerLine* selectedLine() const;
    void updateActions();

    Workspace& m_workspace;
    QString m_campaignId;
    std::unique_ptr<SpendPrompts> m_prompts;
    SpendLedgerModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_reverse = nullptr;
};

} // namespace leadops
