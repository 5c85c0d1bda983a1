#include "ui/dialogs/DiagnosticsDialog.h"

#include "core/Workspace.h"
#include "core/auth/Account.h"
#include "core/diagnostics/DiagnosticsReport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

DiagnosticsDialog::DiagnosticsDialog(Workspace& workspace, const HealthReport& health, bool previousRunUnclean,
                                     QWidget* parent)
    : QDialog(parent)
    , m_report(
          diagnostics::build(&workspace, workspaceBaseDirectory(workspace.directory()), health, previousRunUnclean))
{
    setWindowTitle(tr("Diagnostics"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    m_text = new QPlainTextEdit(tabs);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Report"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(diagnostics::toText(m_report));
    tabs->addTab(m_text, tr("Report"));

    // The metrics table: this process's requests, then those of the last recorded runs.
    auto* requests = new QTableWidget(0, 10, tabs);
    requests->setHorizontalHeaderLabels({tr("Run"), tr("Service"), tr("Method"), tr("Endpoint"), tr("Count"),
                                         tr("Errors"), tr("p50 ms"), tr("p95 ms"), tr("Max ms"), tr("Bytes")});
    const auto addRows = [requests](const QString& run, const QJsonArray& rows) {
        for (const QJsonValue& v : rows) {
            const QJsonObject r = v.toObject();
            const int at = requests->rowCount();
            requests->insertRow(at);
            const QStringList cells = {run,
                                       r.value(u"service"_s).toString(),
                                       r.value(u"method"_s).toString(),
                                       r.value(u"endpoint"_s).toString(),
                                       QString::number(r.value(u"count"_s).toInt()),
                                       QString::number(r.value(u"errors"_s).toInt()),
                                       QString::number(r.value(u"p50_ms"_s).toDouble(), 'f', 1),
                                       QString::number(r.value(u"p95_ms"_s).toDouble(), 'f', 1),
                                       QString::number(r.value(u"max_ms"_s).toDouble(), 'f', 1),
                                       QString::number(r.value(u"bytes_in"_s).toInteger())};
            for (int c = 0; c < cells.size(); ++c)
                requests->setItem(at, c, new QTableWidgetItem(cells[c]));
        }
    };
    addRows(tr("this window"), m_report.value(u"this_process"_s).toArray());
    auto* syncs = new QTableWidget(0, 8, tabs);
    syncs->setHorizontalHeaderLabels({tr("When"), tr("Pushed"), tr("Pulled"), tr("Deleted"), tr("Conflicts"),
                                      tr("Refused"), tr("Pending"), tr("Seconds")});
    for (const QJsonValue& v : m_report.value(u"last_runs"_s).toArray()) {
        const QJsonObject run = v.toObject();
        addRows(run.value(u"command"_s).toString() + u" "_s + run.value(u"ts"_s).toString(),
                run.value(u"requests"_s).toArray());
        const QJsonObject sync = run.value(u"sync"_s).toObject();
        if (sync.isEmpty())
            continue;
        const int at = syncs->rowCount();
        syncs->insertRow(at);
        const QStringList cells = {run.value(u"ts"_s).toString(),
                                   QString::number(sync.value(u"pushed"_s).toInt()),
                                   QString::number(sync.value(u"pulled"_s).toInt()),
                                   QString::number(sync.value(u"deleted"_s).toInt()),
                                   QString::number(sync.value(u"conflicts"_s).toInt()),
                                   QString::number(sync.value(u"failed"_s).toInt()),
                                   QString::number(sync.value(u"pending"_s).toInt()),
                                   QString::number(sync.value(u"seconds"_s).toDouble(), 'f', 2)};
        for (int c = 0; c < cells.size(); ++c)
            syncs->setItem(at, c, new QTableWidgetItem(cells[c]));
    }
    for (QTableWidget* table : {requests, syncs}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->resizeColumnsToContents();
    }
    m_requests = requests;
    m_syncs = syncs;
    tabs->addTab(requests, tr("Requests"));
    tabs->addTab(syncs, tr("Sync runs"));
    auto* log = new QPlainTextEdit(tabs);
    log->setReadOnly(true);
    log->setAccessibleName(tr("Recent log"));
    log->setLineWrapMode(QPlainTextEdit::NoWrap);
    log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QStringList lines;
    for (const QJsonValue& line : m_report.value(u"log_tail"_s).toArray())
        lines << line.toString();
    log->setPlainText(lines.join(u'\n'));
    tabs->addTab(log, tr("Log"));
    layout->addWidget(tabs);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy report"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("Save report…"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), u"leadops-diagnostics.txt"_s,
                                                          tr("Text (*.txt);;JSON (*.json)"));
        if (!path.isEmpty() && !saveTo(path))
            QMessageBox::warning(this, tr("Save report"), tr("The report could not be written to %1").arg(path));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 640);
}

QString DiagnosticsDialog::reportText() const
{
    return m_text->toPlainText();
}

int DiagnosticsDialog::requestRows() const
{
    return m_requests->rowCount();
}

int DiagnosticsDialog::syncRows() const
{
    return m_syncs->rowCount();
}

bool DiagnosticsDialog::saveTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString text =
        path.endsWith(u".json"_s, Qt::CaseInsensitive) ? diagnostics::toJsonText(m_report) : reportText();
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace leadops
