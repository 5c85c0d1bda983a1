// The import wizard, the imports dialog and the lead list export, driven as a user would on the
// offscreen platform over a real workspace, in English, Russian and Kazakh (screenshots of the
// mapping and summary pages in LEADOPS_SCREENSHOTS).
#include "tests/support/Screenshot.h"
#include "tests/support/TestData.h"
#include "tests/support/TestWorkspace.h"

#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "ui/Translations.h"
#include "ui/dialogs/ImportWizard.h"
#include "ui/dialogs/ImportsDialog.h"
#include "ui/dialogs/LeadExportJob.h"
#include "ui/models/ImportPreviewModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestImportWizard : public QObject
{
    Q_OBJECT

    QString activeCampaign(TestWorkspace& t)
    {
        const auto n = t->niches().create(u"Ремонт квартир"_s, Market::Almaty, u"Repair"_s);
        t->niches().validate(n->id, 0.8, 0.3);
        t->niches().activate(n->id);
        const auto c = t->campaigns().create(n->id, u"Осень — Kaspi"_s, Platform::Kaspi, 500'000'00);
        t->campaigns().start(c->id);
        return c->id;
    }

    bool waitIdle(ImportWizard& w)
    {
        return QTest::qWaitFor([&] { return !w.busy(); }, 20'000) && (QTest::qWait(50), true);
    }

    qint64 leadCount(TestWorkspace& t) { return *t->leads().count({}); }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(installLanguage(u"en"_s).language, u"en"_s); }

    void aFileIsCheckedThenImportedThenUndone()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        ImportWizard w(*t.ws);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setFile(testData("leads-ru-windows1251.csv"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        auto* model = w.findChild<ImportPreviewModel*>();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->headerData(0, Qt::Vertical).toLongLong(), 2); // the spreadsheet's row numbers
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Телефон → Contact"_s);
        QCOMPARE(w.fieldCombo(ImportField::Contact)->currentText(), u"Телефон"_s);
        QCOMPARE(w.fieldCombo(ImportField::Note)->currentText(), u"Заметка"_s);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // no campaign chosen yet
        w.campaignCombo()->setCurrentIndex(w.campaignCombo()->findData(campaign));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(w, u"import-mapping-en"_s);

        // A row is invalid and skipping was not chosen: the summary says so and Import stays off.
        w.next();
        QVERIFY(waitIdle(w));
        QVERIFY(w.dryRun());
        QCOMPARE(w.dryRun()->imported, 5);
        QCOMPARE(w.dryRun()->invalid.size(), 1);
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled());
        auto* issues = w.findChild<QTableWidget*>();
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(issues->item(0, 0)->text(), u"6"_s);
        w.back();
        w.skipInvalidBox()->setChecked(true);
        w.next();
        QVERIFY(waitIdle(w));
        QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
        saveScreenshot(w, u"import-summary-en"_s);
        QCOMPARE(leadCount(t), 0); // the dry run wrote nothing

        QSignalSpy imported(&w, &ImportWizard::imported);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ProgressPage));
        QVERIFY(waitIdle(w));
        QVERIFY(w.result() && w.result()->written);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(leadCount(t), 5);
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.accept();

        ImportsDialog imports(*t.ws);
        QCOMPARE(imports.table()->rowCount(), 1);
        QCOMPARE(imports.table()->item(0, 2)->text(), u"5"_s);
        QSignalSpy undone(&imports, &ImportsDialog::undone);
        imports.undoSelected();
        QCOMPARE(undone.count(), 1);
        QCOMPARE(leadCount(t), 0);
        QVERIFY2(imports.message().contains(u"5 leads removed"_s), qPrintable(imports.message()));
    }

    void aFileThatCannotBeReadStaysOnTheFirstPage()
    {
        TestWorkspace t;
        ImportWizard w(*t.ws);
        w.show();
        w.setFile(testData("password-protected.xlsx"));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FilePage));
        bool said = false;
        for (const QLabel* l : w.findChildren<QLabel*>())
            said = said || l->text().contains(u"password-protected"_s);
        QVERIFY(said);
    }

    void theListExportsAsShown()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        for (int i = 0; i < 12; ++i)
            QVERIFY(t->leads().create(campaign, Platform::Kaspi, u"+7701555%1"_s.arg(1000 + i)));
        QVERIFY(t->leads().markContacted(t->leads().list({})->first().id));
        QTemporaryDir dir;
        LeadFilter filter;
        filter.status = LeadStatus::New;
        QString outcome = exportLeadList(nullptr, *t.ws, filter, dir.filePath(u"new.xlsx"_s));
        QVERIFY2(outcome.contains(u"Exported 11 leads"_s), qPrintable(outcome));
        QVERIFY(QFileInfo(dir.filePath(u"new.xlsx"_s)).size() > 0);
        // A name that says another format is refused, never written with the wrong bytes.
        outcome = exportLeadList(nullptr, *t.ws, filter, dir.filePath(u"new.pdf"_s));
        QVERIFY(outcome.contains(u".csv or .xlsx"_s));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"new.pdf"_s)));
    }

    void russianAndKazakhPages()
    {
        for (const QString& lang : {u"ru"_s, u"kk"_s}) {
            QCOMPARE(installLanguage(lang).language, lang);
            TestWorkspace t;
            const QString campaign = activeCampaign(t);
            ImportWizard w(*t.ws);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.setFile(testData("leads-kk-utf16.txt"));
            w.next();
            w.campaignCombo()->setCurrentIndex(w.campaignCombo()->findData(campaign));
            QVERIFY(w.windowTitle() != u"Import leads"_s);
            saveScreenshot(w, u"import-mapping-"_s + lang);
            w.next();
            QVERIFY(waitIdle(w));
            QCOMPARE(w.dryRun()->imported, 2);
            saveScreenshot(w, u"import-summary-"_s + lang);
            w.reject();
        }
        QCOMPARE(installLanguage(u"en"_s).language, u"en"_s);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
