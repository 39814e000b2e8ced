"""Migration 0018 composes text saved decomposed before the services composed it ("A" + a
combining ring, pasted from a Mac or a PDF): a typed search then finds it. Paths, codes and the
audit trail stay as stored; a name that composing makes equal to another is kept apart with
" (2)"; an evaluated exercise taken back to planned does not stop the upgrade."""

from __future__ import annotations

import datetime as dt
import importlib.util
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import exc as sa_exc

from samverkan_desktop.db import Database, head_revisions, open_database
from samverkan_desktop.models import Base, ObjectiveResult, PlanKind
from samverkan_desktop.services import action_list, contacts, exercise_objectives, plans
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.actions import ActionInput, create_action
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput
from samverkan_desktop.services.plans import PlanInput
from tests.core.database_rules import rows, sql
from tests.core.exercise_data import held_exercise
from tests.core.migration_steps import migrate, revision

BEFORE = "0017_exercise_and_caption_rules"
TODAY = dt.date(2026, 12, 1)
LONG_NAME = "Å" + "x" * 198
MIGRATION = Path(__file__).parents[2] / "db" / "versions" / "0018_composed_text.py"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _one(db: Database, statement: str, **params: object) -> Mapping[str, object]:
    (row,) = rows(db, statement, **params)
    return row


def test_a_pasted_name_is_composed_and_found_by_a_typed_search(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Namn"))
        owner = contacts.create_organisation(s, OrganisationInput("Fastighetsägaren"))
        action = create_action(s, ActionInput("Titel", responsible_organisation_id=owner), TODAY)
    migrate(db, BEFORE)
    # Saved before the services composed text (another tool writes it the same way today).
    sql(
        db,
        "UPDATE people SET name = :n, notes = :t WHERE id = :i",
        n=nfd("Åsa Åberg"),
        t=nfd("Nås på växeln"),
        i=person,
    )
    sql(db, "UPDATE actions SET title = :t WHERE id = :i", t=nfd("Måla bron vit"), i=action)
    migrate(db, "heads")

    assert revision(db) == head_revisions()
    assert _one(db, "SELECT name, notes FROM people WHERE id = :i", i=person) == {
        "name": "Åsa Åberg",
        "notes": "Nås på växeln",
    }
    with db.session() as s:
        found = [p.id for p in contacts.list_people(s, "åberg")]
        actions = action_list.action_ids(s, ActionFilter(search="måla"), today=TODAY)
    assert found == [person]
    assert actions == [action]  # SQLite's search index followed the title


def test_paths_and_the_audit_trail_stay_as_stored(db: Database) -> None:
    with db.session() as s:
        plan = plans.create_plan(s, PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan"))
    (audit,) = rows(db, "SELECT max(id) AS id FROM audit_log")
    migrate(db, BEFORE)
    stored_path = nfd("plans/1/Övningsplan Åre.pdf")
    sql(
        db,
        "INSERT INTO plan_attachments (plan_id, file_name, stored_path, byte_size, added_on) "
        "VALUES (:p, :f, :s, 1200, :d)",
        p=plan,
        f=nfd("Övningsplan Åre.pdf"),
        s=stored_path,
        d=TODAY,
    )
    sql(db, "UPDATE plans SET notes = :n WHERE id = :p", n=nfd("Gäller från årsskiftet"), p=plan)
    sql(db, "UPDATE audit_log SET who = :w WHERE id = :i", w=nfd("Åsa"), i=audit["id"])
    trail = rows(db, "SELECT * FROM audit_log ORDER BY id")
    migrate(db, "heads")

    attachment = _one(db, "SELECT file_name, stored_path FROM plan_attachments")
    assert attachment == {"file_name": nfd("Övningsplan Åre.pdf"), "stored_path": stored_path}
    assert str(attachment["stored_path"]).encode() == stored_path.encode()  # the file is found
    assert _one(db, "SELECT notes FROM plans")["notes"] == "Gäller från årsskiftet"
    assert rows(db, "SELECT * FROM audit_log ORDER BY id") == trail  # no row added or changed


def test_a_name_composing_makes_equal_to_another_is_kept_apart(db: Database) -> None:
    with db.session() as s:
        typed = contacts.create_organisation(s, OrganisationInput("Åbergs Fastigheter AB"))
        long_typed = contacts.create_organisation(s, OrganisationInput(LONG_NAME))
        pasted, pasted_twice, alone, long_pasted = (
            contacts.create_organisation(s, OrganisationInput(f"Organisation {n}"))
            for n in range(4)
        )
    migrate(db, BEFORE)
    # Two other spellings of the same name: "A" + a combining ring, and the Ångström sign.
    rename = "UPDATE organisations SET name = :n WHERE id = :i"
    sql(db, rename, n=nfd("Åbergs Fastigheter AB"), i=pasted)
    sql(db, rename, n="\u212bbergs Fastigheter AB", i=pasted_twice)
    sql(db, rename, n=nfd("Älvsjö SDF"), i=alone)
    sql(db, rename, n=nfd(LONG_NAME), i=long_pasted)  # 200 characters, the column's limit
    migrate(db, "heads")

    names = {r["id"]: r["name"] for r in rows(db, "SELECT id, name FROM organisations")}
    assert (
        names
        == {
            typed: "Åbergs Fastigheter AB",  # the name typed keeps it
            pasted: "Åbergs Fastigheter AB (2)",
            pasted_twice: "Åbergs Fastigheter AB (3)",
            alone: "Älvsjö SDF",
            long_typed: LONG_NAME,
            long_pasted: LONG_NAME[:196] + " (2)",  # still within the column's 200
        }
    )
    with db.session() as s:
        found = {o.name for o in contacts.list_organisations(s, "åbergs")}
    assert found == {
        "Åbergs Fastigheter AB",
        "Åbergs Fastigheter AB (2)",
        "Åbergs Fastigheter AB (3)",
    }


def test_an_evaluation_of_an_exercise_taken_back_to_planned_is_composed(db: Database) -> None:
    with db.session() as s:
        exercise, (objective,) = held_exercise(s, "Larmet når alla i krisledningen")
        exercise_objectives.evaluate_objective(s, objective, ObjectiveResult.MET, "Bra")
    migrate(db, BEFORE)
    comment = "Nåddes på sju minuter"
    sql(
        db, "UPDATE exercise_objectives SET comment = :c WHERE id = :o", c=nfd(comment), o=objective
    )
    sql(db, "UPDATE exercises SET status = 'planned' WHERE id = :e", e=exercise)
    migrate(db, "heads")

    assert _one(db, "SELECT comment FROM exercise_objectives")["comment"] == comment
    # The rule was only lifted for the upgrade: a new comment while planned is still refused.
    with pytest.raises(sa_exc.IntegrityError):
        sql(db, "UPDATE exercise_objectives SET comment = 'Ny' WHERE id = :o", o=objective)


def test_down_to_0017_keeps_the_composed_text_and_up_again_works(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Namn"))
    migrate(db, BEFORE)
    sql(db, "UPDATE people SET name = :n WHERE id = :i", n=nfd("Örjan Ängström"), i=person)
    migrate(db, "heads")
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert _one(db, "SELECT name FROM people WHERE id = :i", i=person)["name"] == "Örjan Ängström"
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert _one(db, "SELECT name FROM people WHERE id = :i", i=person)["name"] == "Örjan Ängström"


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("composed_text_migration", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_column_left_alone_names_a_column_of_the_models() -> None:
    """A misspelt exclusion would let the migration compose a path (a photo no longer found)."""
    migration = _migration()
    tables = Base.metadata.tables
    for table, column in migration.EXCLUDED_COLUMNS:
        assert column in tables[table].columns, (table, column)
    assert set(migration.EXCLUDED_TABLES) <= set(tables)


@pytest.mark.postgres
def test_a_postgresql_before_13_composes_the_text_in_python(pg_url: str) -> None:
    """``normalize`` came with PostgreSQL 13: an older server gets the SQLite way."""
    db = open_database(pg_url)
    try:
        with db.session() as s:
            person = contacts.create_person(s, PersonInput("Namn"))
        migrate(db, BEFORE)
        sql(db, "UPDATE people SET notes = :n WHERE id = :i", n=nfd("Nås på växeln"), i=person)
        db.engine.dialect.server_version_info = (12, 17)
        migrate(db, "heads")
        notes = _one(db, "SELECT notes FROM people WHERE id = :i", i=person)["notes"]
    finally:
        db.dispose()
    assert notes == "Nås på växeln"
