#pragma once

#include <QStringList>

namespace leadops::cli {

// The subcommands the headless command line understands; anything else opens the window.
bool isCliInvocation(const QStringList& arguments);

// Runs one command line (arguments without the program name) and returns the exit code.
int run(const QStringList& arguments);

} // namespace leadops::cli
