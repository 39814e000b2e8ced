"""The Overview: what needs the coordinator today and this week, from every area, as cards.
Each entry leads to its record in its area."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock, i18n, overview_snapshot
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import long_date, long_date_with_week, unbroken, week_label
from samverkan_desktop.i18n import _
from samverkan_desktop.overview_items import OverviewItem, OverviewSection, Urgency
from ui.areas import area_title

if TYPE_CHECKING:
    from samverkan_desktop.services.weekly_briefs import BriefWeek
from ui.context import AppContext
from ui.overview.entry_button import PADDING, SEPARATOR, EntryButton
from ui.overview.page_head import PageHead
from ui.runner import run_in_background
from ui.widgets.area import Area
from ui.widgets.kept_together import DOT, counts_kept, dots_kept
from ui.widgets.layout_items import clear_layout
from ui.widgets.notice import NoticeBar

log = logging.getLogger(__name__)

CARD_STYLE = (
    """
QFrame#card { background: white; border: 1px solid #d5dde6; border-radius: 8px; }
QLabel#cardTitle { font-size: 15px; font-weight: 600; color: #1c3b5a; }
QLabel#badge { background: #e8eef4; color: #1c3b5a; border-radius: 10px; padding: 2px 9px;
               font-weight: 600; }
QLabel#badge[urgent="true"] { background: #fde8e6; color: #b42318; }
QLabel#empty { color: #6b7785; }
QPushButton#item:hover { background: #f0f4f8; }
QPushButton#more { border: none; color: #1c4e80; text-align: left; padding: 4px; }
"""
    + f"QPushButton#item {{ text-align: left; border: none; padding: 5px {PADDING}px; color: #1f2933; }}"
)
# One mark before every entry: the late ones say it in red (their text and the card's count).
# Three marks ("●", "○", "·") read as three kinds of list, and "·" began its entries elsewhere.
ENTRY_MARK = "•"
# The cards depend on the time as well as on the data (a meeting ends, a loan falls due, the day
# turns): an Overview left open on the screen is gathered again this often.
CLOCK_INTERVAL_MS = 5 * 60 * 1000
OVERDUE_COLOUR = "#b42318"


def _title_text(title: str) -> str:
    """A card's title as it wraps: what follows its last " · " ("1 ur drift") kept on one line,
    so a narrow card breaks at the dot rather than leaving "drift" alone on the next line;
    every dot kept with the word before it, so that no line starts with it (at 900 px
    "Utlånade larm (1 försenat)" / "· 1 ur drift"), and a count with its word (then "(1" /
    "försenat) · 1 ur drift")."""
    head, dot, tail = title.rpartition(DOT)
    return counts_kept(dots_kept(head + dot + unbroken(tail)) if dot else title)


class SectionCard(QFrame):
    def __init__(self, section: OverviewSection, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.section = section
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        title = QLabel(_title_text(section.title), self)
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        header.addWidget(title, 1)
        # An empty card (kept, after the rest: services.overview.gather) says so in its one
        # line ("Inga möten ännu.", "Alla passerade möten är markerade …"); a "0" beside its
        # title read as a count of things to see to.
        if section.items:
            badge = QLabel(str(section.count), self)
            badge.setObjectName("badge")
            overdue = any(item.urgency is Urgency.OVERDUE for item in section.items)
            badge.setProperty("urgent", overdue)
            header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        if not section.items:
            empty = QLabel(section.empty_text, self)
            empty.setObjectName("empty")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        for item in section.items:
            layout.addWidget(self._item_button(item, ctx))
        # A card that names its filtered list offers it even when it shows every entry (the
        # units due for a test: the list to work through, the test recorded from there).
        if section.total > len(section.items) or (section.subset is not None and section.total > 1):
            more = QPushButton(self._more_text(), self)
            more.setObjectName("more")
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(lambda: self._show_all(ctx))
            layout.addWidget(more)
        layout.addStretch(1)
        self.lines = layout.count()  # title, entries, link: how tall it is, roughly (columns)

    def _more_text(self) -> str:
        """ "Visa alla 9 …" when the link opens exactly those and the card shows fewer; "Öppna
        i Larm …" when it shows them all already ("Visa alla 2" under the two read oddly); else
        it names where it leads, which shows more than the card counts (the calendar's month)."""
        if self.section.more_text and self.section.total > len(self.section.items):
            return self.section.more_text
        if self.section.subset is not None:
            if self.section.total <= len(self.section.items):
                return _("Open in {area}…").format(area=area_title(self.section.area))
            return _("Show all {count}…").format(count=self.section.total)
        return _("Show in {area} ({count} in all)…").format(
            area=area_title(self.section.area), count=self.section.total
        )

    def _show_all(self, ctx: AppContext) -> None:
        # Filtered to what the card counts when the area knows that list.
        if self.section.subset is not None:
            ctx.navigator.go_subset(self.section.area, self.section.subset)
        else:
            ctx.navigator.go(self.section.area)

    def _item_button(self, item: OverviewItem, ctx: AppContext) -> EntryButton:
        text = f"{item.title}{SEPARATOR}{item.detail}"
        # The tooltip says what the line may shorten: the whole name and, for a dated entry,
        # the date written out ("tisdag 1 december 2026 (v. 49)").
        tooltip = text if item.date is None else f"{text}\n{long_date_with_week(item.date)}"
        button = EntryButton(ENTRY_MARK, item, self, tooltip)
        button.setObjectName("item")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(
            f"QPushButton#item {{ color: {OVERDUE_COLOUR}; }}"
            if item.urgency is Urgency.OVERDUE
            else ""
        )
        if item.subset is not None:  # a list, as a card's "Show all" (the "Get started" steps)
            button.clicked.connect(lambda: ctx.navigator.go_subset(item.area, item.subset or ""))
        else:
            button.clicked.connect(lambda: ctx.navigator.go(item.area, item.record_id))
        return button


class OverviewArea(Area):
    """Gathered off the GUI thread (ui.runner), as every read of a whole list: a database that
    cannot answer (a table missing, a lock) is said in the view, above the cards as they were,
    and the window stays usable; the next refresh tries again."""

    key = "overview"
    gathered = Signal()  # the cards, or the problem, are shown
    # Everything shown here comes from other areas.
    depends_on = frozenset(
        {"groups", "contacts", "meetings", "actions", "alarms", "walks", "crisis"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(CARD_STYLE)
        self.head = PageHead(self)
        self.heading = self.head.heading
        self.weekly_button = self.head.weekly_button
        # The day before the cards: its width is part of the window's minimum, which the window
        # is shown at (MainWindow.show_at_final_size), not grown to when the cards arrive.
        self._head(self.today())
        self.weekly_button.clicked.connect(lambda: self.open_weekly_brief())
        self._cards: list[SectionCard] = []
        self._kept: tuple[str, dt.date] | None = None  # the snapshot last saved
        self._gathering = False  # a refresh's answer is awaited
        self._again = False  # asked to refresh meanwhile
        self.problem = NoticeBar(self)  # why the cards could not be gathered
        self.cards = QWidget(self)
        self.grid = QGridLayout(self.cards)
        self.grid.setSpacing(14)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # Two columns of equal width, whatever the length of the entries. Each stacks its cards
        # at their own height: a short card beside a long one leaves no empty band under it
        # (as rows did: the week's three meetings took the late actions' height, and the
        # Overview scrolled at 1440x900).
        self.columns = (QVBoxLayout(), QVBoxLayout())
        for index, column in enumerate(self.columns):
            column.setSpacing(14)
            self.grid.addLayout(column, 0, index)
            self.grid.setColumnStretch(index, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The bar's room is kept even when the cards fit: a bar that came as the cards grew
        # narrowed every entry, each fitted again (at 1024x768 every start fitted them twice).
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(self.cards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.head)
        layout.addSpacing(10)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_INTERVAL_MS)
        self.clock.timeout.connect(self._on_clock)
        self.clock.start()

    def open_weekly_brief(self, week: BriefWeek | None = None) -> None:
        """The summary of ``week`` (this week when None); the cards are gathered again after
        it, since the reminder of Friday's summary goes once it is marked sent."""
        from ui.overview.weekly_brief_dialog import WeeklyBriefDialog  # not on the start path

        WeeklyBriefDialog(self.ctx, self, week).exec()
        if self.ctx.db.is_open:
            self.refresh()

    def show_record(self, record_id: int) -> None:
        """The Overview's own entries: the reminder of a week's summary (brief_overview)."""
        from samverkan_desktop.services.brief_overview import brief_week

        self.open_weekly_brief(brief_week(record_id))

    def _on_clock(self) -> None:
        if not self.ctx.db.is_open:  # a kept Overview on screen: the start gathers it anyway
            return
        if not self.isVisible():
            self._stale = True  # gathered when shown
            return
        self.refresh()  # a problem is shown in the view; the next tick tries again

    def today(self) -> dt.date:
        return clock.today()

    @property
    def gathering(self) -> bool:
        """Whether a refresh's answer is awaited."""
        return self._gathering

    def refresh(self) -> None:
        """Gather the cards in the background; asked again meanwhile, once more after it (a
        slow database piles up no gatherings: the clock, a change announced)."""
        if self._gathering:
            self._again = True
            return
        from samverkan_desktop.services import overview  # loads the database layer

        if not self.ctx.db.is_open:
            self.ctx.db.engine  # noqa: B018 - ui.fast_start's stand-in opens here, on this thread
        today = self.today()
        self._gathering = True

        def done(gathered: tuple[str, bool, list[OverviewSection]]) -> None:
            if self._answered():
                mark, offers_example, sections = gathered
                self.problem.dismiss()
                self._show(today, sections)
                self._keep(mark, offers_example, today, sections)
                self._gathered()

        def failed(error: DomainError) -> None:
            if self._answered():
                log.warning("Overview not gathered: %s", error.message)
                message = _("The Overview could not be gathered: {problem}")
                self.problem.show_warning(message.format(problem=error.message))
                self._head(today)  # the day, even with no cards (a start that failed)
                self._gathered()

        run_in_background(
            lambda: self.ctx.call(overview.gather_marked, today),
            done,
            failed,
            name="Overview: gathering the cards",
        )

    def _answered(self) -> bool:
        """The gathering ended: False when the window closed meanwhile (nothing to show)."""
        if not shiboken6.isValid(self):
            return False
        self._gathering = False
        return True

    def _gathered(self) -> None:
        self.gathered.emit()
        if self._again:
            self._again = False
            self.refresh()

    def show_snapshot(self, today: dt.date, sections: list[OverviewSection]) -> None:
        """Show a saved Overview (ui.fast_start checked that it is current) without asking the
        database; the next refresh gathers it again."""
        self._show(today, sections)
        self._stale = False

    def window_closing(self, shown: bool) -> bool:
        """Keep today's Overview and that of the days up to the next weekday, so the next start
        shows it at once on whichever of them it is (overview_snapshot). Skipped when another
        area is shown (the next start opens that one), the database never opened, or has no
        snapshots (PostgreSQL)."""
        if (
            not shown
            or not self.ctx.db.is_open
            or overview_snapshot.snapshot_file(self.ctx.db.url) is None
        ):
            return True
        from samverkan_desktop.services import overview

        today = self.today()
        try:
            mark, offers_example, sections, ahead = self.ctx.call(
                overview.gather_with_days_ahead, today, overview_snapshot.days_ahead(today)
            )
        except DomainError as error:  # the window closes all the same; the next start is slower
            log.warning("Overview not kept for the next start: %s", error.message)
            return True
        self._keep(mark, offers_example, today, sections, ahead)
        return True

    def _keep(
        self,
        mark: str,
        offers_example: bool,
        today: dt.date,
        sections: list[OverviewSection],
        ahead: dict[dt.date, list[OverviewSection]] | None = None,
    ) -> None:
        # For the next start: none while the example is to be offered (the start asks first).
        url = self.ctx.db.url
        if offers_example:
            overview_snapshot.forget(url)
        elif (mark, today) != self._kept or ahead:
            language = i18n.current_language()
            overview_snapshot.save(url, mark, today, language, sections, ahead)
        self._kept = (mark, today)

    def _show(self, today: dt.date, sections: list[OverviewSection]) -> None:
        self._head(today)
        if self._cards and [card.section for card in self._cards] == sections:
            # Gathered again, unchanged (right after a quick start, every clock tick): the
            # cards stay, so no second set of widgets is built while the first awaits deletion
            # (a megabyte of the start's peak) and the keyboard focus stays on its entry.
            return
        # Cards added to the shown page were shown one by one, each laid out (and its entries
        # fitted) before the next was there: at every ordinary start the first card's entries
        # were fitted at two widths. Shown again at once, they are laid out together first.
        shown = self.cards.isVisible()
        if shown:
            self.cards.hide()
        for column in self.columns:
            clear_layout(column)
        self._cards = [SectionCard(section, self.ctx, self.cards) for section in sections]
        # Each card, in order, goes under the column that ends higher, so the columns end
        # about level and the cards read top to bottom in their order of importance (each
        # starts about where the one before does, or lower). A card's height is guessed from
        # its lines (title, entries, link): the same at every width, so no card changes column
        # on resize.
        lines = [0, 0]
        for card in self._cards:
            shorter = 0 if lines[0] <= lines[1] else 1
            self.columns[shorter].addWidget(card)
            lines[shorter] += card.lines
        for column in self.columns:
            column.addStretch(1)
        if shown:
            self.cards.show()

    def _head(self, today: dt.date) -> None:
        self.head.set_heading(
            _("Today is {date}, {week}").format(date=long_date(today), week=week_label(today))
        )

    def section_cards(self) -> list[SectionCard]:
        return list(self._cards)
