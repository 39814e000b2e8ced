"""The alarm inventory: codes as typed or scanned, service events, retiring; finding borrowers."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import (
    ConflictError,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from samverkan_desktop.models import AlarmUnit, UnitEventKind, UnitKind, UnitStatus
from samverkan_desktop.services import alarm_borrowers, alarm_loans, alarms, contacts
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.alarms import UnitInput
from samverkan_desktop.services.contacts import PersonInput
from tests.core.alarm_data import NOW, at, make


@pytest.mark.parametrize(
    "typed", ["LARM-03", "  larm-03\n", "larm - 03", "LARM+03", "larm03", "3", "larm-3", "LARM3"]
)
def test_a_unit_is_found_however_its_code_is_typed_or_scanned(db: Database, typed: str) -> None:
    with db.session() as s:
        make(s)
        assert alarms.find_unit(s, typed).code == "LARM-03"


def test_unknown_and_ambiguous_codes_are_named(db: Database) -> None:
    with db.session() as s:
        make(s)
        alarms.create_unit(s, UnitInput("HEM-03", UnitKind.HOME_LOAN))
        with pytest.raises(NotFoundError, match="Det finns inget larm med koden ”LARM-99”"):
            alarms.find_unit(s, "larm-99")
        with pytest.raises(ValidationError, match="HEM-03, LARM-03"):
            alarms.find_unit(s, "3")
        with pytest.raises(ValidationError):
            alarms.find_unit(s, "   ")
        # Without its zero, a code that two units could be (from before such codes were
        # refused) is named, not guessed.
        s.add(AlarmUnit(code="LARM-3", kind=UnitKind.HOME_VISIT))
        s.flush()
        with pytest.raises(ValidationError, match="LARM-3, LARM-03|LARM-03, LARM-3"):
            alarms.find_unit(s, "larm 003")
        assert alarms.find_unit(s, "larm-3").code == "LARM-3"  # typed as stored: that one
        with pytest.raises(NotFoundError):
            alarms.find_unit(s, "HEM-4")


def test_codes_are_stored_upper_case_unique_and_printable(db: Database) -> None:
    with db.session() as s:
        make(s)
        unit_id = alarms.create_unit(s, UnitInput(" larm-04 ", UnitKind.HOME_VISIT, "Modell X"))
        assert alarms.get_unit(s, unit_id).code == "LARM-04"
        with pytest.raises(ConflictError, match="LARM-01"):
            alarms.create_unit(s, UnitInput("larm01", UnitKind.HOME_VISIT))
        # The same letters and number without the zero: typed, it would be the same unit.
        with pytest.raises(ConflictError, match="LARM-01"):
            alarms.create_unit(s, UnitInput("larm-1", UnitKind.HOME_VISIT))
        with pytest.raises(ConflictError, match="LARM-02"):
            alarms.update_unit(s, unit_id, UnitInput("LARM-002", UnitKind.HOME_VISIT))
        alarms.update_unit(s, unit_id, UnitInput("LARM-004", UnitKind.HOME_VISIT))  # itself
        with pytest.raises(ValidationError) as error:
            alarms.create_unit(s, UnitInput("LÅRM-1", UnitKind.HOME_VISIT))
        assert error.value.field == "code"
        alarms.update_unit(
            s, unit_id, UnitInput("LARM-04", UnitKind.HOME_LOAN, serial_number="SN 123")
        )
        row = alarms.get_unit(s, unit_id)
    assert row.kind is UnitKind.HOME_LOAN and row.serial_number == "SN 123"
    assert row.make_model is None


def test_units_are_listed_in_natural_code_order(db: Database) -> None:
    with db.session() as s:
        for code in ("LARM-10", "LARM-2", "LARM-1"):
            alarms.create_unit(s, UnitInput(code, UnitKind.HOME_VISIT))
        assert [u.code for u in alarms.list_units(s)] == ["LARM-1", "LARM-2", "LARM-10"]


def test_service_events_update_status_and_dates(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        unit = data.units["LARM-01"]
        alarms.record_event(s, unit, UnitEventKind.TESTED, "OK", initials="nh", now=NOW)
        alarms.record_event(s, unit, UnitEventKind.CHARGED, now=at(9))
        with pytest.raises(ValidationError):
            alarms.record_event(s, unit, UnitEventKind.FAULT, "  ")
        alarms.record_event(s, unit, UnitEventKind.FAULT, "Batteriet laddar inte", now=at(10))
        assert alarms.get_unit(s, unit).status is UnitStatus.OUT_OF_SERVICE
        alarms.record_event(s, unit, UnitEventKind.REPAIRED, "Nytt batteri", now=at(11))
        with pytest.raises(ConflictError, match="inte ur drift"):
            alarms.record_event(s, unit, UnitEventKind.REPAIRED, now=at(12))
        row = alarms.get_unit(s, unit)
        events = alarms.list_unit_events(s, unit)
    assert row.status is UnitStatus.AVAILABLE
    assert row.last_tested_on == NOW.date() and row.last_charged_at == at(9)
    assert [e.kind for e in events] == [
        UnitEventKind.REPAIRED,
        UnitEventKind.FAULT,
        UnitEventKind.CHARGED,
        UnitEventKind.TESTED,
    ]
    assert events[-1].initials == "NH"


def test_retire_keeps_history_and_refuses_twice(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        alarms.retire_unit(s, data.units["LARM-02"], "Tappat", now=NOW)
        with pytest.raises(ConflictError, match="redan kasserat"):
            alarms.retire_unit(s, data.units["LARM-02"])
        with pytest.raises(ConflictError, match="kasserat"):
            alarms.record_event(s, data.units["LARM-02"], UnitEventKind.TESTED)
        active = [u.code for u in alarms.list_units(s, include_retired=False)]
        events = alarms.list_unit_events(s, data.units["LARM-02"])
    assert "LARM-02" not in active and len(active) == 3
    assert [(e.kind, e.note) for e in events] == [(UnitEventKind.RETIRED, "Tappat")]


def test_borrowers_by_two_or_three_letters_staff_only_best_first(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        assert [m.name for m in alarm_borrowers.find_borrowers(s, "lp")] == [
            "Leif Pettersson",
            "Lena Persson",
        ]
        # Equal fits: whoever borrowed last comes first.
        alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["lena"]), now=NOW)
        by = {
            typed: [m.name for m in alarm_borrowers.find_borrowers(s, typed, today=NOW.date())]
            for typed in ("lp", "len", "LE", "per", "lpe", "kl", "sa", "", "xyz")
        }
        lena = alarm_borrowers.find_borrowers(s, "lp", today=NOW.date())[0]
    assert by["lp"] == ["Lena Persson", "Leif Pettersson"]
    assert by["len"] == ["Lena Persson"]
    # Lars Ek's initials, but his training expired: the trained go first.
    assert by["LE"] == ["Lena Persson", "Leif Pettersson", "Lars Ek"]
    assert by["per"] == ["Lena Persson"]
    assert by["lpe"] == ["Lena Persson", "Leif Pettersson"]
    assert by["kl"] == ["Karin Lindqvist"]
    assert by["sa"] == []  # Sara Holm is the police's, not staff
    assert by[""] == [] and by["xyz"] == []
    assert lena.initials == "LP" and lena.department == "Socialtjänsten"
    assert lena.trained_on == dt.date(2026, 3, 10)
    assert lena.training_valid_until == dt.date(2028, 3, 10) and lena.training_valid


def test_the_borrowers_beyond_the_limit_are_counted(db: Database) -> None:
    """The reception lists six and says how many more fit: the one looked for may be among
    them (type more of the name)."""
    with db.session() as s:
        make(s)
        fits = {
            limit: alarm_borrowers.fit_borrowers(s, "l", limit, today=NOW.date())
            for limit in (1, 4, 8)
        }
    assert [len(fits[limit].matches) for limit in (1, 4, 8)] == [1, 4, 4]
    assert [fits[limit].more for limit in (1, 4, 8)] == [3, 0, 0]


def test_the_trained_come_first_and_a_home_loan_is_not_held(
    db: Database,
) -> None:
    """The reception's list: people with valid alarm training before those without, even a
    more recent borrower or a better fit; within each, the best fit first. What a person
    "already has" is home-visit units only: a home loan there would tell the desk that she is
    under threat."""
    with db.session() as s:
        data = make(s)
        p, u = data.people, data.units
        alarm_loans.lend(s, LendInput(u["LARM-01"], p["lars"]), now=NOW)  # training expired
        alarm_loans.lend(
            s,
            LendInput(
                u["LARM-13"],
                p["lena"],
                due_at=NOW + dt.timedelta(days=30),
                approved_by_id=p["karin"],
            ),
            now=NOW,
        )
        found = alarm_borrowers.find_borrowers(s, "l", today=NOW.date(), now=NOW)
    assert [m.name for m in found] == [
        "Lena Persson",  # trained, and borrowed last
        "Leif Pettersson",
        "Karin Lindqvist",  # trained: above Lars, though "l" starts only her surname
        "Lars Ek",  # as good a fit and borrowed as late as Lena, but untrained
    ]
    held = {m.name: m.holding for m in found}
    assert held["Lars Ek"] == (("LARM-01", False),)
    assert held["Lena Persson"] == ()


def test_the_line_chosen_for_enter_is_never_an_untrained_one_unasked(db: Database) -> None:
    """Enter lends to the line chosen before any arrow key: the first, trained, where nobody
    untrained fits the letters better; else none, and the receptionist chooses. "LE" is Lars
    Ek's initials (training expired): Leif Pettersson, trained, stands first but is not
    chosen, as the letters name Lars; "ek" fits Lars alone."""
    with db.session() as s:
        make(s)
        fits = {
            typed: alarm_borrowers.fit_borrowers(s, typed, 8, today=NOW.date())
            for typed in ("l", "LE", "ek", "lp")
        }
    assert [(fits[t].matches[0].name, fits[t].chosen) for t in ("l", "LE", "ek", "lp")] == [
        ("Leif Pettersson", 0),  # as good a fit as Lars
        ("Leif Pettersson", None),
        ("Lars Ek", None),
        ("Leif Pettersson", 0),  # his initials as much as Lena's
    ]


def test_resolve_staff_for_the_command_line(db: Database) -> None:
    with db.session() as s:
        make(s)
        assert alarm_borrowers.resolve_staff(s, "lena persson").name == "Lena Persson"
        assert alarm_borrowers.resolve_staff(s, "Karin").name == "Karin Lindqvist"
        assert alarm_borrowers.resolve_staff(s, "Pettersson").name == "Leif Pettersson"
        # Each with what tells them apart, and how to choose one by its number.
        with pytest.raises(
            ValidationError,
            match=r"Leif Pettersson \(nr \d+, Socialtjänsten\), Lena Persson \(nr \d+, Soc.*numret",
        ):
            alarm_borrowers.resolve_staff(s, "le")
        with pytest.raises(NotFoundError, match="Ingen anställd heter ”Sara Holm”"):
            alarm_borrowers.resolve_staff(s, "Sara Holm")
        for name in ("Ärla Berg", "Åsa Berg", "Zelda Berg"):
            contacts.create_person(s, PersonInput(name, is_staff=True))
        # The names it could mean, in Swedish order (Å before Ä, both after Z).
        with pytest.raises(
            ValidationError, match=r"Zelda Berg \(nr \d+\), Åsa Berg \(nr \d+\), Ärla Berg \(nr"
        ):
            alarm_borrowers.resolve_staff(s, "Berg")


def test_a_units_details_saved_elsewhere_meanwhile_are_not_overwritten(db: Database) -> None:
    """The form's save names the version it showed: after another desk's save (or a service
    event) it is refused and nothing is overwritten; a lend in between is no conflict (it does
    not touch what the form edits)."""
    with db.session() as s:
        data = make(s)
    unit = data.units["LARM-02"]
    with db.session() as s:
        shown = alarms.get_unit(s, unit)
    with db.session() as s:  # another desk
        alarms.update_unit(
            s,
            unit,
            UnitInput(
                "LARM-02", UnitKind.HOME_VISIT, notes="Ny rem", expected_version=shown.version
            ),
        )
    with pytest.raises(StaleRecordError), db.session() as s:
        alarms.update_unit(
            s,
            unit,
            UnitInput("LARM-02", UnitKind.HOME_VISIT, "Modell Y", expected_version=shown.version),
        )
    with db.session() as s:
        now = alarms.get_unit(s, unit)
    assert (now.notes, now.make_model) == ("Ny rem", None)  # the other desk's save stands
    db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
    with db.session() as s:
        alarms.update_unit(
            s,
            unit,
            UnitInput(
                "LARM-02",
                UnitKind.HOME_VISIT,
                "Modell Y",
                notes="Ny rem",
                expected_version=now.version,
            ),
        )
        alarms.record_event(s, unit, UnitEventKind.TESTED, now=NOW)
        after_event = alarms.get_unit(s, unit)
    assert after_event.make_model == "Modell Y" and after_event.version > now.version + 1
    with pytest.raises(StaleRecordError), db.session() as s:
        alarms.update_unit(
            s, unit, UnitInput("LARM-02", UnitKind.HOME_VISIT, expected_version=now.version + 1)
        )
