#include "ui/dialogs/ImportsDialog.h"

#include "core/Workspace.h"
#include "core/services/LeadImport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace leadops {

ImportsDialog::ImportsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Imports"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setAccessibleName(tr("Imports, newest first"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("File"), tr("New leads"), tr("Updated"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(tr("Undoing an import removes the leads it created and gives back the names it changed, "
                              "while none of them has changed since. Notes it added to leads that were already "
                              "there stay."),
                           this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo import"), QDialogButtonBox::ActionRole);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        if (QMessageBox::question(this, tr("Undo import"),
                                  tr("Remove the %1 leads imported from %2?")
                                      .arg(m_table->item(row, 2)->text(), m_table->item(row, 1)->text())) ==
            QMessageBox::Yes)
            undoSelected();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_undo->setEnabled(row >= 0 && !m_table->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    reload();
    resize(720, 380);
}

void ImportsDialog::reload()
{
    LeadImporter importer(m_workspace.database(), m_workspace.clock(), m_workspace.actor());
    const auto batches = importer.batches();
    m_table->setRowCount(0);
    if (!batches) {
        m_message->setText(batches.error().message);
        return;
    }
    m_table->setRowCount(static_cast<int>(batches->size()));
    for (int i = 0; i < batches->size(); ++i) {
        const ImportBatch& b = batches->at(i);
        auto* when = new QTableWidgetItem(QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, b.id);
        when->setData(Qt::UserRole + 1, b.undoneAt.has_value());
        m_table->setItem(i, 0, when);
        m_table->setItem(i, 1, new QTableWidgetItem(b.fileName));
        m_table->setItem(i, 2, new QTableWidgetItem(QLocale().toString(b.imported)));
        m_table->setItem(i, 3, new QTableWidgetItem(QLocale().toString(b.updated)));
        m_table->setItem(
            i, 4,
            new QTableWidgetItem(
                b.undoneAt ? tr("undone %1").arg(QLocale().toString(b.undoneAt->toLocalTime(), QLocale::ShortFormat))
                           : tr("imported by %1").arg(b.actor)));
    }
    m_table->resizeColumnsToContents();
    m_undo->setEnabled(false);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void ImportsDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString batch = m_table->item(row, 0)->data(Qt::UserRole).toString();
    LeadImporter importer(m_workspace.database(), m_workspace.clock(), m_workspace.actor());
    const auto r = importer.undo(batch);
    reload();
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->setText(tr("Import undone: %1 leads removed, %2 names given back.")
                           .arg(QLocale().toString(r->removed), QLocale().toString(r->renamedBack)));
    Q_EMIT undone();
}

QString ImportsDialog::message() const
{
    return m_message->text();
}

} // namespace leadops
