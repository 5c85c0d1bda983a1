#include "core/domain/Contact.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// lupdate reads the context from this declaration; the calls below use ContactText::tr.
struct ContactText
{
    Q_DECLARE_TR_FUNCTIONS(Contact)
};

// Kazakhstan and Russia share country code 7. The national number has 10 digits; its first digit
// is 3-9 (Russian 3xx/4xx/8xx/9xx, Kazakh 6xx/7xx), never 0, 1 or 2.
Result<Contact> normalizePhone(const QString& input)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.' && c != u'\u00a0')
            return fail(
                ErrorKind::Validation,
                ContactText::tr("Phone number '%1' contains '%2': expected digits, spaces, dashes, dots or brackets "
                                "only, as in +7 701 123 45 67 or 8 (701) 123-45-67")
                    .arg(input, c));
    }
    const bool plus = input.trimmed().startsWith(u'+');
    QString national;
    if (plus && digits.size() == 11 && digits.startsWith(u'7'))
        national = digits.mid(1);
    else if (!plus && digits.size() == 11 && (digits.startsWith(u'8') || digits.startsWith(u'7')))
        national = digits.mid(1);
    else if (!plus && digits.size() == 10)
        national = digits;

    if (national.isEmpty())
        return fail(
            ErrorKind::Validation,
            ContactText::tr("Phone number '%1' is not a Kazakh or Russian number: expected +7 and 10 digits "
                            "(+7 701 123 45 67), 8 and 10 digits (8 701 123 45 67) or the 10-digit national number")
                .arg(input));
    if (national.at(0) < u'3')
        return fail(
            ErrorKind::Validation,
            ContactText::tr("Phone number '%1' has no valid area or operator code: after +7 the number must start "
                            "with a digit from 3 to 9 (e.g. 701, 747, 727, 916)")
                .arg(input));
    return Contact{ContactKind::Phone, u"+7"_s + national};
}

Result<Contact> normalizeTelegram(const QString& handle, const QString& input)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_]{5,32}$"_s);
    if (!re.match(handle).hasMatch())
        return fail(
            ErrorKind::Validation,
            ContactText::tr("Telegram handle '%1' is not valid: expected @ followed by 5 to 32 Latin letters, digits "
                            "or underscores, as in @almaty_sales")
                .arg(input));
    return Contact{ContactKind::Telegram, u"@"_s + handle.toLower()};
}

Result<Contact> normalizeEmail(const QString& input)
{
    // Deliberately simple (RFC 5322 accepts far more than any real mailbox uses): a local part of
    // common characters, a domain of dot-separated labels, and a top-level domain of letters.
    static const QRegularExpression re(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}$"_s);
    if (input.size() > 254 || !re.match(input).hasMatch() || input.contains(u".."_s) || input.startsWith(u'.') ||
        input.section(u'@', 0, 0).endsWith(u'.'))
        return fail(
            ErrorKind::Validation,
            ContactText::tr("E-mail address '%1' is not valid: expected name@domain.tld, as in sales@example.kz")
                .arg(input));
    return Contact{ContactKind::Email, input.toLower()};
}

} // namespace

Result<Contact> normalizeContact(const QString& raw)
{
    const QString input = raw.trimmed();
    if (input.isEmpty())
        return fail(
            ErrorKind::Validation,
            ContactText::tr("Contact is empty: expected a phone (+7 701 123 45 67), a Telegram handle (@name) or an "
                            "e-mail address (name@example.kz)"));

    if (input.startsWith(u'@'))
        return normalizeTelegram(input.mid(1), input);

    static const QRegularExpression telegramLink(u"^(?:https?://)?(?:t\\.me|telegram\\.me)/([^/?#]+)/?$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (const auto m = telegramLink.match(input); m.hasMatch())
        return normalizeTelegram(m.captured(1), input);

    if (input.contains(u'@'))
        return normalizeEmail(input);

    bool hasDigit = false;
    bool hasLetter = false;
    for (const QChar c : input) {
        hasDigit = hasDigit || c.isDigit();
        hasLetter = hasLetter || c.isLetter();
    }
    if (hasDigit && !hasLetter)
        return normalizePhone(input);

    return fail(ErrorKind::Validation,
                ContactText::tr("Contact '%1' is not a phone, Telegram handle or e-mail: expected +7 701 123 45 67, "
                                "8 (701) 123-45-67, @handle (5-32 letters, digits or _) or name@example.kz")
                    .arg(input));
}

QString displayContact(const QString& normalized)
{
    if (normalized.size() != 12 || !normalized.startsWith(u"+7"_s))
        return normalized;
    return u"+7 %1 %2 %3 %4"_s.arg(normalized.mid(2, 3), normalized.mid(5, 3), normalized.mid(8, 2),
                                   normalized.mid(10, 2));
}

ContactKind contactKindOf(const QString& normalized)
{
    if (normalized.startsWith(u'@'))
        return ContactKind::Telegram;
    if (normalized.contains(u'@'))
        return ContactKind::Email;
    return ContactKind::Phone;
}

QUrl contactUrl(const QString& normalized)
{
    switch (contactKindOf(normalized)) {
    case ContactKind::Phone:
        return QUrl(u"tel:"_s + normalized);
    case ContactKind::Telegram:
        return QUrl(u"https://t.me/"_s + QString(normalized).remove(u'@'));
    case ContactKind::Email:
        return QUrl(u"mailto:"_s + normalized);
    }
    return {};
}

} // namespace leadops
