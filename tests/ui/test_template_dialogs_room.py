"""The exercises' checklist templates at 1024 × 768, in the program's own style, opened as a
coordinator does (Kris och övningar → Övningar → Checklistmallar): a point's guidance typed
on three lines shows them all (every row was one line high: two lines filled it to the borders,
the third was cut). The walks' dialog has the same table (ui/widgets/point_table.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import answer_nested_question
from tests.ui.clicks import click_button, click_tab, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.crisis.area import CrisisArea
from ui.crisis.template_dialog import GUIDANCE, ExerciseTemplateDialog
from ui.main_window import MainWindow

GUIDANCE_TEXT = (
    "Boka stabsrummet och ett reservrum, testa projektorn, telefonerna och RAKEL, lägg fram "
    "whiteboard, loggbok och kontaktlistor, och se till att kaffe och smörgåsar finns på plats."
)


def test_a_long_guidance_shows_all_its_lines_at_1024(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    modals: ModalDriver,
) -> None:
    seen: dict[str, tuple[float, int, int]] = {}

    def in_the_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseTemplateDialog)
        table = dialog.items
        click_button(qtbot, dialog, "Lägg till punkt")  # its point open for typing
        row = table.rowCount() - 1
        for text in ("Boka lokal", GUIDANCE_TEXT):
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport()
            type_text(qtbot, editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab)  # on to the next cell, open for typing
        assert table.text(row, GUIDANCE) == GUIDANCE_TEXT
        qtbot.wait(50)
        keep_shot(dialog, "exercise-templates-1024")
        width = table.columnWidth(GUIDANCE) - 8  # the cell's text margins
        wrapped = table.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, GUIDANCE_TEXT
        )
        lines = wrapped.height() / table.fontMetrics().lineSpacing()
        seen["guidance"] = (lines, wrapped.height(), table.rowHeight(row))
        asked: list[str] = []
        answer_nested_question(asked, lambda box: click_button(qtbot, box, "Stäng utan att spara"))
        click_button(qtbot, dialog, "Avbryt")  # nothing saved
        assert asked, "Avbryt asked before the typed point went"

    def look(window: MainWindow) -> None:
        window.navigate("crisis")
        area = window.area("crisis")
        assert isinstance(area, CrisisArea)
        click_tab(qtbot, area.tabs, area.exercises_stack)
        settle(qtbot)
        modals.answer(in_the_dialog)
        click_button(qtbot, area.exercises_page, "Checklistmallar…")
        modals.check()

    look_at_demo((1024, 768), look)

    lines, text_height, row_height = seen["guidance"]
    assert lines >= 3  # the guidance takes three lines at least
    assert row_height >= text_height, "the guidance's last line is cut"
