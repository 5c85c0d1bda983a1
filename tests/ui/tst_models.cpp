// The three table models under QAbstractItemModelTester, on a real demo workspace.
#include "tests/support/TestWorkspace.h"

#include "core/demo/DemoGenerator.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/Database.h"
#include "core/store/LeadReader.h"
#include "ui/models/CampaignTableModel.h"
#include "ui/models/LeadTableModel.h"
#include "ui/models/NicheTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_t;

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TestWorkspace>();
        DemoOptions o;
        o.leads = 1500;
        o.until = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator((*m_t)->database(), o).run());
    }

    void nicheModel()
    {
        NicheTableModel model((*m_t)->niches());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), int(NicheTableModel::ColumnCount));
        QCOMPARE(model.headerData(NicheTableModel::Profitability, Qt::Horizontal).toString(), u"Profitability"_s);
        int researching = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.at(row)->status == NicheStatus::Researching)
                researching = row;
        }
        QVERIFY(researching >= 0);
        QCOMPARE(model.index(researching, NicheTableModel::Profitability).data().toString(), u"—"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString id = model.at(researching)->id;
        QVERIFY((*m_t)->niches().validate(id, 0.65, 0.5));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(researching, NicheTableModel::Status).data().toString(), u"Validated"_s);
        QCOMPARE(model.index(researching, NicheTableModel::Profitability).data(NicheTableModel::RawRole).toDouble(),
                 0.65);
        QVERIFY((*m_t)->niches().create(u"New one"_s, Market::Astana, u"c"_s));
        QCOMPARE(model.rowCount(), 13);
    }

    void campaignModel()
    {
        CampaignTableModel model((*m_t)->campaigns(), (*m_t)->niches());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 29);
        int active = -1;
        for (int row = 0; row < model.rowCount() && active < 0; ++row) {
            if (model.at(row)->status == CampaignStatus::Active)
                active = row;
        }
        QVERIFY(active >= 0);
        const Campaign before = *model.at(active);
        QVERIFY(!model.index(active, CampaignTableModel::Niche).data().toString().isEmpty());
        QVERIFY(model.index(active, CampaignTableModel::Budget).data().toString().endsWith(u"₸"_s));
        QVERIFY((*m_t)->campaigns().addSpend(before.id, 100));
        QCOMPARE(model.index(active, CampaignTableModel::Spent).data(CampaignTableModel::RawRole).toLongLong(),
                 before.spent + 100);
    }

    void leadModelPagesSortsAndFilters()
    {
        LeadTableModel model((*m_t)->leads(), (*m_t)->campaigns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Pages, not 1500 rows (the tester itself fetches a few more pages to check fetchMore()).
        QVERIFY(model.rowCount() >= LeadTableModel::kPageSize && model.rowCount() <= 3 * LeadTableModel::kPageSize);
        QCOMPARE(model.rowCount() % LeadTableModel::kPageSize, 0);
        QCOMPARE(model.totalCount(), 1500);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1500);

        model.sort(LeadTableModel::Score, Qt::DescendingOrder);
        QVERIFY(model.rowCount() < 1500);
        double previous = 2.0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const double score = model.index(row, LeadTableModel::Score).data(LeadTableModel::RawRole).toDouble();
            QVERIFY(score <= previous);
            previous = score;
        }

        LeadFilter f;
        f.status = LeadStatus::Contacted;
        model.setFilter(f);
        QVERIFY(model.totalCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.leadAt(row)->status, LeadStatus::Contacted);
        QCOMPARE(model.filter().sort, LeadSort::Score); // the sort survives a filter change

        // A change made through the service reaches the row in place.
        const QString id = model.leadAt(0)->id;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int before = model.leadAt(0)->messagesCount;
        QVERIFY((*m_t)->leads().recordMessage(id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.leadAt(0)->id, id);
        QCOMPARE(model.leadAt(0)->messagesCount, before + 1); // the value came with the signal
        // Only the cells that changed are announced (issue 16): a message changes one column.
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(LeadTableModel::Messages));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(LeadTableModel::Messages));
        QCOMPARE(model.rowOf(id), 0);
        QVERIFY(!model.index(0, LeadTableModel::Campaign).data().toString().isEmpty());

        f = {};
        f.search = u"zzzz-nobody"_s;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        // Every filter of the Leads pane at once, under the tester; the rows agree with plain SQL.
        f = {};
        f.market = Market::Almaty;
        f.source = Platform::Kaspi;
        f.search = u"7"_s;
        f.createdFrom = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        f.createdTo = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        model.setFilter(f);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QSqlQuery q((*m_t)->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM leads l JOIN campaigns c ON c.id = l.campaign_id JOIN niches n ON "
                       "n.id = c.niche_id WHERE n.market = 'almaty' AND l.source = 'kaspi' AND l.contact LIKE '%7%' "
                       "AND l.created_at >= '2026-06-01' AND l.created_at < '2026-10-01'"_s) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QCOMPARE(model.rowCount(), q.value(0).toInt());
        QCOMPARE(model.totalCount(), q.value(0).toLongLong());
        const auto counts = (*m_t)->leads().countByStatus(f);
        qint64 sum = 0;
        for (const auto& [status, count] : *counts)
            sum += count;
        QCOMPARE(sum, q.value(0).toLongLong());
    }

    void leadModelLoadsOnAReaderThread()
    {
        LeadReader reader((*m_t)->database().filePath());
        LeadTableModel model((*m_t)->leads(), (*m_t)->campaigns(), &reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &LeadTableModel::loadingChanged);
        QVERIFY(model.isLoading()); // asked in the constructor, answered on the reader thread
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        QCOMPARE(model.totalCount(), 1500);
        QCOMPARE(model.rowCount(), LeadTableModel::kPageSize);

        // Three questions in a row: only the last answer is shown, and loading ends once.
        loading.clear();
        LeadFilter f;
        f.status = LeadStatus::New;
        model.setFilter(f);
        f.status = LeadStatus::Closed;
        model.setFilter(f);
        f.status = LeadStatus::Qualified;
        model.setFilter(f);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // no page is appended to a list that is being replaced
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        QCOMPARE(loading.count(), 2); // true, then false
        QVERIFY(model.totalCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.leadAt(row)->status, LeadStatus::Qualified);
        qint64 qualified = -1;
        for (const auto& [status, count] : model.statusCounts()) {
            if (status == LeadStatus::Qualified)
                qualified = count;
        }
        QCOMPARE(qualified, model.totalCount());

        // The next pages come from the reader thread too, appended when they answer.
        const int shown = model.rowCount();
        QVERIFY(model.canFetchMore({}) == (model.totalCount() > shown));
        if (model.canFetchMore({})) {
            model.fetchMore({});
            // The page is appended from the event loop, never inside fetchMore() (a reader that
            // answered before the continuation was attached used to append at once, nested in the
            // view's own notification).
            QVERIFY(model.isLoading());
            QVERIFY(!model.canFetchMore({})); // one page at a time
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
            QCOMPARE(model.rowCount(), std::min<qint64>(model.totalCount(), shown + LeadTableModel::kPageSize));
        }
        // A page asked for a list that a new filter replaced is dropped, not appended to the new one.
        f = {};
        model.setFilter(f);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        model.fetchMore({});
        f.status = LeadStatus::Closed;
        model.setFilter(f);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        QVERIFY(model.rowCount() <= LeadTableModel::kPageSize);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.leadAt(row)->status, LeadStatus::Closed);
    }

    // Keyset pages in the window: the next page starts where the last one ended as it was read, so
    // a row edited meanwhile (its sort value changed) neither repeats rows nor skips any; the sort's
    // own index is built beside, on a connection of its own.
    void leadModelPagesGoOnFromWhereTheyWereRead()
    {
        LeadReader reader((*m_t)->database().filePath());
        LeadTableModel model((*m_t)->leads(), (*m_t)->campaigns(), &reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        model.sort(LeadTableModel::Messages, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        LeadFilter whole = model.filter();
        whole.limit = 100'000;
        const auto before = (*m_t)->leads().list(whole);
        QVERIFY(before && before->size() == 1500);
        QCOMPARE(model.rowCount(), LeadTableModel::kPageSize);

        // The last row shown gets more messages: by its value now it would sort near the top.
        const Lead last = *model.leadAt(LeadTableModel::kPageSize - 1);
        QCOMPARE(last.id, before->at(LeadTableModel::kPageSize - 1).id);
        for (int i = 0; i < 30; ++i)
            QVERIFY((*m_t)->leads().recordMessage(last.id));
        while (model.canFetchMore({}) || model.isLoading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10'000));
        }
        QCOMPARE(model.rowCount(), 1500);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.leadAt(row)->id, before->at(row).id);

        QVERIFY(QTest::qWaitFor(
            [&] {
                QSqlQuery q((*m_t)->database().connection());
                return q.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'leads_by_messages_count'"_s) && q.next();
            },
            10'000));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
