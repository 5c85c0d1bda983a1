#include "core/util/AtomicWrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use AtomicWriteText::tr.
struct AtomicWriteText
{
    Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
};
} // namespace

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QFileInfo target(path);
    // A symbolic link is followed (QSaveFile writes its target); what matters is what it points at.
    if (target.exists() && !QFileInfo(target.canonicalFilePath()).isFile())
        return fail(ErrorKind::Validation,
                    AtomicWriteText::tr("%1 is not a regular file (a folder, a device, a pipe or a socket): give the "
                                        "name of a file to create or replace")
                        .arg(target.absoluteFilePath()));
    QSaveFile file(path);
    // Never write in place: without a temporary file there is nothing to rename, and a failure would
    // leave half a file.
    file.setDirectWriteFallback(false);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    const QString reason = file.errorString();
    file.cancelWriting();
    if (reason.contains(u"No space left"_s, Qt::CaseInsensitive) ||
        reason.contains(u"disk full"_s, Qt::CaseInsensitive))
        return fail(ErrorKind::Store, AtomicWriteText::tr("The disk is full: %1 was not written (nothing was left "
                                                          "behind). Free some space and try again")
                                          .arg(target.absoluteFilePath()));
    return fail(ErrorKind::Store, AtomicWriteText::tr("Cannot write %1: %2").arg(target.absoluteFilePath(), reason));
}

} // namespace leadops
