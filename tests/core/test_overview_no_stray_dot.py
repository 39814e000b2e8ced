"""The Overview's overdue actions end with who is responsible: a row with no one named ended in a
stray " · " ("Skulle vara klar 2026-11-10 (för 10 dagar sedan) · "). The database names someone
for every action (has_responsible), so the empty case is a row given to the card as it comes; the
parts are joined by formatting.dotted, which leaves an empty one out with its dot."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.formatting import dotted
from samverkan_desktop.services import actions, contacts, meeting_overview
from samverkan_desktop.services.action_list_rows import ActionListRow, action_list_rows
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.contacts import PersonInput

TODAY = dt.date(2026, 11, 20)


def test_an_overdue_action_without_anyone_responsible_ends_without_a_dot(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        anna = contacts.create_person(s, PersonInput("Anna Berg"), today=TODAY)
        for title in ("Laga belysningen", "Beskära buskagen"):
            actions.create_action(
                s,
                ActionInput(
                    title,
                    responsible_person_id=anna,
                    due_on=dt.date(2026, 11, 10),
                    raised_on=dt.date(2026, 11, 1),
                ),
                TODAY,
            )
    rows = action_list_rows

    def one_unnamed(*args: object, **kwargs: object) -> list[ActionListRow]:
        return [
            dataclasses.replace(row, responsible="") if row.title == "Laga belysningen" else row
            for row in rows(*args, **kwargs)  # type: ignore[arg-type]
        ]

    monkeypatch.setattr(meeting_overview, "action_list_rows", one_unnamed)
    with db.session() as s:
        section = meeting_overview.overdue_actions(s, TODAY)
    details = {item.title: item.detail for item in section.items}
    assert details == {
        "Laga belysningen": "Skulle vara klar 2026-11-10 (för 10 dagar sedan)",
        "Beskära buskagen": "Skulle vara klar 2026-11-10 (för 10 dagar sedan) · Anna Berg",
    }


def test_dotted_joins_only_the_parts_present() -> None:
    assert dotted("Anna Berg", "Polisen") == "Anna Berg · Polisen"
    assert dotted("Anna Berg", "", None) == "Anna Berg"
    assert dotted(None, "Polisen") == "Polisen"
    assert dotted() == ""
