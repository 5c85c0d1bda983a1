#include "ui/dialogs/ImportWizard.h"

#include "core/Workspace.h"
#include "core/services/CampaignService.h"
#include "core/store/Database.h"
#include "ui/models/ImportPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
constexpr int kPreviewRows = 50;
const QString kFromColumn = u"\x01column"_s; // the campaign combo's "from the Campaign column"
} // namespace

// 1: the file, its encoding and delimiter.
class ImportFilePage final : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard& w) : m_w(w)
    {
        setTitle(ImportWizard::tr("Choose a file"));
        setSubTitle(ImportWizard::tr("A CSV or TSV text file (as Excel, Google Sheets, OLX, Kaspi or Satu save "
                                     "them) or an Excel workbook (.xlsx). The first row names the columns."));
        auto* form = new QFormLayout(this);
        auto* row = new QHBoxLayout;
        w.m_path = new QLineEdit(this);
        w.m_path->setPlaceholderText(ImportWizard::tr("Path to a .csv, .tsv, .txt or .xlsx file"));
        w.m_path->setAccessibleName(ImportWizard::tr("File to import"));
        auto* browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        row->addWidget(w.m_path, 1);
        row->addWidget(browse);
        form->addRow(ImportWizard::tr("&File:"), row);
        w.m_encoding = new QComboBox(this);
        w.m_encoding->addItem(ImportWizard::tr("Detect"), QString());
        for (const TextEncoding e :
             {TextEncoding::Utf8, TextEncoding::Windows1251, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
            w.m_encoding->addItem(displayName(e), toKey(e));
        form->addRow(ImportWizard::tr("&Encoding:"), w.m_encoding);
        w.m_delimiter = new QComboBox(this);
        w.m_delimiter->addItem(ImportWizard::tr("Detect"), QString());
        w.m_delimiter->addItem(ImportWizard::tr("Semicolon (;)"), u";"_s);
        w.m_delimiter->addItem(ImportWizard::tr("Comma (,)"), u","_s);
        w.m_delimiter->addItem(ImportWizard::tr("Tab"), u"\t"_s);
        form->addRow(ImportWizard::tr("&Delimiter:"), w.m_delimiter);
        w.m_fileProblem = new QLabel(this);
        w.m_fileProblem->setWordWrap(true);
        w.m_fileProblem->setStyleSheet(u"color: palette(highlight)"_s);
        form->addRow(w.m_fileProblem);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path =
                QFileDialog::getOpenFileName(this, ImportWizard::tr("Import leads"), m_w.m_path->text(),
                                             ImportWizard::tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
            if (!path.isEmpty())
                m_w.m_path->setText(QDir::toNativeSeparators(path));
        });
        connect(w.m_path, &QLineEdit::textChanged, this, [this] {
            m_w.m_fileProblem->clear();
            Q_EMIT completeChanged();
        });
    }
    bool isComplete() const override { return !m_w.m_path->text().trimmed().isEmpty(); }
    bool validatePage() override { return m_w.readPreview(); }

private:
    ImportWizard& m_w;
};

// 2: the preview, which column feeds which field, the campaign and the choices.
class ImportMappingPage final : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard& w) : m_w(w)
    {
        setTitle(ImportWizard::tr("Match the columns"));
        auto* layout = new QVBoxLayout(this);
        w.m_previewModel = new ImportPreviewModel(this);
        w.m_previewView = new QTableView(this);
        w.m_previewView->setModel(w.m_previewModel);
        w.m_previewView->setAccessibleName(ImportWizard::tr("First rows of the file"));
        w.m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        w.m_previewView->setWordWrap(false);
        w.m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        layout->addWidget(w.m_previewView, 1);
        auto* grid = new QFormLayout;
        for (int f = 0; f < ImportMapping::kFields; ++f) {
            auto* combo = new QComboBox(this);
            combo->setAccessibleName(displayName(static_cast<ImportField>(f)));
            w.m_fieldCombos << combo;
            grid->addRow(displayName(static_cast<ImportField>(f)) + u':', combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { mappingChanged(); });
        }
        w.m_campaign = new QComboBox(this);
        w.m_campaign->setAccessibleName(ImportWizard::tr("Campaign"));
        grid->addRow(ImportWizard::tr("Into &campaign:"), w.m_campaign);
        connect(w.m_campaign, &QComboBox::currentIndexChanged, this, [this] { mappingChanged(); });
        w.m_duplicates = new QComboBox(this);
        w.m_duplicates->addItem(ImportWizard::tr("Skip them"));
        w.m_duplicates->addItem(ImportWizard::tr("Give them the file's name and note"));
        w.m_duplicates->setAccessibleName(ImportWizard::tr("Contacts already in the campaign"));
        grid->addRow(ImportWizard::tr("Contacts already in the campaign:"), w.m_duplicates);
        w.m_skipInvalid = new QCheckBox(ImportWizard::tr("Import the valid rows when some are invalid (the summary "
                                                         "lists every skipped row)"),
                                        this);
        grid->addRow(w.m_skipInvalid);
        layout->addLayout(grid);
        w.m_mappingProblem = new QLabel(this);
        w.m_mappingProblem->setWordWrap(true);
        layout->addWidget(w.m_mappingProblem);
    }

    void initializePage() override
    {
        const ImportPreview& p = *m_w.m_preview;
        m_w.m_previewModel->setPreview(p.headers, p.rows);
        m_w.m_previewModel->setMapping(p.mapping);
        m_w.m_previewView->resizeColumnsToContents();
        for (int c = 0; c < m_w.m_previewModel->columnCount(); ++c)
            m_w.m_previewView->setColumnWidth(c, std::min(m_w.m_previewView->columnWidth(c), 320));
        for (int f = 0; f < ImportMapping::kFields; ++f) {
            QComboBox* combo = m_w.m_fieldCombos.at(f);
            const QSignalBlocker quiet(combo);
            combo->clear();
            combo->addItem(ImportWizard::tr("— not imported —"), -1);
            for (int c = 0; c < p.headers.size(); ++c)
                combo->addItem(p.headers.at(c).isEmpty() ? ImportWizard::tr("Column %1").arg(c + 1) : p.headers.at(c),
                               c);
            combo->setCurrentIndex(p.mapping.columns[static_cast<std::size_t>(f)] + 1);
        }
        const QSignalBlocker quiet(m_w.m_campaign);
        const QString before = m_w.m_campaign->currentData().toString();
        m_w.m_campaign->clear();
        m_w.m_campaign->addItem(ImportWizard::tr("— choose a campaign —"), QString());
        m_w.m_campaign->addItem(ImportWizard::tr("As the Campaign column says"), kFromColumn);
        if (const auto campaigns = m_w.m_workspace.campaigns().list({})) {
            for (const Campaign& c : *campaigns) {
                if (c.checkAcceptsLeads())
                    m_w.m_campaign->addItem(c.name, c.id);
            }
        }
        m_w.m_campaign->setCurrentIndex(std::max(0, m_w.m_campaign->findData(before)));
        mappingChanged();
    }

    ImportMapping mapping() const
    {
        ImportMapping m;
        for (int f = 0; f < ImportMapping::kFields; ++f)
            m.columns[static_cast<std::size_t>(f)] = m_w.m_fieldCombos.at(f)->currentData().toInt();
        return m;
    }

    QString problem() const
    {
        const ImportMapping m = mapping();
        if (!m.has(ImportField::Contact))
            return ImportWizard::tr("Choose the column that holds the contact (a phone, Telegram handle or e-mail).");
        for (int a = 0; a < ImportMapping::kFields; ++a) {
            for (int b = a + 1; b < ImportMapping::kFields; ++b) {
                if (m.columns[static_cast<std::size_t>(a)] >= 0 &&
                    m.columns[static_cast<std::size_t>(a)] == m.columns[static_cast<std::size_t>(b)])
                    return ImportWizard::tr("Column \"%1\" is chosen twice: a column feeds one field.")
                        .arg(m_w.m_fieldCombos.at(a)->currentText());
            }
        }
        const QString campaign = m_w.m_campaign->currentData().toString();
        if (campaign.isEmpty())
            return ImportWizard::tr("Choose the campaign the leads come into.");
        if (campaign == kFromColumn && !m.has(ImportField::Campaign))
            return ImportWizard::tr("Choose the column that names the campaign, or one campaign for every row.");
        return {};
    }

    bool isComplete() const override { return problem().isEmpty(); }

private:
    void mappingChanged()
    {
        m_w.m_previewModel->setMapping(mapping());
        m_w.m_mappingProblem->setText(problem());
        Q_EMIT completeChanged();
    }

    ImportWizard& m_w;
};

// 3: the dry run's summary; the commit point.
class ImportSummaryPage final : public QWizardPage
{
public:
    explicit ImportSummaryPage(ImportWizard& w) : m_w(w)
    {
        setTitle(ImportWizard::tr("Check before importing"));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        auto* layout = new QVBoxLayout(this);
        w.m_dryRunProgress = new QProgressBar(this);
        w.m_dryRunProgress->setAccessibleName(ImportWizard::tr("Checking the file"));
        layout->addWidget(w.m_dryRunProgress);
        w.m_summary = new QLabel(this);
        w.m_summary->setWordWrap(true);
        w.m_summary->setTextFormat(Qt::RichText);
        layout->addWidget(w.m_summary);
        w.m_issues = new QTableWidget(0, 3, this);
        w.m_issues->setAccessibleName(ImportWizard::tr("Rows that will not be imported"));
        w.m_issues->setHorizontalHeaderLabels(
            {ImportWizard::tr("Row"), ImportWizard::tr("Problem"), ImportWizard::tr("Reason")});
        w.m_issues->horizontalHeader()->setStretchLastSection(true);
        w.m_issues->verticalHeader()->hide();
        w.m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(w.m_issues, 1);
        auto* save = new QPushButton(ImportWizard::tr("&Save this list as CSV…"), this);
        layout->addWidget(save, 0, Qt::AlignLeft);
        connect(save, &QPushButton::clicked, &w, &ImportWizard::saveIssues);
    }
    void initializePage() override { m_w.runInBackground(true); }
    bool isComplete() const override { return !m_w.busy() && m_w.m_dryRun && m_w.m_dryRun->anythingToImport(); }

private:
    ImportWizard& m_w;
};

// 4: the import itself.
class ImportProgressPage final : public QWizardPage
{
public:
    explicit ImportProgressPage(ImportWizard& w) : m_w(w)
    {
        setTitle(ImportWizard::tr("Importing"));
        auto* layout = new QVBoxLayout(this);
        w.m_progress = new QProgressBar(this);
        w.m_progress->setAccessibleName(ImportWizard::tr("Import progress"));
        layout->addWidget(w.m_progress);
        w.m_outcome = new QLabel(this);
        w.m_outcome->setWordWrap(true);
        layout->addWidget(w.m_outcome);
        layout->addStretch(1);
    }
    void initializePage() override { m_w.runInBackground(false); }
    bool isComplete() const override { return !m_w.busy() && (m_w.m_result || !m_w.m_error.isEmpty()); }

private:
    ImportWizard& m_w;
};

ImportWizard::ImportWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent), m_workspace(workspace), m_databasePath(workspace.database().filePath())
{
    setWindowTitle(tr("Import leads"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(FilePage, new ImportFilePage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(SummaryPage, new ImportSummaryPage(*this));
    setPage(ProgressPage, new ImportProgressPage(*this));
    resize(900, 640);

    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        QProgressBar* bar = m_runningDry ? m_dryRunProgress : m_progress;
        const qint64 total = m_total->load();
        bar->setRange(0, 1000);
        bar->setValue(total > 0 ? static_cast<int>(m_done->load() * 1000 / total) : 0);
    });
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::started, poll, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<Result<ImportReport>>::finished, this, [this, poll] {
        poll->stop();
        const Result<ImportReport> r = m_watcher.result();
        m_error = r ? QString() : r.error().message;
        if (m_runningDry) {
            m_dryRun = r ? std::optional(*r) : std::nullopt;
            showDryRun();
        } else {
            m_result = r ? std::optional(*r) : std::nullopt;
            showResult();
            if (m_result && m_result->written)
                Q_EMIT imported(m_result->batchId);
        }
    });
}

ImportWizard::~ImportWizard()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ImportWizard::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportWizard::readPreview()
{
    TableOptions options;
    if (const auto e = fromKey<TextEncoding>(m_encoding->currentData().toString()))
        options.encoding = *e;
    if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
        options.delimiter = d.at(0);
    const auto preview =
        LeadImporter::preview(QDir::fromNativeSeparators(m_path->text().trimmed()), options, kPreviewRows);
    if (!preview) {
        m_fileProblem->setText(preview.error().message);
        return false;
    }
    m_preview = *preview;
    // What was detected shows in the combos (the user changes it there and goes back).
    if (preview->table.format == TableFormat::Csv) {
        m_encoding->setItemText(0, tr("Detect (%1)").arg(displayName(preview->table.encoding)));
        const QChar d = preview->table.delimiter;
        m_delimiter->setItemText(0, tr("Detect (%1)").arg(d == u'\t' ? tr("Tab") : QString(d)));
    }
    return true;
}

ImportRequest ImportWizard::request(bool dryRun) const
{
    ImportRequest r;
    r.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (const auto e = fromKey<TextEncoding>(m_encoding->currentData().toString()))
        r.table.encoding = *e;
    if (const QString d = m_delimiter->currentData().toString(); !d.isEmpty())
        r.table.delimiter = d.at(0);
    ImportMapping m;
    for (int f = 0; f < ImportMapping::kFields; ++f)
        m.columns[static_cast<std::size_t>(f)] = m_fieldCombos.at(f)->currentData().toInt();
    r.mapping = m;
    const QString campaign = m_campaign->currentData().toString();
    r.campaignId = campaign == kFromColumn ? QString() : campaign;
    r.duplicates =
        m_duplicates->currentIndex() == 1 ? ImportRequest::Duplicates::Update : ImportRequest::Duplicates::Skip;
    r.skipInvalid = m_skipInvalid->isChecked();
    r.dryRun = dryRun;
    return r;
}

void ImportWizard::runInBackground(bool dryRun)
{
    m_runningDry = dryRun;
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(0);
    m_error.clear();
    (dryRun ? m_dryRun : m_result).reset();
    if (dryRun) {
        m_summary->setText(tr("Reading the whole file…"));
        m_issues->setRowCount(0);
    } else {
        m_outcome->setText(tr("Importing… Cancel stops it, and nothing is kept."));
    }
    // Its own connection: the window's stays free to read (WAL). A dry run only reads.
    const ImportRequest req = request(dryRun);
    const Actor actor = m_workspace.actor();
    const Clock* clock = &m_workspace.clock();
    const QString database = m_databasePath;
    auto done = m_done;
    auto total = m_total;
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([=]() -> Result<ImportReport> {
        auto db = dryRun ? Database::openReader(database) : Database::openWriter(database);
        if (!db)
            return tl::unexpected(db.error());
        LeadImporter importer(**db, *clock, actor);
        return importer.run(req, {[done, total](qint64 d, qint64 t) {
                                      done->store(d);
                                      total->store(t);
                                  },
                                  [cancel] { return cancel->load(); }});
    }));
    if (currentPage())
        Q_EMIT currentPage()->completeChanged();
}

void ImportWizard::showDryRun()
{
    m_dryRunProgress->setValue(m_dryRunProgress->maximum());
    m_issues->setRowCount(0);
    if (!m_dryRun) {
        m_summary->setText(u"<b>%1</b>"_s.arg(m_error.toHtmlEscaped()));
    } else {
        const ImportReport& r = *m_dryRun;
        QString text = tr("%1 rows read: <b>%2 new leads</b>, %3 existing leads updated, %4 duplicates, %5 invalid "
                          "rows.")
                           .arg(r.rows)
                           .arg(r.imported)
                           .arg(r.updated)
                           .arg(r.duplicates.size())
                           .arg(r.invalid.size());
        if (!r.invalid.isEmpty() && !r.skipInvalid)
            text += u"<br><b>"_s +
                    tr("Nothing can be imported while rows are invalid: correct them in the file, or go back and "
                       "choose to import the valid rows.")
                        .toHtmlEscaped() +
                    u"</b>"_s;
        else if (r.anythingToImport())
            text += u"<br>"_s + tr("Press Import to write them. The import can be undone in one step (File ▸ Undo "
                                   "import…) while none of its leads has changed.")
                                    .toHtmlEscaped();
        else
            text += u"<br><b>"_s + tr("There is nothing new to import.").toHtmlEscaped() + u"</b>"_s;
        m_summary->setText(text);
        const auto lines = r.issuesByRow();
        m_issues->setRowCount(static_cast<int>(std::min<qsizetype>(lines.size(), 10'000)));
        for (int i = 0; i < m_issues->rowCount(); ++i) {
            m_issues->setItem(i, 0, new QTableWidgetItem(QString::number(lines.at(i).row)));
            m_issues->setItem(i, 1, new QTableWidgetItem(lines.at(i).problem));
            m_issues->setItem(i, 2, new QTableWidgetItem(lines.at(i).reason));
        }
        m_issues->resizeColumnToContents(0);
        m_issues->resizeColumnToContents(1);
    }
    Q_EMIT page(SummaryPage)->completeChanged();
}

void ImportWizard::showResult()
{
    m_progress->setValue(m_progress->maximum());
    if (!m_result)
        m_outcome->setText(tr("Nothing was imported: %1").arg(m_error));
    else if (m_result->canceled)
        m_outcome->setText(tr("Canceled: nothing was imported."));
    else if (m_result->written)
        m_outcome->setText(tr("Imported %1 new leads and updated %2. They are in the outbox and reach the server "
                              "with the next sync. To take the whole file back: File ▸ Undo import…")
                               .arg(m_result->imported)
                               .arg(m_result->updated));
    else
        m_outcome->setText(tr("Nothing was imported: the file changed since it was checked. Run the import again."));
    Q_EMIT page(ProgressPage)->completeChanged();
}

void ImportWizard::saveIssues()
{
    if (!m_dryRun)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the rows that will not be imported"),
        QFileInfo(m_path->text()).completeBaseName() + tr("-problems") + u".csv"_s, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = LeadImporter::writeIssues(*m_dryRun, path); !r)
        m_summary->setText(m_summary->text() + u"<br><b>"_s + r.error().message.toHtmlEscaped() + u"</b>"_s);
}

void ImportWizard::reject()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // the import rolls back; the wizard closes once it has
        m_watcher.waitForFinished();
    }
    QWizard::reject();
}

} // namespace leadops
