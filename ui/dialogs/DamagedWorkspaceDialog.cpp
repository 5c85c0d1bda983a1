#include "ui/dialogs/DamagedWorkspaceDialog.h"

#include "core/auth/Backend.h"
#include "core/auth/SecretStore.h"
#include "core/sync/SyncLock.h"
#include "core/sync/WorkspaceRebuild.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

DamagedWorkspaceDialog::DamagedWorkspaceDialog(QString directory, const Error& finding, QWidget* parent)
    : QMessageBox(parent), m_directory(std::move(directory))
{
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("The workspace is damaged"));
    setText(tr("The workspace file in %1 is damaged. Nothing was written to it, and no list will be shown "
               "from it: it could be incomplete.")
                .arg(m_directory));
    setInformativeText(tr("A workspace synced with your team's project can be rebuilt from the server: the "
                          "damaged file is kept beside it, every row is pulled again, and every change not yet "
                          "sent that can still be read is queued again."));
    setDetailedText(finding.message);
    m_rebuild = addButton(tr("Rebuild from the server"), QMessageBox::AcceptRole);
    addButton(QMessageBox::Close);
    setDefaultButton(qobject_cast<QPushButton*>(m_rebuild));
    m_rebuild->setAccessibleName(tr("Rebuild the workspace from the server"));
}

bool DamagedWorkspaceDialog::run()
{
    exec();
    if (clickedButton() != m_rebuild)
        return false;
    QSettings settings;
    KeychainSecretStore keychain(u"LeadOps Console"_s);
    auto backend = openBackend(settings, keychain);
    if (!backend) {
        QMessageBox::warning(parentWidget(), tr("The workspace is damaged"),
                             tr("The workspace cannot be rebuilt: %1\n\nA workspace that was never synced exists "
                                "nowhere else; keep the folder %2 for support.")
                                 .arg(backend.error().message, m_directory));
        return false;
    }
    const auto lock = SyncLock::acquire(m_directory, 0);
    if (!lock) {
        QMessageBox::warning(parentWidget(), tr("The workspace is damaged"), lock.error().message);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The pull waits in a local event loop (PostgrestClient::sendAndWait): the window does not
    // exist yet, and this dialog's parent keeps painting.
    const auto report = rebuildWorkspace(m_directory, *backend->client);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(parentWidget(), tr("The workspace is damaged"),
                             tr("The rebuild did not complete: %1").arg(report.error().message));
        return false;
    }
    QString summary = tr("Rebuilt: %1 rows pulled from the server, %2 unsent change(s) queued again. The damaged "
                         "file is kept as %3.")
                          .arg(report->pulled)
                          .arg(report->requeued)
                          .arg(report->damagedCopy);
    if (!report->lost.isEmpty())
        summary += u"\n\n"_s + tr("Could not be recovered:") + u"\n"_s + report->lost.join(u'\n');
    QMessageBox::information(parentWidget(), tr("The workspace was rebuilt"), summary);
    return true;
}

} // namespace leadops
