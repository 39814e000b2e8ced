"""Kontakter → "Importera från Excel…" of a list with forty rows to correct, in the program's own
style: the report stays on the screen, its OK button in sight, and every row to correct can be
read in it. The message box grew with its lines (under Xvfb at 1024 × 768 its OK button and all
rows after the fifteenth were below the screen's edge)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from tests.excel_lists import ROWS, write_xlsx
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.own_style import LookAt
from tests.ui.windows import settle
from ui.contacts import list_import
from ui.contacts.area import ContactsArea
from ui.main_window import MainWindow
from ui.widgets.report_dialog import ReportDialog

PHONE = "ring växeln eller skicka ett mejl till receptionen"


def test_a_long_import_report_stays_on_the_screen_at_1024(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = [f"Nyanställd Nummer{n} Lindqvist" for n in range(40)]
    rows = [*ROWS, *([name, "Östermalms sdf", "Handläggare", PHONE, ""] for name in names)]
    chosen = write_xlsx(tmp_path / "Kontakter.xlsx", rows)
    monkeypatch.setattr(list_import, "choose_list", lambda _parent: chosen)  # the file dialog
    seen: dict[str, object] = {}

    def read(dialog: QWidget) -> None:
        screen = dialog.screen().availableGeometry()
        seen["frame"] = dialog.frameGeometry()
        seen["screen"] = screen
        ok = [b for b in dialog.findChildren(QAbstractButton) if b.text() == "OK"]
        assert len(ok) == 1
        seen["ok"] = QRect(ok[0].mapToGlobal(QPoint(0, 0)), ok[0].size())
        if isinstance(dialog, ReportDialog):  # the rows in a box of their own, which scrolls
            seen["lines"], seen["summary"] = dialog.lines.toPlainText(), dialog.summary.text()
        else:
            seen["lines"] = seen["summary"] = dialog.text()  # type: ignore[attr-defined]
        qtbot.keyClick(ok[0], Qt.Key.Key_Return)

    def look(window: MainWindow) -> None:
        window.navigate("contacts")
        area = window.area("contacts")
        assert isinstance(area, ContactsArea)
        settle(qtbot)
        modals.answer(read)
        click_button(qtbot, area.people, "Importera från Excel…")
        qtbot.waitUntil(lambda: "lines" in seen or bool(modals.errors), timeout=20_000)
        modals.check()

    look_at_demo((1024, 768), look)
    screen, frame, ok = seen["screen"], seen["frame"], seen["ok"]
    assert isinstance(screen, QRect) and isinstance(frame, QRect) and isinstance(ok, QRect)
    # Top to bottom on the screen (across, it is centred on a window wider than the test's
    # 800 px screen): the message box was some 1,900 px tall.
    assert screen.top() <= frame.top() and frame.bottom() <= screen.bottom(), seen
    assert frame.width() <= screen.width(), seen
    assert screen.top() <= ok.top() and ok.bottom() <= screen.bottom(), seen
    assert "personer har lagts till" in str(seen["summary"])
    lines = str(seen["lines"])
    assert "Rad 6, Karin Ek: telefonnumret ”ring växeln”" in lines
    assert all(f"{name}: telefonnumret ”{PHONE}”" in lines for name in names)
