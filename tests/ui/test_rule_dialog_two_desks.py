"""The meeting-rule editor when another desk gives the group its first rule while this one is
being written: Save tells, in Swedish, what happened and what to do, the dialog stays open with
the phrase and the fields as typed, nothing of the attempt is saved, and Save again saves it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.models import Group
from samverkan_desktop.recurrence import Frequency
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.test_rule_dialog import GROUP
from tests.ui.text_fit import plain
from ui.context import AppContext
from ui.groups.rule_dialog import PREVIEW_DELAY_MS, RuleDialog

TODAY = dt.date(2026, 11, 23)
MINE = "varje torsdag förmiddag"
THEIRS = "1 gång/månad"
REMOVE_BUTTON = "Ta bort regeln…"


def test_a_rule_saved_meanwhile_at_another_desk_is_told_and_the_typed_rule_kept(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, modals: ModalDriver
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group = ctx.call(make_group, GROUP)
    dialog = rule_dialog(qtbot, ctx, group, GROUP)
    read_rule(qtbot, dialog, MINE)
    saving = meeting_rules.set_rule

    def saved_meanwhile_elsewhere(session: Any, group_id: int, *args: Any, **kw: Any) -> Any:
        monkeypatch.setattr(meeting_rules, "set_rule", saving)  # only this once
        session.get(Group, group_id)  # this desk has read the group, then the other saves
        other = open_database(ctx.db.url)
        try:
            with other.session() as s:
                meeting_rules.set_rule_from_phrase(s, group_id, THEIRS)
        finally:
            other.dispose()
        return saving(session, group_id, *args, **kw)

    monkeypatch.setattr(meeting_rules, "set_rule", saved_meanwhile_elsewhere)
    click_button(qtbot, dialog, "Spara")  # at once, before the read-back is brought up to date
    qtbot.wait(PREVIEW_DELAY_MS + 100)  # the message stays

    assert dialog.isVisible()
    assert dialog.rule_error.isVisible()
    message = dialog.rule_error.text()
    # The rule quoted as the window shows rules (formatting.clock_held): "kl." held to its time
    # and the span whole, wherever the line breaks; it read "kl. 09.00–10.30", plain spaces.
    assert "kl.\u00a009.00–\u206010.30" in message
    assert plain(message) == (
        "En annan dator sparade en mötesregel för gruppen medan du skrev: "
        "”Första tisdagen varje månad kl. 09.00–10.30”. Din sparades inte; det du skrev finns "
        "kvar. Spara igen för att ersätta den med din."
    )
    assert dialog.phrase.text() == MINE  # as typed, and the fields with it
    assert dialog.fields.frequency.currentData() is Frequency.WEEKLY
    assert rule_phrase(ctx, group) == THEIRS  # the other desk's, nothing of mine

    saving_again_replaces_theirs(qtbot, ctx, dialog, modals, group)


def test_a_rule_changed_at_another_desk_after_the_editor_opened_is_not_overwritten(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, modals: ModalDriver
) -> None:
    # The editor opened on the group's rule; another desk then saved its own and ended. The
    # save here must not silently replace theirs (on SQLite it would: the write lock is free).
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group = ctx.call(make_group, GROUP)
    ctx.call(meeting_rules.set_rule_from_phrase, group, "varannan onsdag")
    dialog = rule_dialog(qtbot, ctx, group, GROUP)
    other = open_database(ctx.db.url)
    try:
        with other.session() as s:
            meeting_rules.set_rule_from_phrase(s, group, THEIRS)
    finally:
        other.dispose()
    read_rule(qtbot, dialog, MINE)
    click_button(qtbot, dialog, "Spara")
    modals.check()

    assert dialog.isVisible()
    assert dialog.rule_error.isVisible()
    assert "En annan dator sparade en mötesregel för gruppen" in dialog.rule_error.text()
    assert dialog.phrase.text() == MINE
    assert rule_phrase(ctx, group) == THEIRS
    saving_again_replaces_theirs(qtbot, ctx, dialog, modals, group)


def test_removing_a_rule_another_desk_changed_meanwhile_is_refused(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, modals: ModalDriver
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group = ctx.call(make_group, GROUP)
    ctx.call(meeting_rules.set_rule_from_phrase, group, "varannan onsdag")
    dialog = rule_dialog(qtbot, ctx, group, GROUP)
    ctx.call(meeting_rules.set_rule_from_phrase, group, THEIRS)  # as another desk would

    modals.answer(lambda box: click_button(qtbot, box, "Ta bort regeln"))
    click_button(qtbot, dialog, REMOVE_BUTTON)
    modals.check()

    assert dialog.isVisible()
    assert "En annan dator sparade en mötesregel för gruppen" in dialog.rule_error.text()
    assert rule_phrase(ctx, group) == THEIRS


def rule_phrase(ctx: AppContext, group_id: int) -> str | None:
    detail = ctx.call(meeting_rules.get_rule, group_id)
    return None if detail is None else detail.phrase


def saving_again_replaces_theirs(
    qtbot: QtBot, ctx: AppContext, dialog: RuleDialog, modals: ModalDriver, group_id: int
) -> None:
    """Told, the user saves again: their rule is replaced by the one typed."""
    click_button(qtbot, dialog, "Spara")
    modals.check()
    assert not dialog.isVisible()
    assert rule_phrase(ctx, group_id) == MINE
