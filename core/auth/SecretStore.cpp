#include "core/auth/SecretStore.h"

#include "core/obs/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {
// lupdate reads the context from this declaration; the calls below use SecretStoreText::tr.
struct SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// Runs a keychain job to completion (jobs delete themselves after finished() unless told not to).
template <typename Job>
QKeychain::Error runJob(Job& job, QString& errorText)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    errorText = job.errorString();
    return job.error();
}

Error keychainError(const QString& doing, const QString& detail)
{
    return Error{
        ErrorKind::Auth,
        SecretStoreText::tr("The OS keychain is not available (%1: %2); nothing was saved. On Linux a Secret Service "
                            "(GNOME Keyring or KWallet) must be running and unlocked.")
            .arg(doing, detail),
        {},
        0,
        u"keychain"_s};
}
} // namespace

Result<void> SecretStore::checkSize(const QString& key, const QString& secret)
{
    const qsizetype bytes = secret.toUtf8().size();
    if (bytes <= kMaxSecretBytes)
        return {};
    return tl::unexpected(Error{ErrorKind::Validation,
                                SecretStoreText::tr("The secret %1 is %2 bytes; the OS keychain keeps at most %3 "
                                                    "bytes per item (Windows' limit); nothing was saved")
                                    .arg(key)
                                    .arg(bytes)
                                    .arg(kMaxSecretBytes),
                                {},
                                0,
                                u"too_large"_s});
}

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QString KeychainSecretStore::description() const
{
    return SecretStoreText::tr("OS keychain (%1)").arg(m_service);
}

Result<void> KeychainSecretStore::write(const QString& key, const QString& secret)
{
    if (auto fits = checkSize(key, secret); !fits)
        return fits;
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    QString text;
    if (runJob(job, text) != QKeychain::NoError)
        return tl::unexpected(keychainError(SecretStoreText::tr("writing %1").arg(key), text));
    return {};
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    QString text;
    const QKeychain::Error e = runJob(job, text);
    if (e == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (e != QKeychain::NoError)
        return tl::unexpected(keychainError(SecretStoreText::tr("reading %1").arg(key), text));
    return std::optional<QString>(job.textData());
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    QString text;
    const QKeychain::Error e = runJob(job, text);
    if (e != QKeychain::NoError && e != QKeychain::EntryNotFound)
        return tl::unexpected(keychainError(SecretStoreText::tr("deleting %1").arg(key), text));
    return {};
}

Result<void> MemorySecretStore::write(const QString& key, const QString& secret)
{
    if (auto fits = checkSize(key, secret); !fits)
        return fits;
    m_secrets.insert(key, secret);
    return {};
}

Result<std::optional<QString>> MemorySecretStore::read(const QString& key)
{
    if (!m_secrets.contains(key))
        return std::optional<QString>();
    return std::optional<QString>(m_secrets.value(key));
}

Result<void> MemorySecretStore::remove(const QString& key)
{
    m_secrets.remove(key);
    return {};
}

QString MemorySecretStore::description() const
{
    return SecretStoreText::tr("memory of this process only");
}

} // namespace leadops
