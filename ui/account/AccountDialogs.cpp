#include "ui/account/AccountDialogs.h"

#include "core/auth/Jwt.h"
#include "ui/account/AccountController.h"

#include <QCheckBox>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

NetworkFormDialog::NetworkFormDialog(const QString& title, const QString& submitText, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(submitText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QString NetworkFormDialog::errorText() const
{
    return m_error;
}

QString NetworkFormDialog::noticeText() const
{
    return m_notice;
}

void NetworkFormDialog::setBusy(bool busy, const QString& doing)
{
    for (QWidget* w : findChildren<QLineEdit*>())
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_error.clear();
        m_message->setStyleSheet({});
        m_message->setText(doing);
        m_message->setVisible(!doing.isEmpty());
    }
}

void NetworkFormDialog::showError(const QString& message)
{
    setBusy(false);
    m_error = message;
    m_message->setStyleSheet(u"color: #c62828"_s);
    m_message->setText(message);
    m_message->show();
}

void NetworkFormDialog::showNotice(const QString& message)
{
    setBusy(false);
    m_notice = message;
    m_message->setStyleSheet(u"color: #2e7d32"_s);
    m_message->setText(message);
    m_message->show();
}

ConnectDialog::ConnectDialog(AccountController& account, QWidget* parent)
    : NetworkFormDialog(tr("Connect to your team"), tr("Connect"), parent), m_account(account)
{
    auto* intro = new QLabel(tr("Your team's data lives in a Supabase project. Paste its URL and its anon "
                                "(publishable) key from Project Settings ▸ API. The key is kept in the system's "
                                "keychain."),
                             this);
    intro->setWordWrap(true);
    m_form->addRow(intro);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"https://abcd.supabase.co"_s);
    m_url->setAccessibleName(tr("Project URL"));
    m_form->addRow(tr("Project &URL:"), m_url);
    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("Anon key"));
    m_form->addRow(tr("Anon &key:"), m_key);
    m_insecure = new QCheckBox(tr("Allow an unencrypted http:// address on another computer (a trusted network "
                                  "only: the key and passwords travel in the clear)"),
                               this);
    m_form->addRow(m_insecure);
    if (!account.projectUrl().isEmpty())
        m_url->setText(account.projectUrl());
}

void ConnectDialog::accept()
{
    setBusy(true, tr("Checking the project…"));
    m_account.connectProject(m_url->text(), m_key->text(), m_insecure->isChecked(), [this](Result<void> r) {
        if (!r)
            return showError(r.error().message);
        setBusy(false);
        QDialog::accept();
    });
}

SignInDialog::SignInDialog(AccountController& account, QWidget* parent)
    : NetworkFormDialog(tr("Sign in"), tr("Sign in"), parent), m_account(account)
{
    auto* project = new QLabel(tr("Project: %1").arg(account.projectUrl()), this);
    project->setWordWrap(true);
    m_form->addRow(project);
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("E-mail"));
    m_form->addRow(tr("&E-mail:"), m_email);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_form->addRow(tr("&Password:"), m_password);
    auto* forgot = m_buttons->addButton(tr("&Forgot password?"), QDialogButtonBox::ResetRole);
    connect(forgot, &QPushButton::clicked, this, &SignInDialog::forgotPassword);
    if (const auto& s = account.session())
        m_email->setText(s->email);
}

void SignInDialog::accept()
{
    setBusy(true, tr("Signing in…"));
    m_account.signIn(m_email->text(), m_password->text(), [this](Result<Session> session) {
        m_password->clear(); // never kept longer than the attempt
        if (!session)
            return showError(session.error().message);
        // A clock far from the server's makes every expiry wrong: say so, once, at sign-in.
        if (const auto claims = jwt::payload(session->accessToken); claims && claims->contains(u"iat"_s)) {
            const double skew = QDateTime::currentSecsSinceEpoch() - claims->value(u"iat"_s).toDouble();
            if (std::abs(skew) > 300)
                return showNotice(tr("Signed in as %1. This computer's clock is %n minute(s) off the server's: set "
                                     "it, or the session will seem to end too early or too late.",
                                     "", static_cast<int>(std::abs(skew) / 60))
                                      .arg(session->email));
        }
        setBusy(false);
        QDialog::accept();
    });
}

void SignInDialog::forgotPassword()
{
    setBusy(true, tr("Asking for a recovery e-mail…"));
    m_account.recover(m_email->text(), [this](Result<void> r) {
        if (!r)
            return showError(r.error().message);
        showNotice(tr("If %1 has an account, a link to set a new password is on its way: check your e-mail.")
                       .arg(m_email->text().trimmed()));
    });
}

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to LeadOps Console"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("<h3>Welcome</h3><p>This workspace is empty. How would you like to start?</p>"
                                "<p>You can change this later in the Account menu.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const auto choice = [this, layout](const QString& text, const QString& detail, Choice c) {
        auto* button = new QPushButton(text, this);
        button->setToolTip(detail);
        button->setAccessibleDescription(detail);
        button->setObjectName(u"welcome-%1"_s.arg(int(c)));
        connect(button, &QPushButton::clicked, this, [this, c] { done(c); });
        layout->addWidget(button);
        auto* label = new QLabel(detail, this);
        label->setWordWrap(true);
        label->setContentsMargins(12, 0, 0, 8);
        layout->addWidget(label);
    };
    choice(tr("Connect to your team (Supabase)"),
           tr("Sign in to your team's project: leads, campaigns and niches are shared and synced."), ConnectToTeam);
    choice(tr("Explore with demo data"),
           tr("Fill this workspace with realistic demo niches, campaigns and leads to try the console."), ExploreDemo);
    choice(tr("Work locally only"), tr("Keep everything on this computer, without a team or a server."), WorkLocally);
    setMinimumWidth(480);
}

} // namespace leadops
