#pragma once

#include "core/services/LeadImport.h"

#include <QFutureWatcher>
#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTableWidget;

namespace leadops {

class ImportPreviewModel;
class Workspace;

// File ▸ Import leads…: pick a CSV, TSV or XLSX file (encoding and delimiter detected, both
// changeable), map its columns on a preview of its first 50 rows, read a dry run's summary (new,
// duplicates, invalid rows with their reasons, savable as CSV), then import on a worker thread with
// progress and Cancel. The file is one batch: File ▸ Undo import… takes it back.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, SummaryPage, ProgressPage };

    ImportWizard(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // For tests and drops: starts on this file.
    void setFile(const QString& path);
    const std::optional<ImportReport>& dryRun() const { return m_dryRun; }
    const std::optional<ImportReport>& result() const { return m_result; }
    bool busy() const { return m_watcher.isRunning(); }
    // The mapping and choices of the second page (a test sets them as a user would).
    QComboBox* fieldCombo(ImportField field) const { return m_fieldCombos.at(static_cast<int>(field)); }
    QComboBox* campaignCombo() const { return m_campaign; }
    QCheckBox* skipInvalidBox() const { return m_skipInvalid; }

    void reject() override;

Q_SIGNALS:
    // Leads were written: the window shows them.
    void imported(const QString& batchId);

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportSummaryPage;
    friend class ImportProgressPage;

    bool readPreview(); // page 1 -> 2
    ImportRequest request(bool dryRun) const;
    void runInBackground(bool dryRun);
    void showDryRun();
    void showResult();
    void saveIssues();

    Workspace& m_workspace;
    QString m_databasePath;
    // Page 1
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_fileProblem = nullptr;
    // Page 2
    std::optional<ImportPreview> m_preview;
    ImportPreviewModel* m_previewModel = nullptr;
    QTableView* m_previewView = nullptr;
    QList<QComboBox*> m_fieldCombos;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_duplicates = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QLabel* m_mappingProblem = nullptr;
    // Page 3
    QLabel* m_summary = nullptr;
    QTableWidget* m_issues = nullptr;
    QProgressBar* m_dryRunProgress = nullptr;
    std::optional<ImportReport> m_dryRun;
    // Page 4
    QProgressBar* m_progress = nullptr;
    QLabel* m_outcome = nullptr;
    std::optional<ImportReport> m_result;

    QFutureWatcher<Result<ImportReport>> m_watcher;
    std::shared_ptr<std::atomic<qint64>> m_done = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> m_total = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_runningDry = false;
    QString m_error;
};

} // namespace leadops
