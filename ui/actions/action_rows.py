"""The rows every action form asks an action by, in Åtgärder's words and hints: what is to be
done (first), then who (``responsible_rows``), then by when. The exercise's "Ny lärdom…" said
"Åtgärd" with a hint of its own where the others said "Vad som ska göras"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from samverkan_desktop.i18n import _
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog


def what_row(form: FormDialog, field: str = "title") -> QLineEdit:
    """The action's title, the form's next row; ``field``: the service's name its refusal is
    shown beside."""
    what = QLineEdit(form)
    what.setPlaceholderText(_("e.g. Better lighting in the staircase"))
    form.add_row(field, _("What is to be done"), what)
    return what


def due_row(form: FormDialog, due_on: dt.date | None) -> OptionalDateEdit:
    """By when, the form's next row, set to ``due_on`` (each form has its own default)."""
    due = OptionalDateEdit(form)
    due.set_value(due_on)
    form.add_row("due_on", _("Due"), due)
    return due
