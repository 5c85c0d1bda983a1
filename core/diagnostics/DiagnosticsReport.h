#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace leadops {

class Workspace;
struct HealthReport;

// The one report a user attaches to a ticket, for the CLI (`leadops diagnostics`) and the
// Diagnostics window alike: versions, OS, workspace (schema, row counts, pending changes,
// conflicts), health, this process's request metrics, the last runs, and the last 200 log lines.
// Everything in it has passed the redactor.
namespace diagnostics {

// `openError`: why the workspace could not be opened (when `workspace` is null), shown first.
QJsonObject build(Workspace* workspace, const QString& workspaceDirectory, const HealthReport& health,
                  bool previousRunUnclean, const QString& openError = {});
QString toText(const QJsonObject& report);
QString toJsonText(const QJsonObject& report);
// Prometheus text exposition of the request metrics of the recorded runs.
QString prometheus(const QJsonArray& runs);

} // namespace diagnostics
} // namespace leadops
