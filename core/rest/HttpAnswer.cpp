#include "core/rest/HttpAnswer.h"

#include "core/json/JsonPage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

// The client's messages keep the PostgrestClient translation context.
struct PostgrestClientText
{
    Q_DECLARE_TR_FUNCTIONS(PostgrestClient)
};

// A readable line from a non-JSON body (an HTML error page of a proxy, say).
QString textOf(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(4096));
    text.remove(QRegularExpression(u"<(script|style)[^>]*>.*?</\\1>"_s, QRegularExpression::DotMatchesEverythingOption |
                                                                            QRegularExpression::CaseInsensitiveOption));
    text.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    text = text.simplified();
    return text.size() > 200 ? text.left(200) + u"…"_s : text;
}

ErrorKind kindForStatus(int status, const QString& code)
{
    if (status == 401 || status == 403)
        return ErrorKind::Auth;
    if (status == 404 || code == u"PGRST116"_s)
        return ErrorKind::NotFound;
    if (code == u"23505"_s)
        return ErrorKind::Duplicate;
    if (status == 409)
        return ErrorKind::Conflict;
    if (code == u"23514"_s || code == u"23502"_s || code == u"22P02"_s || code == u"23503"_s)
        return ErrorKind::Validation;
    return ErrorKind::Http;
}

} // namespace

Result<RestResponse> interpretAnswer(const HttpAnswer& answer, bool rawJson, const QString& url)
{
    RestResponse response;
    response.status = answer.status;
    response.body = answer.body;
    response.contentRange = answer.contentRange;
    if (const qsizetype slash = response.contentRange.indexOf(u'/'); slash >= 0) {
        bool ok = false;
        const qint64 total = response.contentRange.mid(slash + 1).toLongLong(&ok);
        if (ok)
            response.total = total;
    }
    const bool isJson = answer.contentType.contains(u"json"_s);

    if (response.status >= 400) {
        Error e{ErrorKind::Http, {}, {}};
        e.httpStatus = response.status;
        QString serverMessage;
        const QJsonDocument doc = isJson ? QJsonDocument::fromJson(response.body) : QJsonDocument();
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            e.code = o.value(u"code"_s).toVariant().toString();
            e.details = o.value(u"details"_s).toString();
            e.hint = o.value(u"hint"_s).toString();
            serverMessage = o.value(u"message"_s).toString();
        }
        if (serverMessage.isEmpty()) {
            const QString text = textOf(response.body);
            serverMessage = text.isEmpty() ? answer.reasonPhrase : text;
        }
        e.kind = kindForStatus(response.status, e.code);
        QString lead;
        if (e.code == u"42501"_s)
            lead = PostgrestClientText::tr("Your role may not do this: ");
        else if (response.status == 401)
            lead = PostgrestClientText::tr("Not signed in, or the session expired: ");
        e.message =
            lead + serverMessage +
            (e.code.isEmpty() ? PostgrestClientText::tr(" (HTTP %1 from %2)").arg(response.status).arg(url)
                              : PostgrestClientText::tr(" (HTTP %1, code %2)").arg(response.status).arg(e.code));
        return tl::unexpected(e);
    }
    if (!response.body.isEmpty() && isJson && rawJson) {
        // Checked, not parsed: a cut body is still a Decode error, retried like the others.
        if (const auto checked = checkJson(response.body); !checked) {
            Error e{
                ErrorKind::Decode,
                PostgrestClientText::tr(
                    "The server at %1 sent a response that is not valid JSON (%2): the connection may have been cut")
                    .arg(url, checked.error().message),
                {}};
            e.httpStatus = response.status;
            return tl::unexpected(e);
        }
        return response;
    }
    if (!response.body.isEmpty() && isJson) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            Error e{ErrorKind::Decode,
                    PostgrestClientText::tr(
                        "The server at %1 sent a response that is not valid JSON (%2 at byte %3 of %4): the "
                        "connection may have been cut")
                        .arg(url, parseError.errorString())
                        .arg(parseError.offset)
                        .arg(response.body.size()),
                    {}};
            e.httpStatus = response.status;
            return tl::unexpected(e);
        }
    }
    return response;
}

} // namespace leadops
