#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;

namespace leadops {

// A form that stays open until its submit function succeeds: a refusal is shown under the fields
// and nothing the user typed is lost.
class FormDialog final : public QDialog
{
    Q_OBJECT

public:
    // Returns the error message to show, or nullopt when the submission was accepted.
    using Submit = std::function<std::optional<QString>()>;

    FormDialog(const QString& title, QWidget* parent = nullptr);
    QFormLayout* form() const { return m_form; }
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    QString errorText() const;

    void accept() override;

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    Submit m_submit;
};

} // namespace leadops
