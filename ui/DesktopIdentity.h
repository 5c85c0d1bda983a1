#pragma once

#include <QString>

namespace leadops {

// The id of the console's desktop file (kz.leadops.Console, set once in CMake as LEADOPS_APP_ID):
// the name of resources/<id>.desktop, its icon and its AppStream component.
QString desktopFileId();

// Gives the window that id (Wayland's app id): the desktop then shows the .desktop file's name and
// icon for it instead of a generic one. After the QApplication exists.
void applyDesktopIdentity();

} // namespace leadops
