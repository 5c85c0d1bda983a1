#include "ui/dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLocale>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

QString UserGuideDialog::guideFor(const QLocale& locale)
{
    const bool russian = locale.language() == QLocale::Russian || locale.language() == QLocale::Kazakh;
    return russian ? u":/guide/user-guide.ru.md"_s : u":/guide/user-guide.en.md"_s;
}

void UserGuideDialog::fitPictures(int width)
{
    // The screenshots are whole windows: shown at most `width` wide (the height follows), so the
    // text beside them needs no sideways scrolling.
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture =
                m_browser->document()->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= width)
                continue;
            image.setWidth(width);
            image.setHeight(double(picture.height()) * width / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("LeadOps Console — user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // Its pictures are named relative to the guide (images/…), as on GitHub.
    m_browser->setSource(QUrl(u"qrc"_s + guideFor(QLocale())), QTextDocument::MarkdownResource);
    fitPictures(900);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(980, 760);
}

} // namespace leadops
