#pragma once

#include "core/domain/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace leadops {

// Where secrets (the anon key, the session's tokens) are kept. The real one is the OS keychain;
// when no keychain is available nothing is persisted and the caller tells the user.
class SecretStore
{
public:
    // The largest secret kept, in UTF-8 bytes: what Windows' Credential Manager holds
    // (CRED_MAX_CREDENTIAL_BLOB_SIZE, 5 × 512) and QtKeychain 0.13 passes on. Every store applies
    // it, so that what fits in a test here fits on a user's Windows machine.
    static constexpr qsizetype kMaxSecretBytes = 2560;

    virtual ~SecretStore() = default;
    virtual Result<void> write(const QString& key, const QString& secret) = 0;
    virtual Result<std::optional<QString>> read(const QString& key) = 0;
    virtual Result<void> remove(const QString& key) = 0;
    virtual QString description() const = 0;

protected:
    // Refuses a secret over kMaxSecretBytes (code "too_large"), naming the key, not the secret.
    static Result<void> checkSize(const QString& key, const QString& secret);
};

// QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential
// Manager on Windows. Chosen over a hand-written D-Bus client because one API covers all three.
// The jobs are asynchronous; this waits for each in a local event loop.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);
    Result<void> write(const QString& key, const QString& secret) override;
    Result<std::optional<QString>> read(const QString& key) override;
    Result<void> remove(const QString& key) override;
    QString description() const override;

private:
    QString m_service;
};

// Secrets for this process only (used when the keychain is unavailable, and in unit tests).
class MemorySecretStore final : public SecretStore
{
public:
    Result<void> write(const QString& key, const QString& secret) override;
    Result<std::optional<QString>> read(const QString& key) override;
    Result<void> remove(const QString& key) override;
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace leadops
