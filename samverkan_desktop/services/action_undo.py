"""Undo an action's edit (Åtgärder's form, opened there or from a walk): the action as it was
before the save, without the notes the save wrote; and undo a new action (Åtgärder's "Ny
åtgärd…", a walk observation's "Ta fram åtgärd…"): the action deleted. When another desk changed
the action since, the undo is refused naming what they changed (their change is kept), not only
"changed"."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from samverkan_desktop.errors import ChangedSinceError
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.recurrence.describe import join_words
from samverkan_desktop.services.action_reading import get_action
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.actions import ActionInput, delete_action, restore_action

# The action's fields as the form and the list name them, in the form's order.
FIELD_LABELS = (
    ("title", N_("What is to be done")),
    ("responsible_person_id", N_("Responsible person")),
    ("responsible_organisation_id", N_("Responsible organisation")),
    ("due_on", N_("Due")),
    ("priority_area_id", N_("Priority area")),
    ("description", N_("Description")),
    ("status", N_("Status")),
    ("group_id", N_("Group")),
)


def changed_fields(saved: ActionRow, now: ActionRow) -> list[str]:
    """The labels of the fields that differ between the action as this desk saved it and now."""
    names = [_(label) for name, label in FIELD_LABELS if getattr(saved, name) != getattr(now, name)]
    if {n.id for n in saved.notes} != {n.id for n in now.notes}:
        names.append(_("the notes"))
    return names


def undo_edit(
    session: Session,
    action_id: int,
    before: ActionInput,
    saved: ActionRow,
    added_note_ids: Iterable[int] = (),
) -> int:
    """Put back ``before`` (the action as it was) when the action is still as ``saved`` (this
    desk's save); returns the new version."""
    now = get_action(session, action_id)
    if now.version != saved.version:
        changed = changed_fields(saved, now)
        raise ChangedSinceError(
            _(
                "“{title}” was changed at another desk after your change ({fields}), so your "
                "change is not taken back. Their change is shown."
            ).format(title=now.title, fields=join_words(changed) or _("the action"))
        )
    return restore_action(session, action_id, before, added_note_ids)


def undo_create(session: Session, action_id: int, saved: ActionRow) -> None:
    """Delete the action this desk just made (``saved``: as made) when it is still as made: a
    change or a note from another desk since is theirs to keep, and the undo is refused naming
    it."""
    now = get_action(session, action_id)
    changed = changed_fields(saved, now)
    if now.version != saved.version or changed:
        raise ChangedSinceError(
            _(
                "“{title}” was changed at another desk after you added it ({fields}), so it is "
                "not taken away. Their change is shown."
            ).format(title=now.title, fields=join_words(changed) or _("the action"))
        )
    delete_action(session, action_id)
