#pragma once

#include <QStringList>

namespace leadops::cli {

// The subcommands the headless command line understands; anything else opens the window.
bool isCliInvocation(const QStringList& arguments);
// The first command word, or empty when the arguments open the window.
QString commandWord(const QStringList& arguments);
// Commands that draw (chart exports) need a QApplication; without a display it runs offscreen.
bool needsGuiApplication(const QStringList& arguments);

// Runs one command line (arguments without the program name) and returns the exit code.
int run(const QStringList& arguments);

} // namespace leadops::cli
