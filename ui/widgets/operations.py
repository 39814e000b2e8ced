"""Run one user action through a service: on success announce what changed (views refresh
themselves), on a DomainError show its message and report failure. Never a traceback.
Destructive actions ask first (``perform_confirmed``); forms announce when saved (``run_form``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from samverkan_desktop.errors import (
    ChangedSinceError,
    DomainError,
    NotFoundError,
    StaleRecordError,
)
from samverkan_desktop.i18n import _
from ui.context import AppContext
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.one_time_dialog import OneTimeDialog


def perform(
    parent: QWidget | None,
    ctx: AppContext,
    changes: str | tuple[str, ...],
    function: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> bool:
    """Call ``function`` in one unit of work; True when it succeeded."""
    return _perform(parent, ctx, changes, lambda: ctx.call(function, *args, **kwargs))


def perform_undo(
    parent: QWidget | None,
    ctx: AppContext,
    changes: str | tuple[str, ...],
    function: Callable[..., Any],
    /,
    *args: Any,
    **kwargs: Any,
) -> bool:
    """``perform`` for an Undo. Refused because another desk changed the record since, it says
    so, not the form's "your text is kept; copy what you need" (no form is open)."""
    return _perform(parent, ctx, changes, lambda: ctx.call(function, *args, **kwargs), undoing=True)


def _perform(
    parent: QWidget | None,
    ctx: AppContext,
    changes: str | tuple[str, ...],
    call: Callable[[], Any],
    undoing: bool = False,
) -> bool:
    keys = (changes,) if isinstance(changes, str) else changes
    try:
        call()
    except DomainError as error:
        stale = undoing and isinstance(error, StaleRecordError)
        # Refused naming what changed when the service could say it; else in general words.
        general = stale and not isinstance(error, ChangedSinceError)
        show_error(parent, _undo_refused() if general else error)
        if stale or isinstance(error, NotFoundError):
            ctx.bus.announce(*keys)  # changed or gone meanwhile: show the list as it is
        return False
    ctx.bus.announce(*keys)
    return True


def _undo_refused() -> str:
    return _(
        "Could not undo: someone else has changed this since. Open it to see their change, "
        "and make yours again if it is still needed."
    )


def perform_confirmed(
    parent: QWidget | None,
    ctx: AppContext,
    changes: str | tuple[str, ...],
    question: tuple[str, str, str],
    function: Callable[..., Any],
    /,
    *args: Any,
) -> bool:
    """Ask first (``question``: title, message, button text; Cancel is the default), then
    perform. True when the user agreed and the change succeeded."""
    title, message, button = question
    return confirm(parent, title, message, button) and perform(
        parent, ctx, changes, function, *args
    )


def run_form(dialog: OneTimeDialog, ctx: AppContext, changes: str | tuple[str, ...]) -> bool:
    """Open a form dialog whose ``save()`` stores through a service; announce when saved.
    A OneTimeDialog: closed, it is deleted (a bare QDialog stayed hidden under its view)."""
    if not dialog.exec():
        return False
    ctx.bus.announce(*((changes,) if isinstance(changes, str) else changes))
    return True


def refused_before_asking(
    parent: QWidget, ctx: AppContext, area: str, check: Callable[..., Any], /, *args: Any
) -> bool:
    """Ask the service's ``check`` whether the record may be deleted before asking the user
    "Delete …?": when it may not, say why at once (no question only to be refused) and return
    True. A record gone meanwhile makes ``area`` show its lists as they are."""
    try:
        ctx.call(check, *args)
    except DomainError as error:
        show_error(parent, error)
        if isinstance(error, NotFoundError):
            ctx.bus.announce(area)
        return True
    return False
