#include "core/domain/Actor.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace leadops {

namespace {

struct ActorText
{
    Q_DECLARE_TR_FUNCTIONS(Actor)
};

constexpr EnumText kRoles[] = {
    {"sales_manager", QT_TRANSLATE_NOOP("Role", "Sales manager")},
    {"marketer", QT_TRANSLATE_NOOP("Role", "Marketer")},
    {"analyst", QT_TRANSLATE_NOOP("Role", "Analyst")},
};

// The plural the messages name ("can't change leads").
constexpr EnumText kEntityKinds[] = {
    {"niche", QT_TRANSLATE_NOOP("EntityKind", "niches")},
    {"campaign", QT_TRANSLATE_NOOP("EntityKind", "campaigns")},
    {"lead", QT_TRANSLATE_NOOP("EntityKind", "leads")},
};

QString plural(EntityKind kind)
{
    return QCoreApplication::translate("EntityKind", kEntityKinds[static_cast<std::size_t>(kind)].display);
}

Error roleRefusal(const QString& message)
{
    return Error{ErrorKind::Rule, message, u"role"_s, 0, u"role"_s};
}

} // namespace

template <>
std::span<const EnumText> enumTexts<Role>()
{
    return kRoles;
}

template <>
std::span<const EnumText> enumTexts<EntityKind>()
{
    return kEntityKinds;
}

QString displayName(Role role)
{
    return QCoreApplication::translate("Role", kRoles[static_cast<std::size_t>(role)].display);
}

bool roleMayChange(Role role, EntityKind kind)
{
    switch (role) {
    case Role::SalesManager:
        return kind == EntityKind::Lead;
    case Role::Marketer:
        return kind == EntityKind::Niche || kind == EntityKind::Campaign;
    case Role::Analyst:
        return false;
    }
    return false;
}

Actor Actor::localUser(const QString& name)
{
    Actor a;
    a.m_name = name;
    return a;
}

Actor Actor::member(const QString& email, const QString& roleKey, const QString& userId)
{
    Actor a;
    a.m_name = email;
    a.m_userId = userId;
    a.m_local = false;
    a.m_role = fromKey<Role>(roleKey);
    if (!a.m_role)
        a.m_unknownRole = roleKey;
    return a;
}

QString Actor::roleKey() const
{
    return m_role ? toKey(*m_role) : QString();
}

Result<void> Actor::checkCanChange(EntityKind kind) const
{
    if (m_local)
        return {};
    if (!m_role) {
        if (m_unknownRole.isEmpty())
            return tl::unexpected(roleRefusal(
                ActorText::tr("Your account has no role in this project, so it can't change %1: ask the project's "
                              "administrator for one")
                    .arg(plural(kind))));
        return tl::unexpected(
            roleRefusal(ActorText::tr("Your role (%1) is not one this console knows, so it can't change %2: expected "
                                      "sales_manager, marketer or analyst")
                            .arg(m_unknownRole, plural(kind))));
    }
    if (roleMayChange(*m_role, kind))
        return {};
    return tl::unexpected(
        roleRefusal(ActorText::tr("Your role (%1) can't change %2").arg(toKey(*m_role), plural(kind))));
}

} // namespace leadops
