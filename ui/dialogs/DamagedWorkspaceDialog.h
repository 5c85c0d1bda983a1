#pragma once

#include "core/domain/Result.h"

#include <QMessageBox>

namespace leadops {

// What the window shows when the workspace file is damaged: what was found, that nothing was
// written to it, and the way back. With a connected project, "Rebuild from the server" moves the
// damaged file aside, pulls every row again and queues again every unsent change it can still
// read (the same as `leadops workspace rebuild`); without one, it says how to keep the file for
// support. exec() returns true when the workspace was rebuilt and can be opened.
class DamagedWorkspaceDialog final : public QMessageBox
{
    Q_OBJECT

public:
    DamagedWorkspaceDialog(QString directory, const Error& finding, QWidget* parent = nullptr);
    bool run();

private:
    QString m_directory;
    QAbstractButton* m_rebuild = nullptr;
};

} // namespace leadops
