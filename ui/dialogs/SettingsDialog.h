#pragma once

#include <QDialog>

class QComboBox;

namespace leadops {

// Preferences that outlive the session: the interface language (ru, kk, en or the system's). The
// language applies from the next start, as in most desktop applications: every open window would
// otherwise have to rebuild its texts.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // The saved choice: "ru", "kk", "en", or empty for the system language.
    static QString savedLanguage();
    static void saveLanguage(const QString& language);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace leadops
