"""One line of an exercise's text: a new objective or checklist point (with the weeks before
it is due), and an objective's text changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from samverkan_desktop import unit_words
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import exercise_objectives
from samverkan_desktop.services.exercise_rows import ObjectiveRow
from ui.context import AppContext
from ui.widgets.counted_spin import CountedSpinBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_form import RecordForm


class TextDialog(FormDialog):
    """One line of text (an objective, a checklist point), with an optional number of weeks."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        label: str,
        store: Callable[[str, int | None], object],
        text: str = "",
        weeks: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent, ok_text=_("Save"), settings=ctx.settings)
        self.store = store  # the service call: (text, weeks before or None)
        self.text_edit = QLineEdit(text, self)
        self.add_row("text", label, self.text_edit)
        self.weeks: CountedSpinBox | None = None
        if weeks:
            self.weeks = CountedSpinBox(
                lambda n: ngettext(" week before", " weeks before", n),
                self,
                unit=unit_words.weeks,
            )
            self.weeks.setRange(-1, 104)  # as the service and a template allow
            self.weeks.setSpecialValueText(_("no date"))
            self.weeks.setValue(-1)
            self.add_row("weeks_before", _("To be done"), self.weeks)
        self.text_edit.setFocus()

    def save(self) -> None:
        if not self.text_edit.text().strip():
            raise ValidationError(_("Write the text."), field="text")
        weeks = self.weeks.value() if self.weeks is not None else -1
        self.store(self.text_edit.text().strip(), None if weeks < 0 else weeks)


class ObjectiveDialog(RecordForm[ObjectiveRow]):
    """An objective's text changed; saved over another desk's change, it is refused."""

    def __init__(self, ctx: AppContext, objective: ObjectiveRow, parent: QWidget | None = None):
        super().__init__(_("Edit objective"), parent, ok_text=_("Save"), settings=ctx.settings)
        self.ctx = ctx
        self.text_edit = QLineEdit(self)
        self.text_edit.setMinimumWidth(420)  # an objective is a sentence
        self.add_row("text", _("Objective"), self.text_edit)
        self.show_record(objective)
        self.text_edit.setFocus()

    def read_record(self, shown: ObjectiveRow) -> ObjectiveRow:
        return self.ctx.call(exercise_objectives.objective_row, shown.id)

    def fill(self, record: ObjectiveRow) -> None:
        self.text_edit.setText(record.text)

    def save(self) -> None:
        assert self.record is not None
        self.ctx.call(
            exercise_objectives.update_objective,
            self.record.id,
            self.text_edit.text(),
            shown=self.record.text,
        )
