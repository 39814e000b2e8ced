"""Create or edit a group: everything the action plans say about it, in two columns."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import group_editing, group_start, groups
from samverkan_desktop.services.group_rows import GroupDetail, GroupInput
from samverkan_desktop.services.group_type_words import type_named_in
from samverkan_desktop.swedish_order import sort_key
from ui.contacts.choices import organisation_choices
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.groups.meets_row import MeetsRow
from ui.groups.removed_meetings import removal_question
from ui.groups.rule_editing import plan_new_group
from ui.groups.status_row import StatusRow
from ui.widgets.check_list import CheckList
from ui.widgets.dialogs import confirm
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox
from ui.widgets.organisation_lines import LineTexts, OrganisationLines
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm
from ui.widgets.record_picker import new_record
from ui.widgets.term_row import TermRow


class GroupDialog(RecordForm[GroupDetail]):
    def __init__(
        self, ctx: AppContext, group: GroupDetail | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit group") if group else _("New group"),
            parent,
            ok_text=_("Save") if group else _("Create group"),
            settings=ctx.settings,
            size=(1100, 440),  # at 1000 'Till och med' and 'T2 (maj–aug)' were cut
        )
        self.ctx = ctx
        self.saved_id: int | None = group.id if group else None
        self.before_save: GroupDetail | None = None  # the group the save changed, for Undo

        # Left column: what the group is.
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(_("e.g. Platssamverkan Stureplan"))
        self.add_row("name", _("Name"), self.name_edit)
        self.type_combo = EnumCombo(GroupType, parent=self)
        self.add_row("type", _("Type"), self.type_combo)
        self._type_chosen = group is not None  # a new group's type follows its name until
        self.type_combo.activated.connect(self._choose_type)  # it is chosen by hand
        self.name_edit.textEdited.connect(self._type_from_name)
        # Ending a group goes through "End group" (it asks for the date); an ended group can be
        # brought back by choosing another status here.
        ended = group is not None and group.status is GroupStatus.ENDED
        statuses = [s for s in GroupStatus if s is not GroupStatus.ENDED or ended]
        self.status_row = StatusRow(statuses, self)
        self.status_combo = self.status_row.combo
        self.status_hint = self.status_row.hint
        self.add_row("status", _("Status"), self.status_row)
        # "– ingen –" as the form's other pickers say. The agreement's name is whole in the
        # row (its button goes under it): beside the button it read "Lokal samverkansöve".
        self.agreement_combo = RecordCombo(_("– none –"), self, editable=False)
        self.agreement_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agreement_combo.setMinimumContentsLength(len(_("– none –")) + 2)
        self.agreement_combo.set_items([(a.id, a.title) for a in ctx.call(groups.list_agreements)])
        self.add_row("agreement_id", _("Agreement"), self._agreement_row())
        self.purpose_edit = TextBox(self, _("Why the group exists, its assignment"))
        self.add_row("purpose", _("Purpose"), self.purpose_edit)
        self.goal_edit = TextBox(self, _("What the group wants to achieve"))
        self.add_row("goal", _("Goal"), self.goal_edit)
        self.add_row("organisations", _("Participating organisations"), self._organisations_row())
        self.notes_edit = TextBox(self)
        self.add_row("notes", _("Notes"), self.notes_edit)

        # Right column: how it works.
        self.new_column()
        self.areas_list = CheckList(self)
        self.areas_list.set_items([(p.id, p.name) for p in ctx.call(groups.list_priority_areas)])
        self.areas_list.show_all_rows()
        self.add_row("priority_area_ids", _("Priority areas"), self.areas_list)
        self.meets_row = MeetsRow(self)
        self.meets_row.show_text(None, by_rule=False)
        self.frequency_edit = self.meets_row.edit  # the name the group's tests use
        self.meets_row.rule_requested.connect(self._change_rule)
        self.add_row("meeting_frequency", _("Meets"), self.meets_row)
        self.starts_edit = OptionalDateEdit(self)
        self.add_row("starts_on", _("Starts on"), self.starts_edit)
        self.term_row = TermRow(self, suggest=self.starts_edit.value_or_none)
        # The names the group's tests and Undo use.
        self.standing_radio = self.term_row.standing_radio
        self.until_radio = self.term_row.until_radio
        self.until_edit = self.term_row.until_edit
        self.add_row("term_until", _("Term"), self.term_row)
        self.add_row("follow_up", _("Follow-up"), self._follow_up_row())
        # A little more of the width to the left: at 1024 the agreement's name ("Lokal
        # samverkansöverenskommelse Östermalm") is whole there.
        self.columns.setStretch(0, 11)
        self.columns.setStretch(1, 10)

        # Under both columns, across the form: a person reads "Namn — titel, organisation",
        # which in the right column was cut after the title's first word at 1024 px.
        self.rows_across()
        self.convener_combo = self._person_combo()
        self.district_combo = self._person_combo()
        self.police_combo = self._person_combo()
        self.person_pickers = {
            field: person_picker(ctx, self, combo)
            for field, combo in (
                ("convener_id", self.convener_combo),
                ("district_contact_id", self.district_combo),
                ("police_contact_id", self.police_combo),
            )
        }
        for picker in self.person_pickers.values():
            # A person added beside one field can be picked in the others too.
            picker.created.connect(lambda _id: self._refresh_people())
        for picker in (
            self.person_pickers["district_contact_id"],
            self.person_pickers["police_contact_id"],
        ):
            picker.hint_when_empty = False  # the convener's line says it for the three
            picker.refresh()
        self.add_row("convener_id", _("Convener"), self.person_pickers["convener_id"])
        self.add_row(
            "district_contact_id", _("District contact"), self.person_pickers["district_contact_id"]
        )
        self.add_row(
            "police_contact_id", _("Police contact"), self.person_pickers["police_contact_id"]
        )

        self.status_combo.currentIndexChanged.connect(lambda _index: self._say_status())
        self.starts_edit.dateChanged.connect(lambda _date: self._say_status())
        if group is not None:
            self.show_record(group)
        self._say_status()
        self._organisations_as_opened = self.organisations.entries()
        self.name_edit.setFocus()

    def _say_status(self) -> None:
        ended_on = self.record.ended_on if self.record is not None else None
        self.status_row.say(self.starts_edit.value_or_none(), ended_on)

    def _organisations_row(self) -> QWidget:
        """The organisations taking part without a named person, one line each; above them,
        those the members bring (changed through the members, not here)."""
        row = QWidget(self)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.member_organisations = QLabel(row)
        self.member_organisations.setWordWrap(True)
        self.member_organisations.setStyleSheet("color: #5f6b7a;")
        self.member_organisations.hide()
        layout.addWidget(self.member_organisations)
        texts = LineTexts(
            "organisations",
            _("Add organisation"),
            _("Note, e.g. vid behov"),
            "adjungerad",
            _("Remove the organisation from the group"),
        )
        self.organisations = OrganisationLines(organisation_choices(self.ctx), texts, row)
        self.organisations.add_button.setToolTip(
            _("An organisation that takes part without a named person, e.g. MTR")
        )
        layout.addWidget(self.organisations)
        row.setFocusProxy(self.organisations.add_button)
        return row

    def _agreement_row(self) -> QWidget:
        row = QWidget(self)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The whole row's width for the name, as a text field has.
        self.agreement_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.agreement_combo)
        self.agreements_button = QPushButton(_("Agreements…"), row)
        self.agreements_button.setToolTip(_("Add or change the agreement with the police"))
        self.agreements_button.clicked.connect(lambda _checked=False: self._manage_agreements())
        layout.addWidget(self.agreements_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.setFocusProxy(self.agreement_combo)
        return row

    def _manage_agreements(self) -> None:
        from ui.groups.agreements_dialog import AgreementsDialog  # seldom opened

        had = self.agreement_combo.count() > 1  # beyond "– none –"
        AgreementsDialog(self.ctx, self).exec()
        found = self.ctx.call(groups.list_agreements)
        self.agreement_combo.set_items([(a.id, a.title) for a in found])
        if not had and found and self.agreement_combo.value() is None:
            self.agreement_combo.set_value(found[0].id)  # the first one, just registered

    def _change_rule(self) -> None:
        """The rule changed from here: "Meets" shows its new text (free text again if it was
        removed). Saving the rule rewrites the group's text, a new version of the group: taken
        over when nobody else changed the group meanwhile, so this form still saves."""
        from ui.groups.rule_dialog import RuleDialog  # seldom opened from here

        group = self.record
        if group is None:
            return
        before = self.ctx.call(groups.get_group, group.id)
        RuleDialog(self.ctx, group.id, group.name, self, meets=group.meeting_frequency).exec()
        after = self.ctx.call(groups.get_group, group.id)
        if before.version == group.version:
            self.record = dataclasses.replace(
                group,
                version=after.version,
                meeting_frequency=after.meeting_frequency,
                meets_by_rule=after.meets_by_rule,
            )
        self.meets_row.show_text(after.meeting_frequency, after.meets_by_rule)

    def _person_combo(self) -> RecordCombo:
        combo = RecordCombo(_("– nobody –"), self)
        combo.setMinimumContentsLength(28)
        return combo

    def _refresh_people(self) -> None:
        for picker in self.person_pickers.values():
            picker.refresh()

    def _follow_up_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.t1_check = QCheckBox(_("T1 (Jan–Apr)"), row)
        self.t2_check = QCheckBox(_("T2 (May–Aug)"), row)
        self.vb_check = QCheckBox(_("Annual report (VB)"), row)
        self.vb_check.setToolTip(_("Followed up in the annual report (verksamhetsberättelse)"))
        self.vb_check.setChecked(True)
        for check in (self.t1_check, self.t2_check, self.vb_check):
            layout.addWidget(check)
        layout.addStretch(1)
        return row

    def read_record(self, shown: GroupDetail) -> GroupDetail:
        return self.ctx.call(groups.get_group, shown.id)

    def fill(self, group: GroupDetail) -> None:
        self.name_edit.setText(group.name)
        self.type_combo.set_value(group.type)
        self.status_combo.set_value(group.status)
        self.agreement_combo.set_value(group.agreement_id)
        self.purpose_edit.setPlainText(group.purpose or "")
        self.goal_edit.setPlainText(group.goal or "")
        self.notes_edit.setPlainText(group.notes or "")
        self.areas_list.set_values(group.priority_area_ids)
        self.convener_combo.set_value(group.convener_id)
        self.district_combo.set_value(group.district_contact_id)
        self.police_combo.set_value(group.police_contact_id)
        self.meets_row.show_text(group.meeting_frequency, group.meets_by_rule)
        self.starts_edit.set_value(group.starts_on)
        self.term_row.set_until(group.term_until)
        self.t1_check.setChecked(group.follow_up_t1)
        self.t2_check.setChecked(group.follow_up_t2)
        self.vb_check.setChecked(group.follow_up_vb)
        named = sorted({m.organisation for m in group.members if m.organisation}, key=sort_key)
        self.member_organisations.setText(
            _("Through its members: {names}").format(names=", ".join(named))
        )
        self.member_organisations.setVisible(bool(named))
        self.organisations.set_lines(
            [(row.organisation_id, row.note) for row in group.organisations]
        )

    def edited(self) -> bool:
        # Organisation lines added or removed after the form opened are changes too.
        return super().edited() or self.organisations.entries() != self._organisations_as_opened

    def _person(self, combo: RecordCombo, field: str) -> int | None:
        check_person_known(self.person_pickers[field], field)
        value: int | None = combo.value()
        return value

    def form_input(self) -> GroupInput:
        term_until = None
        if self.until_radio.isChecked():
            term_until = self.until_edit.value()
            if term_until is None:
                raise ValidationError(
                    _("Choose the date the term ends, or make the group standing."),
                    field="term_until",
                )
        return GroupInput(
            name=self.name_edit.text(),
            type=self.type_combo.value(),
            status=self.status_combo.value(),
            purpose=self.purpose_edit.toPlainText(),
            goal=self.goal_edit.toPlainText(),
            agreement_id=self.agreement_combo.value(),
            priority_area_ids=tuple(self.areas_list.values()),
            convener_id=self._person(self.convener_combo, "convener_id"),
            district_contact_id=self._person(self.district_combo, "district_contact_id"),
            police_contact_id=self._person(self.police_combo, "police_contact_id"),
            meeting_frequency=self.meets_row.text(),
            starts_on=self.starts_edit.value(),
            term_until=term_until,
            follow_up_t1=self.t1_check.isChecked(),
            follow_up_t2=self.t2_check.isChecked(),
            follow_up_vb=self.vb_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            organisations=self.organisations.chosen(),
            expected_version=self.record.version if self.record else None,
        )

    def _choose_type(self, _index: int) -> None:
        self._type_chosen = True

    def _type_from_name(self, name: str) -> None:
        named = type_named_in(name)
        if named is not None and not self._type_chosen:
            self.type_combo.set_value(named)

    def save(self) -> None:
        data = self.form_input()
        if self.record is None:
            self.saved_id = self.ctx.call(group_editing.create_group, data)
        else:
            self._ask_before_removing_meetings(data.starts_on)
            self.ctx.call(group_editing.update_group, self.record.id, data)
            self.before_save = self.record

    def _ask_before_removing_meetings(self, start: dt.date | None) -> None:
        """A later start removes the rule's planned meetings before it: say which first.
        Declined, nothing is saved and the start's field says so; a start the group cannot
        have is refused here, before any question."""
        assert self.record is not None
        going = self.ctx.call(group_start.meetings_removed_by_start, self.record.id, start)
        if not going or start is None:
            return
        lead = ngettext(
            "Starting {start}, the group loses {count} planned meeting before that day:",
            "Starting {start}, the group loses {count} planned meetings before that day:",
            len(going),
        ).format(start=iso_date(start), count=len(going))
        question = removal_question(lead, going)
        if confirm(self, _("Change the start"), question, _("Save and remove meetings")):
            return
        raise ValidationError(
            _("Nothing was saved: the planned meetings before {start} are kept.").format(
                start=iso_date(start)
            ),
            field="starts_on",
        )


def add_group(
    ctx: AppContext, parent: QWidget, name: str, planned: Callable[[str], object]
) -> int | None:
    """The "New group" form opened from another form (a meeting on the first day), ``name``
    typed; the id saved. As under Grupper och möten, a "Möts" that reads as a rule opens the
    rule dialog after the save; what it planned goes to ``planned``."""
    dialog = GroupDialog(ctx, parent=parent)
    saved: int | None = new_record(dialog, dialog.name_edit, name, ctx, "groups")
    if saved is not None:
        told = plan_new_group(ctx, parent, saved)
        if told is not None:
            planned(told)
    return saved
