#pragma once

#include "core/Workspace.h"
#include "core/util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real workspace (real SQLite file) in a temporary folder, with a pinned clock.
struct TestWorkspace
{
    QTemporaryDir dir;
    leadops::FixedClock clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<leadops::Workspace> ws;

    TestWorkspace()
    {
        auto opened = leadops::Workspace::open(dir.path(), &clock, QStringLiteral("tester"));
        if (opened)
            ws = std::move(*opened);
        else
            qWarning("cannot open test workspace: %s", qPrintable(opened.error().message));
    }
    leadops::Workspace* operator->() { return ws.get(); }
};
