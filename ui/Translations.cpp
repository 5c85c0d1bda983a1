#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

} // namespace

QStringList supportedLanguages()
{
    return {u"ru"_s, u"kk"_s, u"en"_s};
}

LanguageChoice installLanguage(const QString& requested)
{
    LanguageChoice choice;
    QString lang = requested.trimmed().toLower();
    if (!lang.isEmpty() && !supportedLanguages().contains(lang)) {
        choice.problem = QCoreApplication::translate("main", "Unknown language '%1': expected ru, kk or en; the "
                                                             "system language is used")
                             .arg(requested);
        lang.clear();
    }
    if (lang.isEmpty())
        lang = QSettings().value(u"ui/language"_s).toString();
    if (lang.isEmpty()) {
        const QString system = QLocale::system().name().left(2);
        lang = supportedLanguages().contains(system) ? system : u"en"_s;
    }
    const QLocale locale(lang == u"ru"_s ? u"ru_RU"_s : lang == u"kk"_s ? u"kk_KZ"_s : u"en_US"_s);
    QLocale::setDefault(locale);
    Installed& t = installed();
    for (auto* old : {t.own.get(), t.qt.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    t.own = std::make_unique<QTranslator>();
    if (t.own->load(locale, u"leadops"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(t.own.get());
    t.qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (t.qt->load(locale, u"qtbase"_s, u"_"_s, qtDir) ||
        (lang == u"kk"_s && t.qt->load(QLocale(u"ru_RU"_s), u"qtbase"_s, u"_"_s, qtDir)))
        QCoreApplication::installTranslator(t.qt.get());
    choice.language = lang;
    return choice;
}

} // namespace leadops
