#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace leadops {

// The structured log: a Qt message handler that writes one JSON object per line
// ({"ts","level","category","msg", ...fields}) to DIR/leadops.log, rotated by size into
// leadops.log.1 … .N under a lock file (two processes may share a workspace). Text is redacted
// first. Human-readable lines still go to stderr from `stderrLevel` up (the CLI's warnings).
namespace jsonlog {

struct Options
{
    QString directory;
    qint64 maxBytes = 5 * 1024 * 1024;
    int maxFiles = 5; // leadops.log plus this many rotated files
    QtMsgType stderrLevel = QtWarningMsg;
    bool echoToStderr = true;
};

void install(const Options& options);
void uninstall();
QString filePath(); // empty when not installed

// What the process is doing ("lead qualify", "sync"): written with a fatal line.
void setActivity(const QString& activity);

// A log line with structured fields (entity id, HTTP method, path, status, duration_ms, ...).
void event(const QLoggingCategory& category, QtMsgType level, const QString& message, const QJsonObject& fields);

// Sets category thresholds from --log-level (debug, info, warning, error); false if unknown.
bool setLevel(const QString& level);

// The last `lines` lines of the log (current and rotated files), oldest first.
QStringList tail(const QString& directory, int lines);

} // namespace jsonlog
} // namespace leadops
