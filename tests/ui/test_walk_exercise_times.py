"""A walk's and an exercise's "Slut" beside the start, typed as Swedes write it: refused under the
row when not after the start (what was typed kept), shown "18.00–20.00" in the walk's header
and the calendar's week. A walk cancelled from its window keeps why, in the same form as a
meeting's. An exercise with only its month is in the calendar's list and at the top of its
month."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercises, places, walk_editing, walk_reading, walk_rows
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_alone, calendar_window
from tests.ui.tables import column_texts
from tests.ui.text_fit import field_label, plain
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.walks.area import WalksArea
from ui.walks.cancel_dialog import CancelWalkDialog
from ui.walks.walk_dialog import WalkDialog

ALT = Qt.KeyboardModifier.AltModifier
TITLE = "Krisledningsövning – dag ej satt"


def _ok(qtbot: QtBot, dialog: WalkDialog | ExerciseDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _plan_walk(qtbot: QtBot, ctx: AppContext, day: dt.date, end: str) -> WalkDialog:
    dialog = WalkDialog(ctx)
    show_window(qtbot, dialog, 700, 600)
    qtbot.waitUntil(dialog.isActiveWindow)  # focus events as a user gets them
    qtbot.keyClicks(line_edit(dialog.place), "Tessinparken")
    dialog.date.set_value(day)
    dialog.times.start.setFocus()
    qtbot.waitUntil(dialog.times.start.hasFocus)
    qtbot.keyClicks(dialog.times.start, "18")
    qtbot.keyClick(dialog.times.start, Qt.Key.Key_Tab)  # on to "Slut"
    assert dialog.times.end.hasFocus()
    qtbot.keyClicks(dialog.times.end, end)
    _ok(qtbot, dialog)
    return dialog


def test_a_walks_end_before_its_start_is_refused_under_the_row_then_shown_as_a_span(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    before = len(demo_ctx.call(walk_reading.list_walks))
    day = clock.today() + dt.timedelta(days=20)
    dialog = _plan_walk(qtbot, demo_ctx, day, "17.30")
    assert dialog.result() == 0 and dialog.saved_id is None
    assert dialog.error_text("start_time") == "”Slut” måste vara efter starttiden (18.00)."
    assert dialog.times.end.hasFocus() and dialog.times.end.text() == "17.30"  # kept
    assert len(demo_ctx.call(walk_reading.list_walks)) == before

    dialog.times.end.selectAll()
    qtbot.keyClicks(dialog.times.end, "20")
    _ok(qtbot, dialog)
    assert dialog.saved_id is not None
    walk = demo_ctx.call(walk_reading.get_walk, dialog.saved_id)
    assert (walk.start_time, walk.end_time) == (dt.time(18, 0), dt.time(20, 0))

    area = area_alone(qtbot, WalksArea(demo_ctx))
    area.show_record(walk.id)
    assert "kl.\u00a018.00–\u206020.00 · Planering" in area.view.subtitle.text()  # held whole
    # The week shows its end too (the calendar assumed two hours).
    _window, calendar = calendar_window(qtbot, demo_ctx)
    calendar.show_week_of(day)
    tile = next(c for c in calendar.week_grid.chips() if c.row.label.endswith("Tessinparken"))
    assert tile.texts()[0] == "18.00–20.00"


def test_an_exercises_end_without_a_start_is_refused_naming_slut(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = ExerciseDialog(demo_ctx)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.title_edit, "Larmprov våren")
    dialog.date.set_value(clock.today() + dt.timedelta(days=30))
    qtbot.keyClicks(dialog.times.end, "9.30")
    _ok(qtbot, dialog)
    assert dialog.saved_id is None
    assert dialog.error_text("start_time").startswith("”Slut” kräver en starttid")
    qtbot.keyClicks(dialog.times.start, "8")
    _ok(qtbot, dialog)
    assert dialog.saved_id is not None
    detail = demo_ctx.call(exercises.exercise_reading.get_exercise, dialog.saved_id)
    assert (detail.start_time, detail.end_time) == (dt.time(8, 0), dt.time(9, 30))


def test_a_walk_cancelled_in_its_window_keeps_why(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    place = demo_ctx.call(places.list_places)[0]
    walk_id = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(place.id, clock.today() + dt.timedelta(days=10)),
    )
    area = area_alone(qtbot, WalksArea(demo_ctx))
    area.show_record(walk_id)
    seen: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelWalkDialog)  # the meeting's form, said of a walk
        seen.append(field_label(dialog, dialog.reason_edit))
        type_text(qtbot, dialog.reason_edit, "För få anmälda")
        click_button(qtbot, dialog, "Ställ in vandringen")

    modals.answer(cancel)
    area.view.cancel_action.trigger()
    modals.check()
    assert seen == ["Orsak"]
    assert demo_ctx.call(walk_reading.get_walk, walk_id).cancel_reason == "För få anmälda"
    assert area.view.subtitle.text().endswith("· Inställd – För få anmälda")
    area.walks_page.reload(select_id=walk_id)
    assert "Inställd – För få anmälda" in column_texts(area.walks_page.table, "Status")


def test_an_exercise_with_only_its_month_is_listed_and_tops_its_month(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    month = clock.today().replace(day=1) + relativedelta(months=2)
    demo_ctx.call(
        exercises.create_exercise,
        ExerciseInput(TITLE, ExerciseType.SEMINAR, month.year, month.month),
    )
    _window, area = calendar_window(qtbot, demo_ctx)
    for _step in range(2):
        qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    line = area.month_grid.month_only_chips
    assert area.month_grid.month_only.isVisible()
    assert [chip.texts()[0] for chip in line] == [
        f"{plain(area.title.text()).split(' · ')[0]}: {TITLE} (dag ej bestämd)"
    ]
    assert f"Övning: {TITLE}" not in [c.row.label for c in area.month_grid.chips()]  # no day

    qtbot.keyClick(area, Qt.Key.Key_L, ALT)  # the month as a list
    row = column_texts(area.list_view, "Grupp, vandring, övning").index(f"Övning: {TITLE}")
    assert column_texts(area.list_view, "Tid")[row] == "Dag ej bestämd"
    assert (
        column_texts(area.list_view, "Datum")[row]
        == plain(area.title.text()).split(" · ")[0].lower()
    )
    assert column_texts(area.list_view, "Vecka")[row] == ""

    qtbot.keyClick(area, Qt.Key.Key_W, ALT)  # not in any week
    assert f"Övning: {TITLE}" not in [chip.row.label for chip in area.week_grid.chips()]
