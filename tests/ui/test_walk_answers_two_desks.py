"""Two desks answer the same stop of a walk's checklist: the second to save is refused in the
tab, naming the stop, her answers kept on screen and nothing of the other desk's written over;
"Hämta ändringen, behåll min text" (F5) loads theirs, keeps hers where she typed and says theirs
under it, and saving again saves both. Also when the program's watch on the database has
reloaded the walk before she saves. Before, her save replaced their answers without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_records
from tests.ui.answers import CLOSE_ANYWAY, acknowledge, answer_close_question
from tests.ui.conftest import ModalDriver
from tests.ui.test_walks_typed_text import _click_tab
from tests.ui.walk_desks import HER_NOTE, answers_typed, their_answers, walked_today
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.walks.checklist_tab import ChecklistTab

STOP = "1. Entrén från Valhallavägen"
REFUSED = (
    f"Någon annan har sparat svaren för ”{STOP}” sedan du öppnade dem, så inget sparades. "
    "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
)
WHY = (
    f"Svaren du skrev för ”{STOP}” under ”Checklistsvar” kunde inte sparas: någon annan sparade "
    "svaren för stoppet medan du skrev."
)
THEIRS = (3, "Ny lampa uppsatt")  # the first point, which she answered too
THEIR_SECOND = (2, "Buskarna klippta")  # the second, which she left


def _shown(tab: ChecklistTab, index: int) -> tuple[int | None, str]:
    row = tab.rows[index]
    return row.rating(), row.note.text()


def _stored(ctx: AppContext, walk_id: int, index: int) -> tuple[int | None, str | None]:
    sheet = ctx.call(walk_records.get_checklist, walk_id)
    answer = sheet.answer(sheet.stops[0].id, sheet.items[index].id)
    return (answer.rating, answer.note) if answer else (None, None)


def _refused_then_loaded(qtbot: QtBot, ctx: AppContext, walk_id: int, tab: ChecklistTab) -> None:
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.general_error.isVisible() and tab.general_error.text() == REFUSED
    assert tab.reload_button.isVisible()
    assert tab.reload_button.text() == "Hämta ändringen, behåll min text (F5)"
    assert tab.saved_label.text() == ""
    keep_shot(tab.window(), "walk-answers-refused")
    # Hers still there to copy or save; theirs not written over.
    assert _shown(tab, 0) == (1, HER_NOTE) and _shown(tab, 1) == (None, "")
    assert _stored(ctx, walk_id, 0) == THEIRS and _stored(ctx, walk_id, 1) == THEIR_SECOND
    # The watch on the database shows their change now: the refusal and her answers stay.
    ctx.bus.announce("walks")
    qtbot.waitUntil(lambda: tab.stops.item(0).text().endswith("2/9"))
    assert tab.general_error.text() == REFUSED and tab.reload_button.isVisible()
    assert _shown(tab, 0) == (1, HER_NOTE) and _shown(tab, 1) == (None, "")

    qtbot.mouseClick(tab.reload_button, Qt.MouseButton.LeftButton)
    assert _shown(tab, 0) == (1, HER_NOTE) and _shown(tab, 1) == THEIR_SECOND
    assert tab.rows[0].theirs.isVisible()
    assert tab.rows[0].theirs.text() == (
        "Den andra sparade: ”3 – Ny lampa uppsatt”. Din text står kvar här – spara för att "
        "ersätta den."
    )
    assert not tab.rows[1].theirs.isVisible()
    keep_shot(tab.window(), "walk-answers-loaded")
    assert tab.general_error.text().startswith("Ändringen av ")
    assert tab.general_error.text().endswith("Kontrollera och spara igen.")

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.saved_label.text() == "Sparat."
    assert not tab.general_error.isVisible() and not tab.rows[0].theirs.isVisible()
    assert _stored(ctx, walk_id, 0) == (1, HER_NOTE)
    assert _stored(ctx, walk_id, 1) == THEIR_SECOND


def test_answers_saved_over_another_desks_are_refused_and_kept(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    walk_id = walked_today(demo_ctx)
    _window, _view, tab = answers_typed(qtbot, demo_ctx, walk_id)
    their_answers(demo_ctx, walk_id, THEIRS, THEIR_SECOND)
    _refused_then_loaded(qtbot, demo_ctx, walk_id, tab)


def test_answers_still_refused_after_the_walk_was_shown_again(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The watch on the database shows the other desk's change before she saves: her answers
    stay as typed, and her save still goes against the answers she began from."""
    walk_id = walked_today(demo_ctx)
    _window, _view, tab = answers_typed(qtbot, demo_ctx, walk_id)
    their_answers(demo_ctx, walk_id, THEIRS, THEIR_SECOND)
    demo_ctx.bus.announce("walks")
    qtbot.waitUntil(lambda: tab.stops.item(0).text().endswith("2/9"))
    assert _shown(tab, 0) == (1, HER_NOTE)
    _refused_then_loaded(qtbot, demo_ctx, walk_id, tab)


def test_answers_refused_on_leaving_the_tab_say_why_and_where_they_wait(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    walk_id = walked_today(demo_ctx)
    window, view, tab = answers_typed(qtbot, demo_ctx, walk_id)
    their_answers(demo_ctx, walk_id, THEIRS)
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    _click_tab(qtbot, view, view.tabs.indexOf(view.plan_tab))
    modals.check()
    assert seen == [f"{WHY} De står kvar där som du skrev dem."]
    _click_tab(qtbot, view, view.tabs.indexOf(tab))
    assert _shown(tab, 0) == (1, HER_NOTE) and tab.general_error.text() == REFUSED
    assert _stored(demo_ctx, walk_id, 0) == THEIRS
    # Closing the window asks, saying the same (ui.walks.typed_leaving).
    asked: list[str] = []
    modals.answer(answer_close_question(qtbot, CLOSE_ANYWAY, asked))
    window.close()
    modals.check()
    assert modals.seen[-1] == (
        f"Stänga fönstret?: {WHY}\n\n"
        "Stänga fönstret ändå, eller stanna kvar och kopiera det du skrivit?"
    )
    assert _stored(demo_ctx, walk_id, 0) == THEIRS
