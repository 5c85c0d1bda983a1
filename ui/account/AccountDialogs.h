#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace leadops {

class AccountController;

// A form whose submission goes to the network: the fields stay as typed while it runs, and a
// refusal is shown under them in words, so nothing typed is lost.
class NetworkFormDialog : public QDialog
{
    Q_OBJECT

public:
    QString errorText() const;
    QString noticeText() const;

protected:
    NetworkFormDialog(const QString& title, const QString& submitText, QWidget* parent);
    void setBusy(bool busy, const QString& doing = {});
    void showError(const QString& message);
    void showNotice(const QString& message);

    QFormLayout* m_form = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

private:
    QLabel* m_message = nullptr;
    QString m_error;
    QString m_notice;
};

// Project URL + anon key, checked live before anything is saved.
class ConnectDialog final : public NetworkFormDialog
{
    Q_OBJECT

public:
    ConnectDialog(AccountController& account, QWidget* parent = nullptr);
    QLineEdit* urlField() const { return m_url; }
    QLineEdit* keyField() const { return m_key; }
    QCheckBox* insecureBox() const { return m_insecure; }
    void accept() override;

private:
    AccountController& m_account;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_key = nullptr;
    QCheckBox* m_insecure = nullptr;
};

// E-mail + password; "Forgot password?" asks Auth for a recovery e-mail.
class SignInDialog final : public NetworkFormDialog
{
    Q_OBJECT

public:
    SignInDialog(AccountController& account, QWidget* parent = nullptr);
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* passwordField() const { return m_password; }
    void accept() override;
    void forgotPassword();

private:
    AccountController& m_account;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
};

// The first start of an empty workspace with no project: connect, explore demo data, or work
// locally. What the user picked.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { ConnectToTeam = 1, ExploreDemo, WorkLocally };
    explicit WelcomeDialog(QWidget* parent = nullptr);
};

} // namespace leadops
