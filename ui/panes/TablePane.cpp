#include "ui/panes/TablePane.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace leadops {

void TablePane::placeBesideTable(QWidget* detail, const std::function<void()>& show)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, show);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, show);
    connect(m_view->model(), &QAbstractItemModel::dataChanged, this, show);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_layout->addWidget(split, 1);
}

TablePane::TablePane(QWidget* parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Qt's "»" button, shown when the actions do not fit: named for screen readers.
    if (auto* more = m_toolBar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));
    m_layout->addWidget(m_toolBar);
    m_view = new QTableView(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
}

QAction* TablePane::addTableAction(const QString& text, const QKeySequence& key, std::function<void()> onTriggered)
{
    auto* action = new QAction(text, this);
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    connect(action, &QAction::triggered, this, std::move(onTriggered));
    m_toolBar->addAction(action);
    return action;
}

void TablePane::gate(QAction* action, const QString& description, const std::optional<QString>& ruleWhyNot,
                     bool writes) const
{
    const std::optional<QString> whyNot = writes && m_writeRefusal ? m_writeRefusal : ruleWhyNot;
    action->setEnabled(!whyNot);
    const QString key = action->shortcut().isEmpty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    const QString tip = whyNot ? *whyNot : description + key;
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void TablePane::showRefusal(const Error& error)
{
    Q_EMIT statusMessage(error.message);
    QMessageBox::warning(this, tr("Not allowed"), error.message);
}

int TablePane::currentRow() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

QList<int> TablePane::selectedRows() const
{
    QList<int> rows;
    if (!m_view->selectionModel())
        return rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace leadops
