// The lead list's pages and search over a real SQLite workspace: keyset pages give exactly the
// rows of offset pages in every sort, and the search index gives exactly what a plain scan gives.
#include "tests/support/TestWorkspace.h"

#include "core/demo/DemoGenerator.h"
#include "core/services/LeadService.h"
#include "core/store/Database.h"
#include "core/store/LeadStore.h"
#include "core/store/SearchIndex.h"

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
        // Names on about half of them: Cyrillic and Kazakh in both cases, LIKE's wildcards, quotes.
        const QStringList names = {
            u"Айгерим Сапарова"_s, u"АЙГЕРИМ С."_s,   u"Әсел Қанатқызы"_s,    u"әсел"_s,
            u"ТОО «Жұлдыз»"_s,     u"ИП Ёлкин"_s,     u"100% Organic_Shop"_s, u"John \"Jack\" O'Neil"_s,
            u"dina_77 %off"_s,     u"Ұлан Өтегенов"_s};
        QSqlQuery name(t->database().connection());
        QVERIFY(name.prepare(u"UPDATE leads SET display_name = ? WHERE rowid % ? = 0"_s));
        for (int i = 0; i < names.size(); ++i) {
            name.bindValue(0, names[i]);
            name.bindValue(1, 2 * names.size() + i);
            QVERIFY(name.exec());
        }
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
                    QTest::addRow("%s %s %s", qPrintable(toKey(sort)), descending ? "desc" : "asc", qPrintable(filter))
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

    // The index narrows; the answer is the plain scan's, for fragments cut at random from the
    // contacts and names, in changed case, and with LIKE's wildcards, quotes and FTS5 syntax.
    void theSearchIndexAnswersWhatAScanAnswers()
    {
        QVERIFY(SearchIndex::exists(t->database()));
        QStringList texts;
        {
            QSqlQuery q(t->database().connection());
            QVERIFY(q.exec(u"SELECT contact, coalesce(display_name, '') FROM leads ORDER BY rowid"_s));
            while (q.next())
                texts << q.value(0).toString() << q.value(1).toString();
        }
        texts.removeAll(QString());
        QRandomGenerator random(21);
        QStringList fragments = {u"%"_s,      u"_"_s,      u"0%"_s,        u"c_s"_s,  u"%off"_s,    u"\""_s,
                                 u"\"Jack"_s, u"AND"_s,    u"NEAR(a b)"_s, u"*"_s,    u"айгерим"_s, u"АЙГЕРИМ"_s,
                                 u"ӘСЕЛ"_s,   u"701 23"_s, u"+7 (7"_s,     u"@aru"_s, u"mail.ru"_s};
        while (fragments.size() < 120) {
            const QString text = texts.at(random.bounded(texts.size()));
            const int length = 1 + random.bounded(8);
            QString cut = text.mid(random.bounded(text.size()), length);
            if (random.bounded(4) == 0)
                cut = cut.toUpper();
            if (!cut.trimmed().isEmpty())
                fragments << cut;
        }
        int indexed = 0;
        for (const QString& fragment : fragments)
            indexed += SearchIndex::query(fragment.trimmed().toLower(), fragment.trimmed()) ? 1 : 0;
        QVERIFY2(indexed > 60, "most fragments should be answered by the index");

        struct Answer
        {
            QStringList ids;
            qint64 count = 0;
            QList<QPair<LeadStatus, qint64>> byStatus;
        };
        LeadStore store(t->database());
        const auto answer = [&](const QString& fragment, bool qualifying) {
            LeadFilter f;
            f.search = fragment;
            f.limit = 100'000;
            if (qualifying)
                f.status = LeadStatus::Qualifying;
            Answer a;
            const auto rows = store.list(f);
            const auto count = store.count(f);
            const auto byStatus = store.countByStatus(f);
            if (rows && count && byStatus)
                a = {ids(*rows), *count, *byStatus};
            else
                qWarning() << "search failed for" << fragment;
            return a;
        };
        // The index, fetched and walked, then the scan.
        const qint64 walkFrom = LeadStore::searchWalkFrom;
        const qint64 likeWalkEvery = LeadStore::searchLikeWalkEvery;
        const auto answers = [&](qint64 from, qint64 every) {
            LeadStore::searchWalkFrom = from;
            LeadStore::searchLikeWalkEvery = every;
            QList<Answer> all;
            for (const QString& fragment : std::as_const(fragments)) {
                for (bool qualifying : {false, true})
                    all << answer(fragment, qualifying);
            }
            LeadStore::searchWalkFrom = walkFrom;
            LeadStore::searchLikeWalkEvery = likeWalkEvery;
            return all;
        };
        const QList<Answer> fetched = answers(1'000'000, 1);
        const QList<Answer> walked = answers(1, 1);           // every found fragment walks the index's set
        const QList<Answer> likeWalked = answers(1, 100'000); // ... or LIKE alone
        QVERIFY(SearchIndex::drop(t->database()));
        QVERIFY(!SearchIndex::exists(t->database()));
        int found = 0;
        for (qsizetype i = 0; i < fragments.size() * 2; ++i) {
            const QString fragment = fragments.at(i / 2);
            const Answer scan = answer(fragment, i % 2 == 1);
            found += scan.ids.isEmpty() ? 0 : 1;
            QVERIFY2(fetched.at(i).ids == scan.ids, qPrintable(u"fetched: "_s + fragment));
            QVERIFY2(walked.at(i).ids == scan.ids, qPrintable(u"walked: "_s + fragment));
            QVERIFY2(likeWalked.at(i).ids == scan.ids, qPrintable(u"walked by LIKE: "_s + fragment));
            QCOMPARE(fetched.at(i).count, scan.count);
            QCOMPARE(fetched.at(i).byStatus, scan.byStatus);
        }
        QVERIFY2(found > 100, "most fragments should find leads");
        // Built again from the table, it answers the same.
        QCOMPARE(SearchIndex::ensure(t->database()), Result<bool>(true));
        QCOMPARE(answer(u"айгерим"_s, false).ids, fetched.at(fragments.indexOf(u"айгерим"_s) * 2).ids);
    }

    // The triggers keep the index with the table: a renamed lead is found by its new name only.
    void theSearchIndexFollowsChanges()
    {
        LeadStore store(t->database());
        LeadFilter f;
        f.limit = 10;
        const auto first = store.list(f);
        QVERIFY(first && !first->isEmpty());
        Lead lead = first->first();
        lead.displayName = u"Жанерке Уникальная"_s;
        QVERIFY(store.update(lead));
        f.search = u"Уникальная"_s;
        auto found = store.list(f);
        QVERIFY(found);
        QCOMPARE(ids(*found), QStringList{lead.id});
        lead.displayName = u"Другое Имя"_s;
        QVERIFY(store.update(lead));
        found = store.list(f);
        QVERIFY(found && found->isEmpty());
        QSqlQuery check(t->database().connection());
        QVERIFY(check.exec(u"INSERT INTO leads_search(leads_search, rank) VALUES ('integrity-check', 1)"_s));
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
