#pragma once

#include <QFile>
#include <QHash>
#include <QString>
#include <QTest>

// The local backend's coordinates, written by scripts/local-backend.sh (DIR/env) and found
// through LEADOPS_BACKEND_ENV, which the ctest fixture sets.
struct BackendEnv
{
    QHash<QString, QString> values;
    QString value(const QString& key) const { return values.value(key); }
    QString restUrl() const { return value(QStringLiteral("LEADOPS_REST_URL")); }
    QByteArray secret() const { return value(QStringLiteral("LEADOPS_TEST_JWT_SECRET")).toUtf8(); }
    QString token(const QString& role) const { return value(QStringLiteral("LEADOPS_TEST_TOKEN_") + role.toUpper()); }

    static BackendEnv load(QString* problem)
    {
        BackendEnv env;
        const QString path = qEnvironmentVariable("LEADOPS_BACKEND_ENV");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("The local backend is not running (LEADOPS_BACKEND_ENV='%1'). Run the tests "
                                      "with ctest, whose backend fixture starts it, or start it yourself: "
                                      "scripts/local-backend.sh start DIR and set LEADOPS_BACKEND_ENV=DIR/env")
                           .arg(path);
            return env;
        }
        for (const QByteArray& line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return env;
    }
};
