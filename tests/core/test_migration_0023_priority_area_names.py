"""Migration 0023 names the priority areas as the city's agreement with the police does ("Unga i
risk för kriminalitet", "Kameraövervakning"), leaves a name a district changed itself, and gives
the old names back on the way down. On SQLite and PostgreSQL."""

from __future__ import annotations

from samverkan_desktop.db import Database, head_revisions
from tests.core.database_rules import rows
from tests.core.migration_steps import migrate, revision

BEFORE = "0022_rule_before_group"
AGREED = {
    "places_and_vulnerable_areas": "Riktat arbete mot avgränsade platser och utsatta områden",
    "young_people_at_risk": "Unga i risk för kriminalitet",
    "defectors": "Avhopparverksamhet för kriminella",
    "vulnerable_crime_victims": "Särskilt utsatta och sårbara brottsoffer",
    "camera_surveillance": "Kameraövervakning",
}


def _names(db: Database) -> dict[str, str]:
    return {
        str(r["code"]): str(r["name"]) for r in rows(db, "SELECT code, name FROM priority_areas")
    }


def test_the_priority_areas_read_as_the_agreement_words_them(db: Database) -> None:
    names = _names(db)
    assert {code: names[code] for code in AGREED} == AGREED
    assert len(names) == 10 and names["violent_extremism"] == "Våldsbejakande extremism"


def test_a_name_the_district_changed_stays_and_down_gives_the_old_names(db: Database) -> None:
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    old = _names(db)
    assert old["young_people_at_risk"] == "Unga i riskzon för brottslighet"
    assert old["camera_surveillance"] == "Kamerabevakning"
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE priority_areas SET name = 'Kameror i Östermalm' "
            "WHERE code = 'camera_surveillance'"
        )

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    names = _names(db)
    assert names["camera_surveillance"] == "Kameror i Östermalm"
    assert names["young_people_at_risk"] == "Unga i risk för kriminalitet"
    assert names["vulnerable_crime_victims"] == "Särskilt utsatta och sårbara brottsoffer"
