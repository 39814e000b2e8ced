"""Reception mode: lending and returns of the alarm units, full screen, from one input field.

1. Scan or type a unit's code and press Enter (a scanner types the code and Enter). A unit that
   is out is taken back at once (condition OK; F8 reports a fault, "put on charge" is a tick).
2. For a unit that is in: type 2–3 letters of the borrower's name; those with valid alarm
   training are listed first, and the best match is chosen unless someone untrained fits the
   letters better: then ↑ ↓ or a click chooses (Enter never lends to the untrained unasked).
3. Enter lends it (home visit: back today 17.00). A home loan asks for its end and the approving
   manager, then previews its hand-over form to sign. The reason of a home loan never appears
   here, nor the name of its borrower but in the question before it is taken back.
A unit out on a home loan is taken back only after a question (Enter: yes, Esc: no). The unit
lent here a moment ago, scanned again, stays lent until a second scan or Enter (code_input).
A click on a tile chooses a unit that is in; a unit that is out only shows its loan, its code
in the field: Enter takes it back (a click meant to look took it back at once).
A unit due for a function test or on charge says so when chosen; it is lent all the same.
A unit handed back mid-lending is scanned where the letters stand: it comes back and the
lending goes on. A unit chosen here and lent at another desk is said so, the letters kept.
Ctrl+P previews today's loan log, Ctrl+Shift+P the units not returned (the desk's copies).
A confirmation line offers Undo as long as the service accepts it. Esc starts over; F11 or the
header's button asks, then leaves reception mode (F11 again).

This module builds the desk and handles its keys, the receptionist and the focus; what it shows
is desk_state, what the field does with input code_input, lending and returns loan_flow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarm_tests import FunctionTestRule
from ui import key_guide
from ui.alarms.common import (
    CHARGE_KEY,
    remember_initials,
    remembered_initials,
)
from ui.context import AppContext
from ui.reception.borrower_list import BorrowerList
from ui.reception.code_input import CodeInput
from ui.reception.dialogs import ask_leave
from ui.reception.header import ReceptionHeader
from ui.reception.initials_dialog import InitialsDialog
from ui.reception.late_line import LateLine
from ui.reception.notice import ReceptionNotice
from ui.reception.style import STYLE
from ui.reception.test_mark import ChosenTestMark
from ui.reception.tiles import TileArea, TileGrid
from ui.widgets.notice import NoticeBar

REFRESH_MS = 30_000  # other desks, and loans turning overdue
NO_LIMIT = 10_000  # the borrower list's room where it need not give way


class ReceptionWindow(CodeInput):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("Alarm units – reception"))
        self.setStyleSheet(STYLE)
        self.initials = remembered_initials(ctx)
        self.unit = None
        self.looked_at = None
        self.units = []
        self.test_rule = FunctionTestRule(0)
        self.long_loan = None
        self._asked_initials = False
        self._let_go = False  # of the change bus and the focus signal, at the first close
        self._blocked = False
        self._just_lent = None

        self.header = ReceptionHeader(self, self.ask_initials, self.leave)
        self.clock = self.header.clock
        self.receptionist = self.header.receptionist

        self.prompt = QLabel(self)
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.test_mark = ChosenTestMark(self)
        self.input = QLineEdit(self)
        self.input.setObjectName("codeInput")
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(self.confirm)
        self.input.installEventFilter(self)
        self.borrowers = BorrowerList(self)
        self.borrowers.itemClicked.connect(self._borrower_clicked)
        self.notice = ReceptionNotice(self)
        self.charge_check = QCheckBox(
            key_guide.with_keys(_("Put returned units on charge"), key_guide.RECEPTION_CHARGE),
            self,
        )
        self.charge_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.charge_check.setChecked(bool(ctx.settings.value(CHARGE_KEY, False, type=bool)))
        self.charge_check.toggled.connect(lambda on: ctx.settings.setValue(CHARGE_KEY, on))
        # Both open the preview first: "…", as every command asking more before it acts.
        self.print_button = self._print_button(
            _("Print today's loan log…"), key_guide.RECEPTION_PRINT, self.print_log
        )
        self.print_out_button = self._print_button(
            _("Not returned…"), key_guide.RECEPTION_PRINT_OUT, self.print_not_returned
        )
        self.late = LateLine(self)
        self.tiles = TileGrid(self)
        self.tiles.tile_clicked.connect(self.tile_clicked)
        self.tile_area = scroll = TileArea(self.tiles, self)
        # Its share is what the rest leaves (Ignored), at least what _keep_tiles_in_view says.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.tiles.needs_changed.connect(self._keep_tiles_in_view)
        # Later: a height set while the window's layout places its widgets is lost.
        scroll.resized.connect(lambda: QTimer.singleShot(0, self, self._keep_tiles_in_view))
        help_line = QLabel(
            key_guide.key_help(
                (key_guide.RECEPTION_CONFIRM, _("confirm")),
                (key_guide.RECEPTION_START_OVER, _("start over")),
                (key_guide.RECEPTION_BORROWER, _("another borrower")),
                (key_guide.RECEPTION_TILES, _("more units")),
                (key_guide.RECEPTION_UNDO, _("undo")),
                (key_guide.RECEPTION_FAULT, _("report a fault")),
                (key_guide.RECEPTION_LEAVE, _("leave")),
            ),
            self,
        )
        help_line.setObjectName("help")
        help_line.setWordWrap(True)  # on two lines rather than wider than a small screen

        # Above everything: a problem for the coordinator (the daily backup failed), kept apart
        # from the lending messages so the next lend does not wipe it.
        self.warning = NoticeBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 14)
        layout.setSpacing(8)  # tight enough for three rows of tiles on a 1280 × 800 screen
        layout.addWidget(self.warning)
        layout.addLayout(self.header)
        layout.addWidget(self.prompt)
        layout.addWidget(self.test_mark)
        layout.addWidget(self.input)
        layout.addWidget(self.borrowers)
        layout.addWidget(self.notice)
        options = QHBoxLayout()
        options.addWidget(self.charge_check)
        options.addStretch(1)
        options.addWidget(self.print_out_button)
        options.addWidget(self.print_button)
        layout.addLayout(options)
        layout.addWidget(self.late)
        layout.addWidget(scroll, 1)
        layout.addWidget(help_line)

        self._keys: list[tuple[key_guide.Keys, Callable[[], object]]] = [
            (key_guide.RECEPTION_START_OVER, self.start_over),
            (key_guide.RECEPTION_FAULT, self.notice.report_fault),
            (key_guide.RECEPTION_CHARGE, self.charge_check.toggle),
            (key_guide.RECEPTION_INITIALS, self.ask_initials),
            (key_guide.RECEPTION_LEAVE, self.leave),
            (key_guide.RECEPTION_UNDO, self.notice.undo),
            (key_guide.RECEPTION_PRINT, self.print_log),
            (key_guide.RECEPTION_PRINT_OUT, self.print_not_returned),
        ]
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.bus.changed.connect(self._on_changed)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]
        screen = QApplication.primaryScreen()
        if screen is not None:  # full screen also where no window manager obliges
            self.resize(screen.size())
        self.start_over()
        self.refresh()

    def _print_button(
        self, text: str, keys: key_guide.Keys, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(key_guide.with_keys(text, keys), self)
        button.setObjectName("printButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            # The focus is always here, so the keys of the view are handled here (the field's
            # own undo would only bring typed letters back: Ctrl+Z undoes the lending).
            for keys, handler in self._keys:
                if keys.matches(event):
                    handler()
                    return True
            # The tiles below the fold on a small screen, the focus staying in the field.
            if pages := key_guide.RECEPTION_TILES.step(event):
                self._page_tiles(pages)
                return True
            if (step := key_guide.RECEPTION_BORROWER.step(event)) and self.unit is not None:
                self.step_borrower(step)
                return True
        return super().eventFilter(watched, event)

    def _page_tiles(self, pages: int) -> None:
        bar = self.tile_area.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    # --- the receptionist --------------------------------------------------------------------

    def ask_initials(self) -> None:
        dialog = InitialsDialog(self.initials, self)
        if dialog.exec():
            self.initials = dialog.initials
            remember_initials(self.ctx, self.initials)
        self.header.show_initials(self.initials)
        self.input.setFocus()

    def leave(self) -> None:
        """F11 (easily hit for full screen) or the header's button: leave only when the
        question says so (at a desk started in reception mode, leaving ends the program; the
        button left at one click)."""
        if ask_leave(self, self.unit.code if self.unit else None):
            self.close()
        else:
            self.input.setFocus()

    def _keep_tiles_in_view(self) -> None:
        """A full row of tiles at full size stays in view whatever is above it (six
        borrowers, a notice and a warning on a 1100 × 700 screen); the borrower list gives way
        (down to two lines) to every tile, in the look that needs least, where the room they
        share allows: at 1024 × 768 its six lines sent the tiles back to full size, scrolled.
        The list's most is set rather than the tiles' least: a least past what the window has
        made the window grow past the screen."""
        row, every = self.tiles.least_heights()
        self.tile_area.setMinimumHeight(row)
        room = self.tile_area.height() + self.borrowers.height() - every
        # Where even its two lines leave too little, it keeps its lines: the tiles scroll anyway.
        self.borrowers.give_way(room if room >= self.borrowers.minimumHeight() else NO_LIMIT)

    # --- focus always in the field -----------------------------------------------------------

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            new is not None
            and new is not self.input
            and self.isVisible()
            and QApplication.activeModalWidget() is None
            and self.isAncestorOf(new)
        ):
            self.input.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.input.setFocus()
        if not self._asked_initials:
            self._asked_initials = True
            # With the window as context: a window closed before the timer fires (a start
            # that quits at once) is not asked about.
            QTimer.singleShot(0, self, self.ask_initials)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._timer.stop()
        if not self._let_go:  # a window closed twice (closed, then at exit) lets go once
            self._let_go = True
            self.ctx.bus.changed.disconnect(self._on_changed)
            app = QApplication.instance()
            if app is not None:
                app.focusChanged.disconnect(self._focus_moved)  # type: ignore[attr-defined]
        self.ctx.settings.sync()
        super().closeEvent(event)
