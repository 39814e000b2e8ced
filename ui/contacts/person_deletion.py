"""Deleting a person from Kontakter → Personer: one question that names the groups they are in,
one action. Named nowhere else, they are taken out of the groups and deleted ("Ta bort"); named
elsewhere too (history, actions, loans), they are taken out of the groups and stay, the question
says why. A refusal comes before any question; what was done is undone with Ångra (Ctrl+Z)."""

from __future__ import annotations

from typing import Any

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.recurrence.describe import join_words
from samverkan_desktop.services import (
    contact_deletion,
    contact_restore,
    group_leaving,
    person_groups,
)
from samverkan_desktop.services.contact_rows import PersonRow
from samverkan_desktop.services.person_groups import GroupTie
from ui.contacts.deletion_undo import notify_deleted
from ui.context import AppContext
from ui.groups.withdrawn import withdrawn_text
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform_confirmed, perform_undo, refused_before_asking

# Leaving changes the groups' members and the meetings' invitation lists.
LEAVING_CHANGES = ("contacts", "groups", "meetings")


def delete_person(page: ListPage[PersonRow], ctx: AppContext, person: PersonRow) -> None:
    ties = ctx.call(person_groups.group_ties, person.id)
    uses = ctx.call(contact_deletion.person_uses, person.id) if ties else []
    if uses:
        _leave_groups(page, ctx, person, ties, uses)
        return
    if not ties and refused_before_asking(
        page, ctx, "contacts", contact_deletion.check_person_deletable, person.id
    ):
        return
    message = _("Delete {name} from the contacts register?").format(name=person.name)
    if ties:
        leaving = ngettext(
            "They leave the group first; meetings already held keep their attendance.",
            "They leave the groups first; meetings already held keep their attendance.",
            len(ties),
        )
        message += "\n\n" + _groups_text(ctx, person, ties, leaving)
    deleted: list[contact_restore.DeletedContact] = []

    def delete(session: Any) -> None:
        deleted.append(
            contact_deletion.delete_person(session, person.id, leaving_groups=bool(ties))
        )

    changes = LEAVING_CHANGES if ties else "contacts"
    if not perform_confirmed(
        page, ctx, changes, (_("Delete person"), message, _("Delete")), delete
    ):
        return
    left = deleted[0].left
    text = _("{name} was deleted.").format(name=person.name)
    if left is not None:
        text = ngettext(
            "{name} was taken out of {count} group and deleted.",
            "{name} was taken out of {count} groups and deleted.",
            len(ties),
        ).format(name=person.name, count=len(ties)) + withdrawn_text(left)
    notify_deleted(page, ctx, text, changes, deleted[0])


def _groups_text(
    ctx: AppContext, person: PersonRow, ties: list[GroupTie], leaving: str = ""
) -> str:
    """The groups named, one a line, ``leaving`` (what becomes of them) and the invitations to
    meetings to come withdrawn: in the order it happens."""
    withdrawn = ctx.call(person_groups.invitations_withdrawn, person.id)
    text = ngettext(
        "{name} is in this group:",
        "{name} is in these groups:",
        len(ties),
    ).format(name=person.name)
    text += "\n" + "\n".join(f"• {tie.text()}" for tie in ties)
    if leaving:
        text += "\n\n" + leaving
    if withdrawn:
        text += "\n\n" + ngettext(
            "Their invitation to {count} meeting to come is withdrawn.",
            "Their invitations to {count} meetings to come are withdrawn.",
            withdrawn,
        ).format(count=withdrawn)
    return text


def _leave_groups(
    page: ListPage[PersonRow],
    ctx: AppContext,
    person: PersonRow,
    ties: list[GroupTie],
    uses: list[str],
) -> None:
    """Named elsewhere too: offer to take the person out of their groups (undoable); they stay
    in the register, and the question says why."""
    message = _groups_text(ctx, person, ties)
    message += "\n\n" + _(
        "The person stays in the contacts register afterwards ({uses}): write in the "
        "notes that they have left."
    ).format(uses=join_words(uses))
    message += "\n\n" + ngettext(
        "Remove {name} from the group? Meetings already held keep their attendance.",
        "Remove {name} from the groups? Meetings already held keep their attendance.",
        len(ties),
    ).format(name=person.name)
    button = ngettext("Remove from the group", "Remove from the groups", len(ties))
    left: list[group_leaving.LeftGroups] = []

    def leave(session: Any) -> None:
        left.append(person_groups.leave_groups(session, person.id))

    if not perform_confirmed(
        page, ctx, LEAVING_CHANGES, (_("Delete person"), message, button), leave
    ):
        return
    # Undo puts back the roles, the contact places and the invitations withdrawn.
    page.notify(
        ngettext(
            "{name} was removed from {count} group.",
            "{name} was removed from {count} groups.",
            len(ties),
        ).format(name=person.name, count=len(ties))
        + withdrawn_text(left[0]),
        undo=lambda: perform_undo(page, ctx, LEAVING_CHANGES, group_leaving.come_back, left[0]),
    )
