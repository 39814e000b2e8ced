"""The editor of one item of the weekly summary: where it comes from, its heading, its text and
whether it may be passed on before the weekend. It knows whether what it shows differs from
what was loaded (``edited``) and shows a refusal under the field it concerns, keeping the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services.weekly_briefs import HEADING_LENGTH, BriefItemRow, ItemInput
from ui.widgets.fields import EnumCombo
from ui.widgets.form_dialog import ERROR_STYLE


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
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_("Source"), self.source)
        form.addRow(_("Heading"), self.heading)
        form.addRow(_("Text"), self.text)
        form.addRow("", self.shareable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        self._loaded = self._current()
        self.show_item(None)

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
        self.error.show()
        target = {"heading": self.heading, "text": self.text, "source": self.source}
        widget = target.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def focus_heading(self) -> None:
        self.heading.setFocus()
        self.heading.selectAll()
