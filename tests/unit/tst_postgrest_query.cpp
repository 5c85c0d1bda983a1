// PostgREST 12 query encoding: literal scalar values, quoted in/or elements, '+' as %2B.
#include "core/auth/Jwt.h"
#include "core/auth/Session.h"
#include "core/json/RowReader.h"
#include "core/rest/PostgrestQuery.h"

#include <QTest>
#include <QUrlQuery>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestPostgrestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarValuesAreLiteralAndPercentEncoded()
    {
        PostgrestQuery q(u"leads"_s);
        q.eq(u"contact"_s, u"a+b@mail.kz"_s).eq(u"name"_s, u"a,b (c) \"d\""_s);
        QCOMPARE(q.encoded(), QByteArray("contact=eq.a%2Bb%40mail.kz&name=eq.a%2Cb%20%28c%29%20%22d%22"));
        QVERIFY(q.hasFilters());
    }

    void inAndOrElementsAreQuotedAndEscaped()
    {
        QCOMPARE(PostgrestQuery::quoted(u"a\"b\\c"_s), u"\"a\\\"b\\\\c\""_s);
        PostgrestQuery q(u"niches"_s);
        q.in(u"name"_s, {u"a,b"_s, u"(x)"_s});
        QCOMPARE(QUrl::fromPercentEncoding(q.encoded()), u"name=in.(\"a,b\",\"(x)\")"_s);
        PostgrestQuery o(u"niches"_s);
        o.anyOf({PostgrestQuery::orElement(u"name"_s, PostgrestQuery::Op::Eq, u"x,y"_s),
                 PostgrestQuery::andGroup({PostgrestQuery::orElement(u"a"_s, PostgrestQuery::Op::Gt, u"1"_s),
                                           PostgrestQuery::orIs(u"b"_s, PostgrestQuery::IsValue::Null)})});
        QCOMPARE(QUrl::fromPercentEncoding(o.encoded()), u"or=(name.eq.\"x,y\",and(a.gt.\"1\",b.is.null))"_s);
    }

    void orderLimitOffsetSelect()
    {
        PostgrestQuery q(u"leads"_s);
        q.select(u"id,status"_s).order(u"created_at"_s, false).order(u"id"_s).limit(1000).offset(2000);
        QCOMPARE(QUrl::fromPercentEncoding(q.encoded()),
                 u"select=id,status&order=created_at.desc,id.asc&limit=1000&offset=2000"_s);
        QVERIFY(!q.hasFilters());
    }

    void likePatternsMatchLiterally()
    {
        QCOMPARE(PostgrestQuery::containsPattern(u"100%_a\\b"_s), u"*100\\%\\_a\\\\b*"_s);
    }

    void jwtPayloadAndSession()
    {
        const QJsonObject claims{{u"sub"_s, u"u1"_s},
                                 {u"email"_s, u"a@b.kz"_s},
                                 {u"exp"_s, 2'000'000'000},
                                 {u"app_metadata"_s, QJsonObject{{u"role"_s, u"analyst"_s}}}};
        const QString token = jwt::signHs256(claims, "secret-secret-secret-secret-1234");
        QCOMPARE(token.count(u'.'), 2);
        const auto payload = jwt::payload(token);
        QVERIFY(payload);
        QCOMPARE(jwt::appRole(*payload), u"analyst"_s);
        QCOMPARE(jwt::expiresAt(*payload)->toSecsSinceEpoch(), 2'000'000'000);
        QVERIFY(!jwt::payload(u"not-a-jwt"_s));
        const auto s = Session::fromTokenResponse(
            {{u"access_token"_s, token}, {u"refresh_token"_s, u"r"_s}, {u"expires_in"_s, 3600}},
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(s->role, u"analyst"_s);
        QCOMPARE(s->email, u"a@b.kz"_s);
        QCOMPARE(s->expiresAt, QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC));
        QVERIFY(!s->needsRefresh(QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::UTC)));
        QVERIFY(s->needsRefresh(QDateTime(QDate(2026, 1, 1), QTime(0, 59), Qt::UTC)));
        QCOMPARE(Session::fromJson(s->toJson())->refreshToken, u"r"_s);
    }

    void serverTimestamps()
    {
        const auto t = parseServerTime(u"2026-11-13T20:45:50.435472+00:00"_s);
        QVERIFY(t);
        QCOMPARE(*t, QDateTime(QDate(2026, 11, 13), QTime(20, 45, 50, 435), Qt::UTC));
        QCOMPARE(*parseServerTime(u"2026-11-13T23:45:50+03:00"_s),
                 QDateTime(QDate(2026, 11, 13), QTime(20, 45, 50), Qt::UTC));
        QVERIFY(!parseServerTime(u"yesterday"_s));
    }
};

QTEST_GUILESS_MAIN(TestPostgrestQuery)
#include "tst_postgrest_query.moc"
