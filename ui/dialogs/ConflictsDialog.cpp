#include "ui/dialogs/ConflictsDialog.h"

#include "core/Workspace.h"
#include "core/sync/SyncEngine.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
QString text(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return u"—"_s;
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toVariant().toString();
}
} // namespace

ConflictsDialog::ConflictsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Sync conflicts and refused changes"));
    auto* layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("Nothing to resolve: every local change reached the server or is waiting to."), this);
    layout->addWidget(m_empty);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reason);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_fields = new QTableWidget(0, 3, split);
    m_list->setAccessibleName(tr("Changes in conflict or refused"));
    m_fields->setAccessibleName(tr("Fields: yours and the server's"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Mine (local)"), tr("Theirs (server)")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    m_theirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::ActionRole);
    connect(m_mine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showSelected);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

int ConflictsDialog::entryCount() const
{
    return static_cast<int>(m_entries.size());
}

void ConflictsDialog::reload()
{
    const auto entries = Outbox(m_workspace.database()).entries();
    m_entries.clear();
    m_list->clear();
    for (const OutboxEntry& e : entries ? *entries : QList<OutboxEntry>()) {
        if (e.state != u"conflict"_s && e.state != u"failed"_s)
            continue;
        m_entries << e;
        const QString row =
            u"%1 %2 — %3"_s.arg(e.entity, e.entityId.right(12),
                                e.payload.value(u"contact"_s).toString(e.payload.value(u"name"_s).toString()));
        m_list->addItem(e.state == u"failed"_s ? tr("Refused: %1").arg(row) : tr("Conflict: %1").arg(row));
    }
    m_empty->setVisible(m_entries.isEmpty());
    m_mine->setEnabled(!m_entries.isEmpty());
    m_theirs->setEnabled(!m_entries.isEmpty());
    if (!m_entries.isEmpty()) {
        m_list->setCurrentRow(0);
    } else {
        m_fields->setRowCount(0);
        m_reason->hide();
    }
}

void ConflictsDialog::selectEntry(int row)
{
    m_list->setCurrentRow(row);
}

void ConflictsDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const OutboxEntry& e = m_entries[row];
    const bool refused = e.state == u"failed"_s;
    m_reason->setVisible(refused);
    m_fields->setColumnHidden(2, refused); // a refused change has no server version to show
    m_reason->setText(tr("The server refused this change: %1").arg(e.error));
    m_mine->setText(refused ? tr("Send again") : tr("Keep mine"));
    m_theirs->setText(refused ? tr("Drop mine") : tr("Keep theirs"));
    m_mine->setToolTip(refused ? tr("Send the change again at the next sync, once the cause has gone")
                               : tr("Re-apply the local change on top of the server's version at the next sync"));
    m_theirs->setToolTip(refused ? (e.op == u"insert"_s
                                        ? tr("Remove the row here: it never reached the server")
                                        : tr("Drop the local change; the server's row comes back with the next sync"))
                                 : tr("Take the server's row and drop the local change"));
    QStringList keys = e.payload.keys();
    for (const QString& k : e.theirs.keys()) {
        if (!keys.contains(k) && k != u"last_mutation_id"_s && k != u"deleted_at"_s)
            keys << k;
    }
    m_fields->setRowCount(static_cast<int>(keys.size()));
    for (int i = 0; i < keys.size(); ++i) {
        const QString mine = text(e.payload.value(keys[i]));
        const QString theirs = text(e.theirs.value(keys[i]));
        auto* name = new QTableWidgetItem(keys[i]);
        auto* a = new QTableWidgetItem(mine);
        auto* b = new QTableWidgetItem(theirs);
        if (!refused && mine != theirs && keys[i] != u"updated_at"_s) {
            const QBrush marked(QColor(0xff, 0xe0, 0x82));
            for (auto* item : {name, a, b})
                item->setBackground(marked);
        }
        m_fields->setItem(i, 0, name);
        m_fields->setItem(i, 1, a);
        m_fields->setItem(i, 2, b);
    }
    m_fields->resizeColumnsToContents();
}

bool ConflictsDialog::resolveSelected(bool keepMine)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return false;
    // Resolving needs no network: the server's row was kept with a conflict, and a dropped change's
    // row is asked for again by the next pull.
    const auto r = resolveConflict(m_workspace.database(), m_entries[row].id, keepMine);
    if (!r) {
        QMessageBox::warning(this, windowTitle(), r.error().message);
        return false;
    }
    Q_EMIT resolved();
    reload();
    return true;
}

} // namespace leadops
