"""The staff that fit the typed letters, the trained first, each with their alarm training: the
line the core chose is chosen (none where the letters fit an untrained colleague best), arrow
keys choose another. An expired training shows in the warning colour with its
date (and "lending blocked" when the setting blocks it), and so do the units a person already has
out ("already has LARM-07 (overdue)"). Names out of sight, or beyond the list, are counted in a
line at its foot (more_line)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarm_borrowers import BorrowerMatch
from samverkan_desktop.services.training import TrainingStatus
from ui.alarms.training_status import training_text
from ui.reception.more_line import MoreLine, more_text
from ui.widgets.table_model import WARNING_COLOUR

CHOSEN_BACKGROUND = QColor("#d3e3f5")
INK = QColor("#1c2733")
NO_MATCH_INK = QColor("#5f6b7a")
ITEM_PADDING = (8, 6)  # sideways, up and down: the item padding in ui/reception/style.py
MOST_LINES = 6  # a long list would push the tiles down


def match_text(match: BorrowerMatch, blocked: bool) -> str:
    status = TrainingStatus("", match.trained_on, match.training_valid_until, match.training_valid)
    known = match.trained_on is not None or not match.training_valid  # else: no course at all
    parts = [match.name, match.department or "", training_text(status) if known else ""]
    if match.holding:
        parts.append(holding_text(match))
    text = "  ·  ".join(part for part in parts if part)
    if needs_attention(match):
        text = "⚠ " + text
    if not match.training_valid and blocked:
        text += "  ·  " + _("lending blocked")
    return text


def no_match_text(typed: str) -> str:
    return _(
        "No staff member fits “{text}”. Check the spelling; someone not in the register is "
        "added by the coordinator under Contacts."
    ).format(text=typed.strip())


def holding_text(match: BorrowerMatch) -> str:
    units = [
        _("{code} (overdue)").format(code=code) if overdue else code
        for code, overdue in match.holding
    ]
    return _("already has {units}").format(units=", ".join(units))


def needs_attention(match: BorrowerMatch) -> bool:
    """Shown in the warning colour: an expired training, or a unit already out."""
    return not match.training_valid or bool(match.holding)


class BorrowerList(QListWidget):
    """Not a selection (its highlight would hide the warning colour): the chosen line gets a
    light background and bold type, every line keeps its own colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("borrowers")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # A long line (an expired training, a unit already out) wraps: wider than the list, its
        # end ("already has LARM-12 (overdue)") hid behind a scroll bar covering the line.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As high as its (at most six) lines where there is room; on a small screen it gives way
        # down to two lines so a row of tiles stays (↑ ↓ scroll the chosen one into view). It
        # gives way by whole lines: the top of a name cut at its foot looked like a fault. No
        # scroll bar: shown, it would narrow the width the lines are measured for, and a line
        # would wrap under it, cut.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._fitted_width = -1
        self._fitted_height = 36
        self._heights: list[int] = []  # each line's, as fitted
        self._room = 10_000  # what the tiles leave it (give_way); as much as it likes
        self._matches: list[BorrowerMatch] = []
        self._unfetched = 0  # staff who fit the letters too, not in the list
        self._chosen = -1
        self.more_line = MoreLine(self)
        self.verticalScrollBar().valueChanged.connect(self._count_unseen)

    def set_matches(
        self,
        matches: list[BorrowerMatch],
        blocked: bool,
        typed: str = "",
        unfetched: int = 0,
        chosen: int | None = None,
    ) -> None:
        """The matches for the ``typed`` letters; none: one grey line says so as the letters are
        typed (before, the list stayed empty and only Enter told), and what to do about it (the
        reception cannot add people: the coordinator does, under Contacts). Nothing typed: the
        list takes no height (an empty white strip sat under the field). ``unfetched``: how
        many more fit the letters (more_line counts them). ``chosen``: the line chosen, None:
        none until an arrow key or a click chooses one (alarm_borrowers.fit_borrowers)."""
        self._matches = matches
        self._unfetched = unfetched if matches else 0
        self.clear()
        for match in matches:
            QListWidgetItem(match_text(match, blocked), self)
        if not matches and typed.strip():
            item = QListWidgetItem(no_match_text(typed), self)
            item.setForeground(QBrush(NO_MATCH_INK))
        self._chosen = chosen if chosen is not None and 0 <= chosen < len(matches) else -1
        self._paint()
        self._fit_height()
        self._place_foot()

    def point_out_no_match(self, typed: str) -> None:
        """Enter on letters that fit nobody: the line saying so turns red, said once (a red
        notice below had repeated it word for word)."""
        if self._matches or self.count() != 1 or self.item(0).text() != no_match_text(typed):
            self.set_matches([], False, typed)
        self.item(0).setForeground(QBrush(WARNING_COLOUR))

    def _fit_height(self) -> None:
        """Each line as high as its text wrapped at this width, the list as high as its lines
        (at most six: a long list would push the tiles down), and the foot line where they
        leave names out. Measured in bold, as the chosen line: ↑ ↓ moving the choice never
        makes the list jump."""
        self._fitted_width = self.width()
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        across, down = ITEM_PADDING
        # 6: the text margins inside an item (the style's focus frame margin + 1, each side)
        width = max(80, self.viewport().width() - 2 * across - 6)
        heights = []
        for row in range(self.count()):
            item = self.item(row)
            text = metrics.boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(text.width(), text.height() + 2 * down))
            heights.append(item.sizeHint().height())
        self._heights = heights
        edge = 2 * self.frameWidth()
        shown = min(len(heights), MOST_LINES)
        # Empty: no height rather than hidden (shown again, a hidden list made the window
        # grow past the screen's foot at 1100 × 700).
        self._fitted_height = (
            sum(heights[:shown]) + edge + 4 + self._foot_for(shown) if heights else 0
        )
        # Two whole lines at least, and nothing of a third under them.
        least = min(len(heights), 2)
        self.setMinimumHeight(
            min(self._fitted_height, sum(heights[:least]) + edge + self._foot_for(least))
        )
        self._limit()
        self.updateGeometry()

    def _foot_for(self, lines: int) -> int:
        """The foot line's height where ``lines`` whole lines leave a name out, else 0."""
        leaves_out = lines < len(self._heights) or self._unfetched > 0
        return self.more_line.line_height() if leaves_out else 0

    def give_way(self, room: int) -> None:
        """At most ``room`` high (never less than its two lines): what the tiles leave."""
        if room != self._room:
            self._room = room
            self._limit()

    def _limit(self) -> None:
        most = self._fitted_height
        if self._room < most:  # as many whole lines as the room holds, and the foot line
            lines, shown = 2 * self.frameWidth(), 0
            for height in self._heights:
                if lines + height + self._foot_for(shown + 1) > self._room:
                    break
                lines += height
                shown += 1
            most = lines + self._foot_for(shown)
        self.setMaximumHeight(max(self.minimumHeight(), most))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._fitted_height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.width() != self._fitted_width:  # the lines wrap anew
            self._fit_height()
        self._place_foot()

    def _place_foot(self) -> None:
        """The foot line in room of its own under the lines, where the height the list was
        given leaves names out."""
        edge = self.frameWidth()
        inside = self.height() - 2 * edge
        needed = bool(self._heights) and (self._unfetched > 0 or sum(self._heights) > inside)
        foot = self.more_line.line_height() if needed else 0
        self.setViewportMargins(0, 0, 0, foot)
        self.more_line.setGeometry(edge, self.height() - edge - foot, self.width() - 2 * edge, foot)
        self.more_line.setVisible(needed)
        self._count_unseen()

    def _count_unseen(self) -> None:
        """The foot line's count: the lines out of sight above and below, and the staff not
        in the list."""
        if not self.more_line.isVisibleTo(self):
            return
        view = self.viewport().rect()
        above = below = 0
        for row in range(len(self._matches)):
            line = self.visualItemRect(self.item(row))
            if line.top() < view.top():
                above += 1
            elif line.bottom() > view.bottom():
                below += 1
        self.more_line.setText(more_text(above, below, self._unfetched))

    def _paint(self) -> None:
        for row, match in enumerate(self._matches):
            item = self.item(row)
            chosen = row == self._chosen
            item.setBackground(QBrush(CHOSEN_BACKGROUND) if chosen else QBrush())
            item.setForeground(QBrush(WARNING_COLOUR if needs_attention(match) else INK))
            font = item.font()
            font.setBold(chosen)
            item.setFont(font)
        if self._chosen >= 0:
            self.scrollToItem(self.item(self._chosen))
        self._count_unseen()

    def matches(self) -> list[BorrowerMatch]:
        return list(self._matches)

    def current_match(self) -> BorrowerMatch | None:
        return self._matches[self._chosen] if 0 <= self._chosen < len(self._matches) else None

    def step(self, step: int) -> None:
        """↑ or ↓; where no line is chosen yet, either chooses the first."""
        if self._matches:
            moved = max(0, min(len(self._matches) - 1, self._chosen + step))
            self._chosen = 0 if self._chosen < 0 else moved
            self._paint()

    def choose(self, row: int) -> None:
        if 0 <= row < len(self._matches):
            self._chosen = row
            self._paint()
