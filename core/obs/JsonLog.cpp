#include "core/obs/JsonLog.h"

#include "core/obs/Redactor.h"
#include "core/util/IsoTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace leadops::jsonlog {

namespace {

struct State
{
    QMutex mutex;
    Options options;
    QString path;
    QString activity;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

// Never destroyed: the handler stays installed while the process exits, and Qt logs after static
// destructors have run (plugins unloading); a destroyed State wrote those lines to a file named
// from freed memory.
State& state()
{
    static auto* s = new State;
    return *s;
}

thread_local const QJsonObject* t_fields = nullptr;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

// Keeps at most maxFiles rotated files; the lock makes the rename sequence atomic across processes.
void rotateIfNeeded(State& s)
{
    if (QFileInfo(s.path).size() < s.options.maxBytes)
        return;
    QLockFile lock(s.path + u".lock"_s);
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(2000))
        return;
    if (QFileInfo(s.path).size() < s.options.maxBytes)
        return; // another process rotated meanwhile
    QFile::remove(s.path + u'.' + QString::number(s.options.maxFiles));
    for (int i = s.options.maxFiles - 1; i >= 1; --i)
        QFile::rename(s.path + u'.' + QString::number(i), s.path + u'.' + QString::number(i + 1));
    QFile::rename(s.path, s.path + u".1"_s);
}

void write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    const QString text = redactor::redact(message);
    // Formatted by hand: QDateTime::toString() gives an empty text once the process is exiting.
    QJsonObject line{{u"ts"_s, isoUtcFromMs(QDateTime::currentMSecsSinceEpoch())},
                     {u"level"_s, levelName(type)},
                     {u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
                     {u"msg"_s, text},
                     {u"pid"_s, QCoreApplication::applicationPid()}};
    if (t_fields) {
        for (auto it = t_fields->begin(); it != t_fields->end(); ++it)
            line.insert(it.key(),
                        it.value().isString() ? QJsonValue(redactor::redact(it.value().toString())) : it.value());
    }
    QMutexLocker lock(&s.mutex);
    if (type == QtFatalMsg && !s.activity.isEmpty())
        line.insert(u"activity"_s, s.activity);
    if (!s.path.isEmpty()) {
        rotateIfNeeded(s);
        // Open, append, close: O_APPEND keeps lines whole when two processes write.
        QFile file(s.path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Append))
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    if (s.options.echoToStderr && severity(type) >= severity(s.options.stderrLevel)) {
        const QByteArray human = (levelName(type) + u": "_s + text + u'\n').toLocal8Bit();
        std::fwrite(human.constData(), 1, static_cast<std::size_t>(human.size()), stderr);
        std::fflush(stderr);
    }
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    write(type, context, message);
}

} // namespace

void install(const Options& options)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        QDir().mkpath(options.directory);
        s.path = QDir(options.directory).absoluteFilePath(u"leadops.log"_s);
        if (s.installed)
            return;
        s.installed = true;
    }
    s.previous = qInstallMessageHandler(handler);
}

void uninstall()
{
    State& s = state();
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.installed = false;
    s.path.clear();
}

QString filePath()
{
    QMutexLocker lock(&state().mutex);
    return state().path;
}

void setActivity(const QString& activity)
{
    QMutexLocker lock(&state().mutex);
    state().activity = activity;
}

void event(const QLoggingCategory& category, QtMsgType level, const QString& message, const QJsonObject& fields)
{
    if (!category.isEnabled(level))
        return;
    t_fields = &fields;
    QMessageLogger logger(nullptr, 0, nullptr, category.categoryName());
    switch (level) {
    case QtDebugMsg:
        logger.debug(category).noquote() << message;
        break;
    case QtInfoMsg:
        logger.info(category).noquote() << message;
        break;
    case QtWarningMsg:
        logger.warning(category).noquote() << message;
        break;
    default:
        logger.critical(category).noquote() << message;
        break;
    }
    t_fields = nullptr;
}

bool setLevel(const QString& level)
{
    static const QStringList levels = {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
    const qsizetype at = levels.indexOf(level.toLower());
    if (at < 0)
        return false;
    QStringList rules;
    const QStringList names = {u"debug"_s, u"info"_s, u"warning"_s, u"critical"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        rules << u"leadops.*.%1=%2"_s.arg(names[i], i >= at ? u"true"_s : u"false"_s);
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
    return true;
}

QStringList tail(const QString& directory, int lines)
{
    QStringList out;
    const QString base = QDir(directory).filePath(u"leadops.log"_s);
    for (int i = 0; i < 10 && out.size() < lines; ++i) {
        QFile f(i == 0 ? base : base + u'.' + QString::number(i));
        if (!f.open(QIODevice::ReadOnly))
            break;
        QStringList chunk = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        out = chunk + out;
    }
    return out.mid(std::max<qsizetype>(0, out.size() - lines));
}

} // namespace leadops::jsonlog
