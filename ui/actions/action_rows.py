"""The rows every action form asks an action by, in Åtgärder's words and hints: what is to be
done (first), then who (``responsible_rows``), then by when. The exercise's "Ny lärdom…" said
"Åtgärd" with a hint of its own where the others said "Vad som ska göras"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from samverkan_desktop.i18n import _, pgettext
from samverkan_desktop.services import groups
from ui.context import AppContext
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo


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


def area_row(form: FormDialog, ctx: AppContext) -> RecordCombo:
    """The priority area, the form's next row: one choice or none, said as the other forms' single
    choices say it ("– inget –": ett område; the generic "(inga)" read as a list's)."""
    area = RecordCombo(pgettext("priority area", "– none –"), form, editable=False)
    area.set_items([(a.id, a.name) for a in ctx.call(groups.list_priority_areas)])
    form.add_row("priority_area_id", _("Priority area"), area)
    return area
