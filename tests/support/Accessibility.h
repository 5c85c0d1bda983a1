#pragma once

#include <QAccessible>

#include <QAccessibleInterface>
#include <QLabel>
#include <QStringList>
#include <QWidget>
#include <algorithm>
#include <functional>

// What a screen reader would meet without a name: every interactive element (a button, a field,
// a list or table, a tab, a box to tick) reachable from `root` whose accessible name is empty.
// Hidden elements are skipped; a table's cells are its rows' data, not controls of their own.
inline QStringList unnamedControls(QWidget* root)
{
    static const QList<QAccessible::Role> interactive = {
        QAccessible::PushButton,    QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText,  QAccessible::SpinBox,  QAccessible::Slider,      QAccessible::Table,
        QAccessible::List,          QAccessible::Tree,     QAccessible::PageTab,     QAccessible::ButtonMenu,
        QAccessible::ButtonDropDown};
    QStringList problems;
    const auto describe = [](QAccessibleInterface* iface) {
        QObject* object = iface->object();
        QString what = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
        if (object && !object->objectName().isEmpty())
            what += QStringLiteral(" '%1'").arg(object->objectName());
        if (auto* w = qobject_cast<QWidget*>(object); w && w->parentWidget())
            what += QStringLiteral(" in %1").arg(QString::fromLatin1(w->parentWidget()->metaObject()->className()));
        return what;
    };
    std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* iface, int depth) {
        if (!iface || !iface->isValid() || depth > 40 || iface->state().invisible)
            return;
        const QAccessible::Role role = iface->role();
        if (interactive.contains(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << QStringLiteral("%1 (role %2)").arg(describe(iface)).arg(int(role));
        // A combo box's "name" falls back to its current choice ("All sources"), which says what is
        // chosen, not what is chosen for: it needs a name of its own or a label that points at it.
        if (role == QAccessible::ComboBox) {
            auto* combo = qobject_cast<QWidget*>(iface->object());
            bool labelled = combo && !combo->accessibleName().isEmpty();
            if (combo && !labelled && combo->window()) {
                const auto labels = combo->window()->findChildren<QLabel*>();
                labelled =
                    std::any_of(labels.cbegin(), labels.cend(), [combo](QLabel* l) { return l->buddy() == combo; });
            }
            if (!labelled)
                problems << QStringLiteral("%1: a filter or choice with no name of its own").arg(describe(iface));
        }
        if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
            return; // cells and items
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    problems.removeDuplicates();
    return problems;
}

// What a keyboard cannot reach in a dialog: an enabled, visible control that Tab never stops at.
// (A toolbar's buttons are reached by their shortcuts and the menus, not by Tab: left out.)
inline QStringList unreachableByTab(QWidget* root)
{
    QStringList problems;
    const auto controls = root->findChildren<QWidget*>();
    for (QWidget* w : controls) {
        const bool control = w->inherits("QAbstractButton") || w->inherits("QLineEdit") || w->inherits("QComboBox") ||
                             w->inherits("QAbstractSpinBox") || w->inherits("QAbstractSlider") ||
                             w->inherits("QAbstractItemView") || w->inherits("QPlainTextEdit") ||
                             w->inherits("QTextEdit");
        if (!control || !w->isVisibleTo(root) || !w->isEnabled() || w->inherits("QToolBarExtension") ||
            w->inherits("QHeaderView") || (w->parentWidget() && w->parentWidget()->inherits("QToolBar")) ||
            w->inherits("QScrollBar"))
            continue;
        // Parts of a compound control (a combo box's own line edit, a spin box's) go with it.
        if (w->parentWidget() &&
            (w->parentWidget()->inherits("QComboBox") || w->parentWidget()->inherits("QAbstractSpinBox")))
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("%1 '%2' cannot be reached with Tab")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName());
    }
    return problems;
}
