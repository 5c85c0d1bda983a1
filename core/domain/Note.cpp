#include "core/domain/Note.h"

using namespace Qt::Literals::StringLiterals;

namespace leadops {

Result<QString> Note::checkBody(const QString& body)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorKind::Validation, tr("A note needs some text"), u"note"_s);
    if (trimmed.size() > kMaxBodyLength)
        return fail(ErrorKind::Validation,
                    tr("The note is %1 characters long: at most %2 are kept").arg(trimmed.size()).arg(kMaxBodyLength),
                    u"note"_s);
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || u == 0x7f;
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control || bidi)
            return fail(ErrorKind::Validation,
                        tr("The note contains a control character (U+%1): expected text, lines and tabs")
                            .arg(QString::number(u, 16).rightJustified(4, u'0').toUpper()),
                        u"note"_s);
    }
    return QString(trimmed).replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
}

Result<Note> Note::create(const QString& id, const QString& leadId, const QString& authorId, const QString& body,
                          const QDateTime& now)
{
    const auto checked = checkBody(body);
    if (!checked)
        return tl::unexpected(checked.error());
    return Note{id, leadId, authorId, *checked, now, now};
}

Result<void> Note::checkEditable(const QString& userId, const QDateTime& now) const
{
    if (userId != authorId)
        return fail(ErrorKind::Rule, tr("Note %1 is another member's: only its author can change it").arg(id),
                    u"note_edit"_s);
    if (createdAt.secsTo(now) > kEditMinutes * 60)
        return fail(ErrorKind::Rule,
                    tr("Note %1 is older than %2 minutes: it is history now").arg(id).arg(kEditMinutes),
                    u"note_edit"_s);
    return {};
}

Result<Note> Note::edited(const QString& userId, const QString& text, const QDateTime& now) const
{
    if (auto may = checkEditable(userId, now); !may)
        return tl::unexpected(may.error());
    const auto checked = checkBody(text);
    if (!checked)
        return tl::unexpected(checked.error());
    Note next = *this;
    next.body = *checked;
    next.updatedAt = now;
    return next;
}

} // namespace leadops
