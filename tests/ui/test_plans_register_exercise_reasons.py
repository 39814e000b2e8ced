"""Kris och övningar → Planer: "Senast övad" follows one rule and says it in the cell itself.
"aldrig", "ännu inte" and "–" stood side by side, which meant what said only on hover. Now a
plan not exercised by its kind reads "övas inte", "aldrig övad" stands only where the plan
should have been exercised (and is orange: test_plans_register_exercise_due), the SBA plan,
its drill planned, reads "inte övad än", and every cell of the column explains itself on
hover too."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, column_texts, hover_tooltip, row_texts
from tests.ui.windows import settle
from ui.context import AppContext

SBA = "Systematiskt brandskyddsarbete (SBA) – Garnisonen"


def test_last_exercised_says_why_it_reads_as_it_does(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    table = area.plans_page.table
    column = column_of(table, "Senast övad")
    names = column_texts(table, "Namn")

    def tooltip(name: str) -> str:
        return hover_tooltip(qtbot, table, names.index(name), column)

    assert row_texts(table, "Risk- och sårbarhetsanalys (RSA)")["Senast övad"] == "övas inte"
    assert tooltip("Risk- och sårbarhetsanalys (RSA)") == (
        "Övas inte: en plan av typen ”Risk- och sårbarhetsanalys (RSA)” följs och revideras "
        "men övas inte."
    )
    assert row_texts(table, "Lokal lägesbild Östermalm")["Senast övad"] == "övas inte"
    assert tooltip("Lokal lägesbild Östermalm").startswith(
        "Övas inte: en plan av typen ”Lägesbild”"
    )
    # Its drill planned, not due: "inte övad än", not a black "aldrig" beside orange ones.
    assert row_texts(table, SBA)["Senast övad"] == "inte övad än"
    assert row_texts(table, "Kontinuitetsplan hemtjänst och äldreomsorg")["Senast övad"] == (
        "aldrig övad"
    )
    # A date or one of the three words: no cell left to its tooltip to say what it means.
    words = {text for text in column_texts(table, "Senast övad") if not text[:1].isdigit()}
    assert words == {"aldrig övad", "inte övad än", "övas inte"}
    assert tooltip(SBA).startswith("En övning av planen är planerad: Utrymningsövning Garnisonen, ")
    assert tooltip("Kontinuitetsplan hemtjänst och äldreomsorg") == (
        "Dags att öva: planen ska övas minst en gång om året."
    )
    unexplained = [name for name in names if not tooltip(name)]
    assert unexplained == []

    # The chosen plan's facts say it too: the reason alone for a plan not exercised.
    click_row(qtbot, table, "Lokal lägesbild Östermalm")
    settle(qtbot)
    assert area.plans_page.detail.facts.fact("exercised") == (
        "Övas inte: en plan av typen ”Lägesbild” följs och revideras men övas inte."
    )
