"""One walk, carried through the method's steps: plan, walk, record, closing meeting, follow-up.

The step bar shows where the walk is; the button beside it takes the next step. Print opens the
checklist, the report or a letter to an owner in the in-app preview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import clock_held, long_date_with_week, with_clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import (
    walk_actions,
    walk_editing,
    walk_reading,
    walk_rows,
    walk_steps,
)
from samverkan_desktop.services.walk_rows import WalkDetail
from ui import key_guide
from ui.context import AppContext
from ui.walks.cancel_dialog import CancelWalkDialog
from ui.walks.checklist_tab import ChecklistTab
from ui.walks.closing_tab import ClosingTab
from ui.walks.followup_tab import FollowUpTab
from ui.walks.observations_tab import ObservationsTab
from ui.walks.plan_tab import PlanTab
from ui.walks.route_dialogs import FollowUpDialog
from ui.widgets.back_key import guarded_back
from ui.widgets.dialogs import confirm
from ui.widgets.fitting_tabs import fitting_tabs
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.menu_line_key import show_key_at_line_end
from ui.widgets.operations import perform, refused_before_asking
from ui.widgets.page_labels import muted
from ui.widgets.pdf_preview import preview_in_background
from ui.widgets.record_header import StartTab, header_labels, record_header
from ui.widgets.record_more_menu import RecordMoreMenu
from ui.widgets.refusal_line import RefusalLine
from ui.widgets.step_button import start_timer, step_button, wait_for
from ui.widgets.wording import menu_button, print_button

STEP_STYLE = {
    "done": "background: #e3f1e6; color: #1d4d2b; border: 1px solid #b7d4bf;",
    "current": "background: #1c4e80; color: white; border: 1px solid #1c4e80; font-weight: 600;",
    "todo": "background: #f3f5f8; color: #6b7785; border: 1px solid #d5dde6;",
}
# How far along the steps each status is (index of the current step); a planned walk whose start
# has come is on WALK_STEP (current_step).
STATUS_STEP = {
    WalkStatus.PLANNING: 0,
    WalkStatus.WALKED: 2,
    WalkStatus.CLOSING_MEETING_HELD: 4,
    WalkStatus.FOLLOW_UP_PLANNED: 4,
    WalkStatus.FOLLOW_UP_DONE: 5,
    WalkStatus.CANCELLED: -1,
}
WALK_STEP = 1


def too_early(walk: WalkDetail, moment: tuple[dt.date, dt.time | None]) -> str | None:
    """Why the planned ``walk`` cannot be marked as walked yet at ``moment`` (clock.moment: the
    program's day and time, as walk_steps.mark_walked reads them); None once it has started."""
    if walk.status is not WalkStatus.PLANNING:
        return None
    return walk_steps.too_early_to_walk(walk.date, moment[0], walk.start_time, moment[1])


def current_step(walk: WalkDetail, moment: tuple[dt.date, dt.time | None]) -> int:
    """The index of the walk's current step: a planned walk is on "2 Walk" from its start (when
    the core lets it be marked as walked), on "1 Plan" before; "Markera som genomförd" went
    from step 1 straight to 3, step 2 never current, and on the walk's day at 08.00 the bar
    said "2 Walk" for a walk at 18.30 that the button refused to mark."""
    if walk.status is WalkStatus.PLANNING and too_early(walk, moment) is None:
        return WALK_STEP
    return STATUS_STEP[walk.status]


def step_titles() -> list[str]:
    return [
        _("1 Plan"),
        _("2 Walk"),
        _("3 Record"),
        _("4 Closing meeting"),
        _("5 Follow-up"),
    ]


class WalkView(QWidget):
    back_requested = Signal()
    open_walk_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.walk: WalkDetail | None = None
        back = QPushButton(_("← All walks"), self)
        back.setObjectName("backButton")
        back.clicked.connect(self.back_requested)
        self.title, self.subtitle = header_labels(self)
        self.step_labels: list[QPushButton] = []
        # The steps and the next step wrap onto a second line in a narrow window ("Mer" sits
        # in the header: beside the longest next step it had a row of its own at 1100 px).
        steps = FlowLayout(spacing=4)
        for index, text in enumerate(step_titles()):
            label = QPushButton(text, self)
            label.setFlat(True)
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            label.clicked.connect(lambda _c=False, i=index: self.show_step(i))
            self.step_labels.append(label)
            steps.addWidget(label)
        self.next_button = step_button(self, self.next_step)
        self._start_timer = start_timer(self, self._start_reached)
        self.more_menu = RecordMoreMenu(
            self,
            self.step_back,
            _("Cancel the walk…"),
            self.cancel_walk,
            _("Delete the walk…"),
            self.delete_walk,
        )
        self.more_button = menu_button(_("More"), self.more_menu, self)
        self.back_action = self.more_menu.back_action
        self.cancel_action = self.more_menu.cancel_action
        self.delete_action = self.more_menu.delete_action
        steps.addWidget(self.next_button)
        # Why the step is greyed, in sight under it: as the button's tooltip only, the walk's
        # day before its start read as a dead button.
        self.step_refusal = RefusalLine(self)
        self.step_refusal.setObjectName("stepRefusal")

        # The printouts under one "Skriv ut" as an exercise has them: three buttons beside the
        # title broke it onto two or three lines at 1100 px.
        prints = QMenu(self)
        self.print_checklist = prints.addAction(_("Checklist…"), self.preview_checklist)
        self.print_report = prints.addAction(_("Walk report…"), self.preview_report)
        self.print_button = print_button(prints, self)
        self.letters_menu = QMenu(self)
        self.letters_button = menu_button(_("Letters to owners"), self.letters_menu, self)
        header = record_header(
            back,
            self.title,
            self.subtitle,
            [self.print_button, self.letters_button, self.more_button],
        )
        # Why the letters are greyed, in sight: as the button's tooltip only, a coordinator
        # saw a dead button after raising the walk's actions.
        self.letters_reason = muted("", self)
        self.letters_reason.setObjectName("lettersReason")
        self.letters_reason.setAlignment(Qt.AlignmentFlag.AlignRight)
        # One line kept for it whether said or not: shown and cleared, it moved the steps and
        # the tabs down and up by a line as walks were opened.
        self.letters_reason.setWordWrap(False)
        self.letters_reason.setMinimumHeight(self.letters_reason.fontMetrics().lineSpacing())
        header.addWidget(self.letters_reason, 3, 0, 1, 3)

        # At 900 px the five tabs need 57 px more than the window has: "Sammanfattning och
        # avslutande möte" goes on two lines, as a meeting's widest tab does, nothing cut.
        self.tabs = fitting_tabs(self)
        self.plan_tab = PlanTab(ctx, self)
        self.checklist_tab = ChecklistTab(ctx, self)
        self.observations_tab = ObservationsTab(ctx, self)
        self.closing_tab = ClosingTab(ctx, self)
        self.followup_tab = FollowUpTab(ctx, self)
        self.tabs.addTab(self.plan_tab, _("Planning"))
        self.tabs.addTab(self.checklist_tab, _("Checklist answers"))
        self.tabs.addTab(self.observations_tab, _("Observations and actions"))
        self.tabs.addTab(self.closing_tab, _("Summary and closing meeting"))
        self.tabs.addTab(self.followup_tab, _("Follow-up"))
        self.followup_tab.open_walk_requested.connect(self.open_walk_requested)
        self.start_tab = StartTab(self.tabs, ctx.navigator, "walks")
        self.followup_tab.plan_requested.connect(self.plan_follow_up)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(header)
        layout.addLayout(steps)
        layout.addWidget(self.step_refusal)
        layout.addWidget(self.tabs, 1)

        # The keys of the meeting editor: back to the list, print; a tooltip names them.
        # Named: Hjälp ▸ Kortkommandon lists them by these texts.
        # The tooltips name the keys of these actions, so they say what is bound.
        # Not by Esc in the summary being written, nor in a date's calendar.
        leave = self._shortcut(
            _("Back to all walks"),
            ["Esc", "Alt+Left"],
            guarded_back(self, self.back_requested.emit),
        )
        # Named as in the menu, "…" and all: the printouts open in the preview.
        checklist = self._shortcut(_("Checklist…"), ["Ctrl+P"], self.preview_checklist)
        report = self._shortcut(_("Walk report…"), ["Ctrl+Shift+P"], self.preview_report)
        back.setToolTip(f"{back.text()} ({key_guide.first_key(leave)})")
        for action, bound in ((self.print_checklist, checklist), (self.print_report, report)):
            text = action.text()
            action.setToolTip(f"{text} ({show_key_at_line_end(action, bound)})")
        self._report_tooltip = self.print_report.toolTip()
        self.print_button.setToolTip(
            _("Checklist ({checklist}), walk report ({report})").format(
                checklist=key_guide.first_key(checklist), report=key_guide.first_key(report)
            )
        )

    def _shortcut(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- showing ---------------------------------------------------------------------------

    def show_walk(self, walk_id: int) -> bool:
        try:
            walk = self.ctx.call(walk_reading.get_walk, walk_id)
        except DomainError:
            return False
        step = current_step(walk, clock.moment())
        self.start_tab.open(walk_id, step, self._step_tab(step))
        self.walk = walk
        self.title.setText(_("Safety walk {place}").format(place=walk.place))
        when = clock_held(
            with_clock(long_date_with_week(walk.date), walk.start_time, walk.end_time)
        )
        self.subtitle.setText(f"{when} · {walk_rows.status_text(walk.status, walk.cancel_reason)}")
        self._show_steps(walk)
        for tab in (
            self.plan_tab,
            self.checklist_tab,
            self.observations_tab,
            self.closing_tab,
            self.followup_tab,
        ):
            tab.show_walk(walk)
        self._fill_letters(walk)
        return True

    def refresh(self) -> None:
        if self.walk is not None and not self.show_walk(self.walk.id):
            self.walk = None
            self.back_requested.emit()

    def _show_steps(self, walk: WalkDetail) -> None:
        moment = clock.moment()  # one reading for the bar, the button and its timer
        current = current_step(walk, moment)
        for index, label in enumerate(self.step_labels):
            state = (
                "todo"
                if current < 0 or index > current
                else ("current" if index == current else "done")
            )
            label.setStyleSheet(
                f"QPushButton {{ {STEP_STYLE[state]} padding: 5px 12px; border-radius: 12px; }}"
            )
        text = {
            WalkStatus.PLANNING: _("Mark as walked"),
            WalkStatus.WALKED: _("Hold the closing meeting"),
            WalkStatus.CLOSING_MEETING_HELD: _("Plan the follow-up walk…"),
            WalkStatus.FOLLOW_UP_PLANNED: _("Open the follow-up walk"),
            WalkStatus.FOLLOW_UP_DONE: _("Open the follow-up walk"),
            WalkStatus.CANCELLED: _("Plan it again"),
        }[walk.status]
        self.next_button.setText(text)
        # A walk planned for a coming day, or for later today: greyed until it starts, the
        # reason under it and as its tooltip, rather than a click that only refuses. Open at
        # its start, the button (and the step bar) wake then.
        refusal = too_early(walk, moment)
        self._start_timer.stop()
        if walk.status is WalkStatus.PLANNING:
            wait_for(self._start_timer, walk.date, walk.start_time, *moment)
        self.next_button.setEnabled(refusal is None)
        self.next_button.setToolTip(refusal or "")
        self.step_refusal.show_refusal(refusal)
        self.next_button.setVisible(
            walk.status not in (WalkStatus.FOLLOW_UP_PLANNED, WalkStatus.FOLLOW_UP_DONE)
            or bool(walk.follow_ups)
        )
        self.cancel_action.setEnabled(walk.status is WalkStatus.PLANNING)
        self.back_action.setEnabled(
            walk.status
            in (
                WalkStatus.CANCELLED,
                WalkStatus.WALKED,
                WalkStatus.CLOSING_MEETING_HELD,
                WalkStatus.FOLLOW_UP_DONE,
            )
        )
        self.delete_action.setEnabled(walk.status in (WalkStatus.PLANNING, WalkStatus.CANCELLED))

    def _start_reached(self) -> None:
        if self.walk is not None:
            self._show_steps(self.walk)

    def show_step(self, index: int) -> None:
        self.tabs.setCurrentWidget(self._step_tab(index))

    def _step_tab(self, index: int) -> QWidget:
        """The tab of a step (current_step's index: a followed-up walk's 5 its follow-up, a
        cancelled walk's -1 its plan)."""
        return {
            0: self.plan_tab,
            1: self.plan_tab,
            2: self.checklist_tab,
            3: self.closing_tab,
            4: self.followup_tab,
            5: self.followup_tab,
        }.get(index, self.plan_tab)

    def _fill_letters(self, walk: WalkDetail) -> None:
        self.letters_menu.clear()
        reason = self.ctx.call(walk_actions.no_letter_reason, walk.id)
        owners = [] if reason else self.ctx.call(walk_actions.letter_recipients, walk.id)
        for organisation_id, name, count in owners:
            action = self.letters_menu.addAction(f"{name} ({count})")
            action.triggered.connect(
                lambda _c=False, o=organisation_id, n=name: self.preview_letter(o, n)
            )
        self.letters_button.setEnabled(bool(owners))
        # A greyed button says why (Qt shows a disabled widget's tooltip).
        self.letters_button.setToolTip(reason or "")
        # Said once letters are what comes next, from the walk's observations on: on a walk
        # still being planned "no action has been raised yet" is no news.
        observed = walk.is_walked and self.observations_tab.table.model().rowCount() > 0
        said = reason if reason and observed else ""
        self.letters_reason.setText(
            f"{self.letters_button.accessibleName()}: {said}" if said else ""
        )
        no_report = walk_rows.no_report_reason(walk.status)
        self.print_report.setEnabled(no_report is None)
        self.print_report.setToolTip(no_report or self._report_tooltip)

    # --- steps -----------------------------------------------------------------------------

    def next_step(self) -> None:
        walk = self.walk
        if walk is None:
            return
        if walk.status is WalkStatus.PLANNING:
            # The program's day and time: not walked before its start.
            if perform(self, self.ctx, "walks", walk_steps.mark_walked, walk.id):
                self.tabs.setCurrentWidget(self.checklist_tab)
        elif walk.status is WalkStatus.WALKED:
            self.tabs.setCurrentWidget(self.closing_tab)
            self.closing_tab.notes.setFocus()
        elif walk.status is WalkStatus.CLOSING_MEETING_HELD:
            self.plan_follow_up()
        elif walk.status is WalkStatus.CANCELLED:
            perform(self, self.ctx, "walks", walk_steps.step_back, walk.id)
        elif walk.follow_ups:
            self.open_walk_requested.emit(walk.follow_ups[-1].id)

    def plan_follow_up(self) -> None:
        if self.walk is None:
            return
        dialog = FollowUpDialog(self.ctx, self.walk.id, self, self.walk.start_time)
        if dialog.exec() and dialog.new_id is not None:
            self.ctx.bus.announce("walks")
            self.open_walk_requested.emit(dialog.new_id)

    def cancel_walk(self) -> None:
        walk = self.walk
        if walk is None:
            return
        when = clock_held(
            with_clock(long_date_with_week(walk.date), walk.start_time, walk.end_time)
        )
        label = f"{walk.place}, {when}"
        if CancelWalkDialog(self.ctx, walk.id, label, self).exec():
            self.ctx.bus.announce("walks")

    def step_back(self) -> None:
        walk = self.walk
        if walk is None:
            return
        # Refused at once (a step that cannot go back, what was found on the walk): no
        # question only to be refused.
        if refused_before_asking(self, self.ctx, "walks", walk_steps.check_step_back, walk.id):
            return
        target = walk_steps.step_back_target(walk.status)
        assert target is not None  # the check passed
        text = _("Take the walk back from “{now}” to “{before}”?").format(
            now=_(walk.status.label), before=_(target.label)
        )
        if walk.status is WalkStatus.CLOSING_MEETING_HELD:
            text += " " + _("The closing meeting's date is cleared; its notes stay.")
        if confirm(self, _("Take back the last step"), text, _("Take back"), destructive=False):
            perform(self, self.ctx, "walks", walk_steps.step_back, walk.id)

    def delete_walk(self) -> None:
        walk = self.walk
        if walk is None or refused_before_asking(
            self, self.ctx, "walks", walk_editing.check_walk_deletable, walk.id
        ):
            return
        if confirm(
            self,
            _("Delete the walk"),
            _("Delete the walk at {place} on {date}? This cannot be undone.").format(
                place=walk.place, date=walk.date.isoformat()
            ),
            _("Delete"),
        ) and perform(self, self.ctx, "walks", walk_editing.delete_walk, walk.id):
            self.walk = None
            self.back_requested.emit()

    # --- printouts -------------------------------------------------------------------------

    def _file_stem(self) -> str:
        assert self.walk is not None
        return f"{self.walk.place} {self.walk.date.isoformat()}".replace("/", "-")

    def preview_checklist(self) -> None:
        from samverkan_desktop.reports import walk_checklist

        if self.walk is None:
            return
        walk_id = self.walk.id
        preview_in_background(
            self,
            _("Checklist"),
            _("Checklist {name}.pdf").format(name=self._file_stem()),
            lambda: self.ctx.call(walk_checklist.build, walk_id),
        )

    def preview_report(self) -> None:
        from samverkan_desktop.reports import walk_report

        if self.walk is None or not self.print_report.isEnabled():  # a plan has no report
            return
        walk_id = self.walk.id
        preview_in_background(
            self,
            _("Walk report"),
            _("Walk report {name}.pdf").format(name=self._file_stem()),
            lambda: self.ctx.call(walk_report.build, walk_id),
        )

    def preview_letter(self, organisation_id: int, name: str) -> None:
        from samverkan_desktop.reports import walk_letter

        if self.walk is None:
            return
        walk_id = self.walk.id
        preview_in_background(
            self,
            _("Letter to {name}").format(name=name),
            _("Letter {name} {walk}.pdf").format(name=name, walk=self._file_stem()),
            lambda: self.ctx.call(walk_letter.build, walk_id, organisation_id),
        )
