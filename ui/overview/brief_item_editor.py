"""The editor of one item of the weekly summary: where it comes from, its heading, its text and
whether it may be passed on before the weekend. It knows whether what it shows differs from
what was loaded (``edited``) and shows a refusal under the field it concerns, keeping the text.
After another desk changed the week it offers to load their item (F5, ``load_theirs``), keeping
what the user typed in the fields she changed, as a record's form does (ui.widgets.form_reload)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services.weekly_briefs import HEADING_LENGTH, BriefItemRow, ItemInput
from ui import key_guide
from ui.widgets import form_reload
from ui.widgets.fields import EnumCombo
from ui.widgets.reload_offer import DONE_STYLE, ERROR_STYLE


class BriefItemEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id: int | None = None  # None: a new item
        self.caption = QLabel(self)
        self.caption.setStyleSheet("font-weight: 600; color: #1c3b5a;")
        self.source = EnumCombo(list(BriefSource), parent=self)
        self.heading = QLineEdit(self)
        self.heading.setMaxLength(HEADING_LENGTH)
        self.heading.setPlaceholderText(_("A short heading"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(_("What management should know"))
        self.shareable = QCheckBox(
            _("May be passed on before the weekend (field assistants, police, parent walkers)"),
            self,
        )
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        # Offered when another desk's change of the week refused a save (see offer_reload).
        self.reload_button = QPushButton(
            key_guide.with_keys(_("Load their change, keep my text"), key_guide.FORM_RELOAD), self
        )
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.fields: dict[str, QWidget] = {
            "source": self.source,
            "heading": self.heading,
            "text": self.text,
            "shareable": self.shareable,
        }
        self._labels = {
            "source": _("Source"),
            "heading": _("Heading"),
            "text": _("Text"),
            "shareable": _("Passed on"),
        }
        self._theirs: dict[str, QLabel] = {}  # under a field both desks changed: theirs
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in self.fields.items():
            label = "" if widget is self.shareable else self._labels[name]
            form.addRow(label, self._with_theirs(name, widget))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._loaded = self._current()
        self._opened: dict[str, form_reload.Values] = {}
        self.show_item(None)

    def _with_theirs(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with a line below it for the other desk's value (hidden until then)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget, 1 if widget is self.text else 0)
        theirs = QLabel(box)
        theirs.setStyleSheet(ERROR_STYLE)
        theirs.setWordWrap(True)
        theirs.hide()
        column.addWidget(theirs)
        self._theirs[name] = theirs
        return box

    def _current(self) -> tuple[object, ...]:
        return (
            self.source.value(),
            self.heading.text(),
            self.text.toPlainText(),
            self.shareable.isChecked(),
        )

    def show_item(self, item: BriefItemRow | None, source: BriefSource | None = None) -> None:
        """Show ``item``, or an empty new item (from ``source``, the last one's)."""
        self.item_id = item.id if item else None
        self.caption.setText(_("Edit item") if item else _("New item"))
        self.source.set_value(item.source if item else source or BriefSource.SLK)
        self.heading.setText(item.heading if item else "")
        self.text.setPlainText((item.text or "") if item else "")
        self.shareable.setChecked(item.shareable if item else False)
        self.clear_error()
        self._loaded = self._current()
        self._opened = {name: form_reload.field_values(w) for name, w in self.fields.items()}

    def value(self) -> ItemInput:
        return ItemInput(
            self.source.value(),
            self.heading.text(),
            self.text.toPlainText(),
            self.shareable.isChecked(),
        )

    def edited(self) -> bool:
        """Typed and not saved: a new item counts once it has a heading or a text."""
        if self.item_id is None and not (self.heading.text().strip() or self.text.toPlainText()):
            return False
        return self._current() != self._loaded

    def mark_saved(self, item_id: int) -> None:
        self.item_id = item_id
        self.caption.setText(_("Edit item"))
        self._loaded = self._current()
        self.clear_error()

    def show_error(self, error: DomainError) -> None:
        self.error.setText(error.message)
        self.error.setStyleSheet(ERROR_STYLE)  # after "loaded" news, in green
        self.error.show()
        target = {"heading": self.heading, "text": self.text, "source": self.source}
        widget = target.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.reload_button.hide()
        for theirs in self._theirs.values():
            theirs.hide()

    def _named(self, names: list[str]) -> list[str]:
        return [self._labels[name] for name in names]

    def offer_reload(self, shown: BriefItemRow | None, saved: BriefItemRow | None) -> None:
        """Another desk changed the week: nothing was saved; say what of this item they changed
        (``shown`` as it was read, ``saved`` as it is now) and offer to load it."""
        changed = form_reload.changed_attributes(self.fields, shown, saved) if shown else []
        self.clear_error()
        unchanged = _(
            "Another desk has changed this week's summary since you opened it, so nothing was saved."
        )
        self.error.setText(form_reload.refused_text(self._named(changed), unchanged))
        self.error.show()
        self.reload_button.show()

    def theirs_shown(self, name: str) -> str:
        """The other desk's value shown under field ``name`` ("" when none): what the user reads."""
        label = self._theirs[name]
        return label.text() if not label.isHidden() else ""

    def reload_offered(self) -> bool:
        return not self.reload_button.isHidden()

    def load_theirs(self, load: Callable[[], None]) -> None:
        """``load`` shows the week (and this item) as the other desk saved it; what the user
        typed stays in the fields she changed, theirs said under a field both changed."""
        merged = form_reload.load_keeping_typed(self.fields, self._opened, load)
        self.clear_error()
        self.error.setText(
            form_reload.reloaded_text(
                self._named(merged.changed),
                self._named(merged.typed),
                _("Loaded this week's summary as the other desk saved it."),
            )
        )
        self.error.setStyleSheet(DONE_STYLE)
        self.error.show()
        for name, text in merged.theirs.items():
            self._theirs[name].setText(form_reload.theirs_text(text))
            self._theirs[name].show()
        if merged.typed:
            self.fields[merged.typed[0]].setFocus()

    def focus_heading(self) -> None:
        self.heading.setFocus()
        self.heading.selectAll()
