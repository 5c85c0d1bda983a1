// The role matrix on the server: every role's token × every entity × insert and update, against
// the real PostgREST and its row-level security. Each cell must agree with the console's mirror
// (roleMayChange in core/domain/Actor.h), so the window and the command line refuse exactly what
// the server refuses (docs/roles.md).
#include "tests/support/BackendEnv.h"

#include "core/domain/Actor.h"
#include "core/rest/PostgrestClient.h"
#include "core/util/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestRolesBackend : public QObject
{
    Q_OBJECT

    BackendEnv m_env;
    QHash<EntityKind, QString> m_existing; // a row of each kind to update

    std::unique_ptr<PostgrestClient> client(const QString& role)
    {
        return std::make_unique<PostgrestClient>(RestEndpoint{QUrl(m_env.restUrl()), {}, 10'000},
                                                 std::make_shared<StaticBearer>(m_env.token(role)));
    }

    static QString table(EntityKind kind) { return toKey(kind) + u"s"_s; }

    QJsonObject newRow(EntityKind kind)
    {
        const QString id = newUuidV7(QDateTime::currentDateTimeUtc());
        switch (kind) {
        case EntityKind::Niche:
            return {{u"id"_s, id},
                    {u"name"_s, QString(u"Matrix "_s + id.right(6))},
                    {u"market"_s, u"astana"_s},
                    {u"category"_s, u"m"_s}};
        case EntityKind::Campaign:
            return {{u"id"_s, id},
                    {u"niche_id"_s, m_existing.value(EntityKind::Niche)},
                    {u"name"_s, QString(u"Matrix "_s + id.right(6))},
                    {u"platform"_s, u"olx"_s},
                    {u"budget"_s, 1000}};
        case EntityKind::Lead:
            return {{u"id"_s, id},
                    {u"campaign_id"_s, m_existing.value(EntityKind::Campaign)},
                    {u"source"_s, u"olx"_s},
                    {u"contact"_s, QString(u"@matrix_"_s + id.right(8))}};
        }
        return {};
    }

    // Inserts as `role`; true when the server stored the row.
    bool insert(const QString& role, EntityKind kind, QString* id = nullptr)
    {
        const QJsonObject row = newRow(kind);
        RestRequest r;
        r.method = HttpMethod::Post;
        r.query = PostgrestQuery(table(kind));
        r.prefer << u"return=representation"_s;
        r.body = QJsonDocument(row).toJson(QJsonDocument::Compact);
        const auto answer = client(role)->sendAndWait(r);
        if (id)
            *id = row.value(u"id"_s).toString();
        return answer && answer->json.array().size() == 1;
    }

    // Updates the existing row as `role`; true when the server changed it (RLS filters a refused
    // update to zero rows).
    bool update(const QString& role, EntityKind kind)
    {
        RestRequest r;
        r.method = HttpMethod::Patch;
        r.query = PostgrestQuery(table(kind)).eq(u"id"_s, m_existing.value(kind));
        r.prefer << u"return=representation"_s;
        const QJsonObject change = kind == EntityKind::Lead
                                       ? QJsonObject{{u"contact"_s, QString(u"@matrix_upd"_s + role)}}
                                       : QJsonObject{{u"name"_s, QString(u"Matrix renamed by "_s + role)}};
        r.body = QJsonDocument(change).toJson(QJsonDocument::Compact);
        const auto answer = client(role)->sendAndWait(r);
        return answer && answer->json.array().size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        m_env = BackendEnv::load(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString id;
        QVERIFY(insert(u"marketer"_s, EntityKind::Niche, &id));
        m_existing.insert(EntityKind::Niche, id);
        QVERIFY(insert(u"marketer"_s, EntityKind::Campaign, &id));
        m_existing.insert(EntityKind::Campaign, id);
        QVERIFY(insert(u"sales_manager"_s, EntityKind::Lead, &id));
        m_existing.insert(EntityKind::Lead, id);
    }

    void serverAgreesWithTheMirror_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("kind");
        for (const Role role : allValues<Role>())
            for (const EntityKind kind : allValues<EntityKind>())
                QTest::newRow(qPrintable(toKey(role) + u" × "_s + toKey(kind))) << int(role) << int(kind);
    }

    void serverAgreesWithTheMirror()
    {
        QFETCH(int, role);
        QFETCH(int, kind);
        const QString key = toKey(static_cast<Role>(role));
        const bool allowed = roleMayChange(static_cast<Role>(role), static_cast<EntityKind>(kind));
        QCOMPARE(insert(key, static_cast<EntityKind>(kind)), allowed);
        QCOMPARE(update(key, static_cast<EntityKind>(kind)), allowed);
        // And the console refuses the same cell before anything is queued.
        QCOMPARE(Actor::member(u"x@leadops.test"_s, key).canChange(static_cast<EntityKind>(kind)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestRolesBackend)
#include "tst_roles_backend.moc"
