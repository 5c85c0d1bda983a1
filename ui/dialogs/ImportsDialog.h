#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace leadops {

class Workspace;

// File ▸ Undo import…: the imports made here, newest first; the selected one is undone in one step
// while none of its leads has changed (LeadImporter::undo says why not otherwise).
class ImportsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportsDialog(Workspace& workspace, QWidget* parent = nullptr);
    // Undoes the selected import; the message shown is the outcome.
    void undoSelected();
    QTableWidget* table() const { return m_table; }
    QString message() const;

Q_SIGNALS:
    void undone();

private:
    void reload();

    Workspace& m_workspace;
    QTableWidget* m_table = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace leadops
