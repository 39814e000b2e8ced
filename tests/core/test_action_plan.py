"""The action plan's goal and situation picture per priority area of the agreement: typed figures
refused naming their row, the database refusing a figure twice, a negative one or a percentage
over 100, the figures read back as a table per source with the change from year to year, and
taking the area out of the agreement deleting them. Migration 0028 goes down and up. On SQLite
and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import inspect

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import (
    ConflictError,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from samverkan_desktop.models import FigureUnit
from samverkan_desktop.services import agreements, groups
from samverkan_desktop.services.action_plan import (
    FigureInput,
    FigureRow,
    area_plan_summaries,
    figure_tables,
    get_area_plan,
    save_area_plan,
)
from samverkan_desktop.services.action_plan_texts import change_text, figure_text
from samverkan_desktop.services.agreements import AgreementInput
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision

POLICE = "Polisens anmälningsstatistik"
SURVEY = "Trygghetsmätningen 2019"
TORG = "Hässelby torg"
WHOLE = "Hela stadsdelsområdet"

# Seed 004: Hässelby torg 2018 -> 2019, and the survey's shares
HASSELBY = [
    FigureInput("Anmälda brott: skadegörelse", TORG, "2018", "274", source=POLICE),
    FigureInput("Anmälda brott: skadegörelse", TORG, "2019", "142", source=POLICE),
    FigureInput("Anmälda brott: narkotika", TORG, "2018", "32", source=POLICE),
    FigureInput("Anmälda brott: narkotika", TORG, "2019", "60", source=POLICE),
    FigureInput(
        "Andel som upplever berusade personer som störande",
        TORG,
        "2019",
        "23 %",
        FigureUnit.PERCENT,
        SURVEY,
    ),
    FigureInput(
        "Andel som upplever berusade personer som störande",
        WHOLE,
        "2019",
        "9",
        FigureUnit.PERCENT,
        SURVEY,
    ),
]


def _before_0028() -> str:
    """The revision 0028 follows (0025 on its branch; the one before it once merged)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from samverkan_desktop.paths import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    down = ScriptDirectory.from_config(config).get_revision("0028_situation_figures").down_revision
    assert isinstance(down, str)
    return down


def _agreement(db: Database) -> tuple[int, int, int]:
    """An agreement picking the first two priority areas: (agreement, area, other area)."""
    with db.session() as s:
        first, second = [a.id for a in groups.list_priority_areas(s)][:2]
        agreement = agreements.create_agreement(
            s,
            AgreementInput(
                "Lokal samverkansöverenskommelse Hässelby-Vällingby",
                dt.date(2020, 1, 1),
                priority_area_ids=(first, second),
            ),
        )
    return agreement, first, second


def _deleted_in_trail(db: Database) -> dict[str, int]:
    found = rows(
        db,
        "SELECT table_name, COUNT(*) AS n FROM audit_log WHERE action = 'delete' AND table_name "
        "IN ('situation_figures', 'agreement_area_goals') GROUP BY table_name",
    )
    return {str(r["table_name"]): int(str(r["n"])) for r in found}


def _refusal(db: Database, agreement: int, area: int, *figures: FigureInput) -> str:
    with pytest.raises((ValidationError, ConflictError)) as caught:
        db.call(save_area_plan, agreement, area, "Mål", list(figures))
    return caught.value.message


def test_goal_and_figures_saved_and_read_back_in_order(db: Database) -> None:
    agreement, area, other = _agreement(db)
    db.call(save_area_plan, agreement, area, " Allmänna platser är trygga och välskötta ", HASSELBY)
    plan = db.call(get_area_plan, agreement, area)
    assert plan.goal == "Allmänna platser är trygga och välskötta"
    assert [(f.measure, f.place, f.year, f.value) for f in plan.figures][:3] == [
        ("Andel som upplever berusade personer som störande", WHOLE, 2019, 9.0),
        ("Andel som upplever berusade personer som störande", TORG, 2019, 23.0),
        ("Anmälda brott: narkotika", TORG, 2018, 32.0),
    ]
    assert db.call(get_area_plan, agreement, other).figures == ()

    # Saved again with one figure changed and one gone: the rest are the same rows.
    ids = {(f.measure, f.year): f.id for f in plan.figures}
    changed = [dataclasses.replace(HASSELBY[1], value="143,5"), *HASSELBY[2:]]
    db.call(save_area_plan, agreement, area, "", changed)
    again = db.call(get_area_plan, agreement, area)
    assert again.goal is None
    kept = {(f.measure, f.year): (f.id, f.value) for f in again.figures}
    assert kept[("Anmälda brott: skadegörelse", 2019)] == (
        ids[("Anmälda brott: skadegörelse", 2019)],
        143.5,
    )
    assert ("Anmälda brott: skadegörelse", 2018) not in kept
    assert len(again.figures) == 5


def test_typed_figures_are_refused_naming_their_row(db: Database) -> None:
    agreement, area, _other = _agreement(db)
    good = HASSELBY[0]
    assert _refusal(db, agreement, area, good, dataclasses.replace(good, year="19")) == (
        "Rad 2: ange året med fyra siffror, 1990–2100."
    )
    assert _refusal(db, agreement, area, dataclasses.replace(good, value="-3")) == (
        "Rad 1: en siffra kan inte vara negativ."
    )
    assert _refusal(db, agreement, area, dataclasses.replace(good, value="många")) == (
        "Rad 1: ”många” är inte ett tal (skriv till exempel 142 eller 23,5)."
    )
    assert _refusal(
        db, agreement, area, HASSELBY[4], dataclasses.replace(HASSELBY[5], value="101")
    ) == ("Rad 2: en andel i procent är högst 100.")
    assert _refusal(db, agreement, area, dataclasses.replace(good, measure=" ")) == (
        "Rad 1: ange vad som mäts."
    )
    assert _refusal(db, agreement, area, dataclasses.replace(good, place="")) == (
        "Rad 1: ange plats eller område."
    )
    twice = dataclasses.replace(good, measure="anmälda brott: SKADEGÖRELSE", value="1")
    assert _refusal(db, agreement, area, good, twice) == (
        "Rad 2: ”anmälda brott: SKADEGÖRELSE” för Hässelby torg år 2018 finns två gånger."
    )
    # An empty row (added and not used) is left out; nothing refused was saved.
    db.call(save_area_plan, agreement, area, None, [good, FigureInput("", "", "", "")])
    assert len(db.call(get_area_plan, agreement, area).figures) == 1


def test_an_area_not_in_the_agreement_is_refused(db: Database) -> None:
    agreement, _area, _other = _agreement(db)
    with db.session() as s:
        outside = [a.id for a in groups.list_priority_areas(s)][5]
    with pytest.raises(NotFoundError) as caught:
        db.call(save_area_plan, agreement, outside, "Mål", [])
    assert caught.value.message == "Det prioriterade området ingår inte längre i överenskommelsen."


def test_the_database_refuses_a_figure_twice_negative_or_over_100_percent(db: Database) -> None:
    agreement, area, _other = _agreement(db)
    db.call(save_area_plan, agreement, area, None, HASSELBY[:1])
    insert = (
        "INSERT INTO situation_figures (agreement_id, priority_area_id, measure, place, year, "
        "value, unit) VALUES (:a, :p, :m, 'Hässelby torg', :y, :v, :u)"
    )
    same = dict(a=agreement, p=area, m="Anmälda brott: skadegörelse", y=2018, v=1, u="count")
    refused(db, insert, **same)
    refused(db, insert, **{**same, "y": 2019, "v": -1})
    refused(db, insert, **{**same, "m": "Andel", "v": 100.5, "u": "percent"})
    refused(db, insert, **{**same, "y": 1850})
    with db.session() as s:
        outside = [a.id for a in groups.list_priority_areas(s)][5]
    refused(db, insert, **{**same, "p": outside, "y": 2019})  # not the agreement's area
    sql(db, insert, **{**same, "m": "Andel", "v": 100, "u": "percent"})


def test_taking_the_area_out_of_the_agreement_deletes_its_goal_and_figures(
    db: Database,
) -> None:
    agreement, area, other = _agreement(db)
    db.call(save_area_plan, agreement, area, "Allmänna platser är trygga", HASSELBY)
    db.call(save_area_plan, agreement, other, "Unga får tidigt stöd", [])
    current = db.call(agreements.get_agreement, agreement)
    with db.session() as s:
        agreements.update_agreement(
            s,
            agreement,
            AgreementInput(
                current.title,
                current.valid_from,
                priority_area_ids=(other,),
                expected_version=current.version,
            ),
        )
    assert rows(db, "SELECT COUNT(*) AS n FROM situation_figures")[0]["n"] == 0
    assert [r["goal"] for r in rows(db, "SELECT goal FROM agreement_area_goals")] == [
        "Unga får tidigt stöd"
    ]
    # Each in the trail, as the coordinator deleted them (not the database by itself).
    assert _deleted_in_trail(db) == {"situation_figures": 6, "agreement_area_goals": 1}


def test_figures_as_a_table_per_source_with_the_change_between_years() -> None:
    figures = [
        FigureRow(
            n,
            f.measure,
            f.place,
            int(f.year),
            float(f.value.rstrip(" %")),
            FigureUnit(f.unit),
            f.source,
        )
        for n, f in enumerate(HASSELBY, start=1)  # each unit as chosen, no Swedish word
    ] + [FigureRow(9, "Anmälda brott: våldsbrott", TORG, 2019, 51, FigureUnit.COUNT, POLICE)]
    police, survey = figure_tables(figures)
    assert (police.source, police.years) == (POLICE, (2018, 2019))
    assert [(r.measure, r.values) for r in police.rows] == [
        ("Anmälda brott: narkotika", (32, 60)),
        ("Anmälda brott: skadegörelse", (274, 142)),
        ("Anmälda brott: våldsbrott", (None, 51)),
    ]
    drugs, vandalism, violence = police.rows
    assert change_text(vandalism.changes[0], vandalism.unit) == "−132 (−48\u00a0%)"
    assert change_text(drugs.changes[0], drugs.unit) == "+28 (+88\u00a0%)"
    assert violence.changes == (None,)  # no figure for 2018: no change to give
    assert (survey.source, survey.years) == (SURVEY, (2019,))
    assert [(r.place, figure_text(r.values[0], r.unit)) for r in survey.rows] == [
        (WHOLE, "9\u00a0%"),
        (TORG, "23\u00a0%"),
    ]
    assert figure_text(1274.0, FigureUnit.COUNT) == "1\u00a0274"
    assert figure_text(23.5, FigureUnit.PERCENT) == "23,5\u00a0%"
    share = FigureRow(1, "Andel", TORG, 2018, 30, FigureUnit.PERCENT, None)
    (table,) = figure_tables([share, dataclasses.replace(share, id=2, year=2019, value=23)])
    assert change_text(table.rows[0].changes[0], FigureUnit.PERCENT) == "−7 p.e."


def test_migration_0028_goes_down_and_up(db: Database) -> None:
    agreement, area, _other = _agreement(db)
    db.call(save_area_plan, agreement, area, "Allmänna platser är trygga", HASSELBY)
    before = _before_0028()
    migrate(db, before)
    assert revision(db) == {before}
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert not {"situation_figures", "agreement_area_goals"} & tables
    assert [r["title"] for r in rows(db, "SELECT title FROM agreements")] == [
        "Lokal samverkansöverenskommelse Hässelby-Vällingby"
    ]
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert db.call(get_area_plan, agreement, area).figures == ()
    db.call(save_area_plan, agreement, area, "Igen", HASSELBY[:2])
    assert len(db.call(get_area_plan, agreement, area).figures) == 2


def test_the_unit_as_its_swedish_word_and_what_each_area_holds(db: Database) -> None:
    agreement, area, other = _agreement(db)
    share = FigureInput("Andel otrygga", TORG, "2019", "23,5", "procent", SURVEY)
    db.call(save_area_plan, agreement, area, "Trygga platser", [share])
    (saved,) = db.call(get_area_plan, agreement, area).figures
    assert (saved.unit, saved.value) == (FigureUnit.PERCENT, 23.5)
    assert _refusal(db, agreement, area, dataclasses.replace(share, unit="styck")) == (
        "Rad 1: välj enheten antal eller procent."
    )
    summaries = db.call(area_plan_summaries, agreement)
    assert [(s.priority_area_id, s.has_goal, s.figure_count) for s in summaries] == [
        (area, True, 1),
        (other, False, 0),
    ]


def test_deleting_the_agreement_deletes_its_action_plan(db: Database) -> None:
    agreement, area, _other = _agreement(db)
    db.call(save_area_plan, agreement, area, "Allmänna platser är trygga", HASSELBY)
    version = db.call(agreements.get_agreement, agreement).version
    db.call(agreements.delete_agreement, agreement, version)
    assert rows(db, "SELECT COUNT(*) AS n FROM situation_figures")[0]["n"] == 0
    assert rows(db, "SELECT COUNT(*) AS n FROM agreement_area_goals")[0]["n"] == 0
    assert _deleted_in_trail(db) == {"situation_figures": 6, "agreement_area_goals": 1}


def test_a_save_over_another_desks_is_refused_and_changes_nothing(db: Database) -> None:
    """Two desks with the same area open: the second save was written over the first (the
    last one won, unseen). It is refused as other stale saves are; the dialog keeps the text."""
    agreement, area, _other = _agreement(db)
    opened = db.call(get_area_plan, agreement, area)  # both desks open the empty area
    db.call(save_area_plan, agreement, area, "Mål från den andra datorn", HASSELBY, expected=opened)
    with pytest.raises(StaleRecordError) as refused_save:
        db.call(save_area_plan, agreement, area, "Mitt mål", HASSELBY[:1], expected=opened)
    assert "ändrade" in refused_save.value.message
    now = db.call(get_area_plan, agreement, area)
    assert now.goal == "Mål från den andra datorn" and len(now.figures) == len(HASSELBY)
    # Opened again (the other desk's text shown), the save goes through.
    db.call(save_area_plan, agreement, area, "Mitt mål", HASSELBY[:1], expected=now)
    assert db.call(get_area_plan, agreement, area).goal == "Mitt mål"
    # What the dialog shows, read again, is no change: saving on it goes through.
    shown = db.call(get_area_plan, agreement, area)
    db.call(save_area_plan, agreement, area, "Mitt mål, skärpt", HASSELBY[:1], expected=shown)
    assert db.call(get_area_plan, agreement, area).goal == "Mitt mål, skärpt"
