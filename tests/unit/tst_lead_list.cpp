// The lead list's pages and search over a real SQLite workspace: keyset pages give exactly the
// rows of offset pages in every sort, and the search index gives exactly what a plain scan gives.
#include "tests/support/TestWorkspace.h"

#include "core/demo/DemoGenerator.h"
#include "core/services/LeadService.h"
#include "core/store/Database.h"
#include "core/store/LeadStore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList ids(const QList<Lead>& leads)
{
    QStringList out;
    for (const Lead& l : leads)
        out << l.id;
    return out;
}

} // namespace

class TestLeadList : public QObject
{
    Q_OBJECT

    TestWorkspace t;

    void exec(const QString& sql)
    {
        QSqlQuery q(t->database().connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(t.ws);
        DemoOptions o;
        o.leads = 2500;
        o.seed = 5;
        o.until = QDate(2026, 11, 20);
        QVERIFY(DemoGenerator(t->database(), o).run());
        // Follow-ups on about a third of the leads, many sharing a time (ties), the rest NULL.
        exec(u"UPDATE leads SET next_follow_up_at = '2026-12-0' || (rowid % 4 + 1) || 'T09:00:00.000Z' "
             "WHERE rowid % 3 = 0 AND status NOT IN ('qualified', 'disqualified', 'closed')"_s);
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec(u"SELECT count(*), count(next_follow_up_at), count(DISTINCT qualification_score) FROM leads"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2500);
        QVERIFY2(q.value(1).toInt() > 200, "the test wants follow-ups and NULLs both");
        QVERIFY2(q.value(2).toInt() < 2000, "the test wants ties of the score");
    }

    void keysetPagesAreTheOffsetPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        for (LeadSort sort : allValues<LeadSort>()) {
            for (bool descending : {false, true}) {
                for (const QString& filter : {u"all"_s, u"qualifying"_s, u"search 77"_s, u"unassigned"_s}) {
                    QTest::addRow("%s %s %s", qPrintable(toKey(sort)), descending ? "desc" : "asc",
                                  qPrintable(filter))
                        << static_cast<int>(sort) << descending << filter;
                }
            }
        }
    }

    void keysetPagesAreTheOffsetPages()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        LeadFilter f;
        f.sort = static_cast<LeadSort>(sort);
        f.descending = descending;
        if (filter == u"qualifying"_s)
            f.status = LeadStatus::Qualifying;
        else if (filter == u"search 77"_s)
            f.search = u"77"_s;
        else if (filter == u"unassigned"_s)
            f.owner = LeadFilter::Owner::Unassigned;
        LeadStore store(t->database());
        // Once without the sort's own index and once with it: the order must not depend on the plan.
        for (bool indexed : {false, true}) {
            if (indexed)
                QVERIFY(store.ensureSortIndex(f.sort));
            LeadFilter whole = f;
            whole.limit = 100'000;
            const auto all = store.list(whole);
            QVERIFY(all);
            QVERIFY2(all->size() > 100, "the filter should leave several pages");

            constexpr int kPage = 37;
            QStringList walked;
            LeadFilter page = f;
            page.limit = kPage;
            for (int n = 0; n < 200; ++n) {
                const auto keyset = store.page(page);
                QVERIFY(keyset);
                LeadFilter byOffset = f;
                byOffset.limit = kPage;
                byOffset.offset = walked.size();
                const auto offset = store.list(byOffset);
                QVERIFY(offset);
                QCOMPARE(ids(keyset->rows), ids(*offset));
                walked += ids(keyset->rows);
                if (keyset->rows.size() < kPage)
                    break;
                QVERIFY(keyset->next);
                page.after = keyset->next;
            }
            QCOMPARE(walked, ids(*all));
        }
    }

    void aPageStartsAfterALeadById()
    {
        LeadStore store(t->database());
        LeadFilter f;
        f.limit = 100'000;
        const auto all = store.list(f);
        QVERIFY(all && all->size() == 2500);
        const auto at = store.cursorAt(all->at(1199).id, f.sort);
        QVERIFY(at);
        f.after = *at;
        f.limit = 5;
        const auto page = store.list(f);
        QVERIFY(page);
        QCOMPARE(ids(*page), ids(all->mid(1200, 5)));
        const auto missing = store.cursorAt(u"00000000-0000-7000-8000-00000000dead"_s, f.sort);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void aBulkLoadDropsTheSortIndexes()
    {
        LeadStore store(t->database());
        QVERIFY(store.ensureSortIndex(LeadSort::Contact));
        QSqlQuery q(t->database().connection());
        const QString count = u"SELECT count(*) FROM sqlite_master WHERE name = 'leads_by_contact'"_s;
        QVERIFY(q.exec(count) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(t->database().dropReadIndexes(u"leads"_s));
        QVERIFY(q.exec(count) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(t->database().ensureReadIndexes());
    }
};

QTEST_GUILESS_MAIN(TestLeadList)
#include "tst_lead_list.moc"
