#include "ui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

bool windowsPrefersDark()
{
#ifdef Q_OS_WIN
    const QSettings personalize(
        u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"_s,
        QSettings::NativeFormat);
    return personalize.value(u"AppsUseLightTheme"_s, 1).toInt() == 0;
#else
    return false;
#endif
}

} // namespace

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8), accent(0x3d, 0x8e, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

SystemThemeFollower::SystemThemeFollower(QApplication& app, Preference prefersDark)
    : QObject(&app), m_app(app), m_prefersDark(std::move(prefersDark)), m_light(QApplication::palette())
{
    app.installEventFilter(this);
    follow();
}

void SystemThemeFollower::follow()
{
    m_pending = false;
    const bool dark = m_prefersDark();
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (dark) {
        m_light = QApplication::palette();
        m_app.setStyle(QStyleFactory::create(u"Fusion"_s)); // the native style ignores a dark palette
        m_app.setPalette(darkPalette());
    } else {
        m_app.setPalette(m_light);
    }
}

bool SystemThemeFollower::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ThemeChange && !m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &SystemThemeFollower::follow, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void applySystemTheme(QApplication& app)
{
#ifdef Q_OS_WIN
    new SystemThemeFollower(app, windowsPrefersDark); // parented to the application
#else
    Q_UNUSED(app); // the platform theme hands Qt its palette, and its changes
    Q_UNUSED(windowsPrefersDark);
#endif
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace leadops
