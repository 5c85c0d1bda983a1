// Import and export over a real SQLite workspace with the fixture files: one batch per file, all or
// nothing unless invalid rows are skipped, duplicates found in the file and in the workspace, a
// completed campaign refused for the whole file, undo while untouched, and export of exactly the
// filtered list that reads back in.
#include "tests/support/TestData.h"
#include "tests/support/TestWorkspace.h"

#include "core/io/TableReader.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadExport.h"
#include "core/services/LeadImport.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"
#include "core/store/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestImport : public QObject
{
    Q_OBJECT

    QString activeCampaign(TestWorkspace& t, const QString& name = u"Осень — Kaspi"_s, Platform p = Platform::Kaspi)
    {
        const auto n = t->niches().create(u"Ремонт "_s + name, Market::Almaty, u"Repair"_s);
        t->niches().validate(n->id, 0.8, 0.3);
        t->niches().activate(n->id);
        const auto c = t->campaigns().create(n->id, name, p, 500'000'00);
        t->campaigns().start(c->id);
        return c->id;
    }

    qint64 count(TestWorkspace& t, const QString& sql)
    {
        QSqlQuery q(t->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    Result<ImportReport> import(TestWorkspace& t, const QString& file, const QString& campaign, bool skipInvalid,
                                bool dryRun = false)
    {
        ImportRequest r;
        r.path = file;
        r.campaignId = campaign;
        r.skipInvalid = skipInvalid;
        r.dryRun = dryRun;
        return LeadImporter(t->database(), t->clock(), t->actor()).run(r);
    }

    Lead byContact(TestWorkspace& t, const QString& contact)
    {
        LeadFilter f;
        f.search = contact;
        const auto found = t->leads().list(f);
        return found && found->size() == 1 ? found->first() : Lead{};
    }

private Q_SLOTS:
    void headersAreRecognisedInThreeLanguages()
    {
        auto m = ImportMapping::guess({u"№"_s, u"Телефон клиента"_s, u"ФИО"_s, u"Источник"_s, u"Дата заявки"_s});
        QCOMPARE(m.column(ImportField::Contact), 1);
        QCOMPARE(m.column(ImportField::DisplayName), 2);
        QCOMPARE(m.column(ImportField::Source), 3);
        QCOMPARE(m.column(ImportField::CreatedAt), 4);
        QCOMPARE(m.column(ImportField::Note), -1);
        m = ImportMapping::guess({u"Аты-жөні"_s, u"Телефон нөмірі"_s, u"Ескерту"_s, u"Науқан"_s});
        QCOMPARE(m.column(ImportField::DisplayName), 0);
        QCOMPARE(m.column(ImportField::Contact), 1);
        QCOMPARE(m.column(ImportField::Note), 2);
        QCOMPARE(m.column(ImportField::Campaign), 3);
        m = ImportMapping::guess({u"E-mail"_s, u"Company"_s, u"Notes"_s, u"Created at"_s});
        QCOMPARE(m.column(ImportField::Contact), 0);
        QCOMPARE(m.column(ImportField::DisplayName), 1);
        QCOMPARE(m.column(ImportField::Note), 2);
        QCOMPARE(m.column(ImportField::CreatedAt), 3);
        QCOMPARE(ImportMapping::findColumn({u"A"_s, u"Phone"_s}, u"phone"_s), std::optional(1));
        QCOMPARE(ImportMapping::findColumn({u"A"_s, u"Phone"_s}, u"#1"_s), std::optional(0));
        QCOMPARE(ImportMapping::findColumn({u"A"_s, u"Phone"_s}, u"Email"_s), std::nullopt);
    }

    void aRussianExcelFileWithItsBadRowsSkipped()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        const auto report = import(t, testData("leads-ru-windows1251.csv"), campaign, true);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->written);
        QCOMPARE(report->rows, 7);
        QCOMPARE(report->imported, 5);
        QCOMPARE(report->invalid.size(), 1);
        QCOMPARE(report->invalid.first().row, 6);
        QVERIFY(report->invalid.first().reason.contains(u"12345"_s));
        QCOMPARE(report->duplicates.size(), 1);
        QCOMPARE(report->duplicates.first().row, 7);
        QVERIFY(report->duplicates.first().reason.contains(u"row 2"_s));

        const Lead aigerim = byContact(t, u"+77011234567"_s);
        QCOMPARE(aigerim.displayName, u"Айгерим Сейтова"_s);
        QCOMPARE(aigerim.source, Platform::Kaspi);
        QCOMPARE(aigerim.status, LeadStatus::New);
        QCOMPARE(aigerim.createdAt.toLocalTime().date(), QDate(2026, 11, 20));
        QCOMPARE(byContact(t, u"+77011234568"_s).source, Platform::Satu);  // 7.7011234568E10, Excel's form
        QCOMPARE(byContact(t, u"+77011234569"_s).source, Platform::Kaspi); // none in the file: the campaign's
        QCOMPARE(byContact(t, u"@almaty_cars"_s).source, Platform::Telegram);
        const auto notes = t->leads().notes(byContact(t, u"+77025551122"_s).id);
        QCOMPARE(notes->size(), 1);
        QCOMPARE(notes->first().body, u"Просит счёт; оплата по безналу\nперезвонить в пятницу"_s); // lines kept
        // Every lead and note is queued for the server like any other change, and recorded.
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity = 'lead' AND op = 'insert'"_s), 5);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity = 'note' AND op = 'insert'"_s), 3);
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_log WHERE entity = 'lead' AND action = 'create'"_s), 5);
        QCOMPARE(count(t, u"SELECT count(*) FROM import_batch_leads WHERE batch_id = '"_s + report->batchId + u"'"_s),
                 5);
        // The search index learnt the imported leads in one go (SearchIndex::BulkInsert): they are
        // found by name, the index passes its own check, and its trigger is back for the next lead.
        LeadFilter byName;
        byName.search = u"Сейтова"_s;
        QCOMPARE(t->leads().list(byName).value_or(QList<Lead>{}).size(), 1);
        QCOMPARE(count(t, u"SELECT count(*) FROM leads_search WHERE leads_search MATCH '\"Сейтова\"'"_s), 1);
        QCOMPARE(count(t, u"SELECT count(*) FROM sqlite_master WHERE name = 'leads_search_insert'"_s), 1);
        QSqlQuery check(t->database().connection());
        QVERIFY(check.exec(u"INSERT INTO leads_search(leads_search, rank) VALUES ('integrity-check', 1)"_s));
    }

    void datesAreReadInEveryFormFilesUse()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dates.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Phone;Date\n"
                "+77010000001;2026-11-20\n"
                "+77010000002;20.11.2026\n"
                "+77010000003;20.11.2026 14:30\n"
                "+77010000004;2026-11-20 14:30:05\n"
                "+77010000005;5.1.2026\n"
                "+77010000006;20.11.26\n"
                "+77010000007;2026-11-20T14:30:00Z\n"
                "+77010000008;31.02.2026\n"
                "+77010000009;20.11.2027\n"
                "+77010000010;2026-11-20 25:00\n"
                "+77010000011;20.11.2026 14:30 ish\n");
        f.close();
        const auto report = import(t, path, campaign, true);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const auto local = [](int y, int m, int d, int h = 0, int min = 0, int s = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min, s)).toUTC();
        };
        QCOMPARE(byContact(t, u"+77010000001"_s).createdAt, local(2026, 11, 20));
        QCOMPARE(byContact(t, u"+77010000002"_s).createdAt, local(2026, 11, 20));
        QCOMPARE(byContact(t, u"+77010000003"_s).createdAt, local(2026, 11, 20, 14, 30));
        QCOMPARE(byContact(t, u"+77010000004"_s).createdAt, local(2026, 11, 20, 14, 30, 5));
        QCOMPARE(byContact(t, u"+77010000005"_s).createdAt, local(2026, 1, 5));
        QCOMPARE(byContact(t, u"+77010000006"_s).createdAt, local(2026, 11, 20)); // two-digit year: 20xx
        QCOMPARE(byContact(t, u"+77010000007"_s).createdAt, QDateTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC));
        QCOMPARE(report->imported, 7);
        QList<qint64> refused;
        for (const ImportIssue& i : report->invalid)
            refused << i.row;
        QCOMPARE(refused, (QList<qint64>{9, 10, 11, 12})); // no 31 February, no future, no 25 o'clock, no words
    }

    void manyLeadsAreCreatedByTheRulesOfOne()
    {
        TestWorkspace t;
        const QString open = activeCampaign(t);
        const QString done = activeCampaign(t, u"Лето — OLX"_s, Platform::Olx);
        QVERIFY(t->campaigns().complete(done));
        QVERIFY(t->leads().create(open, Platform::Kaspi, u"+77010000001"_s));
        using NewLead = LeadService::NewLead;
        const auto created = t->leads().createMany({
            NewLead{open, Platform::Kaspi, u"8 (701) 000-00-02"_s, u"Дана"_s, {}},
            NewLead{open, Platform::Kaspi, u"+77010000001"_s, {}, {}}, // already in the campaign
            NewLead{open, Platform::Kaspi, u"12-34"_s, {}, {}},        // not a contact
            NewLead{open, Platform::Kaspi, u"+77010000002"_s, {}, {}}, // the first one, again
            NewLead{done, Platform::Olx, u"+77010000003"_s, {}, {}},   // a completed campaign
            NewLead{open, Platform::Olx, u"@almaty_cars"_s, {}, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)},
        });
        QVERIFY(created);
        QCOMPARE(created->size(), 6);
        QVERIFY(created->at(0));
        QCOMPARE(created->at(0)->contact, u"+77010000002"_s);
        QCOMPARE(created->at(0)->displayName, u"Дана"_s);
        QCOMPARE(created->at(1).error().rule, u"unique_contact"_s);
        QCOMPARE(created->at(2).error().kind, ErrorKind::Validation);
        QCOMPARE(created->at(3).error().rule, u"unique_contact"_s);
        QCOMPARE(created->at(4).error().rule, u"campaign_leads"_s);
        QVERIFY(created->at(5));
        QCOMPARE(created->at(5)->createdAt, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        // The two written like any single one: row, history, outbox.
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 3);
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_log WHERE entity = 'lead' AND action = 'create'"_s), 3);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity = 'lead' AND op = 'insert'"_s), 3);
    }

    void withoutSkippingNothingIsImportedAndEveryProblemIsListed()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        auto report = import(t, testData("leads-ru-windows1251.csv"), campaign, false);
        QVERIFY(report);
        QVERIFY(!report->written);
        QVERIFY(!report->anythingToImport());
        QVERIFY(report->batchId.isEmpty());
        QCOMPARE(report->invalid.size(), 1);
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 0);
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity IN ('lead', 'note')"_s), 0);
        QCOMPARE(count(t, u"SELECT count(*) FROM import_batches"_s), 0);
        // A dry run counts the same and writes nothing either.
        report = import(t, testData("leads-ru-windows1251.csv"), campaign, true, true);
        QCOMPARE(report->imported, 5);
        QVERIFY(report->anythingToImport());
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 0);
    }

    void duplicatesOfTheWorkspaceAreSkippedOrUpdated()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        QVERIFY(t->leads().create(campaign, Platform::Kaspi, u"+7 701 123 45 67"_s));
        auto report = import(t, testData("leads-ru-windows1251.csv"), campaign, true);
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->duplicates.size(), 2); // row 2 (the workspace), row 7 (the file)
        QVERIFY(byContact(t, u"+77011234567"_s).displayName.isEmpty());

        ImportRequest r;
        r.path = testData("leads-ru-windows1251.csv");
        r.campaignId = campaign;
        r.skipInvalid = true;
        r.duplicates = ImportRequest::Duplicates::Update;
        report = LeadImporter(t->database(), t->clock(), t->actor()).run(r);
        QCOMPARE(report->imported, 0);
        // The one without a name got the file's; the others have their names, and their notes once.
        QCOMPARE(report->updated, 1);
        QCOMPARE(byContact(t, u"+77011234567"_s).displayName, u"Айгерим Сейтова"_s);
        // Undone: the name goes back to none.
        QVERIFY(LeadImporter(t->database(), t->clock(), t->actor()).undo(report->batchId));
        QVERIFY(byContact(t, u"+77011234567"_s).displayName.isEmpty());
    }

    void aCompletedCampaignIsRefusedForTheWholeFile()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        QVERIFY(t->campaigns().complete(campaign));
        auto report = import(t, testData("leads-ru-windows1251.csv"), campaign, true);
        QVERIFY(!report);
        QCOMPARE(report.error().rule, u"campaign_leads"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 0);
        // The one path of a lead refuses it too.
        const auto one = t->leads().create(campaign, Platform::Kaspi, u"+77011234567"_s);
        QVERIFY(!one);
        QCOMPARE(one.error().rule, u"campaign_leads"_s);
    }

    void aCampaignColumnNamesCampaignsByName()
    {
        TestWorkspace t;
        const QString kaspi = activeCampaign(t, u"Kaspi autumn"_s);
        ImportRequest r;
        r.path = testData("leads-en-utf8-bom.csv");
        r.skipInvalid = true;
        auto report = LeadImporter(t->database(), t->clock(), t->actor()).run(r);
        QVERIFY(report);
        QCOMPARE(report->mapping.column(ImportField::Campaign), 3);
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->invalid.size(), 2); // row 3 names an unknown campaign; row 4 names none
        QCOMPARE(report->invalid.at(0).row, 3);
        QVERIFY(report->invalid.at(0).reason.contains(u"Unknown campaign"_s));
        QCOMPARE(byContact(t, u"+77051112233"_s).campaignId, kaspi);
        // With a default campaign, the row that names none goes there.
        r.campaignId = kaspi;
        report = LeadImporter(t->database(), t->clock(), t->actor()).run(r);
        QCOMPARE(report->imported, 1);
        QCOMPARE(report->duplicates.size(), 1);
    }

    void spreadsheetsAndUnicodeText()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        auto report = import(t, testData("leads-libreoffice.xlsx"), campaign, false);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->imported, 3);
        QCOMPARE(byContact(t, u"+77011234567"_s).createdAt.toLocalTime().date(), QDate(2026, 11, 20));
        QCOMPARE(byContact(t, u"+77025551122"_s).displayName, u"Айгерим"_s);
        report = import(t, testData("leads-kk-utf16.txt"), campaign, false);
        QCOMPARE(report->imported, 2);
        QCOMPARE(byContact(t, u"+77081234567"_s).displayName, u"Әсел Нұрланқызы"_s);
    }

    // The import sets the lead check triggers aside for its transaction (the domain checks the
    // same rules more strictly): they are back after an import that wrote and after one that did
    // not, and a name too long for them is still refused, by the domain.
    void importPutsTheCheckTriggersBack()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        const auto triggers = [&] {
            return count(t, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                            "('leads_reason_length_insert', 'leads_display_name_insert')"_s);
        };
        QCOMPARE(triggers(), 2);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"names.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Phone;Name\n+77010000001;Дана\n+77010000002;") + QString(201, u'Ж').toUtf8() + '\n');
        f.close();
        auto report = import(t, f.fileName(), campaign, false); // all or nothing: the long name stops it
        QVERIFY(report);
        QVERIFY(!report->written);
        QCOMPARE(report->invalid.size(), 1);
        QCOMPARE(triggers(), 2);
        report = import(t, f.fileName(), campaign, true);
        QVERIFY(report && report->written);
        QCOMPARE(report->imported, 1);
        QCOMPARE(byContact(t, u"+77010000001"_s).displayName, u"Дана"_s);
        QCOMPARE(triggers(), 2);
        // Back as they were: the store refuses a name the domain would have refused.
        QSqlQuery q(t->database().connection());
        QVERIFY(!q.exec(u"INSERT INTO leads (id, campaign_id, source, contact, created_at, updated_at, display_name) "
                        "SELECT 'x', campaign_id, source, '+77019999999', created_at, updated_at, '' FROM leads"_s));
        QVERIFY2(q.lastError().text().contains(u"display_name"_s), qPrintable(q.lastError().text()));
    }

    void undoRemovesTheBatchWhileUntouched()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        const auto first = import(t, testData("leads-ru-windows1251.csv"), campaign, true);
        const auto second = import(t, testData("leads-kk-utf16.txt"), campaign, false);
        QCOMPARE(second->imported, 2);
        LeadImporter importer(t->database(), t->clock(), t->actor());
        QCOMPARE(importer.batches()->size(), 2);

        // One lead of the first batch is contacted: that batch stays, whole.
        const Lead touched = byContact(t, u"+77011234569"_s);
        QVERIFY(t->leads().markContacted(touched.id));
        auto undone = importer.undo(first->batchId);
        QVERIFY(!undone);
        QCOMPARE(undone.error().rule, u"import_undo"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 7);

        // The second is untouched: its lead goes, with its queued insert; never sent, nothing left.
        undone = importer.undo(second->batchId);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(undone->removed, 2);
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 5);
        QSqlQuery check(t->database().connection()); // the search index forgot them too
        QVERIFY(check.exec(u"INSERT INTO leads_search(leads_search, rank) VALUES ('integrity-check', 1)"_s));
        QCOMPARE(count(t, u"SELECT count(*) FROM outbox WHERE entity_id NOT IN (SELECT id FROM leads) AND entity = "
                          "'lead'"_s),
                 0);
        for (const ImportBatch& b : importer.batches().value_or(QList<ImportBatch>{}))
            QCOMPARE(b.undoneAt.has_value(), b.id == second->batchId);
        QCOMPARE(importer.undo(second->batchId).error().rule, u"import_undo"_s); // once
    }

    void undoAfterTheServerHasTheLeadsSendsTombstones()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        const auto report = import(t, testData("leads-kk-utf16.txt"), campaign, false);
        // As after a push: the server has the rows, nothing is queued.
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"DELETE FROM outbox"_s));
        QVERIFY(q.exec(u"UPDATE leads SET server_updated_at = updated_at"_s));
        QVERIFY(LeadImporter(t->database(), t->clock(), t->actor()).undo(report->batchId));
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 0);
        const auto queued = Outbox(t->database()).entries();
        QCOMPARE(queued->size(), 2);
        for (const OutboxEntry& e : *queued) {
            QCOMPARE(e.op, u"update"_s);
            QVERIFY(!e.payload.value(u"deleted_at"_s).toString().isEmpty());
            QVERIFY(!e.baseUpdatedAt.isEmpty());
        }
    }

    void aCanceledImportLeavesNothing()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"many.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Phone\n");
        for (int i = 0; i < 2000; ++i)
            f.write(QByteArray("+7701") + QByteArray::number(2'000'000 + i) + "\n");
        f.close();
        ImportRequest r;
        r.path = f.fileName();
        r.campaignId = campaign;
        int calls = 0;
        LeadImporter::Progress progress{[&](qint64, qint64) { ++calls; }, [&] { return calls >= 3; }};
        const auto report = LeadImporter(t->database(), t->clock(), t->actor()).run(r, progress);
        QVERIFY(report->canceled);
        QVERIFY(!report->written);
        QCOMPARE(count(t, u"SELECT count(*) FROM leads"_s), 0);
        QCOMPARE(count(t, u"SELECT count(*) FROM import_batches"_s), 0);
    }

    void exportWritesTheFilteredListAndReadsBackIn()
    {
        TestWorkspace t;
        const QString campaign = activeCampaign(t);
        const QString other = activeCampaign(t, u"Зима — OLX"_s, Platform::Olx);
        QVERIFY(import(t, testData("leads-ru-windows1251.csv"), campaign, true));
        QVERIFY(t->leads().create(other, Platform::Olx, u"+77770000001"_s, u"=cmd|' /C calc'!A0"_s));
        QTemporaryDir dir;
        LeadFilter filter;
        filter.campaignId = campaign;
        filter.sort = LeadSort::Contact;
        filter.descending = false;
        filter.limit = 2; // the list's page size does not limit an export
        for (const LeadFileFormat format : {LeadFileFormat::Csv, LeadFileFormat::Xlsx}) {
            const QString path = dir.filePath(u"leads."_s + toKey(format));
            const auto written = LeadExporter(t->database()).write(filter, format, path);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
            QCOMPARE(*written, 5);
            auto reader = openTable(path);
            QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
            TableRow row;
            QVERIFY(*(*reader)->next(row));
            QCOMPARE(row.cells.first(), u"Contact"_s);
            QStringList contacts;
            while (*(*reader)->next(row)) {
                contacts << row.cells.at(0);
                if (row.cells.at(0) == u"+77011234567"_s) {
                    QCOMPARE(row.cells.at(1), u"Айгерим Сейтова"_s);
                    QCOMPARE(row.cells.at(10).left(10), u"2026-11-20"_s); // a date (XLSX: a typed date)
                }
            }
            // In the filter's order; phones as text; the Telegram handle guarded in CSV only (XLSX
            // cells are typed text, never formulas).
            QCOMPARE(contacts.size(), 5);
            QCOMPARE(contacts.at(0), u"+77011234567"_s);
            QCOMPARE(contacts.at(4), format == LeadFileFormat::Csv ? u"'@almaty_cars"_s : u"@almaty_cars"_s);
        }
        // A formula in a name is neutralised in CSV.
        filter.campaignId = other;
        const QString path = dir.filePath(u"other.csv"_s);
        QVERIFY(LeadExporter(t->database()).write(filter, LeadFileFormat::Csv, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("+77770000001,'=cmd|' /C calc'!A0,"));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
