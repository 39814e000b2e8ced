"""Forms for training courses and their sessions (Larm and Kris och övningar list the same
register, so both open these)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from samverkan_desktop import unit_words
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import training
from samverkan_desktop.services.training import CourseInput, CourseRow, SessionInput, SessionRow
from ui.context import AppContext
from ui.widgets.counted_spin import CountedSpinBox, unit_suffix
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm


class CourseDialog(RecordForm[CourseRow]):
    def __init__(
        self, ctx: AppContext, course: CourseRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit course") if course else _("New course"),
            parent,
            ok_text=_("Save") if course else _("Add course"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.saved_id: int | None = course.id if course else None
        self.name_edit = QLineEdit(self)
        self.add_row("name", _("Name"), self.name_edit)
        self.validity_spin = CountedSpinBox(
            unit_suffix(unit_words.months), self, unit=unit_words.months
        )
        self.validity_spin.setRange(0, training.MAX_VALIDITY_MONTHS)
        self.validity_spin.setSpecialValueText(_("never expires"))
        self.add_row("validity_months", _("Valid for"), self.validity_spin)
        self.description_edit = TextBox(self)
        self.add_row("description", _("Description"), self.description_edit)
        if course is not None:
            self.show_record(course)
        self.name_edit.setFocus()

    def read_record(self, shown: CourseRow) -> CourseRow:
        return self.ctx.call(training.get_course, shown.id)

    def fill(self, course: CourseRow) -> None:
        self.name_edit.setText(course.name)
        self.validity_spin.setValue(course.validity_months or 0)
        self.description_edit.setPlainText(course.description or "")

    def save(self) -> None:
        data = CourseInput(
            self.name_edit.text(),
            self.validity_spin.value() or None,
            self.description_edit.toPlainText(),
            self.record.version if self.record else None,
        )
        if self.record is None:
            self.saved_id = self.ctx.call(training.create_course, data)
        else:
            self.ctx.call(training.update_course, self.record.id, data)


class SessionDialog(RecordForm[SessionRow]):
    def __init__(
        self,
        ctx: AppContext,
        session: SessionRow | None = None,
        course_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit session") if session else _("New session"),
            parent,
            ok_text=_("Save") if session else _("Add session"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.saved_id: int | None = session.id if session else None
        self.course_combo = RecordCombo(parent=self, editable=False)
        self.course_combo.set_items([(c.id, c.name) for c in ctx.call(training.list_courses)])
        self.course_combo.set_value(session.course_id if session else course_id)
        self.add_row("course_id", _("Course"), self.course_combo)
        self.date_edit = OptionalDateEdit(self)
        self.add_row("held_on", _("Date"), self.date_edit)
        self.place_edit = QLineEdit(self)
        self.add_row("place", _("Place"), self.place_edit)
        self.notes_edit = TextBox(self)
        self.add_row("notes", _("Notes"), self.notes_edit)
        if session is not None:
            self.show_record(session)
        self.date_edit.setFocus()

    def read_record(self, shown: SessionRow) -> SessionRow:
        return self.ctx.call(training.get_session, shown.id)

    def fill(self, session: SessionRow) -> None:
        self.course_combo.set_value(session.course_id)
        self.date_edit.set_value(session.held_on)
        self.place_edit.setText(session.place or "")
        self.notes_edit.setPlainText(session.notes or "")

    def save(self) -> None:
        course_id = self.course_combo.value()
        if course_id is None:
            raise ValidationError(_("Add a course first."), field="course_id")
        held_on = self.date_edit.value()
        if held_on is None:
            raise ValidationError(_("Give the day the session was held."), field="held_on")
        data = SessionInput(
            course_id,
            held_on,
            self.place_edit.text(),
            self.notes_edit.toPlainText(),
            self.record.version if self.record else None,
        )
        if self.record is None:
            self.saved_id = self.ctx.call(training.create_session, data)
        else:
            self.ctx.call(training.update_session, self.record.id, data)
