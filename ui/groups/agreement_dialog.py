"""Create or edit the agreement with the police: its term and signing on the left, its parties
(each with its case number), priority areas and appendices on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from samverkan_desktop import unit_words
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import agreements, groups
from samverkan_desktop.services.agreements import AgreementDetail, AgreementInput
from ui.contacts.choices import organisation_choices
from ui.context import AppContext
from ui.groups.area_plans import AreaPlansBox, confirm_plans_lost
from ui.groups.revision_dialog import correction_note
from ui.widgets.check_list import CheckList
from ui.widgets.counted_spin import CountedSpinBox, unit_suffix
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.notice import NOTE_LABEL_STYLE
from ui.widgets.organisation_lines import LineTexts, OrganisationLines
from ui.widgets.record_form import RecordForm
from ui.widgets.term_row import TermRow


class AgreementDialog(RecordForm[AgreementDetail]):
    def __init__(
        self,
        ctx: AppContext,
        agreement: AgreementDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit agreement") if agreement else _("New agreement"),
            parent,
            ok_text=_("Save") if agreement else _("Create agreement"),
            settings=ctx.settings,
            size=(1180, 440),
        )
        self.ctx = ctx
        self.saved_id: int | None = agreement.id if agreement else None

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(_("e.g. Lokal samverkansöverenskommelse Östermalm"))
        self.add_row("title", _("Name"), self.title_edit)  # "Title" is a person's (Befattning)
        # Not typed: the police party's name (typed beside it, the two could differ).
        self.police_label = QLabel(self)
        self.police_label.setWordWrap(True)
        # The row's whole width (a wrapped label asks for little: it broke the name in two).
        self.police_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.add_row("police_area", _("Police area"), self.police_label)
        self.from_edit = OptionalDateEdit(self)
        self.add_row("valid_from", _("Valid from"), self.from_edit)
        self.term_row = TermRow(self, suggest=self.from_edit.value_or_none)
        self.add_row("valid_until", _("Valid"), self.term_row)
        self.revision_spin = CountedSpinBox(
            unit_suffix(unit_words.months),
            self,
            unit=unit_words.months,
        )
        self.revision_spin.setRange(1, agreements.MAX_REVISION_MONTHS)
        self.revision_spin.setValue(12)
        self.add_row("revision_interval_months", _("Revised every"), self.revision_spin)
        self.signed_edit = OptionalDateEdit(self)
        self.add_row("signed_on", _("Signed on"), self.signed_edit)
        self.signed_by_edit = QLineEdit(self)
        self.signed_by_edit.setPlaceholderText(_("e.g. Stadsdelsdirektör; lokalpolisområdeschef"))
        self.add_row("signed_by", _("Signed by"), self.signed_by_edit)
        self.notes_edit = TextBox(self, lines=5)
        self.add_row("notes", _("Notes"), self.notes_edit)
        self.area_plans = AreaPlansBox(ctx, agreement.id if agreement else None, self)
        self.add_row("area_plans", _("Action plan"), self.area_plans)

        self.new_column()
        texts = LineTexts(
            "parties", _("Add party"), _("Case number"), "A091.081/2020", _("Remove this party")
        )
        self.parties = OrganisationLines(organisation_choices(ctx), texts, self)
        self.add_row("parties", _("Parties"), self.parties)
        self.parties.changed.connect(self._show_police_area)
        self.areas_list = CheckList(self)
        self.areas_list.set_items([(p.id, p.name) for p in ctx.call(groups.list_priority_areas)])
        self.areas_list.show_all_rows()
        self.add_row("priority_area_ids", _("Priority areas"), self.areas_list)
        # Which of the two the form does: a correction of the revision in force, not a new one.
        note = correction_note(agreement) if agreement is not None else None
        self.revision_note: QLabel | None = None
        if note is not None:
            self.revision_note = self.add_note("priority_area_ids", note)
            self.revision_note.setStyleSheet(NOTE_LABEL_STYLE)
        self.appendices_edit = TextBox(self, _("One a line: 1 Gemensam lokal lägesbild"), lines=6)
        self.add_row("appendices", _("Appendices"), self.appendices_edit)

        if agreement is not None:
            self.show_record(agreement)
        else:
            self.parties.add_line()
        self._parties_as_opened = self.parties.entries()
        self._show_police_area()
        self.title_edit.setFocus()

    def _show_police_area(self) -> None:
        chosen = [line.organisation.value() for line in self.parties.lines]
        police = self.ctx.call(agreements.police_area_for, [i for i in chosen if i is not None])
        if police:
            self.police_label.setText(police)
            self.police_label.setStyleSheet("")
        else:
            self.police_label.setText(
                _("Add the local police area as a party (an organisation of the kind Police).")
            )
            self.police_label.setStyleSheet("color: #5f6b7a;")

    def read_record(self, shown: AgreementDetail) -> AgreementDetail:
        return self.ctx.call(agreements.get_agreement, shown.id)

    def fill(self, agreement: AgreementDetail) -> None:
        self.title_edit.setText(agreement.title)
        self.from_edit.set_value(agreement.valid_from)
        self.term_row.set_until(agreement.valid_until)
        self.revision_spin.setValue(agreement.revision_interval_months)
        self.signed_edit.set_value(agreement.signed_on)
        self.signed_by_edit.setText(agreement.signed_by or "")
        self.notes_edit.setPlainText(agreement.notes or "")
        self.parties.set_lines([(p.organisation_id, p.case_number) for p in agreement.parties])
        self.areas_list.set_values(agreement.priority_area_ids)
        self.appendices_edit.setPlainText(agreement.appendix_text)
        note = correction_note(agreement)
        if self.revision_note is not None and note is not None:  # a revision recorded meanwhile
            self.revision_note.setText(note)
        self.area_plans.reload()

    def edited(self) -> bool:
        # Party lines added or removed after the form opened are changes too.
        return super().edited() or self.parties.entries() != self._parties_as_opened

    def form_input(self) -> AgreementInput:
        until = None
        if not self.term_row.is_standing():
            until = self.term_row.until()
            if until is None:
                raise ValidationError(
                    _("Choose the date the agreement ends, or make it standing."),
                    field="valid_until",
                )
        return AgreementInput(
            title=self.title_edit.text(),
            valid_from=self.from_edit.value(),
            valid_until=until,
            revision_interval_months=self.revision_spin.value(),
            signed_on=self.signed_edit.value(),
            signed_by=self.signed_by_edit.text(),
            parties=self.parties.chosen(),
            appendices=self.appendices_edit.toPlainText(),
            priority_area_ids=tuple(self.areas_list.values()),
            notes=self.notes_edit.toPlainText(),
            expected_version=self.record.version if self.record else None,
        )

    def accept(self) -> None:
        """An area taken out of the agreement takes its goal and figures with it: asked first
        (keeping on editing is the default)."""
        if not confirm_plans_lost(
            self, self.area_plans.lost_without(set(self.areas_list.values()))
        ):
            return
        super().accept()

    def save(self) -> None:
        data = self.form_input()
        if self.record is None:
            self.saved_id = self.ctx.call(agreements.create_agreement, data)
        else:
            self.ctx.call(agreements.update_agreement, self.record.id, data)
