"""Close a training gap: put the person on the attendance list of a session of the course."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.services import training
from samverkan_desktop.services.training_gaps import GapRow
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog


class AttendDialog(FormDialog):
    def __init__(self, ctx: AppContext, gap: GapRow, parent: QWidget | None = None) -> None:
        super().__init__(
            _("Add {name} to a session").format(name=gap.name),
            parent,
            ok_text=_("Add"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.gap = gap
        self.add_row("course", _("Course"), QLabel(gap.course, self))
        self.session = QComboBox(self)
        for row in sorted(
            ctx.call(training.list_sessions, gap.course_id), key=lambda r: r.held_on, reverse=True
        ):
            place = f", {row.place}" if row.place else ""
            self.session.addItem(f"{date_with_week(row.held_on)}{place}", row.id)
        self.add_row("session_id", _("Session"), self.session)

    def save(self) -> None:
        session_id = self.session.currentData()
        if session_id is None:
            raise ValidationError(
                _("The course has no session yet: add one under Courses and sessions."),
                field="session_id",
            )
        self.ctx.call(training.add_attendee, session_id, self.gap.person_id)
