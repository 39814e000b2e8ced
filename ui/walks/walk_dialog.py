"""Plan a walk or change its plan: place, date and time, light, format, meeting point,
organiser, residents, checklist and purpose."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import LightCondition, WalkFormat
from samverkan_desktop.services import (
    checklists,
    contacts,
    places,
    walk_editing,
    walk_reading,
    walk_rows,
)
from samverkan_desktop.services.walk_rows import WalkDetail, WalkInput
from ui.context import AppContext
from ui.walks.common import parse_time, set_or_clear
from ui.walks.place_dialogs import add_place
from ui.widgets.fields import EnumCombo, OptionalDateEdit
from ui.widgets.notice import NOTE_LABEL_STYLE
from ui.widgets.number_field import NumberField
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm
from ui.widgets.record_picker import RecordPicker
from ui.widgets.time_span import TimeSpanEdit
from ui.widgets.typed_checks import readable


class WalkDialog(RecordForm[WalkDetail]):
    def __init__(
        self,
        ctx: AppContext,
        walk_id: int | None = None,
        place_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = _("Plan a safety walk") if walk_id is None else _("Change the walk's plan")
        super().__init__(title, parent, _("Save"), ctx.settings)
        self.ctx = ctx
        self.walk_id = walk_id
        self.saved_id: int | None = None
        self._follow_up_of: int | None = None

        self.place = RecordCombo(None, self)
        # A place not in the register yet is added here: the plan typed so far is kept.
        self.place_picker = RecordPicker(
            self.place,
            lambda: [(p.id, p.name) for p in ctx.call(places.list_places)],
            lambda name: add_place(ctx, self, name),
            _("New place…"),
            _("Add the place to the places register"),
            _("No places in the register yet: add the place with {button}"),
            self,
        )
        self.place_picker.created.connect(lambda _id: self._place_added())
        self.date = OptionalDateEdit(self)
        self.times = TimeSpanEdit(self, "18.30", _("e.g. 18.30"))  # a walk's is an evening's
        self.time = self.times.start
        self.light = EnumCombo(LightCondition, parent=self)
        self.format = EnumCombo(WalkFormat, parent=self)
        self.meeting_point = QLineEdit(self)
        self.organiser = RecordCombo(_("– nobody chosen –"), self)
        self.organiser.set_items(
            [
                (p.id, p.name + (f" — {p.organisation}" if p.organisation else ""))
                for p in ctx.call(contacts.list_people)
            ]
        )
        self.residents = NumberField(self)
        self.residents.setRange(0, 500)
        self.checklist = QComboBox(self)
        self.checklist.addItem(_("No checklist"), None)
        for template in ctx.call(checklists.list_templates, active_only=True):
            self.checklist.addItem(template.name, template.id)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(80)

        self.add_row("place_id", _("Place"), self.place_picker)
        # A name typed that is no place, or nobody, is said with the form's other refusals.
        self.add_check("place_id", self._check_place_known)
        # A new walk at a walked place: another walk already planned there is said at once,
        # and the last walk's route and people are offered (they were retyped every time).
        self.planned_note = self.add_note("place_id", "")
        self.planned_note.setStyleSheet(NOTE_LABEL_STYLE)
        self.planned_note.hide()
        self._copy_from: int | None = None
        self.copy_previous = QCheckBox(self)
        self.add_row("date", _("Date"), self.date)
        self.times.add_to(self, _("Time"))
        self.add_row("light", _("Light"), self.light)
        self.add_row("format", _("Format"), self.format)
        self.add_row("meeting_point", _("Meeting point"), self.meeting_point)
        self.add_row("organiser_id", _("Organiser"), self.organiser)
        self.add_check("organiser_id", self._check_organiser_known)
        self.add_row("resident_count", _("Residents taking part"), self.residents)
        self.add_row("checklist_template_id", _("Checklist"), self.checklist)
        self.add_row("purpose", _("Purpose"), self.purpose)
        # The whole form's width: in the field's column its date was cut off. Last: shown when
        # a walked place is chosen, above the date it moved every field under the mouse.
        self.form.addRow(self.copy_previous)
        self.form.setRowVisible(self.copy_previous, False)

        # A new walk's light follows its date and time (dark at 18.30 in December) until the
        # light is chosen by hand: it is printed on the checklist and in the report.
        self._light_chosen = walk_id is not None
        # Before a time is typed, the light a walk is planned with anywhere (the command line
        # too), not the list's first choice: they disagreed (daylight here, dark there).
        self.light.set_value(walk_rows.DEFAULT_LIGHT)
        self.light.activated.connect(self._choose_light)
        self.date.dateChanged.connect(lambda *_args: self._suggest_light())
        self.time.textChanged.connect(lambda *_args: self._suggest_light())

        # A new walk's organiser follows its place (the last walk's there) until chosen by
        # hand: left empty, the walk's letters to the owners were refused at the end.
        self._organiser_chosen = walk_id is not None
        line = self.organiser.lineEdit()
        assert line is not None  # an editable picker
        line.textEdited.connect(self._choose_organiser)
        self.organiser.activated.connect(self._choose_organiser)
        self.place.currentTextChanged.connect(lambda *_args: self._place_changed())

        if walk_id is not None:
            self.show_record(ctx.call(walk_reading.get_walk, walk_id))
        else:
            set_or_clear(self.place, place_id)
            self._place_changed()
            default = ctx.call(checklists.default_template_id)
            self.checklist.setCurrentIndex(max(0, self.checklist.findData(default)))
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        # A place already chosen ("Plan a walk here"): the date comes next.
        (self.date if self.place.value() is not None else self.place).setFocus()

    def _place_added(self) -> None:
        self.date.setFocus()

    def _choose_organiser(self, *_args: object) -> None:
        self._organiser_chosen = True

    def _place_changed(self) -> None:
        place_id = self.place.value()
        if not self._organiser_chosen:
            self.organiser.set_value(self.ctx.call(walk_reading.default_organiser_id, place_id))
        if self.walk_id is not None:
            self.form.setRowVisible(self.copy_previous, False)
            return
        planned = self.ctx.call(walk_reading.planned_at, place_id, clock.today())
        if planned is not None:
            self.planned_note.setText(
                _("A walk at this place is already planned for {date}.").format(
                    date=planned.date.isoformat()
                )
            )
        self.planned_note.setVisible(planned is not None)
        earlier = self.ctx.call(walk_reading.last_walked_at, place_id)
        self._copy_from = earlier.id if earlier is not None else None
        if earlier is not None:
            self.copy_previous.setText(
                _("Same route and participants as last time ({date})").format(
                    date=earlier.date.isoformat()
                )
            )
            self.copy_previous.setChecked(True)
        self.form.setRowVisible(self.copy_previous, earlier is not None)

    def _choose_light(self, *_args: object) -> None:
        self._light_chosen = True

    def _suggest_light(self) -> None:
        if self._light_chosen:
            return
        try:
            date, start = self.date.value(), parse_time(self.time.text())
        except ValidationError:
            return  # not a date or a time yet: said when saving
        if date is not None and start is not None:
            self.light.set_value(walk_rows.expected_light(date, start))

    def read_record(self, shown: WalkDetail) -> WalkDetail:
        return self.ctx.call(walk_reading.get_walk, shown.id)

    def fill(self, walk: WalkDetail) -> None:
        self.place.set_value(walk.place_id)
        self.date.set_value(walk.date)
        self.times.set_times(walk.start_time, walk.end_time)
        self.light.set_value(walk.light)
        self.format.set_value(walk.format)
        self.meeting_point.setText(walk.meeting_point or "")
        self.organiser.set_value(walk.organiser_id)
        self.residents.setValue(walk.resident_count)
        if (
            walk.checklist_template_id is not None
            and self.checklist.findData(walk.checklist_template_id) < 0
        ):
            # A retired template still names the walk's checklist.
            self.checklist.addItem(walk.checklist_name or "", walk.checklist_template_id)
        index = self.checklist.findData(walk.checklist_template_id)
        self.checklist.setCurrentIndex(max(0, index))
        self.purpose.setPlainText(walk.purpose or "")
        self._follow_up_of = walk.follow_up_of.id if walk.follow_up_of else None

    def _check_place_known(self) -> None:
        self.place_picker.check_known(
            _(
                "“{text}” is not in the places register. Pick a place from the list or add it"
                " with {button}"
            ),
            "place_id",
        )

    def _check_organiser_known(self) -> None:
        # Named, as the place above it is ("”Xyzzytorget” finns inte i platsregistret"): "Välj
        # arrangören ur kontakterna" did not say what was wrong with what was typed.
        self.organiser.check_known(
            _(
                "No single person in the contacts matches “{text}”. Pick the organiser from the"
                " list, or add the person in Kontakter first."
            ).format(text=self.organiser.currentText().strip()),
            "organiser_id",
        )

    def data(self, readable_only: bool = False) -> WalkInput:
        """``readable_only``: a date or time that cannot be read as none (see rule_refusals)."""
        if readable_only:
            date = readable(self.date.value)
            start, end = self.times.readable_times()
        else:
            date = self.date.value()
            start, end = self.times.times()
        return WalkInput(
            place_id=self.place.value(),
            date=date,
            start_time=start,
            end_time=end,
            light=self.light.value(),
            meeting_point=self.meeting_point.text(),
            format=self.format.value(),
            organiser_id=self.organiser.value(),
            resident_count=self.residents.value(),
            purpose=self.purpose.toPlainText(),
            checklist_template_id=self.checklist.currentData(),
            follow_up_of_id=self._follow_up_of,
            expected_version=self.record.version if self.record else None,
        )

    def rule_refusals(self) -> list[ValidationError]:
        return self.ctx.call(walk_editing.plan_check, self.walk_id, self.data(readable_only=True))

    def save(self) -> None:
        data = self.data()
        if self.walk_id is None:
            copy_from = self._copy_from if self.copy_previous.isChecked() else None
            self.saved_id = self.ctx.call(walk_editing.create_walk, data, copy_from)
        else:
            self.ctx.call(walk_editing.update_walk, self.walk_id, data)
            self.saved_id = self.walk_id
