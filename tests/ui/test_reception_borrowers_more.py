"""The reception's borrower list says when it holds more names than it shows: on a 1024 × 768
screen it gives way to the tiles by whole lines, and beyond its six lines more staff may fit the
letters; before, only the footer's "Upp / Ned" hinted at names below. In the program's own
style, on the example district."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarm_borrowers
from tests.ui.clicks import type_text
from tests.ui.openers import enter_at_desk
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.reception.window import ReceptionWindow


def _letters(qtbot: QtBot, desk: ReceptionWindow, letters: str) -> None:
    """The letters typed in place of those before, the field clicked into first."""
    qtbot.mouseClick(desk.input, Qt.MouseButton.LeftButton)
    desk.input.selectAll()
    type_text(qtbot, desk.input, letters)
    settle(qtbot)
    qtbot.wait(50)  # layout requests are posted


def _lend_a_unit(qtbot: QtBot, desk: ReceptionWindow) -> None:
    unit = next(u for u in desk.units if u.status is UnitStatus.AVAILABLE)
    qtbot.mouseClick(desk.input, Qt.MouseButton.LeftButton)
    enter_at_desk(qtbot, desk, unit.code)


def _whole_lines(desk: ReceptionWindow) -> list[str]:
    """The names on the lines seen whole."""
    view = desk.borrowers.viewport().rect()
    return [
        desk.borrowers.item(row).text()
        for row in range(desk.borrowers.count())
        if view.contains(desk.borrowers.visualItemRect(desk.borrowers.item(row)))
    ]


def _foot(desk: ReceptionWindow) -> str | None:
    """The foot line's text where it is seen: inside the list's frame, under its lines (not
    laid over the last of them)."""
    foot = desk.borrowers.more_line
    if not foot.isVisible():
        return None
    viewport = desk.borrowers.viewport()
    lines = QRect(viewport.mapTo(desk, QPoint(0, 0)), viewport.size())
    at = QRect(foot.mapTo(desk, QPoint(0, 0)), foot.size())
    assert not at.intersects(lines), (at, lines)
    assert desk.borrowers.geometry().contains(at), (at, desk.borrowers.geometry())
    assert foot.height() >= foot.sizeHint().height()
    return foot.text()


def test_the_borrower_list_counts_the_names_it_does_not_show_at_1024_by_768(
    qtbot: QtBot, look_at_demo_desk: LookAt[ReceptionWindow]
) -> None:
    def look(desk: ReceptionWindow) -> dict[str, object]:
        _lend_a_unit(qtbot, desk)
        seen: dict[str, object] = {}
        # "a": six lines in the list, more of the staff fit beyond them.
        _letters(qtbot, desk, "a")
        keep_shot(desk, "reception-1024x768-borrowers-more")
        fits = desk.ctx.call(alarm_borrowers.fit_borrowers, "a", 6)
        seen["a"] = _foot(desk)
        seen["a unseen"] = 6 - len(_whole_lines(desk)) + fits.more
        # "st": five staff, all in the list; ↓ brings the unseen ones.
        _letters(qtbot, desk, "st")
        seen["st count"] = desk.borrowers.count()
        seen["st whole"] = len(_whole_lines(desk))
        seen["st"] = _foot(desk)
        for _step in range(5):
            qtbot.keyClick(desk.input, Qt.Key.Key_Down)
        seen["st at the last"] = _foot(desk)
        chosen = desk.borrowers.current_match()
        seen["last chosen seen"] = chosen is not None and chosen.name in _whole_lines(desk)[-1]
        # "lp": Lena Persson alone, nothing unseen: no foot line.
        _letters(qtbot, desk, "lp")
        seen["lp"] = _foot(desk)
        return seen

    seen = look_at_demo_desk((1024, 768), look)
    assert seen["a"] == f"+{seen['a unseen']} till – skriv mer av namnet"
    assert seen["st count"] == 5
    hidden = 5 - seen["st whole"]  # type: ignore[operator]
    assert hidden >= 1  # the list gave way to the tiles at this size
    them = "den" if hidden == 1 else "dem"
    assert seen["st"] == f"+{hidden} till – ↓ visar {them}, eller skriv mer av namnet"
    assert seen["st at the last"] == f"↑ {hidden} till ovanför"
    assert seen["last chosen seen"] is True
    assert seen["lp"] is None
