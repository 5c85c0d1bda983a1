#include "ui/DesktopIdentity.h"

#include <QGuiApplication>

namespace leadops {

QString desktopFileId()
{
    return QStringLiteral(LEADOPS_APP_ID);
}

void applyDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(desktopFileId());
}

} // namespace leadops
