"""The agreement's form → an area's "Mål och lägesbild…": the coordinator writes the area's goal,
types figures into the small table by keys (Tab from cell to cell, the unit picked from a list),
is told which row is wrong, sorts by a column, removes a row with Delete and saves; the form's
list then says what the area holds. From the list of agreements the action plan opens in the
print preview."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agreements
from samverkan_desktop.services.action_plan import (
    FigureInput,
    area_plan_summaries,
    get_area_plan,
    save_area_plan,
)
from tests.ui.answers import acknowledge, cancel_typed
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.tables import cell, click_header, click_row
from tests.ui.windows import show_window, shown_previews, wait_for_preview
from ui.context import AppContext
from ui.groups.agreement_dialog import AgreementDialog
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.area import GroupsArea
from ui.groups.area_plan_dialog import MEASURE, VALUE, YEAR, AreaPlanDialog

SCHOOL = "Skolan som brottsplats"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_cells(qtbot: QtBot, *texts: str) -> None:
    """Type into the cell being edited, Tab to the next: as the coordinator fills a row."""
    for text in texts:
        editor = _focused()
        if isinstance(editor, QComboBox):  # the unit: picked by its first letter
            qtbot.keyClicks(editor, text[0])
        else:
            assert isinstance(editor, QLineEdit)
            editor.selectAll()  # a copied text is typed over
            type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def _form(qtbot: QtBot, ctx: AppContext) -> tuple[AgreementDialog, int]:
    """The demo agreement's form, and the agreement's id."""
    (detail,) = ctx.call(agreements.list_agreement_details)
    form = show_window(qtbot, AgreementDialog(ctx, detail), 1180, 600)
    assert form.area_plans.agreement_id == detail.id
    return form, detail.id


def _click_line(qtbot: QtBot, lines: QListWidget, name: str) -> None:
    """Click the line of a list that starts with ``name``."""
    row = next(n for n in range(lines.count()) if lines.item(n).text().startswith(name))
    spot = lines.visualItemRect(lines.item(row)).center()
    qtbot.mouseClick(lines.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def test_goal_and_figures_typed_corrected_and_saved(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    form, agreement_id = _form(qtbot, demo_ctx)
    _click_line(qtbot, form.area_plans.areas, SCHOOL)
    assert form.area_plans.areas.currentItem().text() == f"{SCHOOL} — mål, 2 siffror"
    refusals: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AreaPlanDialog)
        assert dialog.windowTitle() == f"Mål och lägesbild – {SCHOOL}"
        dialog.goal_edit.selectAll()
        type_text(qtbot, dialog.goal_edit, "Skolan är en trygg plats för elever och personal.")
        click_button(qtbot, dialog, "Lägg till rad")
        # The new row copies the measure, place, unit and source of the row above.
        _type_cells(qtbot, "Anmälda brott i skolan", "Hela stadsdelsområdet", "2020", "-4", "antal")
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # the source as copied
        click_button(qtbot, dialog, "Spara")
        refusals.append(dialog.error_text("figures"))  # still open, the row named
        table = dialog.table
        table.setFocus()
        table.setCurrentCell(2, VALUE)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = _focused()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        type_text(qtbot, editor, "41")
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
        click_button(qtbot, dialog, "Spara")

    modals.answer(fill)
    click_button(qtbot, form, "Mål och lägesbild…")
    modals.check()
    assert refusals == ["Rad 3: en siffra kan inte vara negativ."]
    area_id = next(
        s
        for s in demo_ctx.call(agreements.get_agreement, agreement_id).priority_area_ids
        if demo_ctx.call(get_area_plan, agreement_id, s).area == SCHOOL
    )
    plan = demo_ctx.call(get_area_plan, agreement_id, area_id)
    assert plan.goal == "Skolan är en trygg plats för elever och personal."
    added = next(f for f in plan.figures if f.measure == "Anmälda brott i skolan")
    assert (added.place, added.year, added.value, added.unit.value, added.source) == (
        "Hela stadsdelsområdet",
        2020,
        41.0,
        "count",
        "Stockholmsenkäten",
    )
    # The form's list says what the area now holds, the area still chosen.
    assert form.area_plans.areas.currentItem().text() == f"{SCHOOL} — mål, 3 siffror"


def test_unticking_an_area_with_figures_asks_before_they_go(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    form, agreement_id = _form(qtbot, demo_ctx)
    _click_line(qtbot, form.areas_list, SCHOOL)  # unticked
    asked: list[str] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(f"{box.text()} | {box.informativeText()}")
            click_button(qtbot, box, button)

        return press

    modals.answer(answer("Fortsätt redigera"))
    click_button(qtbot, form, "Spara")
    modals.check()
    assert form.isVisible()  # nothing saved yet
    assert asked == [
        "Det prioriterade området som inte längre är valt har mål eller siffror i "
        f"åtgärdsplanen. De tas bort när du sparar. | {SCHOOL} — mål, 2 siffror"
    ]
    assert len(demo_ctx.call(agreements.get_agreement, agreement_id).priority_area_ids) == 3
    modals.answer(answer("Spara och ta bort"))
    click_button(qtbot, form, "Spara")
    modals.check()
    assert not form.isVisible()
    summaries = demo_ctx.call(area_plan_summaries, agreement_id)
    assert SCHOOL not in [s.area for s in summaries] and len(summaries) == 2


def test_sorted_by_a_header_a_row_removed_with_delete(qtbot: QtBot, demo_ctx: AppContext) -> None:
    (detail,) = demo_ctx.call(agreements.list_agreement_details)
    area_id = detail.priority_area_ids[0]  # the places: Stureplan, Östermalmstorg
    dialog = show_window(qtbot, AreaPlanDialog(demo_ctx, detail.id, area_id), 980, 560)
    table = dialog.table

    def years() -> list[str]:
        return [cell(table, row, YEAR).text() for row in range(table.rowCount())]

    assert click_header(qtbot, table, "År") == Qt.SortOrder.AscendingOrder
    assert years() == sorted(years())
    assert not dialog.edited()  # sorted only: closing would not ask
    assert click_header(qtbot, table, "Värde") == Qt.SortOrder.AscendingOrder
    values = [float(cell(table, row, VALUE).text()) for row in range(table.rowCount())]
    assert values == sorted(values)  # as numbers: 6 before 21 before 121
    biggest = cell(table, table.rowCount() - 1, MEASURE).text()
    assert biggest == "Anmälda brott: skadegörelse"
    spot = table.visualItemRect(cell(table, table.rowCount() - 1, MEASURE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(spot))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialog.edited()
    count = table.rowCount()
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    plan = demo_ctx.call(get_area_plan, detail.id, area_id)
    assert len(plan.figures) == count
    assert (
        "Anmälda brott: skadegörelse",
        2019,
    ) not in {(f.measure, f.year) for f in plan.figures}


def test_the_action_plan_opens_in_the_preview(qtbot: QtBot, demo_ctx: AppContext) -> None:
    listing = show_window(qtbot, AgreementsDialog(demo_ctx), 900, 400)
    click_row(qtbot, listing.table, "Lokal samverkansöverenskommelse Östermalm")
    click_button(qtbot, listing, "Skriv ut åtgärdsplan…")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Åtgärdsplan – Lokal samverkansöverenskommelse Östermalm"
    assert preview.document.pageCount() >= 2
    preview.close()


def test_the_groups_print_menu_prints_the_agreement_in_force(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    choose_in_menu(area.printing.menu, "Åtgärdsplan…")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Åtgärdsplan – Lokal samverkansöverenskommelse Östermalm"
    preview.close()


def test_without_an_agreement_the_print_menu_says_so(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(ctx))
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    choose_in_menu(area.printing.menu, "Åtgärdsplan…")
    modals.check()
    assert seen == ["Ingen överenskommelse med polisen är registrerad."]
    assert not shown_previews()


@pytest.fixture(autouse=True)
def _close_previews() -> Iterator[None]:
    yield
    for preview in shown_previews():
        preview.close()


def test_a_save_over_another_desks_is_refused_in_the_dialog_and_the_text_kept(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Another desk saves the same area's goal while this one types: the save is refused beside
    the form, the dialog stays open with what was typed, and the other desk's goal is kept."""
    form, agreement_id = _form(qtbot, demo_ctx)
    _click_line(qtbot, form.area_plans.areas, SCHOOL)
    seen: dict[str, object] = {}

    def type_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, AreaPlanDialog)
        dialog.goal_edit.selectAll()
        type_text(qtbot, dialog.goal_edit, "Mitt mål för skolan.")
        theirs = demo_ctx.call(get_area_plan, agreement_id, dialog.priority_area_id)
        demo_ctx.call(
            save_area_plan,
            agreement_id,
            dialog.priority_area_id,
            "Den andra datorns mål.",
            [FigureInput(f.measure, f.place, str(f.year), str(f.value)) for f in theirs.figures],
        )
        click_button(qtbot, dialog, "Spara")
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.general_error.text()
        seen["goal"] = dialog.goal_edit.toPlainText()
        cancel_typed(qtbot, dialog)

    modals.answer(type_while_another_desk_saves)
    click_button(qtbot, form, "Mål och lägesbild…")
    modals.check()
    assert seen["open"] is True
    assert str(seen["error"]).startswith("Någon annan har ändrat övergripande mål")
    assert seen["goal"] == "Mitt mål för skolan."
    area_id = next(
        s
        for s in demo_ctx.call(agreements.get_agreement, agreement_id).priority_area_ids
        if demo_ctx.call(get_area_plan, agreement_id, s).area == SCHOOL
    )
    assert demo_ctx.call(get_area_plan, agreement_id, area_id).goal == "Den andra datorns mål."
