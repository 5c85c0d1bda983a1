#include "core/services/ImportMapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

template <>
std::span<const EnumText> enumTexts<ImportField>()
{
    static constexpr EnumText texts[] = {
        {"contact", QT_TRANSLATE_NOOP("ImportField", "Contact")},
        {"name", QT_TRANSLATE_NOOP("ImportField", "Name")},
        {"source", QT_TRANSLATE_NOOP("ImportField", "Source")},
        {"campaign", QT_TRANSLATE_NOOP("ImportField", "Campaign")},
        {"note", QT_TRANSLATE_NOOP("ImportField", "Note")},
        {"created", QT_TRANSLATE_NOOP("ImportField", "Created")},
    };
    return texts;
}

QString displayName(ImportField value)
{
    return QCoreApplication::translate("ImportField",
                                       enumTexts<ImportField>()[static_cast<std::size_t>(value)].display);
}

namespace {

// Header names, lower case, in the order of ImportField. Russian, Kazakh and English, as cabinets
// (OLX, Kaspi, Satu), other CRMs and people name them.
const std::array<QStringList, ImportMapping::kFields>& synonyms()
{
    static const std::array<QStringList, ImportMapping::kFields> names = {
        QStringList{u"телефон"_s,
                    u"тел"_s,
                    u"номер"_s,
                    u"номер телефона"_s,
                    u"мобильный"_s,
                    u"контакт"_s,
                    u"контакты"_s,
                    u"telegram"_s,
                    u"телеграм"_s,
                    u"email"_s,
                    u"e-mail"_s,
                    u"почта"_s,
                    u"электронная почта"_s,
                    u"whatsapp"_s,
                    u"phone"_s,
                    u"phone number"_s,
                    u"mobile"_s,
                    u"contact"_s,
                    u"телефон нөмірі"_s,
                    u"ұялы телефон"_s,
                    u"байланыс"_s,
                    u"пошта"_s,
                    u"электрондық пошта"_s},
        QStringList{u"имя"_s, u"фио"_s, u"клиент"_s, u"контактное лицо"_s, u"компания"_s, u"организация"_s,
                    u"название"_s, u"name"_s, u"full name"_s, u"client"_s, u"customer"_s, u"company"_s, u"аты"_s,
                    u"аты-жөні"_s, u"есімі"_s, u"клиент аты"_s, u"тұтынушы"_s, u"компания атауы"_s, u"ұйым"_s},
        QStringList{u"источник"_s, u"площадка"_s, u"платформа"_s, u"канал"_s, u"source"_s, u"platform"_s, u"channel"_s,
                    u"дереккөз"_s, u"көзі"_s, u"арна"_s, u"алаң"_s},
        QStringList{u"кампания"_s, u"рекламная кампания"_s, u"campaign"_s, u"науқан"_s, u"жарнамалық науқан"_s},
        QStringList{u"заметка"_s, u"заметки"_s, u"примечание"_s, u"комментарий"_s, u"note"_s, u"notes"_s, u"comment"_s,
                    u"comments"_s, u"ескерту"_s, u"ескертпе"_s, u"пікір"_s, u"түсініктеме"_s},
        QStringList{u"дата"_s, u"дата создания"_s, u"дата заявки"_s, u"создан"_s, u"создано"_s, u"date"_s, u"created"_s,
                    u"created at"_s, u"date created"_s, u"күні"_s, u"құрылған күні"_s, u"өтінім күні"_s},
    };
    return names;
}

QString normalized(const QString& header)
{
    static const QRegularExpression punctuation(uR"([\s_:*.]+)"_s);
    return header.toLower().replace(punctuation, u" "_s).trimmed().replace(u'ё', u'е');
}

} // namespace

std::optional<ImportField> ImportMapping::fieldOf(int column) const
{
    for (int f = 0; f < kFields; ++f) {
        if (columns[static_cast<std::size_t>(f)] == column && column >= 0)
            return static_cast<ImportField>(f);
    }
    return std::nullopt;
}

ImportMapping ImportMapping::guess(const QStringList& headers)
{
    ImportMapping mapping;
    QList<QString> names;
    for (const QString& h : headers)
        names << normalized(h);
    // Two passes: every exact name first, so "Телефон клиента" does not take the contact from "Телефон".
    for (const bool exact : {true, false}) {
        for (int f = 0; f < kFields; ++f) {
            if (mapping.columns[static_cast<std::size_t>(f)] >= 0)
                continue;
            for (int c = 0; c < names.size(); ++c) {
                if (mapping.fieldOf(c) || names.at(c).isEmpty())
                    continue;
                const bool match =
                    std::any_of(synonyms()[static_cast<std::size_t>(f)].cbegin(),
                                synonyms()[static_cast<std::size_t>(f)].cend(), [&](const QString& s) {
                                    return exact ? names.at(c) == s : (s.size() >= 4 && names.at(c).contains(s));
                                });
                if (match) {
                    mapping.columns[static_cast<std::size_t>(f)] = c;
                    break;
                }
            }
        }
    }
    return mapping;
}

std::optional<int> ImportMapping::findColumn(const QStringList& headers, const QString& name)
{
    const QString wanted = normalized(name);
    for (int c = 0; c < headers.size(); ++c) {
        if (normalized(headers.at(c)) == wanted)
            return c;
    }
    QString digits = name.trimmed();
    if (digits.startsWith(u'#'))
        digits.remove(0, 1);
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (ok && number >= 1 && number <= headers.size())
        return number - 1;
    return std::nullopt;
}

} // namespace leadops
