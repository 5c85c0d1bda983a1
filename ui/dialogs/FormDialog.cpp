#include "ui/dialogs/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace leadops {

FormDialog::FormDialog(const QString& title, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString FormDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FormDialog::accept()
{
    if (m_submit) {
        if (const auto problem = m_submit()) {
            m_error->setText(*problem);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace leadops
