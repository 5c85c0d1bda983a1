#pragma once

#include "core/services/LeadExport.h"

#include <QString>

class QWidget;

namespace leadops {

class Workspace;

// Exports the lead list as the pane shows it (its filters and sort) to `path`, or to a file the
// user picks when `path` is empty; the format is the one the file name says (a name without one
// gets the chosen filter's). Runs on a worker thread with a progress dialog and Cancel. Returns
// the outcome, already worded for the status bar.
QString exportLeadList(QWidget* parent, Workspace& workspace, const LeadFilter& filter, QString path = {});

} // namespace leadops
