"""The overall assessment of an exercise ("Samlad bedömning"), below its evaluation per objective:
a few paragraphs on how the exercise went as a whole, saved on their own (Ctrl+Enter in the box)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_objectives
from samverkan_desktop.services.exercise_assessment import save_assessment
from samverkan_desktop.services.exercise_rows import ExerciseDetail
from ui import key_guide
from ui.context import AppContext
from ui.widgets.dialogs import show_error
from ui.widgets.fields import TextBox
from ui.widgets.page_labels import MUTED_STYLE, heading
from ui.widgets.refusal_line import RefusalLine

UNBOUNDED = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export


@dataclass(frozen=True)
class Unsaved:
    """Text typed in an exercise that could not be saved as the window closed, and why."""

    exercise_id: int
    question: str  # what could not be saved, with {reason} for the refusal's message
    refusal: DomainError


class AssessmentBox(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_label = QLabel(self)
        self.saved_label.setStyleSheet(MUTED_STYLE)
        top = QHBoxLayout()
        top.addWidget(heading(_("Overall assessment"), self))
        top.addWidget(self.saved_label, 1)
        # Greyed before the exercise is held, with the service's own line (when the tab does not
        # already show it above).
        self.not_held = RefusalLine(self)
        self.text = TextBox(
            self,
            _(
                "How did the exercise go as a whole? What worked, what must improve, and the "
                "main lessons. The evaluation report opens with it."
            ),
            4,
        )
        # Four lines at least; a taller window gives it room for its paragraphs.
        self.text.setMinimumHeight(self.text.height())
        self.text.setMaximumHeight(UNBOUNDED)
        self.text.textChanged.connect(lambda: self.saved_label.setText(""))
        self.save_button = QPushButton(
            key_guide.with_keys(_("Save the assessment"), key_guide.TEXT_BOX_SAVE), self
        )
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(_("Discard my changes"), self)
        self.discard_button.setToolTip(_("Show the assessment as it is saved now"))
        self.discard_button.clicked.connect(self.discard)
        self.discard_button.hide()  # offered after another desk's assessment refused a save
        save = QAction(self)
        key_guide.TEXT_BOX_SAVE.apply(save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.not_held)
        layout.addLayout(row, 1)
        # What was typed and not saved, kept while another exercise is looked at or the tab is
        # refreshed: exercise id -> (text, the assessment as shown before typing). ``_shown`` is
        # the saved assessment the box was filled from: a save based on it is refused when another
        # desk saved another one meanwhile.
        self._drafts: dict[int, tuple[str, str]] = {}
        self._exercise_id: int | None = None
        self._shown = ""
        # Exercises whose save another desk's assessment refused: "Discard my changes" is
        # offered there until the text is saved or discarded (also after a refused close).
        self._refused: set[int] = set()

    def _typed(self) -> bool:
        return self.text.toPlainText().strip() != self._shown.strip()

    def show_exercise(self, detail: ExerciseDetail, refusal_shown_above: bool) -> None:
        row = detail.exercise
        if self._exercise_id is not None and self._typed():
            self._drafts[self._exercise_id] = (self.text.toPlainText(), self._shown)
        elif self._exercise_id is not None:
            self._drafts.pop(self._exercise_id, None)
        if row.id != self._exercise_id:
            self.saved_label.setText("")
        self.discard_button.setVisible(row.id in self._refused)
        self._exercise_id = row.id
        saved = detail.assessment or ""
        text, self._shown = self._drafts.pop(row.id, (saved, saved))
        if text != self.text.toPlainText():  # the cursor stays where it is while typing
            self.text.setPlainText(text)
        refusal = exercise_objectives.evaluation_refusal(row.status)
        self.not_held.show_refusal(refusal, not refusal_shown_above)
        for widget in (self.text, self.save_button):
            widget.setEnabled(refusal is None)

    def save(self) -> None:
        exercise_id = self._exercise_id
        if exercise_id is None or not self.save_button.isEnabled():
            return  # Ctrl+Enter while the exercise is not held: the line above says why
        typed = self.text.toPlainText()
        try:
            self.ctx.call(save_assessment, exercise_id, typed, shown=self._shown)
        except DomainError as error:
            self._note_refusal(exercise_id, error)
            show_error(self, error)
            return
        self._shown = typed.strip()  # saved: nothing of it to keep as a draft
        self._note_refusal(exercise_id, None)
        self.ctx.bus.announce("crisis")
        self.saved_label.setText(_("Assessment saved."))

    def has_drafts(self) -> bool:
        return bool(self._drafts) or (self._exercise_id is not None and self._typed())

    def store_drafts(self) -> Unsaved | None:
        """The window is closing: save the assessment typed for every exercise, the one shown
        and those kept while others were looked at. The first refusal is returned; what it
        refused stays typed."""
        drafts = dict(self._drafts)
        if self._exercise_id is not None and self._typed():
            drafts[self._exercise_id] = (self.text.toPlainText(), self._shown)
        unsaved = None
        for exercise_id, (text, shown) in drafts.items():
            try:
                self.ctx.call(save_assessment, exercise_id, text, shown=shown)
            except DomainError as error:
                self._note_refusal(exercise_id, error)
                question = _("The overall assessment could not be saved: {reason}")
                unsaved = unsaved or Unsaved(exercise_id, question, error)
                continue
            self._note_refusal(exercise_id, None)
            self._drafts.pop(exercise_id, None)
            if exercise_id == self._exercise_id:
                self._shown = text.strip()
        return unsaved

    def _note_refusal(self, exercise_id: int, error: DomainError | None) -> None:
        """Offer "Discard my changes" in that exercise when another desk's assessment refused
        the save (another refusal keeps the offer as it was; a save ends it)."""
        if error is None:
            self._refused.discard(exercise_id)
        elif isinstance(error, StaleRecordError):
            self._refused.add(exercise_id)
        if exercise_id == self._exercise_id:
            self.discard_button.setVisible(exercise_id in self._refused)

    def discard(self) -> None:
        """Drop the text typed here and show the assessment as it is saved now."""
        self.text.setPlainText(self._shown)
        if self._exercise_id is not None:
            self._note_refusal(self._exercise_id, None)
        self.ctx.bus.announce("crisis")
