"""Step 3, recording the checklist: for each stop, every point rated 0–3 with a note.

Answers are saved when another stop is chosen, when the tab is left (another tab, the list of
walks, another area) and with Save (Ctrl+S), so nothing typed is lost; a reload while the tab is
shown (a change saved elsewhere) keeps the answers typed for the stop. A save refused (another
desk took the walk back, removed the stop) keeps them on screen: leaving the walk or closing the
window then asks (ui.walks.typed_leaving), leaving the tab says where they wait.

A save goes against the stop's answers as they were shown: when another desk saved them
meanwhile it is refused (it wrote over theirs unseen), says so naming the stop and offers to load
theirs keeping what was typed (F5), as the record forms do (ui.widgets.reload_offer); where both
answered a point, theirs is said under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError, NotFoundError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.rating_scale import RATING_COLOURS, scale_line
from samverkan_desktop.services import walk_records
from samverkan_desktop.services.walk_records import AnswerInput, ChecklistSheet, StopAnswers
from samverkan_desktop.services.walk_rows import WalkDetail
from ui import key_guide
from ui.context import AppContext
from ui.walks.common import roomy
from ui.widgets.closing import refused_text
from ui.widgets.dialogs import show_error
from ui.widgets.form_reload import Values
from ui.widgets.in_place_record import InPlaceRecordFields, message_line, theirs_line
from ui.widgets.kept_together import NO_BREAK
from ui.widgets.layout_items import clear_layout
from ui.widgets.page_labels import heading, muted
from ui.widgets.reload_offer import ReloadOffer


def rating_style() -> str:
    """A chosen value in the colour the report and the Follow-up tab give it."""
    chosen = "".join(
        f'QPushButton[rating="{value}"]:checked {{ background: {colour}; font-weight: 600; }}\n'
        for value, colour in RATING_COLOURS.items()
    )
    return "QPushButton[rating] { min-width: 30px; max-width: 30px; padding: 4px 0; }\n" + chosen


NO_RATING = -1
TITLES_LEAST = 160  # the points' titles' column, at its narrowest
# The stops' list takes at most a fifth of the tab, and never less than this: at 1024 px it had
# Qt's 256 px for names of 200 and left the notes 143 px ("…en, mörkt under träden"). A longer
# name wraps onto a second line; at 1440 px the demo's names read on one.
STOPS_SHARE = 5
STOPS_LEAST = 150


class _DigitKeys(QObject):
    """0–3 typed on a point's buttons: that rating, then the note (faster than the arrows and
    Space when a whole paper checklist is typed in)."""

    def __init__(self, row: RatingRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.row = row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            value = key_guide.WALK_RATING.which(event)  # "0" … "3": the digit is the rating
            if value is not None and value < len(self.row.buttons):
                if self.row.rating() != value:
                    self.row.buttons[value].click()
                self.row.note.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


def _braced(text: str) -> str:
    """``text`` put into a message formatted later: its own braces kept as they are."""
    return text.replace("{", "{{").replace("}", "}}")


def answer_text(rating: int | None, note: str) -> str:
    """A point's answer as one line: "1 – Lampan trasig"."""
    return " – ".join(
        part for part in (None if rating is None else str(rating), note.strip()) if part
    )


class _AnswerField(QWidget):
    """A point's rating and note as one field of the reload offer (form_reload.Compound): read
    and put back together. Never shown itself (the row's buttons and note are); focused, it
    gives the focus to the note."""

    def __init__(self, row: RatingRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.row = row
        self.setFocusProxy(row.note)
        self.setVisible(False)

    def form_values(self) -> Values:
        return self.row.rating(), self.row.note.text()

    def put_form_values(self, values: Values) -> None:
        rating, note = values
        assert rating is None or isinstance(rating, int)
        self.row.set_answer(rating, str(note))

    def form_text(self) -> str:
        return answer_text(self.row.rating(), self.row.note.text())


class RatingRow:
    """One checklist point: toggle buttons 0–3 (click again to clear) and a note; under them,
    once the other desk's answers are loaded beside hers, theirs."""

    def __init__(self, grid: QGridLayout, row: int, item: walk_records.ChecklistItemRow, parent):  # type: ignore[no-untyped-def]
        self.item = item
        title = self.title = QLabel(f"{item.position}. {item.title}", parent)
        title.setToolTip(item.guidance or "")
        title.setWordWrap(True)
        self.group = QButtonGroup(parent)
        self.group.setExclusive(False)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for value in range(4):
            button = QPushButton(str(value), parent)
            button.setCheckable(True)
            button.setProperty("rating", str(value))
            button.setAccessibleName(_("{point}: {value}").format(point=item.title, value=value))
            self.group.addButton(button, value)
            self.buttons.append(button)
            buttons.addWidget(button)
        self.group.idClicked.connect(self._exclusive)
        # A digit typed on the row's buttons chooses that rating and moves on to the note.
        self._digits = _DigitKeys(self, self.buttons[0])  # goes with the row's widgets
        for button in self.buttons:
            button.installEventFilter(self._digits)
        self.note = QLineEdit(parent)
        hint = _("What was seen, where exactly")
        self.note.setPlaceholderText(hint)
        # Room for its hint: beside the stops and the titles it got 75 px at 1024 px, "Vad ni så…"
        frame = self.note.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        self.note.setMinimumWidth(self.note.fontMetrics().horizontalAdvance(hint) + 2 * frame + 8)
        self.field = _AnswerField(self, parent)
        self.theirs = theirs_line(parent)
        grid.addWidget(title, 2 * row, 0)
        grid.addLayout(buttons, 2 * row, 1)
        grid.addWidget(self.note, 2 * row, 2)
        grid.addWidget(self.theirs, 2 * row + 1, 1, 1, 2)

    def _exclusive(self, clicked: int) -> None:
        # Like radio buttons, but a second click on the chosen value clears it.
        for value, button in enumerate(self.buttons):
            if value != clicked:
                button.setChecked(False)

    def rating(self) -> int | None:
        for value, button in enumerate(self.buttons):
            if button.isChecked():
                return value
        return None

    def set_answer(self, rating: int | None, note: str | None) -> None:
        for value, button in enumerate(self.buttons):
            button.setChecked(value == rating)
        self.note.setText(note or "")

    def answer(self) -> AnswerInput:
        return AnswerInput(self.item.id, self.rating(), self.note.text())


class ChecklistTab(InPlaceRecordFields, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(rating_style())
        self.walk: WalkDetail | None = None
        self.sheet: ChecklistSheet | None = None
        self._stop_id: int | None = None
        # The stop's answers the rows were filled from: saves go against their version.
        self._shown: StopAnswers | None = None
        self._read: ChecklistSheet | None = None  # read anew for the offer, shown on loading
        self.rows: list[RatingRow] = []
        self._rows: dict[str, tuple[QWidget, QLabel]] = {}
        self._labels: dict[str, str] = {}
        self.refusal: DomainError | None = None  # the last save's, while its answers wait
        # A refused save's message, and the offer to load the other desk's answers.
        self.general_error = message_line(self)
        self.reload_offer = ReloadOffer(
            self, self.general_error, self, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.reload_button = self.reload_offer.button
        self.stops = roomy(QListWidget(self))
        self.stops.setObjectName("checklistStops")
        self.stops.setWordWrap(True)
        self.stops.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrapped anew when narrowed
        self.stops.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stops.currentItemChanged.connect(self._stop_changed)
        self.hint = muted("", self)
        self.stop_title = heading("", self)
        self.form = QWidget(self)
        self.grid = QGridLayout(self.form)
        self.grid.setColumnStretch(2, 1)
        # The titles break onto a second line before the notes lose their room (240 px kept
        # for them left the notes "Vad ni så…" at 1024 px).
        self.grid.setColumnMinimumWidth(0, TITLES_LEAST)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(_("Save the answers"), self)
        self.save_button.clicked.connect(self.save)
        # An action, named: Hjälp ▸ Kortkommandon lists it.
        save = QAction(_("Save the answers"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(
            key_guide.with_keys(_("Saved also when you choose another stop"), save)
        )
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda _checked=False: self.save())
        self.addAction(save)
        self.saved_label = muted("", self)
        right = QVBoxLayout()
        right.addWidget(self.stop_title)
        right.addWidget(self.general_error)
        right.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(
            muted(
                _(
                    "{scale}. Click a chosen value again to clear it. From the keyboard: Tab to "
                    "a point, type its digit, then its note."
                ).format(scale=scale_line()),
                self,
            )
        )
        right.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.save_button)
        right.addLayout(bottom)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(heading(_("Stops"), self))
        left.addWidget(self.stops, 1)
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.hint)
        layout.addLayout(body, 1)

    def show_walk(self, walk: WalkDetail) -> None:
        same = self.walk is not None and self.walk.id == walk.id
        if not same:
            self._stop_id = None
        # Answers typed for the stop and not yet saved stay as typed through the reload.
        typed = (
            {r.item.id: (r.rating(), r.note.text()) for r in self.rows}
            if same and self.unsaved()
            else {}
        )
        shown, opened = self._shown, dict(self.reload_offer.opened)
        self.walk = walk
        self.sheet = self.ctx.call(walk_records.get_checklist, walk.id)
        if not same:
            self.clear_errors()
        self._build_rows()
        keep = self._stop_id
        self.stops.blockSignals(True)
        self.stops.clear()
        for stop in self.sheet.stops:
            # The count set apart as the other lists set their facts ("Vasagatan (stopp 1)
            # · 3/9"), held to its dot; two spaces before "(3/9)" read as a slip.
            text = f"{stop.label} ·{NO_BREAK}{stop.answer_count}/{len(self.sheet.items)}"
            item = QListWidgetItem(text, self.stops)
            item.setData(Qt.ItemDataRole.UserRole, stop.id)
            if stop.id == keep:
                self.stops.setCurrentItem(item)
        self.stops.blockSignals(False)
        self._fit_stops()
        if self.stops.currentItem() is None and self.stops.count():
            self.stops.setCurrentRow(0)
        else:
            self._load_stop(self._stop_id, fresh=not typed)
        editable = walk.is_walked and bool(self.sheet.items) and bool(self.sheet.stops)
        if not walk.is_walked:
            self.hint.setText(_("Mark the walk as walked to record the answers from the walk."))
        elif not self.sheet.items:
            self.hint.setText(_("This walk has no checklist."))
        elif not self.sheet.stops:
            self.hint.setText(_("Add the stops of the route first (Planning)."))
        self.hint.setVisible(not editable)
        self.form.setEnabled(editable)
        self.save_button.setEnabled(editable)
        # Kept also when the walk can no longer take them (another desk took it back): greyed,
        # still there to be read, and asked about on leaving.
        if typed:
            for row in self.rows:
                if row.item.id in typed:
                    row.set_answer(*typed[row.item.id])
            # Still saved against the answers the typing started from: when another desk saved
            # the stop's meanwhile, the save is refused and theirs offered (a save against
            # theirs wrote them over unseen, also the points she had not touched).
            if shown is not None and shown.stop_id == self._stop_id:
                self._shown = shown
                self.reload_offer.opened = opened

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_stops()

    def _fit_stops(self) -> None:
        """The stops' list as wide as its longest name needs, within its share of the tab."""
        stops = self.stops
        frame = 2 * stops.frameWidth() + stops.verticalScrollBar().sizeHint().width()
        names = (stops.item(i).text() for i in range(stops.count()))
        needed = max(map(stops.fontMetrics().horizontalAdvance, names), default=0) + 12 + frame
        stops.setFixedWidth(max(STOPS_LEAST, min(needed, self.width() // STOPS_SHARE)))

    def unsaved(self) -> bool:
        """The stop's answers as shown differ from those saved."""
        sheet, stop_id = self.sheet, self._stop_id
        if sheet is None or stop_id is None:
            return False
        for row in self.rows:
            saved = sheet.answer(stop_id, row.item.id)
            rating, note = (saved.rating, saved.note or "") if saved else (None, "")
            if row.rating() != rating or row.note.text().strip() != note.strip():
                return True
        return False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Leaving the tab (another tab, another area) saves the answers typed; refused, the
        box says where they wait (the bare refusal left them to be found)."""
        super().hideEvent(event)
        # The window itself gone (closed, its closing asked already): nobody to tell.
        if not event.spontaneous() and not self.store_typed() and self.window().isVisible():
            kept = _("They are still there as you typed them.")
            said = refused_text(self.refused_question(), self.refusal, self.changed_meanwhile())
            show_error(self, f"{said} {kept}")

    def typed(self) -> bool:
        """Whether answers typed here wait to be saved (leaving the tab saves them); also on a
        walk reloaded as no longer walked, whose save refuses them."""
        return self.unsaved()

    def store_typed(self) -> bool:
        """Save the answers typed, as leaving the tab does; False: the save was refused
        (``refusal`` says why), the answers still typed."""
        if not self.typed():
            return True
        if not self._save_current(say=False):
            return False
        self.ctx.bus.announce("walks")
        return True

    def let_go(self) -> None:
        """Nothing to save any more: the user chose to lose the answers typed."""
        self._show_answers()

    def changed_meanwhile(self) -> str:
        """Why a save refused as stale was refused, after "… could not be saved:"."""
        return _("someone else saved the answers for the stop while you were typing.")

    def refused_question(self) -> str:
        """What could not be saved, with ``{reason}`` for why (ui.widgets.closing)."""
        return _(
            "The answers typed for “{stop}” under “Checklist answers” could not be saved: {reason}"
        ).replace("{stop}", _braced(self._stop_label()))  # ({reason} is filled in later)

    def _stop_label(self) -> str:
        """The stop shown, "1. Entrén från Valhallavägen"."""
        sheet, stop_id = self.sheet, self._stop_id
        stop = next((s for s in sheet.stops if s.id == stop_id), None) if sheet else None
        return stop.label if stop else ""

    def _build_rows(self) -> None:
        assert self.sheet is not None
        if [r.item.id for r in self.rows] == [i.id for i in self.sheet.items]:
            return
        clear_layout(self.grid)
        self.rows = [
            RatingRow(self.grid, n, item, self.form) for n, item in enumerate(self.sheet.items)
        ]
        self.grid.setRowStretch(2 * len(self.rows), 1)
        self._rows = {str(r.item.id): (r.field, r.theirs) for r in self.rows}
        self._labels = {str(r.item.id): r.item.title for r in self.rows}
        self.reload_offer.opened = {}

    def _load_stop(self, stop_id: int | None, fresh: bool = True) -> None:
        """Show the stop's answers; ``fresh``: another stop, or the same read anew with nothing
        typed (a refusal said for answers still typed stays, with its offer)."""
        self._stop_id = stop_id
        sheet = self.sheet
        stop = next((s for s in sheet.stops if s.id == stop_id), None) if sheet else None
        self.stop_title.setText(stop.label if stop else "")
        self._show_answers()
        if fresh:
            self.clear_errors()
            self.saved_label.setText("")

    def _show_answers(self) -> None:
        """The stop's answers as saved, in its rows; saves go against them from now on."""
        sheet, stop_id = self.sheet, self._stop_id
        self._shown = sheet.stop_answers(stop_id) if sheet and stop_id else None
        for row in self.rows:
            answer = sheet.answer(stop_id, row.item.id) if sheet and stop_id else None
            row.set_answer(answer.rating if answer else None, answer.note if answer else None)
        self.reload_offer.remember_opened()

    def _stop_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        saving = (
            previous is not None
            and self._stop_id is not None
            and (self.save_button.isEnabled() or self.unsaved())
        )
        if saving and not self._save_current():
            assert previous is not None  # implied by saving
            self.stops.blockSignals(True)
            self.stops.setCurrentItem(previous)
            self.stops.blockSignals(False)
            return
        self._load_stop(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _save_current(self, say: bool = True) -> bool:
        """Save the stop's answers; a refusal is kept in ``refusal`` and, ``say``, shown."""
        stop_id, shown = self._stop_id, self._shown
        if stop_id is None:
            return True
        expected = shown.version if shown is not None and shown.stop_id == stop_id else None
        answers = [r.answer() for r in self.rows]
        try:
            self.ctx.call(walk_records.save_stop_answers, stop_id, answers, expected)
        except StaleRecordError as error:
            # Said in the tab, with theirs to load (and, the tab left, in a box: hideEvent).
            self.refusal = error
            self._offer_theirs()
            return False
        except DomainError as error:
            self.refusal = error
            if say:
                show_error(self, error)
            return False
        self.refusal = None
        self.clear_errors()
        self.sheet = self.ctx.call(walk_records.get_checklist, self.walk.id) if self.walk else None
        # As stored (a note pasted over two lines is one): else it would differ from the saved
        # one and count as typed and unsaved for ever.
        self._show_answers()
        return True

    def save(self) -> None:
        if not self.save_button.isEnabled() or not self.isVisible():
            return
        if self._save_current():
            self.ctx.bus.announce("walks")
            self.saved_label.setText(_("Saved."))

    # --- another desk saved the stop's answers meanwhile (ReloadOffer) -------------------------

    def _offer_theirs(self) -> None:
        # The stop named: the forms' "another desk saved this" left which answers to guess.
        label = self._stop_label()
        self.reload_offer.saved = _(
            "Another desk has saved the answers for “{stop}” since you opened them, so {not_done}."
        ).replace("{stop}", _braced(label))  # ({not_done} is filled in by the offer)
        self.reload_offer.loaded = _(
            "Loaded the answers for “{stop}” as the other desk saved them."
        ).format(stop=label)
        self.reload_offer.offer()

    def changed_fields(self, before: object, after: object) -> list[str]:
        # None named: the refusal names the stop (``saved``), whose points loading names.
        return []

    def shown_record(self) -> StopAnswers | None:
        return self._shown

    def saved_record(self) -> StopAnswers:
        assert self.walk is not None and self._shown is not None
        sheet = self.ctx.call(walk_records.get_checklist, self.walk.id)
        if all(stop.id != self._shown.stop_id for stop in sheet.stops):
            raise NotFoundError(_("The stop no longer exists."))
        self._read = sheet
        return sheet.stop_answers(self._shown.stop_id)

    def show_record(self, record: StopAnswers) -> None:
        self.sheet = self._read or self.sheet
        self._show_answers()
