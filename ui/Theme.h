#pragma once

#include <QObject>
#include <QPalette>

#include <functional>

class QApplication;

namespace leadops {

// Light and dark follow the system. macOS and the Linux desktop themes hand Qt their palette
// already; Windows does not in Qt 6.4 (its dark mode arrived in 6.5), so there the console reads
// the "apps use light theme" preference and applies a dark Fusion palette itself.
// On Windows it keeps following the system while the console runs (SystemThemeFollower).
void applySystemTheme(QApplication& app);

// The console's dark palette (Fusion), where the platform gives none.
QPalette darkPalette();

// Follows a live switch between light and dark: on each theme change the platform reports (on
// Windows, the "apps use light theme" setting), the preference is read again and the palette
// applied; the widgets then receive PaletteChange and redraw (the charts too). Several windows
// report one switch: they are folded into one re-read.
class SystemThemeFollower final : public QObject
{
    Q_OBJECT

public:
    using Preference = std::function<bool()>; // true: the system wants dark
    SystemThemeFollower(QApplication& app, Preference prefersDark);
    bool isDark() const { return m_dark; }
    void follow(); // reads the preference now and applies it

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QApplication& m_app;
    Preference m_prefersDark;
    QPalette m_light; // the style's own palette, restored when the system turns light again
    bool m_dark = false;
    bool m_pending = false;
};

// True when the current palette is dark (charts and colours in delegates adapt to it).
bool isDarkPalette();

} // namespace leadops
