#pragma once

#include "core/domain/Result.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace leadops {

// Waits for a future while spinning a local event loop, so that the network replies it depends on
// can arrive (the synchronous wrapper the CLI and tests use). Never call it on the UI thread.
template <typename T>
T waitForFuture(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

template <typename T>
Result<T> waitFor(QFuture<Result<T>> future)
{
    return waitForFuture(std::move(future));
}

} // namespace leadops
