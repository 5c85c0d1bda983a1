#pragma once

#include "core/domain/Result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QTableView;
class QToolBar;
class QVBoxLayout;

namespace leadops {

// What the three entity panes share: a toolbar of actions over a table, actions that are enabled
// only when the rule allows them and say why when it does not, and refusals reported to the user.
class TablePane : public QWidget
{
    Q_OBJECT

public:
    explicit TablePane(QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QToolBar* toolBar() const { return m_toolBar; }
    // Enables each action by the actor's role and the entity's rules; called when the selection,
    // the rows or the signed-in user change.
    virtual void updateActions() {}

Q_SIGNALS:
    // A line for the main window's status bar.
    void statusMessage(const QString& message);

protected:
    // An action on the table's selection, triggered from the toolbar or by its key while the table
    // has focus (so single-letter keys never steal typing from the filter fields).
    QAction* addTableAction(const QString& text, const QKeySequence& key, std::function<void()> onTriggered);
    // Enables the action when `whyNot` is empty; otherwise disables it and shows the rule's message
    // as its tooltip and status tip. An action that `writes` is disabled first by the role's
    // refusal (setWriteRefusal): "Your role (analyst) can't change leads".
    void gate(QAction* action, const QString& description, const std::optional<QString>& whyNot,
              bool writes = true) const;
    void setWriteRefusal(std::optional<QString> refusal) { m_writeRefusal = std::move(refusal); }
    // Puts the table and `detail` (a detail panel) side by side, the table wider, under the toolbar,
    // and calls `show` whenever the current row or the rows change. After setModel().
    void placeBesideTable(QWidget* detail, const std::function<void()>& show);
    template <typename T>
    static std::optional<QString> whyNot(const Result<T>& wouldBe)
    {
        return wouldBe ? std::nullopt : std::optional<QString>(wouldBe.error().message);
    }
    // Shows a refusal in a message box and on the status bar; returns true when `result` succeeded.
    template <typename T>
    bool report(const Result<T>& result, const QString& success)
    {
        if (result) {
            Q_EMIT statusMessage(success);
            return true;
        }
        showRefusal(result.error());
        return false;
    }
    void showRefusal(const Error& error);
    int currentRow() const;
    QList<int> selectedRows() const;

    QVBoxLayout* m_layout = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_view = nullptr;
    std::optional<QString> m_writeRefusal;
};

} // namespace leadops
