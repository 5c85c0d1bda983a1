// The translations are complete: lupdate run over today's sources finds no text that the Russian
// or Kazakh file lacks or leaves unfinished, every %1/%n placeholder survives translation, and the
// plural messages have the forms each language needs (Russian three, Kazakh and English two).
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString source;
    QStringList translations; // one, or the plural forms
    bool finished = false;
    bool numerus = false;
};

// context + "\x1f" + source -> message
QHash<QString, Message> readTs(const QString& path)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                current = Message{};
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (xml.name() == u"source"_s) {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                current.finished = xml.attributes().value(u"type"_s).isEmpty();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (xml.name() == u"numerusform"_s) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages.insert(context + QChar(0x1f) + current.source, current);
        }
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression pattern(u"%[0-9n]"_s);
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QHash<QString, Message> m_current; // what the sources say today

private Q_SLOTS:
    void initTestCase()
    {
        const QString lupdate = qEnvironmentVariable("LEADOPS_LUPDATE");
        const QString sources = qEnvironmentVariable("LEADOPS_SOURCE_DIR");
        QVERIFY2(!lupdate.isEmpty() && !sources.isEmpty(), "LEADOPS_LUPDATE and LEADOPS_SOURCE_DIR must be set");
        QTemporaryDir dir;
        const QString ts = dir.filePath(u"current.ts"_s);
        QProcess p;
        p.setWorkingDirectory(sources);
        // -I .: includes name their layer from the repository root ("core/domain/Lead.h").
        p.start(lupdate, {u"-silent"_s, u"-I"_s, u"."_s, u"-recursive"_s, u"-locations"_s, u"none"_s, u"app"_s,
                          u"core"_s, u"ui"_s, u"-ts"_s, ts});
        QVERIFY(p.waitForFinished(120'000));
        QCOMPARE(p.exitCode(), 0);
        m_current = readTs(ts);
        QVERIFY2(m_current.size() > 500, "lupdate found too few texts");
    }

    void completeAndConsistent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("ru") << u"translations/leadops_ru.ts"_s << 3;
        QTest::newRow("kk") << u"translations/leadops_kk.ts"_s << 2;
    }

    void completeAndConsistent()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        const auto shipped = readTs(QDir(qEnvironmentVariable("LEADOPS_SOURCE_DIR")).filePath(file));
        QStringList problems;
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            const QString where = it.key().section(QChar(0x1f), 0, 0) + u": "_s + it.value().source.left(70);
            const auto found = shipped.constFind(it.key());
            if (found == shipped.cend() || !found->finished) {
                problems << u"not translated: "_s + where;
                continue;
            }
            if (found->numerus && found->translations.size() != pluralForms)
                problems << u"%1 plural forms instead of %2: "_s.arg(found->translations.size()).arg(pluralForms) +
                                where;
            for (const QString& t : found->translations) {
                if (t.trimmed().isEmpty() && !it.value().source.trimmed().isEmpty())
                    problems << u"empty: "_s + where;
                else if (placeholders(t) != placeholders(it.value().source))
                    problems << u"placeholders differ: "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 (cmake --build build --target update_translations, then translate):\n"_s.arg(file) +
                            problems.join(u'\n')));
    }

    void englishPluralsHaveTwoForms()
    {
        const auto english =
            readTs(QDir(qEnvironmentVariable("LEADOPS_SOURCE_DIR")).filePath(u"translations/leadops_en.ts"_s));
        for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
            if (!it.value().numerus)
                continue;
            const auto found = english.constFind(it.key());
            QVERIFY2(found != english.cend() && found->finished && found->translations.size() == 2,
                     qPrintable(it.value().source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
