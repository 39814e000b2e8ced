"""Small forms of the meeting editor: an agenda item, a decision, a substitute's name, one more
invitee. Each stores through a service in ``save()``; an error keeps the form open as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _, pgettext
from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meeting_rows import (
    AgendaItemRow,
    DecisionRow,
    InviteeRow,
    MeetingDetail,
)
from ui.contacts.choices import people_choices
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.fields import TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm


class AgendaItemDialog(RecordForm[AgendaItemRow]):
    """A free item added to the agenda (last), or an item's title and presenter changed."""

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        item: AgendaItemRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit agenda item") if item else _("New agenda item"),
            parent,
            ok_text=_("Save") if item else _("Add item"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.saved_id: int | None = item.id if item else None
        self.title_edit = QLineEdit(self)
        self.title_edit.setMinimumWidth(360)
        self.add_row("title", _("Heading"), self.title_edit)
        self.presenter_edit = QLineEdit(self)
        self.presenter_edit.setPlaceholderText(_("Optional: who presents the item"))
        self.add_row("presenter", _("Presented by"), self.presenter_edit)
        self.minutes_edit = QLineEdit(self)
        self.minutes_edit.setPlaceholderText(_("Optional: how long, e.g. 15"))
        self.minutes_edit.setMaximumWidth(200)
        self.add_row("minutes", pgettext("agenda item length", "Minutes"), self.minutes_edit)
        if item is not None:
            self.show_record(item)
        self.title_edit.setFocus()

    @property
    def item(self) -> AgendaItemRow | None:
        return self.record

    def read_record(self, shown: AgendaItemRow) -> AgendaItemRow:
        return self.ctx.call(agenda.agenda_item_row, shown.id)

    def fill(self, record: AgendaItemRow) -> None:
        self.title_edit.setText(record.title)
        self.presenter_edit.setText(record.presenter or "")
        self.minutes_edit.setText("" if record.minutes is None else str(record.minutes))

    def save(self) -> None:
        title, presenter = self.title_edit.text(), self.presenter_edit.text()
        minutes = self.minutes_edit.text()
        if self.record is None:
            self.saved_id = self.ctx.call(
                agenda.add_agenda_item, self.meeting_id, title, presenter, minutes=minutes
            )
        else:
            self.ctx.call(
                agenda.update_agenda_item,
                self.record.id,
                title,
                presenter,
                minutes=minutes,
                shown=self.record,
            )


class DecisionDialog(RecordForm[DecisionRow]):
    def __init__(
        self,
        ctx: AppContext,
        detail: MeetingDetail,
        decision: DecisionRow | None = None,
        item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit decision") if decision else _("New decision"),
            parent,
            ok_text=_("Save") if decision else _("Add decision"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.detail = detail
        self.text_edit = TextBox(self, _("What the meeting decided"), lines=5)
        self.text_edit.setMinimumWidth(420)
        self.add_row("text", _("Decision"), self.text_edit)
        self.item_combo = RecordCombo(_("No particular item"), self, editable=False)
        self.item_combo.set_items([(i.id, f"{i.number}. {i.title}") for i in detail.agenda])
        self.item_combo.set_value(item_id)
        # The service changes a decision's text only; its item is chosen when it is made.
        self.item_combo.setEnabled(decision is None)
        self.add_row("agenda_item_id", _("Under agenda item"), self.item_combo)
        if decision is not None:
            self.show_record(decision)
        self.text_edit.setFocus()

    @property
    def decision(self) -> DecisionRow | None:
        return self.record

    def read_record(self, shown: DecisionRow) -> DecisionRow:
        return self.ctx.call(agenda.decision_row, shown.id)

    def fill(self, record: DecisionRow) -> None:
        self.text_edit.setPlainText(record.text)
        self.item_combo.set_value(record.agenda_item_id)

    def save(self) -> None:
        text = self.text_edit.toPlainText()
        if self.record is None:
            self.ctx.call(agenda.add_decision, self.detail.id, text, self.item_combo.value())
        else:
            self.ctx.call(agenda.update_decision, self.record.id, text, shown=self.record.text)


class SubstituteDialog(RecordForm[InviteeRow]):
    """Someone came in the invitee's place."""

    def __init__(self, ctx: AppContext, invitee: InviteeRow, parent: QWidget | None = None):
        super().__init__(
            _("Substitute for {person}").format(person=invitee.name),
            parent,
            ok_text=_("Save"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.add_row("person", _("Invited"), QLabel(invitee.name, self))
        # Shown so that another desk's marking (present, absent) is named when it refuses a save.
        self.status_label = QLabel(self)
        self.add_row("status", _("Attendance"), self.status_label)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(_("Name (and organisation) of the substitute"))
        self.name_edit.setMinimumWidth(320)
        self.add_row("substitute_name", _("Substitute"), self.name_edit)
        self.show_record(invitee)
        self.name_edit.setFocus()

    @property
    def invitee(self) -> InviteeRow:
        assert self.record is not None  # always filled from an invitee
        return self.record

    def read_record(self, shown: InviteeRow) -> InviteeRow:
        return self.ctx.call(meetings.invitee_row, shown.id)

    def fill(self, record: InviteeRow) -> None:
        invited = record.status is AttendanceStatus.INVITED
        self.status_label.setText(_("Not marked") if invited else _(record.status.label))
        self.name_edit.setText(record.substitute_name or "")

    def save(self) -> None:
        self.ctx.call(
            meetings.set_attendance,
            self.invitee.id,
            AttendanceStatus.SUBSTITUTE,
            self.name_edit.text(),
            shown=self.invitee,
        )


class InviteeDialog(FormDialog):
    """Invite one more person from the contacts register to this meeting only."""

    def __init__(self, ctx: AppContext, detail: MeetingDetail, parent: QWidget | None = None):
        super().__init__(
            _("Invite to this meeting"), parent, ok_text=_("Invite"), settings=ctx.settings
        )
        self.ctx = ctx
        self.detail = detail
        self.added_id: int | None = None
        self.person_combo = RecordCombo(_("Type part of a name …"), self)
        self.person_combo.setMinimumContentsLength(36)
        # A guest not in the contacts yet (a speaker, a new police contact) is added there here.
        invited = {i.person_id for i in detail.invitees}
        self.person_picker = person_picker(
            ctx, self, self.person_combo, lambda: people_choices(ctx, exclude=invited)
        )
        self.add_row("person_id", _("Person"), self.person_picker)
        self.person_combo.setFocus()

    def save(self) -> None:
        check_person_known(self.person_picker, "person_id")
        person_id = self.person_combo.value()
        if person_id is None:
            raise ValidationError(_("Choose the person to invite."), field="person_id")
        self.added_id = self.ctx.call(meetings.add_invitee, self.detail.id, person_id)
