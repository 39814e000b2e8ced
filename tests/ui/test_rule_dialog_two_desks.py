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
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import click_button
from tests.ui.test_rule_dialog import open_dialog, read
from ui.context import AppContext
from ui.groups.rule_dialog import PREVIEW_DELAY_MS

TODAY = dt.date(2026, 11, 23)
MINE = "varje torsdag förmiddag"
THEIRS = "1 gång/månad"


def test_a_rule_saved_meanwhile_at_another_desk_is_told_and_the_typed_rule_kept(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, modals: ModalDriver
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group = ctx.call(make_group, "Platssamverkan Testtorget")
    dialog = open_dialog(qtbot, ctx, group)
    read(qtbot, dialog, MINE)
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
    assert message == (
        "Någon vid en annan dator sparade en ändring i samma ögonblick, så din sparades inte; "
        "det du skrev finns kvar. Försök igen."
    )
    assert dialog.phrase.text() == MINE  # as typed, and the fields with it
    assert dialog.fields.frequency.currentData() is Frequency.WEEKLY
    detail = ctx.call(meeting_rules.get_rule, group)
    assert detail is not None and detail.phrase == THEIRS  # the other desk's, nothing of mine

    # Save again (the other desk's monthly meetings fall on Thursdays too: none goes).
    click_button(qtbot, dialog, "Spara")
    modals.check()
    assert not dialog.isVisible()
    detail = ctx.call(meeting_rules.get_rule, group)
    assert detail is not None and detail.phrase == MINE
