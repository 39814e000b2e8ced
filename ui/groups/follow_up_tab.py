"""The group's Uppföljning tab beside its details: for a period (T1, T2, VB) and a year, the
figures the printout has for the group as a reminder (at VB also what it wrote at T1 and T2,
which the annual printout shows under the annual text), and the two parts the preparation group's
follow-up asks of it, "Vad har vi gjort" and "Hur fortsätter vi", one bullet a line. Saved with
Ctrl+S; typed text is never lost: leaving the group or the period saves it, a refused save keeps
it (shown again with the group and period) and the window's closing saves it or asks. A save
another desk overtook says what they changed and offers to load it keeping what was typed (F5),
as the record forms do."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.services.follow_up import group_follow_up
from samverkan_desktop.services.follow_up_periods import period_to_follow_up
from samverkan_desktop.services.follow_up_texts import (
    FollowUpTexts,
    WrittenFollowUp,
    get_texts,
    is_followed_up,
    save_texts,
    tertials_of_year,
)
from samverkan_desktop.services.group_rows import GroupDetail
from samverkan_desktop.services.validation import clean
from ui import key_guide
from ui.context import AppContext
from ui.widgets.detail import DETAIL_STYLE, section_heading
from ui.widgets.dialogs import show_error
from ui.widgets.fields import EnumCombo
from ui.widgets.hanging_points import point_html
from ui.widgets.in_place_record import InPlaceRecordFields, message_line, theirs_line
from ui.widgets.points_box import PointsBox
from ui.widgets.reload_offer import ReloadOffer
from ui.widgets.view_number import ViewNumberField

YEARS_BACK = 10  # as the printout's dialog
UNBOUNDED = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export
MUTED = "color: #5f6b7a;"

Key = tuple[int, FollowUpPeriod, int]  # group, period, year


@dataclass(frozen=True)
class Draft:
    done: str
    next_steps: str
    base: FollowUpTexts  # the texts the user started from: a save over newer ones is refused


@dataclass(frozen=True)
class Unsaved:
    """Text typed that could not be saved as the window closed, and why."""

    key: Key
    question: str  # with {reason} for the refusal's message
    refusal: DomainError


def earlier_html(earlier: list[WrittenFollowUp], metrics: QFontMetrics) -> str:
    """ "T1 (jan–apr) 2026 · Vad har vi gjort" over its points, one a line, per part written."""
    blocks = []
    for written in earlier:
        period = _("{period} {year}").format(period=_(written.period.label), year=written.year)
        for label, lines in (
            (_("What we have done"), written.done),
            (_("How we continue"), written.next_steps),
        ):
            if lines:
                # A point's wrapped lines under its first word, not under its bullet.
                points = "".join(point_html(line, metrics) for line in lines)
                heading = html.escape(f"{period} · {label}")
                blocks.append(f'<p style="margin: 0;"><b>{heading}</b></p>{points}')
    return '<p style="margin: 0;">&nbsp;</p>'.join(blocks)


class FollowUpTab(InPlaceRecordFields, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(DETAIL_STYLE)
        self.group: GroupDetail | None = None
        self._key: Key | None = None
        self._saved = ("", "")  # the texts as saved
        # The texts the boxes were filled from (a kept draft's own): their version goes with
        # the save.
        self._shown: FollowUpTexts | None = None
        self._rows: dict[str, tuple[QWidget, QLabel]] = {}  # the boxes, by the texts' names
        self._labels: dict[str, str] = {}
        self._drafts: dict[Key, Draft] = {}  # refused saves, shown again with their group
        self._period_chosen = False  # until then, each group opens on its own (show_group)
        self._stack = QStackedLayout(self)
        placeholder = QLabel(_("Select a group in the list to write its follow-up."), self)
        placeholder.setObjectName("placeholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self._stack.addWidget(placeholder)
        self._stack.addWidget(self._content())

    def _content(self) -> QWidget:
        body = QWidget(self)
        body.setObjectName("detailPane")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        choice = QHBoxLayout()
        self.period_combo = EnumCombo(FollowUpPeriod, parent=body)
        self.year_spin = ViewNumberField(body)
        today = clock.today()
        self.year_spin.setRange(today.year - YEARS_BACK, today.year + 1)
        choice.addWidget(QLabel(_("Period"), body))
        choice.addWidget(self.period_combo, 1)
        choice.addWidget(QLabel(_("Year"), body))
        choice.addWidget(self.year_spin)
        layout.addLayout(choice)
        self.year_spin.refusal_line.setWordWrap(True)
        layout.addWidget(self.year_spin.refusal_line)
        self.figures = QLabel(body)
        self.figures.setStyleSheet(MUTED)
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        # At VB: what the group wrote at T1 and T2 of the year, to write the annual text from.
        self.earlier_heading = section_heading(_("Written earlier in the year"), body)
        # Read only and scrolled when long: a year's texts squeezed a label until lines were cut.
        self.earlier = QTextBrowser(body)
        self.earlier.setFrameShape(QFrame.Shape.NoFrame)
        self.earlier.setStyleSheet(f"QTextBrowser {{ {MUTED} }}")
        self.earlier.viewport().setAutoFillBackground(False)  # on the pane, not in a box
        self.earlier.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.earlier_heading)
        layout.addWidget(self.earlier, 3)
        self.not_followed = QLabel(body)
        self.not_followed.setStyleSheet(MUTED)
        self.not_followed.setWordWrap(True)
        layout.addWidget(self.not_followed)
        self.saved_label = QLabel(body)
        self.saved_label.setStyleSheet(MUTED)
        # A refused save's message, and the offer to load the other desk's texts.
        self.general_error = message_line(body)
        self.reload_offer = ReloadOffer(
            self, self.general_error, body, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.reload_button = self.reload_offer.button
        layout.addWidget(self.general_error)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = _("One point a line.")
        self.done_box = PointsBox(body, hint, 6)
        self.next_box = PointsBox(body, hint, 4)
        for field, label, box, stretch in (
            ("done", _("What we have done"), self.done_box, 3),
            ("next", _("How we continue"), self.next_box, 2),
        ):
            box.setMinimumHeight(box.height())
            box.setMaximumHeight(UNBOUNDED)
            box.textChanged.connect(lambda: self.saved_label.setText(""))
            error = theirs_line(body)
            layout.addWidget(section_heading(label, body))
            layout.addWidget(box, stretch)
            layout.addWidget(error)
            self._rows[field] = (box, error)
            self._labels[field] = label
        buttons = QHBoxLayout()
        self.save_button = QPushButton(
            key_guide.with_keys(_("Save"), key_guide.FOLLOW_UP_SAVE), body
        )
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        layout.addLayout(buttons)
        save = key_guide.FOLLOW_UP_SAVE.apply(QAction(self))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.year_spin.valueChanged.connect(lambda _v: self._choice_changed())
        return body

    # --- what is shown -------------------------------------------------------------------------

    def _chosen(self) -> Key | None:
        if self.group is None:
            return None
        return (self.group.id, self.period_combo.value(), self.year_spin.value())

    def typed(self) -> bool:
        return (clean(self.done_box.toPlainText()), clean(self.next_box.toPlainText())) != tuple(
            clean(text) for text in self._saved
        )

    def show_group(self, group: GroupDetail | None) -> None:
        """The group selected (None: none). The same group again (a refresh) keeps what is typed."""
        same = group is not None and self._key is not None and group.id == self._key[0]
        if not same:
            self._leave()
        if group is not None and not same and not self._period_chosen:
            # Until a period is chosen, each group opens on the nearest one it is followed up at.
            with QSignalBlocker(self.period_combo), QSignalBlocker(self.year_spin):
                opens_on = self.ctx.call(period_to_follow_up, clock.today(), group)
                self.period_combo.set_value(opens_on[0])
                self.year_spin.setValue(opens_on[1])
        self.group = group
        self._stack.setCurrentIndex(0 if group is None else 1)
        if group is None:
            self._key = None
            return
        self.title.setText(group.name)
        self._load(keep_typed=same)

    def show_period(self, period: FollowUpPeriod, year: int) -> None:
        self._period_chosen = True
        self.period_combo.set_value(period)
        self.year_spin.setValue(year)

    def _choice_changed(self) -> None:
        self._period_chosen = True  # the user's: kept from group to group
        if self.group is None or self._chosen() == self._key:
            return
        self._leave()
        self._load(keep_typed=False)

    def _load(self, keep_typed: bool) -> None:
        key = self._chosen()
        assert key is not None and self.group is not None
        group_id, period, year = key
        try:
            texts = self.ctx.call(get_texts, group_id, period, year)
            figures = self.ctx.call(group_follow_up, group_id, period, year)
        except DomainError:
            return  # deleted meanwhile: the list's refresh drops it
        # Once the period has ended, open and overdue are counted on its last day, as printed.
        figures_text = (
            _(
                "In the period: meetings held {held}, decisions {decisions}, actions done {done}. "
                "At its end: actions open {open}, overdue {overdue}."
            )
            if figures.counted_at_end
            else _(
                "In the period: meetings held {held}, decisions {decisions}, actions done {done}. "
                "As of today: actions open {open}, overdue {overdue}."
            )
        )
        self.figures.setText(
            figures_text.format(
                held=len(figures.held_dates),
                decisions=len(figures.decisions),
                done=figures.done_count,
                open=figures.open_count,
                overdue=figures.overdue_count,
            )
        )
        self._show_earlier(group_id, period, year)
        typed = keep_typed and key == self._key and self.typed()
        if key != self._key:
            self.saved_label.setText("")
            self.clear_errors()  # a refusal here spoke of the texts left
        self._key = key
        self._saved = (texts.done, texts.next)
        draft = self._drafts.pop(key, None)
        if draft is not None:  # refused before: the text typed then, against its texts
            self._show_texts(draft.base)
            self._fill(draft.done, draft.next_steps)
        elif not typed:  # (a refresh of the same group and period keeps the text typed)
            self._show_texts(texts)
        on = is_followed_up(self.group, period)
        self.not_followed.setText(
            ""
            if on
            else _(
                "“{group}” is not followed up at {period}: the printout leaves it out. Tick the "
                "period in the group's form (Edit…) to write its follow-up."
            ).format(group=self.group.name, period=_(period.label))
        )
        self.not_followed.setVisible(not on)
        writable = on or self.typed() or bool(texts.done or texts.next)
        for widget in (self.done_box, self.next_box, self.save_button):
            widget.setEnabled(writable)

    def _show_earlier(self, group_id: int, period: FollowUpPeriod, year: int) -> None:
        """At VB, the year's T1 and T2 texts (the printout prints them under the annual text)."""
        earlier = (
            self.ctx.call(tertials_of_year, group_id, year) if period is FollowUpPeriod.VB else []
        )
        self.earlier.setHtml(earlier_html(earlier, self.earlier.fontMetrics()))
        for widget in (self.earlier_heading, self.earlier):
            widget.setVisible(bool(earlier))

    def _show_texts(self, texts: FollowUpTexts) -> None:
        """The boxes filled from ``texts``, the next save made against their version."""
        self._shown = texts
        self._fill(texts.done, texts.next)
        self.reload_offer.remember_opened()

    def _fill(self, done: str, next_steps: str) -> None:
        for box, text in ((self.done_box, done), (self.next_box, next_steps)):
            if box.toPlainText() != text:
                box.setPlainText(text)

    # --- saving --------------------------------------------------------------------------------

    def _save(self, key: Key, draft: Draft) -> None:
        group_id, period, year = key
        saved = self.ctx.call(
            save_texts,
            group_id,
            period,
            year,
            draft.done,
            draft.next_steps,
            expected_version=draft.base.version,
        )
        if key == self._key:
            self._saved = (saved.done, saved.next)
            self._shown = saved  # what the boxes hold is now the texts saved
            self.reload_offer.remember_opened()

    def _current(self) -> Draft:
        assert self._shown is not None  # a group and period are shown
        return Draft(self.done_box.toPlainText(), self.next_box.toPlainText(), self._shown)

    def save(self) -> None:
        if self._key is None or not self.save_button.isEnabled():
            return
        try:
            self._save(self._key, self._current())
        except StaleRecordError as error:  # the text stays in the boxes
            if not self.reload_offer.offer():
                show_error(self, error)
            return
        except DomainError as error:
            show_error(self, error)  # the text stays in the boxes
            return
        self.clear_errors()
        self.saved_label.setText(_("Follow-up saved."))

    def _leave(self) -> None:
        """Another group or period is chosen: what was typed is saved; a refusal is shown and
        the text kept, to come back with its group and period."""
        if self._key is None or not self.typed():
            return
        key, draft = self._key, self._current()
        try:
            self._save(key, draft)
        except StaleRecordError:
            self._drafts[key] = draft
            show_error(self, self._kept_text(key))
        except DomainError as error:
            self._drafts[key] = draft
            show_error(self, error)

    def _kept_text(self, key: Key) -> str:
        """A switch another desk's save refused: the text waits with its group and period (the
        record's "copy your text, cancel and open it again" fits no tab)."""
        _group_id, period, year = key
        return _(
            "Another desk saved the follow-up of “{group}” for {period} meanwhile, so your text "
            "was not saved. It is kept: choose the group and period again to load their change "
            "and save yours."
        ).format(
            group=self.group.name if self.group else "",
            period=_("{period} {year}").format(period=_(period.label), year=year),
        )

    def store_drafts(self) -> Unsaved | None:
        """The window is closing: save what was typed, shown or kept. The first refusal is
        returned; what it refused stays typed."""
        pending = dict(self._drafts)
        if self._key is not None and self.typed():
            pending[self._key] = self._current()
        unsaved = None
        for key, draft in pending.items():
            try:
                self._save(key, draft)
            except DomainError as error:
                question = _("The follow-up could not be saved: {reason}")
                unsaved = unsaved or Unsaved(key, question, error)
                if key != self._key:
                    self._drafts[key] = draft
                continue
            self._drafts.pop(key, None)
        return unsaved

    # --- another desk saved the texts meanwhile (ReloadOffer) ---------------------------------

    def shown_record(self) -> FollowUpTexts | None:
        return self._shown

    def saved_record(self) -> FollowUpTexts:
        assert self._key is not None
        return self.ctx.call(get_texts, *self._key)

    def show_record(self, record: FollowUpTexts) -> None:
        self._saved = (record.done, record.next)
        self._show_texts(record)
