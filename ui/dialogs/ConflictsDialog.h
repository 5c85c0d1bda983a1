#pragma once

#include "sync/Outbox.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace leadops {

class Workspace;

// The changes the server refused because the row changed there meanwhile: both versions side by
// side, differing fields marked, resolved by keeping the server's row or re-applying mine.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Workspace& workspace, QWidget* parent = nullptr);
    int conflictCount() const;
    void selectConflict(int row);
    bool resolveSelected(bool keepMine);

Q_SIGNALS:
    void resolved();

private:
    void reload();
    void showSelected();

    Workspace& m_workspace;
    QList<OutboxEntry> m_conflicts;
    QListWidget* m_list = nullptr;
    QTableWidget* m_fields = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_mine = nullptr;
    QPushButton* m_theirs = nullptr;
};

} // namespace leadops
