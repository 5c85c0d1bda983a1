// The role matrix (docs/roles.md), cell by cell: every role × every action of the services, on a
// real workspace. An allowed cell is never refused for the role (it may still be refused by a rule
// of the entity); a refused one says "Your role (…) can't change …", writes nothing and queues
// nothing for the server. A local-only workspace has no role limits.
#include "tests/support/TestWorkspace.h"

#include "core/domain/Actor.h"
#include "core/services/CampaignService.h"
#include "core/services/LeadService.h"
#include "core/services/NicheService.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/Outbox.h"

#include <QSqlQuery>

#include <functional>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Action
{
    const char* name;
    EntityKind kind;
    std::function<Result<void>(Workspace&, const QString& niche, const QString& campaign, const QString& lead)> run;
};

template <typename T>
Result<void> done(const Result<T>& r)
{
    return r ? Result<void>{} : Result<void>(tl::unexpected(r.error()));
}

QList<Action> actions()
{
    return {
        {"niche create", EntityKind::Niche,
         [](Workspace& w, auto&, auto&, auto&) { return done(w.niches().create(u"N2"_s, Market::Almaty, u"c"_s)); }},
        {"niche edit", EntityKind::Niche,
         [](Workspace& w, auto& n, auto&, auto&) { return done(w.niches().edit(n, u"N renamed"_s, u"c"_s)); }},
        {"niche validate", EntityKind::Niche,
         [](Workspace& w, auto& n, auto&, auto&) { return done(w.niches().validate(n, 0.7, 0.1)); }},
        {"niche activate", EntityKind::Niche,
         [](Workspace& w, auto& n, auto&, auto&) { return done(w.niches().activate(n)); }},
        {"niche pause", EntityKind::Niche,
         [](Workspace& w, auto& n, auto&, auto&) { return done(w.niches().pause(n)); }},
        {"niche archive", EntityKind::Niche,
         [](Workspace& w, auto& n, auto&, auto&) { return done(w.niches().archive(n)); }},
        {"campaign create", EntityKind::Campaign,
         [](Workspace& w, auto& n, auto&, auto&) {
             return done(w.campaigns().create(n, u"C2"_s, Platform::Olx, 100'00));
         }},
        {"campaign edit", EntityKind::Campaign,
         [](Workspace& w, auto&, auto& c, auto&) { return done(w.campaigns().edit(c, u"C renamed"_s, 500'000'00)); }},
        {"campaign start", EntityKind::Campaign,
         [](Workspace& w, auto&, auto& c, auto&) { return done(w.campaigns().start(c)); }},
        {"campaign spend", EntityKind::Campaign,
         [](Workspace& w, auto&, auto& c, auto&) { return done(w.campaigns().addSpend(c, 100'00)); }},
        {"campaign pause", EntityKind::Campaign,
         [](Workspace& w, auto&, auto& c, auto&) { return done(w.campaigns().pause(c)); }},
        {"campaign resume", EntityKind::Campaign,
         [](Workspace& w, auto&, auto& c, auto&) { return done(w.campaigns().resume(c)); }},
        {"campaign complete", EntityKind::Campaign,
         [](Workspace& w, auto&, auto& c, auto&) { return done(w.campaigns().complete(c)); }},
        {"lead create", EntityKind::Lead,
         [](Workspace& w, auto&, auto& c, auto&) {
             return done(w.leads().create(c, Platform::Kaspi, u"+7 701 555 00 11"_s));
         }},
        {"lead contact", EntityKind::Lead,
         [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().markContacted(l)); }},
        {"lead message", EntityKind::Lead,
         [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().recordMessage(l)); }},
        {"lead start-qualifying", EntityKind::Lead,
         [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().startQualifying(l)); }},
        {"lead score", EntityKind::Lead,
         [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().assessScore(l, 0.5)); }},
        {"lead qualify", EntityKind::Lead,
         [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().qualify(l, 0.9)); }},
        {"lead disqualify", EntityKind::Lead,
         [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().disqualify(l, u"No budget"_s)); }},
        {"lead close", EntityKind::Lead, [](Workspace& w, auto&, auto&, auto& l) { return done(w.leads().close(l)); }},
    };
}

qint64 count(Workspace& w, const QString& sql)
{
    QSqlQuery q(w.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCell_data()
    {
        QTest::addColumn<QString>("role"); // "" with local: a local-only workspace
        QTest::addColumn<bool>("local");
        QTest::addColumn<int>("action");
        const QList<Action> all = actions();
        const QList<std::pair<QString, bool>> actors = {{u""_s, true},          {u"sales_manager"_s, false},
                                                        {u"marketer"_s, false}, {u"analyst"_s, false},
                                                        {u""_s, false},         {u"admin"_s, false}};
        for (const auto& [role, local] : actors) {
            for (int i = 0; i < all.size(); ++i) {
                const QString who = local ? u"local"_s : role.isEmpty() ? u"no role"_s : role;
                QTest::newRow(qPrintable(who + u" × "_s + QString::fromLatin1(all.at(i).name))) << role << local << i;
            }
        }
    }

    void everyCell()
    {
        QFETCH(QString, role);
        QFETCH(bool, local);
        QFETCH(int, action);
        TestWorkspace t;
        // The rows the actions work on, made by the local user before the role applies.
        const auto niche = t->niches().create(u"N"_s, Market::Astana, u"c"_s);
        QVERIFY(niche);
        QVERIFY(t->niches().validate(niche->id, 0.7, 0.1));
        QVERIFY(t->niches().activate(niche->id));
        const auto campaign = t->campaigns().create(niche->id, u"C"_s, Platform::Kaspi, 1'000'000'00);
        QVERIFY(campaign);
        QVERIFY(t->campaigns().start(campaign->id));
        const auto lead = t->leads().create(campaign->id, Platform::Kaspi, u"+7 701 123 45 67"_s);
        QVERIFY(lead);
        QVERIFY(t->leads().markContacted(lead->id));
        for (int i = 0; i < 3; ++i)
            QVERIFY(t->leads().recordMessage(lead->id));

        const Actor actor = local ? Actor::localUser(u"tester"_s) : Actor::member(u"user@leadops.test"_s, role);
        t->setActor(actor);
        const QList<Action> all = actions(); // kept: `a` refers into it
        const Action& a = all.at(action);
        const bool allowed = local || (actor.role() && roleMayChange(*actor.role(), a.kind));
        QCOMPARE(actor.canChange(a.kind), allowed);
        const qint64 queuedBefore = count(*t.ws, u"SELECT count(*) FROM outbox"_s);
        const qint64 historyBefore = count(*t.ws, u"SELECT count(*) FROM audit_log"_s);
        const Result<void> result = a.run(*t.ws, niche->id, campaign->id, lead->id);
        if (allowed) {
            // Allowed for the role: refused, if at all, by the entity's own rule.
            QVERIFY2(result || result.error().code != u"role"_s,
                     qPrintable(result ? QString() : result.error().message));
            return;
        }
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"role"_s);
        QCOMPARE(result.error().kind, ErrorKind::Rule);
        if (actor.role())
            QCOMPARE(result.error().message,
                     u"Your role (%1) can't change %2s"_s.arg(role, QString::fromLatin1(toKey(a.kind).toLatin1())));
        QCOMPARE(count(*t.ws, u"SELECT count(*) FROM outbox"_s), queuedBefore);
        QCOMPARE(count(*t.ws, u"SELECT count(*) FROM audit_log"_s), historyBefore);
    }

    // The history names the signed-in member, not the computer's user.
    void historyNamesTheMember()
    {
        TestWorkspace t;
        t->setActor(Actor::member(u"marketer@leadops.test"_s, u"marketer"_s));
        const auto niche = t->niches().create(u"N"_s, Market::Astana, u"c"_s);
        QVERIFY(niche);
        const auto history = t->niches().history(niche->id);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->first().actor, u"marketer@leadops.test"_s);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
