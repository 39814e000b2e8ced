"""The agreement with the police as the coordinator keeps it: parties with case numbers,
appendices typed one a line, priority areas, term and signing; refused input named, a stale save
refused, deleting it leaves its groups. Migration 0025 gives it a row version. On SQLite and
PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import ConflictError, StaleRecordError, ValidationError
from samverkan_desktop.models import GroupType, OrganisationKind, PlanKind
from samverkan_desktop.reports import group_structure
from samverkan_desktop.services import agreements, contacts, group_editing, groups, plans
from samverkan_desktop.services.agreements import AgreementInput
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.crisis_data import organisation
from tests.core.database_rules import rows
from tests.core.migration_steps import migrate, revision
from tests.core.test_walks_cli import needs_pdftotext, pdf_text

APPENDICES = """1 Gemensam lokal lägesbild
3a Åtgärdsplan för platssamverkan
10 Kommunikationsplan
2 Samverkansstruktur
3 Åtgärdsplan (med lokala arbetsgrupper och uppföljningsplan)"""


def _input(session: object, **changes: object) -> AgreementInput:
    base = AgreementInput(
        title="Lokal samverkansöverenskommelse Östermalm",
        valid_from=dt.date(2020, 2, 29),
        signed_on=dt.date(2020, 2, 21),
        signed_by="Stadsdelsdirektör; lokalpolisområdeschef",
        appendices=APPENDICES,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _agreement(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        sdf = organisation(s, "Östermalms stadsdelsförvaltning")
        police = contacts.create_organisation(
            s, contacts.OrganisationInput("Lokalpolisområde Norrmalm", OrganisationKind.POLICE)
        )
        areas = [a.id for a in groups.list_priority_areas(s)][:2]
        agreement = agreements.create_agreement(
            s,
            _input(
                s,
                parties=((sdf, "ÖST 2020/150"), (police, " A091.081/2020 ")),
                priority_area_ids=tuple(areas),
            ),
        )
    return agreement, sdf, police


def test_an_agreement_keeps_its_parties_appendices_and_areas(db: Database) -> None:
    agreement, sdf, police = _agreement(db)
    with db.session() as s:
        detail = agreements.get_agreement(s, agreement)
    assert [(p.organisation, p.case_number) for p in detail.parties] == [
        ("Östermalms stadsdelsförvaltning", "ÖST 2020/150"),
        ("Lokalpolisområde Norrmalm", "A091.081/2020"),
    ]
    # In the agreement's own order: 3a after 3, 10 last.
    assert [n for n, _title in detail.appendices] == ["1", "2", "3", "3a", "10"]
    assert detail.appendices[2][1] == "Åtgärdsplan (med lokala arbetsgrupper och uppföljningsplan)"
    assert len(detail.priority_areas) == 2 and detail.valid_until is None
    assert detail.next_revision == dt.date(2021, 2, 21)  # a year after signing

    with db.session() as s:
        agreements.update_agreement(
            s,
            agreement,
            _input(
                s,
                parties=((police, "A091.081/2021"),),
                appendices="1 Reviderad lokal lägesbild\n2 Samverkansstruktur",
                valid_until=dt.date(2027, 2, 28),
                expected_version=detail.version,
            ),
        )
        changed = agreements.get_agreement(s, agreement)
    assert [(p.organisation_id, p.case_number) for p in changed.parties] == [
        (police, "A091.081/2021")
    ]
    assert changed.appendices == (("1", "Reviderad lokal lägesbild"), ("2", "Samverkansstruktur"))
    assert changed.valid_until == dt.date(2027, 2, 28) and changed.version == detail.version + 1
    assert sdf not in [p.organisation_id for p in changed.parties]


def test_the_police_area_is_the_police_party_and_follows_it(db: Database) -> None:
    """Not typed beside the parties (the two could differ): the party of the kind Police, kept
    in step in the stored column when the parties change."""
    agreement, sdf, police = _agreement(db)
    with db.session() as s:
        assert agreements.get_agreement(s, agreement).police_area == "Lokalpolisområde Norrmalm"
        city = contacts.create_organisation(
            s, contacts.OrganisationInput("Lokalpolisområde City", OrganisationKind.POLICE)
        )
        agreements.update_agreement(
            s, agreement, _input(s, parties=((sdf, None), (police, None), (city, None)))
        )
        both = agreements.get_agreement(s, agreement).police_area
    assert both == "Lokalpolisområde Norrmalm och Lokalpolisområde City"
    assert rows(db, "SELECT police_area FROM agreements") == [{"police_area": both}]
    with db.session() as s:
        agreements.update_agreement(s, agreement, _input(s, parties=((sdf, "ÖST 2020/150"),)))
        assert agreements.get_agreement(s, agreement).police_area is None
        assert agreements.police_area_for(s, [sdf, city]) == "Lokalpolisområde City"
    assert rows(db, "SELECT police_area FROM agreements") == [{"police_area": None}]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "  "}, "title", "Rubriken måste fyllas i"),
        ({"valid_from": None}, "valid_from", "från vilket datum"),
        ({"valid_until": dt.date(2019, 1, 1)}, "valid_until", "innan den börjar gälla"),
        (
            {"revision_interval_months": 0},
            "revision_interval_months",
            "Revideringsintervall: 1–120 månader, inte 0",
        ),
        ({"appendices": "1 Lägesbild\nStrukturen"}, "appendices", "”Strukturen”"),
        ({"appendices": "1 Lägesbild\n1 Strukturen"}, "appendices", "Bilaga 1 finns två gånger"),
    ],
)
def test_wrong_input_is_refused_naming_what(
    db: Database, changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as refused, db.session() as s:
        agreements.create_agreement(s, _input(s, **changes))
    assert refused.value.field == field and words in str(refused.value)
    with db.session() as s:
        assert agreements.list_agreement_details(s) == []


def test_a_party_twice_a_title_taken_and_a_stale_save_are_refused(db: Database) -> None:
    agreement, sdf, _police = _agreement(db)
    with pytest.raises(ValidationError, match="är part två gånger"), db.session() as s:
        agreements.update_agreement(s, agreement, _input(s, parties=((sdf, None), (sdf, "x"))))
    with pytest.raises(ConflictError) as taken, db.session() as s:
        agreements.create_agreement(s, _input(s, title="LOKAL SAMVERKANSÖVERENSKOMMELSE ÖSTERMALM"))
    assert taken.value.field == "title"
    with db.session() as s:
        version = agreements.get_agreement(s, agreement).version
        agreements.update_agreement(s, agreement, _input(s, signed_by="Annan"))
    with pytest.raises(StaleRecordError), db.session() as s:
        agreements.update_agreement(
            s, agreement, _input(s, signed_by="Mitt", expected_version=version)
        )
    with db.session() as s:
        assert agreements.get_agreement(s, agreement).signed_by == "Annan"


def test_deleting_it_leaves_its_groups_under_no_agreement(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    with db.session() as s:
        group = group_editing.create_group(
            s, GroupInput("Lokal styrgrupp", GroupType.STYRGRUPP, agreement_id=agreement)
        )
        assert agreements.get_agreement(s, agreement).group_count == 1
    with db.session() as s:
        agreements.delete_agreement(s, agreement)
    with db.session() as s:
        assert agreements.list_agreement_details(s) == []
        assert groups.get_group(s, group).agreement_id is None
    assert rows(db, "SELECT * FROM agreement_parties") == []
    assert rows(db, "SELECT * FROM agreement_appendices") == []


def test_down_to_0024_and_up_again_keeps_the_agreement(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    migrate(db, "0024_group_follow_up_texts")
    assert "version" not in rows(db, "SELECT * FROM agreements")[0]
    assert len(rows(db, "SELECT * FROM agreement_parties")) == 2  # no cascade on the way
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    with db.session() as s:
        detail = agreements.get_agreement(s, agreement)
    assert detail.version == 1 and len(detail.parties) == 2 and len(detail.appendices) == 5


@needs_pdftotext
def test_the_structure_printout_says_until_further_notice_and_who_signed(
    db: Database, tmp_path: Path
) -> None:
    _agreement(db)
    out = tmp_path / "struktur.pdf"
    with db.session() as s:
        out.write_bytes(group_structure.build_structure(s, today=dt.date(2026, 12, 2)))
    text = " ".join(pdf_text(out).split())
    # The card's rows read as prose, their days written out (tables keep ISO dates).
    assert "från 29 februari 2020, tills vidare" in text
    assert "Undertecknad 21 februari 2020 · Stadsdelsdirektör; lokalpolisområdeschef" in text
    assert "Bilagor 1 Gemensam lokal lägesbild 2 Samverkansstruktur 3 Åtgärdsplan" in text


def test_a_change_of_parties_alone_moves_the_version(db: Database) -> None:
    """Another desk's form, read before, is then refused: a party removed is not overwritten
    by a save that still had it."""
    agreement, sdf, police = _agreement(db)
    with db.session() as s:
        before = agreements.get_agreement(s, agreement)
        same = dataclasses.replace(
            _input(s, priority_area_ids=before.priority_area_ids), expected_version=before.version
        )
        agreements.update_agreement(s, agreement, dataclasses.replace(same, parties=((sdf, None),)))
    with pytest.raises(StaleRecordError), db.session() as s:
        agreements.update_agreement(
            s, agreement, dataclasses.replace(same, parties=((sdf, None), (police, None)))
        )
    with db.session() as s:
        after = agreements.get_agreement(s, agreement)
    assert after.version == before.version + 1 and len(after.parties) == 1


def test_the_demos_agreement_is_due_for_revision_when_its_plan_is(demo_db: Database) -> None:
    """The demo's agreement and the plans register's entry for it tell one story: revised each
    February (it read "Revideras senast 2021-02-21" in red beside a register saying "Aktuell")."""
    today = clock.today()
    with demo_db.session() as s:
        (agreement,) = agreements.list_agreement_details(s)
        (plan,) = [
            p for p in plans.list_plans(s, today) if p.kind is PlanKind.COLLABORATION_AGREEMENT
        ]
    assert agreement.next_revision == plan.next_revision
    assert agreement.next_revision > today
