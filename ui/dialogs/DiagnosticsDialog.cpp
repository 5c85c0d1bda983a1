#include "DiagnosticsDialog.h"

#include "Workspace.h"
#include "obs/DiagnosticsReport.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

DiagnosticsDialog::DiagnosticsDialog(Workspace& workspace, const HealthReport& health, bool previousRunUnclean,
                                     QWidget* parent)
    : QDialog(parent), m_report(diagnostics::build(&workspace, workspace.directory(), health, previousRunUnclean))
{
    setWindowTitle(tr("Diagnostics"));
    auto* layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(diagnostics::toText(m_report));
    layout->addWidget(m_text);
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
