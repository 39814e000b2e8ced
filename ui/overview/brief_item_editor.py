"""The editor of one item of the weekly summary: where it comes from, its heading, its text and
whether it may be passed on before the weekend. It knows whether what it shows differs from
what was loaded (``edited``) and shows a refusal under the field it concerns, keeping the text.
After another desk changed the week it offers to load their week and item (F5), keeping what
the user typed in the fields she changed, as a record's form does (``reload_offer``, with the
week as the record: ``WeekShown`` reads and shows it)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services.weekly_briefs import (
    HEADING_LENGTH,
    BriefDetail,
    BriefItemRow,
    ItemInput,
)
from ui.widgets import form_reload
from ui.widgets.fields import EnumCombo
from ui.widgets.page_labels import MUTED_STYLE
from ui.widgets.reload_offer import ERROR_STYLE, ReloadOffer
from ui.widgets.wrap_label import WrapLabel


class WeekShown(Protocol):
    """The week the item belongs to: a save is checked against its version."""

    def shown_week(self) -> BriefDetail: ...

    def saved_week(self) -> BriefDetail: ...

    def show_week(self, week: BriefDetail) -> None:
        """Show ``week`` (the item in the editor as it is there) and save against it."""
        ...


def item_of(week: BriefDetail, item_id: int | None) -> BriefItemRow | None:
    return next((item for item in week.items if item.id == item_id), None)


class BriefItemEditor(QWidget):
    def __init__(self, week: WeekShown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week = week
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
        # Who gets it, under the box in a line that wraps: in the box's one line it held the
        # Veckosammanställning dialog 999 px wide, a slightly wider font cut it at 1024 px.
        self.shareable = QCheckBox(_("May be passed on before the weekend"), self)
        # As wide as its text: a click in the empty row beside it did nothing.
        self.shareable.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.shareable_hint = WrapLabel(
            _("Field assistants, police and parent walkers get it in “Before the weekend”."),
            self,
        )
        self.shareable_hint.setStyleSheet(MUTED_STYLE)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        # Offered when another desk's change of the week refused a save, a move or a removal.
        self.reload_offer = ReloadOffer(
            self,
            self.error,
            self,
            saved=_(
                "Another desk has changed this week's summary since you opened it, so {not_done}."
            ),
            loaded=_("Loaded this week's summary as the other desk saved it."),
        )
        self.reload_button = self.reload_offer.button
        # Offered when the item was removed at another desk while it was written here.
        self.as_new_button = QPushButton(_("Save as a new item"), self)
        self.as_new_button.setAutoDefault(False)
        self.as_new_button.hide()
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
        offers = QHBoxLayout()
        offers.addWidget(self.reload_button)
        offers.addWidget(self.as_new_button)
        offers.addStretch(1)
        layout.addLayout(offers)
        self._loaded = self._current()
        self.show_item(None)

    def _with_theirs(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` (with its hint, if any) and a line below them for the other desk's value
        (hidden until then)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if widget is self.shareable:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(self.shareable_hint)
        else:
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
        self.clear_errors()
        self._loaded = self._current()
        self.reload_offer.remember_opened()

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
        self.clear_errors()

    def show_error(self, error: DomainError) -> None:
        self.error.setText(error.message)
        self.error.setStyleSheet(ERROR_STYLE)  # after "loaded" news, in green
        self.error.show()
        target = {"heading": self.heading, "text": self.text, "source": self.source}
        widget = target.get(error.field or "")
        if widget is not None:
            widget.setFocus()

    def offer_as_new(self, error: DomainError) -> None:
        """The item was removed at another desk (``error`` says so): what was typed stays, and
        can be saved as a new item (it could not be saved at all)."""
        self.clear_errors()
        kept = _("What you typed is kept: save it as a new item if it should stay in the summary.")
        self.show_error(error)
        self.error.setText(error.message + " " + kept)
        self.as_new_button.show()

    def make_new(self) -> None:
        """What is shown becomes a new item, to be saved as one (what was typed stays)."""
        self.item_id = None
        self.caption.setText(_("New item"))
        self._loaded = ()  # none of it is saved: all of it is to be kept
        self.clear_errors()

    def clear_errors(self) -> None:
        self.reload_offer.clear()
        self.as_new_button.hide()
        self.error.clear()
        for theirs in self._theirs.values():
            theirs.hide()

    def theirs_shown(self, name: str) -> str:
        """The other desk's value shown under field ``name`` ("" when none): what the user reads."""
        label = self._theirs[name]
        return label.text() if not label.isHidden() else ""

    # --- another desk changed the week meanwhile (ReloadOffer) --------------------------------

    def field_rows(self) -> dict[str, tuple[QWidget, QLabel]]:
        return {name: (widget, self._theirs[name]) for name, widget in self.fields.items()}

    def field_label(self, field: str) -> str:
        return self._labels[field]

    def changed_fields(self, before: Any, after: Any) -> list[str]:
        """What of this item the other desk changed (none when they changed another item)."""
        shown, saved = item_of(before, self.item_id), item_of(after, self.item_id)
        return form_reload.changed_attributes(self.fields, shown, saved) if shown else []

    def shown_record(self) -> BriefDetail:
        return self.week.shown_week()

    def saved_record(self) -> BriefDetail:
        return self.week.saved_week()

    def show_record(self, record: Any) -> None:
        self.week.show_week(record)

    def focus_heading(self) -> None:
        self.heading.setFocus()
        self.heading.selectAll()
