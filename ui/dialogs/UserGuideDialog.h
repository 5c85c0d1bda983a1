#pragma once

#include <QDialog>

class QTextBrowser;

namespace leadops {

// The user guide (docs/user-guide.*.md, built into the binary with its pictures), in Russian for
// a Russian or Kazakh interface (there is no Kazakh guide yet) and in English otherwise. Help ▸
// User guide, F1.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    // The guide's resource for the interface language: ":/guide/user-guide.ru.md" or ".en.md".
    static QString guideFor(const QLocale& locale);

private:
    void fitPictures(int width);
    QTextBrowser* m_browser = nullptr;
};

} // namespace leadops
