"""Small dialogs of a walk: a stop on the route, a participant, the follow-up date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import walk_route, walk_steps
from ui.contacts.organisation_dialog import check_organisation_known, organisation_picker
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.walks.common import parse_time, time_text
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm


class StopDialog(RecordForm[walk_route.StopRow]):
    def __init__(
        self,
        ctx: AppContext,
        walk_id: int,
        stop: walk_route.StopRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Stop on the route"), parent, _("Save"), ctx.settings)
        self.ctx = ctx
        self.walk_id = walk_id
        self.name = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.description.setPlaceholderText(_("What to look at here"))
        self.add_row("name", _("Stop"), self.name)
        self.add_row("description", _("Look especially at"), self.description)
        if stop is not None:
            self.show_record(stop)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.name.setFocus()

    @property
    def stop(self) -> walk_route.StopRow | None:
        return self.record

    def read_record(self, shown: walk_route.StopRow) -> walk_route.StopRow:
        return self.ctx.call(walk_route.stop_row, shown.id)

    def fill(self, record: walk_route.StopRow) -> None:
        self.name.setText(record.name)
        self.description.setPlainText(record.description or "")

    def save(self) -> None:
        if self.record is None:
            self.ctx.call(
                walk_route.add_stop, self.walk_id, self.name.text(), self.description.toPlainText()
            )
        else:
            self.ctx.call(
                walk_route.update_stop,
                self.record.id,
                self.name.text(),
                self.description.toPlainText(),
                shown=self.record,
            )


class ParticipantDialog(FormDialog):
    """Add a person from the contacts, or an organisation taking part as such; one not in the
    register yet (a resident, a property owner) is added there with the button beside the
    field, without leaving the walk."""

    def __init__(
        self, ctx: AppContext, walk_id: int, people: bool, parent: QWidget | None = None
    ) -> None:
        title = _("Add a person") if people else _("Add an organisation")
        super().__init__(title, parent, _("Add"), ctx.settings)
        self.ctx = ctx
        self.walk_id = walk_id
        self.people = people
        self.choice = RecordCombo(None, self)
        self.picker = (person_picker if people else organisation_picker)(ctx, self, self.choice)
        self.choice.setCurrentIndex(-1)
        self.choice.setEditText("")
        self.add_row("choice", _("Person") if people else _("Organisation"), self.picker)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.choice.setFocus()

    def save(self) -> None:
        (check_person_known if self.people else check_organisation_known)(self.picker, "choice")
        chosen = self.choice.value()
        if chosen is None:
            raise ValidationError(
                _("Choose someone from the contacts register.")
                if self.people
                else _("Choose an organisation from the contacts register."),
                field="choice",
            )
        if self.people:
            self.ctx.call(walk_route.add_person, self.walk_id, chosen)
        else:
            self.ctx.call(walk_route.add_organisation, self.walk_id, chosen)


class FollowUpDialog(FormDialog):
    """Plan the follow-up walk: same place, route and participants, some months later."""

    def __init__(
        self,
        ctx: AppContext,
        walk_id: int,
        parent: QWidget | None = None,
        start_time: dt.time | None = None,
    ) -> None:
        super().__init__(_("Plan the follow-up walk"), parent, _("Plan"), ctx.settings)
        self.ctx = ctx
        self.walk_id = walk_id
        self.new_id: int | None = None
        self.date = OptionalDateEdit(self)
        self.date.set_value(clock.today() + dt.timedelta(days=90))
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(_("e.g. 18.30"))
        # The earlier walk's time, which an empty field kept without saying so.
        self.time.setText(time_text(start_time))
        self.add_row("date", _("Date"), self.date)
        self.add_row("start_time", _("Time"), self.time)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.date.setFocus()

    def save(self) -> None:
        self.new_id = self.ctx.call(
            walk_steps.plan_follow_up, self.walk_id, self.date.value(), parse_time(self.time.text())
        )
