"""Create or edit a plan (with its first version when new), and add or edit a version."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from samverkan_desktop import clock, unit_words
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plan_versions, plans
from samverkan_desktop.services.plan_rows import PlanRow, VersionRow
from samverkan_desktop.services.plan_version_names import next_version_name
from samverkan_desktop.services.plan_versions import VersionInput
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.counted_spin import CountedSpinBox, unit_suffix
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm


def interval_spin(parent: QWidget) -> QSpinBox:
    """Months between revisions; 0 shows as "no revision cycle"."""
    spin = CountedSpinBox(
        unit_suffix(unit_words.months),
        parent,
        unit=unit_words.months,
    )
    spin.setRange(0, 120)
    spin.setSpecialValueText(_("no revision cycle"))
    spin.setValue(12)
    return spin


class PlanDialog(RecordForm[PlanRow]):
    def __init__(
        self, ctx: AppContext, plan: PlanRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit plan") if plan else _("New plan"),
            parent,
            ok_text=_("Save") if plan else _("Add plan"),
            settings=ctx.settings,
            size=(560, 0) if plan else (860, 0),
        )
        self.ctx = ctx
        self.saved_id: int | None = plan.id if plan else None
        self.kind = EnumCombo(PlanKind, parent=self)
        self.add_row("kind", _("Kind"), self.kind)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_("e.g. Krisledningsplan Östermalm"))
        self.add_row("name", _("Name"), self.name)
        self.owner = RecordCombo(_("– nobody named –"), self)
        self.owner.setMinimumContentsLength(28)
        self.owner_picker = person_picker(ctx, self, self.owner)
        self.owner.set_value(None)
        self.add_row("owner_id", _("Owner"), self.owner_picker)
        self.interval = interval_spin(self)
        self.add_row("revision_interval_months", _("Revised every"), self.interval)
        self.active = QCheckBox(_("In force (due for revision)"), self)
        self.active.setChecked(True)
        self.add_row("active", _("Active"), self.active)
        self.notes = TextBox(self)
        self.add_row("notes", _("Notes"), self.notes)
        if plan is None:
            # The district's first plan is its crisis management plan (as the name's hint says).
            self.kind.set_value(PlanKind.CRISIS_MANAGEMENT_PLAN)
            # A new plan usually starts from the version already adopted.
            self.new_column()
            self.version = QLineEdit(self)
            self.version.setPlaceholderText(_("e.g. 2.0 (empty: no version yet)"))
            self.add_row("version", _("Current version"), self.version)
            self.adopted_on = OptionalDateEdit(self)
            self.add_row("adopted_on", _("Adopted on"), self.adopted_on)
            self.adopted_by = QLineEdit(self)
            self.adopted_by.setPlaceholderText(_("e.g. Stadsdelsdirektör"))
            self.add_row("adopted_by", _("Adopted by"), self.adopted_by)
        else:
            self.show_record(plan)
        self.name.setFocus()

    def read_record(self, shown: PlanRow) -> PlanRow:
        return self.ctx.call(plans.get_plan, shown.id).plan

    def fill(self, plan: PlanRow) -> None:
        self.kind.set_value(plan.kind)
        self.name.setText(plan.name)
        self.owner.set_value(plan.owner_id)
        self.interval.setValue(plan.revision_interval_months or 0)
        self.active.setChecked(plan.active)
        self.notes.setPlainText(plan.notes or "")

    def save(self) -> None:
        check_person_known(self.owner_picker, "owner_id")
        data = plans.PlanInput(
            kind=self.kind.value(),
            name=self.name.text(),
            owner_id=self.owner.value(),
            revision_interval_months=self.interval.value() or None,
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            # The plan as the form was filled: refused if another desk saved it meanwhile.
            expected_version=self.record.row_version if self.record else None,
        )
        if self.record is not None:
            self.ctx.call(plans.update_plan, self.record.id, data)
            return
        first = None
        if not self.version.text().strip() and (
            self.adopted_on.value() is not None or self.adopted_by.text().strip()
        ):
            # Without a version the adoption typed beside it would be dropped without a word.
            raise ValidationError(
                _("Write the version that was adopted, e.g. 2.0 (or empty the adoption fields)."),
                field="version",
            )
        if self.version.text().strip():
            adopted_on = self.adopted_on.value()
            if adopted_on is None:
                raise ValidationError(_("When was this version adopted?"), field="adopted_on")
            first = VersionInput(
                version=self.version.text(),
                adopted_on=adopted_on,
                adopted_by=self.adopted_by.text(),
            )
        self.saved_id = self.ctx.call(plans.create_plan, data, first)


class VersionDialog(FormDialog):
    """A newly adopted version (it becomes current when it is the latest), or an edit."""

    def __init__(
        self,
        ctx: AppContext,
        plan: PlanRow,
        version: VersionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit version of {plan}").format(plan=plan.name)
            if version
            else _("New version of {plan}").format(plan=plan.name),
            parent,
            ok_text=_("Save") if version else _("Add version"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.plan = plan
        self.version_row = version
        self.saved_id: int | None = version.id if version else None
        self.added: VersionInput | None = None
        self.version = QLineEdit(self)
        self.add_row("version", _("Version"), self.version)
        self.adopted_on = OptionalDateEdit(self)
        self.add_row("adopted_on", _("Adopted on"), self.adopted_on)
        self.adopted_by = QLineEdit(self)
        self.adopted_by.setPlaceholderText(_("e.g. Stadsdelsdirektör"))
        self.add_row("adopted_by", _("Adopted by"), self.adopted_by)
        self.notes = TextBox(self, _("What changed in this version"))
        self.add_row("notes", _("Changes"), self.notes)
        if version is not None:
            self.version.setText(version.version)
            self.adopted_on.set_value(version.adopted_on)
            self.adopted_by.setText(version.adopted_by or "")
            self.notes.setPlainText(version.notes or "")
        else:
            today = clock.today()
            self.adopted_on.set_value(today)
            self.adopted_by.setText(plan.adopted_by or "")
            # A yearly revision's name offered ("2025" → "2026"), not typed from memory.
            self.version.setText(next_version_name(plan.version, today))
            self.version.selectAll()
        self.version.setFocus()

    def save(self) -> None:
        adopted_on = self.adopted_on.value()
        if adopted_on is None:
            raise ValidationError(_("When was this version adopted?"), field="adopted_on")
        data = VersionInput(
            version=self.version.text(),
            adopted_on=adopted_on,
            adopted_by=self.adopted_by.text(),
            notes=self.notes.toPlainText(),
        )
        if self.version_row is None:
            self.saved_id = self.ctx.call(plan_versions.add_version, self.plan.id, data)
            self.added = data  # what "Undo" removes again
        else:
            self.ctx.call(plan_versions.update_version, self.version_row.id, data)
