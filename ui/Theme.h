#pragma once

class QApplication;

namespace leadops {

// Light and dark follow the system. macOS and the Linux desktop themes hand Qt their palette
// already; Windows does not in Qt 6.4 (its dark mode arrived in 6.5), so there the console reads
// the "apps use light theme" preference and applies a dark Fusion palette itself.
void applySystemTheme(QApplication& app);

// True when the current palette is dark (charts and colours in delegates adapt to it).
bool isDarkPalette();

} // namespace leadops
