"""A dialog that edits one record at a time, chosen in a list above its fields (the checklist
templates of walks and of exercises), saving against the version it was filled from.

Another desk's save since is refused as in any record form: the text typed stays and "Load
their change, keep my text" (F5) loads theirs (FormDialog, ReloadOffer). Choosing another record
in the list, or importing or making one, after typing asks first (it replaced the text unseen);
declined, the list goes back to the record being edited.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from samverkan_desktop.i18n import _
from ui.widgets import form_reload
from ui.widgets.dialogs import confirm
from ui.widgets.form_reload import changed_attributes
from ui.widgets.record_form import RecordForm

R = TypeVar("R")
POINTS = "items"  # the field of the points, compared by their texts (their ids change)


class ChosenRecordForm(RecordForm[R]):
    record_fields: tuple[str, ...] = ()  # the fields the record fills, its points last
    chooser: QComboBox
    _chosen = -1  # the list's entry whose record the fields show
    _loaded: dict[str, form_reload.Values] | None = None  # the fields as filled

    # --- what a dialog says ---------------------------------------------------------------

    def load_chosen(self, data: Any) -> R | None:
        """The record of the list entry holding ``data`` (None: a new one)."""
        raise NotImplementedError

    def clear_fields(self) -> None:
        """Empty fields for a new record."""
        raise NotImplementedError

    def points_of(self, record: R) -> object:
        """The texts of a record's points, to tell whether another desk changed them."""
        raise NotImplementedError

    def entry_text(self, record: R) -> str:
        """The list's entry for ``record`` (its name)."""
        raise NotImplementedError

    # --- the list ---------------------------------------------------------------------------

    def choose_with(self, chooser: QComboBox) -> None:
        self.chooser = chooser
        chooser.currentIndexChanged.connect(self._choice_changed)

    def _choice_changed(self, index: int) -> None:
        if index == self._chosen:
            return
        if not self.may_leave_shown():
            with QSignalBlocker(self.chooser):
                self.chooser.setCurrentIndex(self._chosen)
            return
        self.show_chosen()

    def show_chosen(self) -> None:
        """Fill the fields from the record chosen in the list."""
        self._chosen = self.chooser.currentIndex()
        self.clear_errors()
        record = self.load_chosen(self.chooser.currentData())
        if record is None:
            self.record = None
            self.clear_fields()
            self._loaded = self._values()
        else:
            self.show_record(record)
        self.reload_offer.remember_opened()  # what is typed from now on is the user's

    def show_record(self, record: R) -> None:
        super().show_record(record)
        self._loaded = self._values()
        # Read anew (F5 after another desk renamed it): the list names it as the fields do.
        if self._chosen >= 0:
            self.chooser.setItemText(self._chosen, self.entry_text(record))

    def _values(self) -> dict[str, form_reload.Values]:
        rows = self.field_rows()
        return {field: form_reload.field_values(rows[field][0]) for field in self.record_fields}

    def typed(self) -> bool:
        """Whether the fields differ from the record they were filled from."""
        return self._loaded is not None and self._values() != self._loaded

    def edited(self) -> bool:
        # The fields only: the list shows another record after a choice, which is no change.
        return self.typed()

    def may_leave_shown(self) -> bool:
        """Whether the fields may show another record: nothing typed, or the user lets it go."""
        if not self.typed():
            return True
        name = getattr(self.record, "name", None) or self.chooser.itemText(self._chosen)
        return confirm(
            self,
            _("Show another template?"),
            _("Your changes to “{name}” are not saved and would be lost.").format(name=name),
            _("Discard my changes"),
            cancel_text=_("Keep writing"),
            icon=QMessageBox.Icon.Question,
        )

    def field_rows(self) -> dict[str, tuple[QWidget, QLabel]]:
        """The fields the record fills: the list above them is none (its entry renamed after
        F5 is not "their change to the template"), nor are the rows of buttons or notes."""
        rows = super().field_rows()
        return {field: rows[field] for field in self.record_fields}

    def changed_fields(self, before: Any, after: Any) -> list[str]:
        fields = [field for field in self.record_fields if field != POINTS]
        changed = changed_attributes(fields, before, after)
        if POINTS in self.record_fields and self.points_of(before) != self.points_of(after):
            changed.append(POINTS)
        return changed
