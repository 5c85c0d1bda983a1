#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that a user who cannot read the current one finds theirs.
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"Қазақ тілі"_s, u"kk"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("The language changes the next time LeadOps Console starts. "
                               "The command line option --lang overrides it."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString SettingsDialog::savedLanguage()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void SettingsDialog::saveLanguage(const QString& language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

void SettingsDialog::accept()
{
    saveLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace leadops
