"""Ångra (Ctrl+Z) under Kontakter's lists after a person or an organisation was deleted: the
record back as it was (services.contact_restore), chosen in its list again."""

from __future__ import annotations

from typing import Any

from samverkan_desktop.services import contact_restore
from ui.context import AppContext
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform_undo


def notify_deleted(
    page: ListPage[Any],
    ctx: AppContext,
    text: str,
    changes: str | tuple[str, ...],
    deleted: contact_restore.DeletedContact,
) -> None:
    """Say ``text`` under the list, offering Ångra."""

    def undo() -> None:
        restored: list[int] = []

        def restore(session: Any) -> None:
            restored.append(contact_restore.restore(session, deleted))

        if perform_undo(page, ctx, changes, restore):
            page.show_id(restored[0])

    page.notify(text, undo=undo)
