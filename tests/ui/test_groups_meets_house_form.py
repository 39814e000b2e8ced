"""Grupper: "Möts" reads "1 gång/månad (ej juli)" for a group whose rule or text was typed "1
gång/månad, ej juli" (the list showed the comma form beside the others' brackets), in the list
and, for a group without a rule, in its details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, GroupType
from samverkan_desktop.services import group_editing, meeting_rules
from samverkan_desktop.services.group_rows import GroupInput
from tests.ui.clicks import type_text
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts, row_texts
from ui.context import AppContext
from ui.groups.area import GroupsArea

TYPED = "1 gång/månad, ej juli"
SHOWN = "1 gång/månad (ej juli)"
RULED = "Arbetsgrupp våldsbejakande extremism"  # "1 gång/månad" in the demo
STORED = "Lokal beredningsgrupp Östermalm"  # a database from before: its rule typed so
FREE = "Arbetsgrupp Vasaparken"  # no rule: "Möts" as typed in its form


def _group_id(session: Session, name: str) -> int:
    return session.scalars(select(Group.id).where(Group.name == name)).one()


def _stored_as_typed(session: Session) -> None:
    session.scalars(select(Group).where(Group.name == STORED)).one().meeting_frequency = TYPED


def test_meets_typed_with_a_comma_reads_as_the_others(qtbot: QtBot, demo_ctx: AppContext) -> None:
    ruled = demo_ctx.call(_group_id, RULED)
    demo_ctx.call(meeting_rules.set_rule_from_phrase, ruled, TYPED)
    demo_ctx.call(_stored_as_typed)
    demo_ctx.call(
        group_editing.create_group,
        GroupInput(FREE, GroupType.PLATSSAMVERKAN, meeting_frequency=TYPED),
    )
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    table = area.page.table
    assert [row_texts(table, name)["Möts"] for name in (RULED, STORED, FREE)] == [SHOWN] * 3
    click_row(qtbot, table, FREE)
    qtbot.waitUntil(lambda: area.detail.facts.fact("meets") != "")
    assert area.detail.facts.fact("meets") == SHOWN


def test_the_search_finds_meets_as_shown_and_as_stored(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Typing what the list shows finds the group (the search read the stored "…, ej juli"
    only), and what was stored still finds it."""
    demo_ctx.call(_stored_as_typed)
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    page = area.page
    for typed in ("(ej juli)", "Månad (EJ JULI", TYPED):
        page.search.clear()
        type_text(qtbot, page.search, typed)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: column_texts(page.table, "Namn") == [STORED])
        assert row_texts(page.table, STORED)["Möts"] == SHOWN
    # A word of the shown text around what it holds finds nothing that is not there.
    page.search.clear()
    type_text(qtbot, page.search, "(ej juni)")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("0 av"))
