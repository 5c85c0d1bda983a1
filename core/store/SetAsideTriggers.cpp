#include "core/store/SetAsideTriggers.h"

#include "core/obs/Logging.h"
#include "core/store/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

SetAsideTriggers::SetAsideTriggers(Database& db, const QStringList& names) : m_db(db)
{
    for (const QString& name : names) {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s);
        q.bindValue(0, name);
        if (!q.exec() || !q.next())
            continue; // not in this schema: nothing to set aside
        const QString sql = q.value(0).toString();
        q.finish();
        if (auto r = db.exec(u"DROP TRIGGER \"%1\""_s.arg(name)); !r) {
            qCWarning(lcStore) << "trigger" << name << "kept during a bulk write:" << r.error().message;
            continue;
        }
        m_statements << sql;
    }
}

SetAsideTriggers::~SetAsideTriggers()
{
    (void)restore(); // inside the transaction still: a commit keeps them, a rollback had them anyway
}

Result<void> SetAsideTriggers::restore()
{
    while (!m_statements.isEmpty()) {
        if (auto r = m_db.exec(m_statements.constFirst()); !r)
            return r;
        m_statements.removeFirst();
    }
    return {};
}

} // namespace leadops
