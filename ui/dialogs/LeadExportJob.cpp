#include "ui/dialogs/LeadExportJob.h"

#include "core/Workspace.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
struct ExportJobText
{
    Q_DECLARE_TR_FUNCTIONS(LeadExportJob)
};
} // namespace

QString exportLeadList(QWidget* parent, Workspace& workspace, const LeadFilter& filter, QString path)
{
    if (path.isEmpty()) {
        const QString csv = ExportJobText::tr("CSV, opens in Excel (*.csv)");
        const QString xlsx = ExportJobText::tr("Excel workbook (*.xlsx)");
        QString chosen = csv;
        path = QFileDialog::getSaveFileName(parent, ExportJobText::tr("Export the lead list"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                                u"/"_s + ExportJobText::tr("leads") + u".csv"_s,
                                            csv + u";;"_s + xlsx, &chosen);
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += chosen == xlsx ? u".xlsx"_s : u".csv"_s;
    }
    const auto format = leadFileFormatOf(path);
    if (!format)
        return ExportJobText::tr("%1 does not end in .csv or .xlsx: name the file with the format it should have")
            .arg(QFileInfo(path).fileName());

    QProgressDialog progress(ExportJobText::tr("Exporting leads to %1…").arg(QFileInfo(path).fileName()),
                             ExportJobText::tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const QString database = workspace.database().filePath();
    QFutureWatcher<Result<qint64>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<qint64>>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancel] { cancel->store(true); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        const qint64 t = total->load();
        progress.setValue(t > 0 ? static_cast<int>(done->load() * 1000 / t) : 0);
    });
    poll.start(100);
    // A reader connection of its own: the window stays responsive and keeps its connection.
    watcher.setFuture(QtConcurrent::run([=]() -> Result<qint64> {
        auto db = Database::openReader(database);
        if (!db)
            return tl::unexpected(db.error());
        return LeadExporter(**db).write(filter, *format, path,
                                        {[done, total](qint64 d, qint64 t) {
                                             done->store(d);
                                             total->store(t);
                                         },
                                         [cancel] { return cancel->load(); }});
    }));
    loop.exec();
    poll.stop();
    progress.reset();
    const Result<qint64> result = watcher.result();
    if (!result)
        return result.error().message;
    return ExportJobText::tr("Exported %1 leads to %2")
        .arg(QLocale().toString(*result), QDir::toNativeSeparators(path));
}

} // namespace leadops
