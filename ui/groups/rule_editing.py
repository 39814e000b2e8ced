"""Opening a group's meeting rule and saying what its save planned, for Grupper och möten's
"Mötesregel…" and for every place a group is made: a new group whose "Möts" reads as a rule gets
the rule dialog with it right after its save (save it to plan the meetings, or cancel and plan
later), whether it was made under Grupper och möten or on the spot from a new meeting's "Ny
grupp…" (before, that one planned nothing)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import groups, meeting_rules
from samverkan_desktop.services.meeting_planning import PlanResult
from ui.context import AppContext
from ui.groups.rule_dialog import RuleDialog


def planned_text(result: PlanResult) -> str:
    """ "Meetings: 12 new." with only the counts that are not zero (a first rule said "0
    changed, 0 removed, 0 kept")."""
    counts = (
        (result.created, ngettext("{count} new meeting", "{count} new meetings", result.created)),
        (result.updated, ngettext("{count} changed", "{count} changed", result.updated)),
        (result.removed, ngettext("{count} removed", "{count} removed", result.removed)),
        (result.kept, ngettext("{count} kept", "{count} kept", result.kept)),
    )
    parts = [text.format(count=count) for count, text in counts if count]
    if not parts:
        return _("No meeting changed.")
    return _("Meetings: {counts}.").format(counts=", ".join(parts))


def edit_rule(
    ctx: AppContext, parent: QWidget, group_id: int, name: str, meets: str | None
) -> str | None:
    """The rule dialog of the group; what its save did, to be told ("Mötesregeln för … sparades.
    Möten: 3 nya."), or None when it was cancelled."""
    dialog = RuleDialog(ctx, group_id, name, parent, meets=meets)
    if not dialog.exec() or dialog.result_of_save is None:
        return None
    if dialog.removed:
        text = _("The meeting rule of “{name}” was removed.").format(name=name)
    else:
        text = _("The meeting rule of “{name}” was saved.").format(name=name)
    return f"{text} {planned_text(dialog.result_of_save)}"


def plan_new_group(ctx: AppContext, parent: QWidget, group_id: int) -> str | None:
    """After a new group's save: its rule dialog, opened with its "Möts" when that reads as a
    rule; what was planned, or None (no rule in it, or cancelled)."""
    group = ctx.call(groups.get_group, group_id)
    if not ctx.call(meeting_rules.reads_as_rule, group.id, group.meeting_frequency):
        return None
    return edit_rule(ctx, parent, group.id, group.name, group.meeting_frequency)
