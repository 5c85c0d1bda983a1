#pragma once

#include "core/store/Outbox.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace leadops {

class Workspace;

// The local changes waiting for a decision. A conflict (the row changed on the server meanwhile)
// shows both versions side by side, differing fields marked, and is resolved by keeping the
// server's row or re-applying mine. A change the server refused (a rule, a role, a duplicate)
// shows the server's reason, and is sent again or dropped (resolveConflict).
class ConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Workspace& workspace, QWidget* parent = nullptr);
    int entryCount() const; // conflicts and refused changes listed
    void selectEntry(int row);
    bool resolveSelected(bool keepMine);

Q_SIGNALS:
    void resolved();

private:
    void reload();
    void showSelected();

    Workspace& m_workspace;
    QList<OutboxEntry> m_entries;
    QListWidget* m_list = nullptr;
    QTableWidget* m_fields = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_reason = nullptr; // a refused change's reason
    QPushButton* m_mine = nullptr;
    QPushButton* m_theirs = nullptr;
};

} // namespace leadops
