// Contact normalisation: KZ/RU phones to E.164, Telegram handles, e-mail; clear refusals.
#include "core/domain/Contact.h"
#include "core/domain/Values.h"

#include <QTest>

using namespace leadops;
using namespace Qt::Literals::StringLiterals;

class TestContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        const int phone = int(ContactKind::Phone), tg = int(ContactKind::Telegram), mail = int(ContactKind::Email);
        QTest::newRow("8 (701) 123-45-67") << u"8 (701) 123-45-67"_s << u"+77011234567"_s << phone;
        QTest::newRow("+7 701 123 4567") << u"+7 701 123 4567"_s << u"+77011234567"_s << phone;
        QTest::newRow("77011234567") << u"77011234567"_s << u"+77011234567"_s << phone;
        QTest::newRow("7011234567") << u"7011234567"_s << u"+77011234567"_s << phone;
        QTest::newRow("Almaty landline") << u"8 727 250 00 00"_s << u"+77272500000"_s << phone;
        QTest::newRow("Moscow mobile") << u"+7 (916) 555-12-34"_s << u"+79165551234"_s << phone;
        QTest::newRow("dots and nbsp") << u"+7\u00a0701.123.45.67"_s << u"+77011234567"_s << phone;
        QTest::newRow("telegram") << u"@Almaty_Sales"_s << u"@almaty_sales"_s << tg;
        QTest::newRow("t.me link") << u"https://t.me/Almaty_Sales"_s << u"@almaty_sales"_s << tg;
        QTest::newRow("5 chars") << u"@abcde"_s << u"@abcde"_s << tg;
        QTest::newRow("32 chars") << u"@"_s + QString(32, u'a') << u"@"_s + QString(32, u'a') << tg;
        QTest::newRow("email") << u" Sales@Example.KZ "_s << u"sales@example.kz"_s << mail;
        QTest::newRow("email plus") << u"a.b+c@mail.ru"_s << u"a.b+c@mail.ru"_s << mail;
    }
    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        const auto c = normalizeContact(input);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->value, expected);
        QCOMPARE(int(c->kind), kind);
        QCOMPARE(int(contactKindOf(c->value)), kind);
    }

    void displaysPhonesGrouped()
    {
        QCOMPARE(displayContact(u"+77011234567"_s), u"+7 701 123 45 67"_s);
        QCOMPARE(displayContact(u"@almaty_sales"_s), u"@almaty_sales"_s);
    }

    void samePersonSameValue()
    {
        QCOMPARE(normalizeContact(u"8 (701) 123-45-67"_s)->value, normalizeContact(u"+7 701 123 4567"_s)->value);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << u"  "_s << u"expected"_s;
        QTest::newRow("short phone") << u"8 701 123"_s << u"+7 and 10 digits"_s;
        QTest::newRow("foreign") << u"+998 90 123 45 67"_s << u"Kazakh or Russian"_s;
        QTest::newRow("+7 0xx") << u"+7 012 345 67 89"_s << u"3 to 9"_s;
        QTest::newRow("letters in phone") << u"8 701 12x 45 67"_s << u"contact"_s;
        QTest::newRow("4-char handle") << u"@abcd"_s << u"5 to 32"_s;
        QTest::newRow("33-char handle") << u"@"_s + QString(33, u'a') << u"5 to 32"_s;
        QTest::newRow("handle with dash") << u"@ab-cde"_s << u"5 to 32"_s;
        QTest::newRow("email no tld") << u"a@b"_s << u"name@domain.tld"_s;
        QTest::newRow("email double dot") << u"a..b@mail.kz"_s << u"name@domain.tld"_s;
        QTest::newRow("plain word") << u"Aigerim"_s << u"@handle"_s;
    }
    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto c = normalizeContact(input);
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::Validation);
        QVERIFY2(c.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(c.error().message));
    }

    void money()
    {
        QCOMPARE(*parseMoney(u"150000"_s), Money(15'000'000));
        QCOMPARE(*parseMoney(u"2500.5"_s), Money(250'050));
        QCOMPARE(*parseMoney(u"2 500,05"_s), Money(250'005));
        QCOMPARE(*parseMoney(u"-5"_s), Money(-500));
        QVERIFY(!parseMoney(u"abc"_s));
        QVERIFY(!parseMoney(u"1.005"_s));
        QVERIFY(!parseMoney(u"99999999999999"_s));
        QCOMPARE(formatMoney(250'005), u"2500.05"_s);
        QCOMPARE(formatMoney(-7), u"-0.07"_s);
        QVERIFY(!parseUnitInterval(u"abc"_s, u"Score"_s));
        QVERIFY(parseUnitInterval(u"abc"_s, u"Score"_s).error().message.contains(u"between 0 and 1"_s));
        QCOMPARE(*parseUnitInterval(u"0,75"_s, u"Score"_s), 0.75);
        QVERIFY(!parseUnitInterval(u"1.5"_s, u"Score"_s));
    }
};

QTEST_GUILESS_MAIN(TestContact)
#include "tst_contact.moc"
