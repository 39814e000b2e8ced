"""Two desks write the same week's summary: a save made after the other desk changed the week is
refused in Swedish beside the item, the typed text stays and nothing of it is saved, saving again
before looking is refused too, and F5 (or the button) loads the other desk's week and item,
keeping what was typed in the fields the user changed; then saving stores both. Removing an item
the other desk has just rewritten is refused the same way until their version is seen; a move,
a removal and "Markera som skickad" say what was not done ("punkten flyttades inte"), not
"inget sparades"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog

TODAY = dt.date(2026, 12, 3)  # Thursday of week 49
WEEK = BriefWeek(2026, 49)
CTRL = Qt.KeyboardModifier.ControlModifier
LOAD_BUTTON = "Hämta ändringen, behåll min text (F5)"
LOAD_ONLY_BUTTON = "Hämta ändringen (F5)"  # nothing typed to keep


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _dialog(qtbot: QtBot, ctx: AppContext) -> WeeklyBriefDialog:
    dialog = show_window(qtbot, WeeklyBriefDialog(ctx), 1000, 560)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _stored(ctx: AppContext) -> list[tuple[str, str | None]]:
    return [(i.heading, i.text) for i in ctx.call(weekly_briefs.get_brief, WEEK).items]


def test_an_item_saved_after_another_desk_added_one_waits_for_their_week_to_be_loaded(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.POLICE, "Ordningspoliser"))
    dialog = _dialog(qtbot, ctx)
    editor = dialog.editor
    with another_desk(ctx.db.url) as desk:
        desk.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "Utskick från SSR"))
    type_text(qtbot, editor.heading, " vid Stureplan")
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)

    refusal = (
        "Någon annan har ändrat veckans sammanställning sedan du öppnade den, så inget sparades. "
        "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
    )
    assert editor.error.text() == refusal
    assert editor.reload_button.isVisible()
    assert editor.heading.text() == "Ordningspoliser vid Stureplan"
    stored = [("Ordningspoliser", None), ("Utskick från SSR", None)]
    assert _stored(ctx) == stored
    # Not looked at yet: saving again is refused too, never over theirs unseen.
    assert column_texts(dialog.table, "Rubrik") == ["Ordningspoliser"]
    click_button(qtbot, dialog, "Spara punkt")
    assert editor.error.text() == refusal
    assert _stored(ctx) == stored

    qtbot.keyClick(editor.heading, Qt.Key.Key_F5)
    assert column_texts(dialog.table, "Rubrik") == ["Ordningspoliser", "Utskick från SSR"]
    assert editor.heading.text() == "Ordningspoliser vid Stureplan"
    assert editor.error.text() == (
        "Veckans sammanställning är hämtad så som den nu är sparad. Det du skrev står kvar i "
        "rubrik. Kontrollera och spara igen."
    )
    assert not editor.reload_button.isVisible()
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)
    assert not editor.error.isVisible()
    assert _stored(ctx) == [("Ordningspoliser vid Stureplan", None), ("Utskick från SSR", None)]


def test_the_same_item_changed_at_another_desk_is_named_and_loaded_beside_the_typing(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    item_id = ctx.call(
        weekly_briefs.add_item, WEEK, ItemInput(BriefSource.POLICE, "Ordningspoliser", "Två")
    )
    dialog = _dialog(qtbot, ctx)
    editor = dialog.editor
    with another_desk(ctx.db.url) as desk:
        theirs = ItemInput(BriefSource.POLICE, "Ordningspoliser i city", "Tre patruller fredag")
        desk.call(weekly_briefs.update_item, item_id, theirs)
    type_text(qtbot, editor.heading, " vid Stureplan")
    click_button(qtbot, dialog, "Spara punkt")

    assert editor.error.text() == (
        "Någon annan har ändrat rubrik och text sedan du öppnade formuläret, så inget sparades. "
        "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
    )
    assert editor.heading.text() == "Ordningspoliser vid Stureplan"
    assert editor.text.toPlainText() == "Två"
    assert _stored(ctx) == [("Ordningspoliser i city", "Tre patruller fredag")]

    click_button(qtbot, dialog, LOAD_BUTTON)
    assert editor.heading.text() == "Ordningspoliser vid Stureplan"  # hers
    assert editor.text.toPlainText() == "Tre patruller fredag"  # theirs: she had not touched it
    assert editor.error.text() == (
        "Ändringen av text är hämtad. Det du skrev står kvar i rubrik. Kontrollera och spara igen."
    )
    assert editor.theirs_shown("heading") == (
        "Den andra sparade: ”Ordningspoliser i city”. Din text står kvar här – spara för att "
        "ersätta den."
    )
    assert column_texts(dialog.table, "Rubrik") == ["Ordningspoliser i city"]
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)
    assert not editor.error.isVisible()
    assert editor.theirs_shown("heading") == ""
    assert _stored(ctx) == [("Ordningspoliser vid Stureplan", "Tre patruller fredag")]


def test_removing_an_item_another_desk_just_rewrote_is_refused_until_theirs_is_seen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SLK, "Information från SLK"))
    item_id = ctx.call(
        weekly_briefs.add_item, WEEK, ItemInput(BriefSource.POLICE, "Ordningspoliser")
    )
    dialog = _dialog(qtbot, ctx)
    editor = dialog.editor
    click_row(qtbot, dialog.table, "Polisen")
    with another_desk(ctx.db.url) as desk:
        theirs = ItemInput(BriefSource.POLICE, "Ordningspoliser", "Viktigt: tre patruller")
        desk.call(weekly_briefs.update_item, item_id, theirs)
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    modals.check()

    assert editor.error.text() == (
        "Någon annan har ändrat text sedan du öppnade formuläret, så punkten togs inte bort. "
        "Hämta ändringen så ser du den."  # nothing typed: no "what you typed stays"
    )
    stored = [("Information från SLK", None), ("Ordningspoliser", "Viktigt: tre patruller")]
    assert _stored(ctx) == stored  # not removed unseen
    click_button(qtbot, dialog, LOAD_ONLY_BUTTON)
    assert editor.text.toPlainText() == "Viktigt: tre patruller"
    assert editor.error.text() == (
        "Ändringen av text är hämtad. Kontrollera och ta bort punkten igen om du fortfarande vill."
    )

    dialog.activateWindow()  # as the window system does when the question closes
    qtbot.waitUntil(dialog.isActiveWindow)
    click_row(qtbot, dialog.table, "Polisen")
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # seen: now it goes
    modals.check()
    assert _stored(ctx) == [("Information från SLK", None)]
    assert column_texts(dialog.table, "Rubrik") == ["Information från SLK"]


def test_a_move_refused_says_the_item_was_not_moved_and_moves_once_theirs_is_loaded(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SLK, "Information från SLK"))
    ctx.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.POLICE, "Ordningspoliser"))
    dialog = _dialog(qtbot, ctx)
    editor = dialog.editor
    click_row(qtbot, dialog.table, "Polisen")
    with another_desk(ctx.db.url) as desk:
        desk.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "Utskick från SSR"))
    click_button(qtbot, dialog, "Upp")

    assert editor.error.text() == (
        "Någon annan har ändrat veckans sammanställning sedan du öppnade den, så punkten "
        "flyttades inte. Hämta ändringen så ser du den."
    )
    order = ["Information från SLK", "Ordningspoliser", "Utskick från SSR"]
    assert [heading for heading, _text in _stored(ctx)] == order
    qtbot.keyClick(dialog.table, Qt.Key.Key_F5)
    assert editor.error.text() == (
        "Veckans sammanställning är hämtad så som den nu är sparad. "
        "Kontrollera och flytta punkten igen."
    )
    assert column_texts(dialog.table, "Rubrik") == order
    click_button(qtbot, dialog, "Upp")
    assert not editor.error.isVisible()
    assert column_texts(dialog.table, "Rubrik") == [order[1], order[0], order[2]]


def test_marking_as_sent_refused_says_it_was_not_marked(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    item_id = ctx.call(
        weekly_briefs.add_item, WEEK, ItemInput(BriefSource.POLICE, "Ordningspoliser")
    )
    dialog = _dialog(qtbot, ctx)
    with another_desk(ctx.db.url) as desk:
        theirs = ItemInput(BriefSource.POLICE, "Ordningspoliser i city")
        desk.call(weekly_briefs.update_item, item_id, theirs)
    click_button(qtbot, dialog, "Markera som skickad")

    assert dialog.editor.error.text() == (
        "Någon annan har ändrat rubrik sedan du öppnade formuläret, så sammanställningen "
        "markerades inte som skickad. Hämta ändringen så ser du den."
    )
    assert ctx.call(weekly_briefs.get_brief, WEEK).sent_on is None
    assert dialog.week_bar.sent_label.text() == "Inte skickad"
    click_button(qtbot, dialog, LOAD_ONLY_BUTTON)
    assert dialog.editor.error.text() == (
        "Ändringen av rubrik är hämtad. Kontrollera och markera den som skickad igen."
    )
    click_button(qtbot, dialog, "Markera som skickad")
    assert ctx.call(weekly_briefs.get_brief, WEEK).sent_on == TODAY


def test_an_item_removed_at_another_desk_while_written_here_is_saved_as_a_new_item(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    item_id = ctx.call(
        weekly_briefs.add_item, WEEK, ItemInput(BriefSource.POLICE, "Ordningspoliser", "Två")
    )
    ctx.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SLK, "Information från SLK"))
    dialog = _dialog(qtbot, ctx)
    editor = dialog.editor
    with another_desk(ctx.db.url) as desk:
        desk.call(weekly_briefs.remove_item, item_id)
        desk.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "Utskick från SSR"))
    type_text(qtbot, editor.heading, " vid Stureplan")
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)

    assert editor.error.text() == (
        "Punkten finns inte längre; någon annan kan ha tagit bort den. Det du skrev står kvar – "
        "spara det som en ny punkt om det ska vara med i sammanställningen."
    )
    theirs = [("Information från SLK", None), ("Utskick från SSR", None)]
    assert _stored(ctx) == theirs
    assert (editor.heading.text(), editor.text.toPlainText()) == (
        "Ordningspoliser vid Stureplan",
        "Två",
    )

    click_button(qtbot, dialog, "Spara som ny punkt")
    mine = ("Ordningspoliser vid Stureplan", "Två")
    assert _stored(ctx) == [*theirs, mine]  # theirs kept, hers added last
    assert column_texts(dialog.table, "Rubrik") == [heading for heading, _text in _stored(ctx)]
    chosen = dialog.table.current_row()
    assert chosen is not None and chosen.heading == "Ordningspoliser vid Stureplan"
    assert editor.caption.text() == "Ändra punkt"
    assert not editor.error.isVisible() and not editor.as_new_button.isVisible()
    type_text(qtbot, editor.heading, " fredag")
    qtbot.keyClick(editor.heading, Qt.Key.Key_S, CTRL)  # the new item is the one saved now
    assert _stored(ctx) == [*theirs, ("Ordningspoliser vid Stureplan fredag", "Två")]
