#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the real leadops binary (LEADOPS_BIN, set by leadops_add_test), as a script runs it:
// no display, its exit code, standard output and error.
struct CliRun
{
    int code = -1; // -2: it crashed (a signal), -1: it did not finish in time
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

struct CliRunner
{
    QString workspace;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    // `drawing`: an export, which draws offscreen by itself when no display and no platform is set;
    // any other command must not even load a platform plugin.
    CliRun run(const QStringList& args, bool drawing = false, const QByteArray& input = {},
               int timeoutMs = 60'000) const
    {
        QProcess p;
        p.setProgram(qEnvironmentVariable("LEADOPS_BIN"));
        p.setArguments((workspace.isNull() ? QStringList() : QStringList{QStringLiteral("--workspace"), workspace}) +
                       args);
        QProcessEnvironment e = env;
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (drawing)
            e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        else
            e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none-such"));
        p.setProcessEnvironment(e);
        p.start();
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                      QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};
