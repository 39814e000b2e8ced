"""Lending and returning alarm units: the reception's rules, undo, overdue and the Overview."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import AlarmUnit, UnitEventKind, UnitKind, UnitStatus
from samverkan_desktop.services import alarm_history, alarm_loans, alarms, overview, settings
from samverkan_desktop.services.alarm_history import LoanFilter
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import NOW, at, make


def test_home_visit_lend_defaults_to_today_17_and_shows_the_training(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        result = alarm_loans.lend(
            s, LendInput(data.units["LARM-03"], data.people["lena"], initials="ab"), now=NOW
        )
    assert result.unit_code == "LARM-03" and result.borrower == "Lena Persson"
    assert result.purpose is UnitKind.HOME_VISIT
    assert result.due_at == at(17)
    assert result.training_valid_until == dt.date(2028, 3, 10)
    assert result.warning is None
    with db.session() as s:
        unit = alarms.get_unit(s, data.units["LARM-03"], now=NOW)
        loan = alarm_history.list_loans(s, now=NOW)[0]
    assert unit.status is UnitStatus.ON_LOAN and unit.borrower == "Lena Persson"
    assert unit.due_at == at(17) and not unit.overdue
    assert loan.lent_by_initials == "AB"


def test_after_17_a_home_visit_unit_is_due_when_the_reception_opens_next_weekday() -> None:
    friday_evening = at(17, 30, day=27)
    assert alarm_loans.default_due_at(UnitKind.HOME_VISIT, friday_evening) == at(9, day=30)
    assert alarm_loans.default_due_at(UnitKind.HOME_VISIT, at(16, 59)) == at(17)
    assert alarm_loans.default_due_at(UnitKind.HOME_LOAN, NOW) is None


@pytest.mark.parametrize(
    ("lent", "due"),
    [
        # The day before midsummer's eve (Friday 19 June 2026): back on Monday.
        (dt.datetime(2026, 6, 18, 17, 30), dt.date(2026, 6, 22)),
        # New Year's Eve late: New Year's Day, then the weekend.
        (dt.datetime(2026, 12, 31, 23, 30), dt.date(2027, 1, 4)),
        # The day before Christmas Eve: 24, 25, 26 December and a Sunday.
        (dt.datetime(2026, 12, 23, 17, 0), dt.date(2026, 12, 28)),
        # Maundy Thursday: Good Friday, Easter Saturday, Sunday and Monday.
        (dt.datetime(2027, 3, 25, 18, 0), dt.date(2027, 3, 30)),
    ],
)
def test_after_17_a_home_visit_unit_is_due_when_the_reception_opens_after_the_holidays(
    lent: dt.datetime, due: dt.date
) -> None:
    # It stays closed on public holidays and on midsummer's, Christmas and New Year's eve.
    due_at = alarm_loans.default_due_at(UnitKind.HOME_VISIT, lent.replace(tzinfo=LOCAL_ZONE))
    assert due_at == dt.datetime.combine(due, dt.time(9), LOCAL_ZONE)


def test_unit_already_out_names_who_has_it_since_when(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        alarm_loans.lend(s, LendInput(data.units["LARM-03"], data.people["lena"]), now=NOW)
    with db.session() as s, pytest.raises(ConflictError) as error:
        alarm_loans.lend(
            s, LendInput(data.units["LARM-03"], data.people["lars"]), now=NOW + dt.timedelta(1)
        )
    assert str(error.value) == "LARM-03 är utlånat till Lena Persson sedan 2026-11-23 08.14."


def test_home_loan_needs_end_and_approving_manager(db: Database) -> None:
    with db.session() as s:
        data = make(s)
    unit, lena = data.units["LARM-13"], data.people["lena"]
    with db.session() as s, pytest.raises(ValidationError) as error:
        alarm_loans.lend(s, LendInput(unit, lena), now=NOW)
    assert error.value.field == "due_at" and "slutdatum" in str(error.value)
    until = dt.datetime(2026, 12, 18, 17, 0)  # naive: Stockholm time
    with db.session() as s, pytest.raises(ValidationError) as error:
        alarm_loans.lend(s, LendInput(unit, lena, due_at=until), now=NOW)
    assert error.value.field == "approved_by_id"
    with db.session() as s, pytest.raises(ValidationError) as error:
        alarm_loans.lend(s, LendInput(unit, lena, due_at=until, approved_by_id=lena), now=NOW)
    assert error.value.field == "approved_by_id" and "eget hemlån" in str(error.value)
    with db.session() as s, pytest.raises(ValidationError, match="inte anställd"):
        alarm_loans.lend(
            s,
            LendInput(unit, lena, due_at=until, approved_by_id=data.people["sara"]),
            now=NOW,
        )
    with db.session() as s:
        result = alarm_loans.lend(
            s,
            LendInput(
                unit,
                lena,
                due_at=until,
                approved_by_id=data.people["karin"],
                reason="Hotad av klient",
            ),
            now=NOW,
        )
        detail = alarm_history.get_loan(s, result.loan_id, now=NOW)
        row = alarm_history.list_loans(s, now=NOW)[0]
    assert result.purpose is UnitKind.HOME_LOAN and result.due_at == at(17, day=18, month=12)
    assert detail.reason == "Hotad av klient" and detail.loan.approved_by == "Karin Lindqvist"
    assert not hasattr(row, "reason")  # lists and the reception never carry the reason


def test_only_staff_can_borrow_and_due_must_be_later(db: Database) -> None:
    with db.session() as s:
        data = make(s)
    with db.session() as s, pytest.raises(ValidationError, match="inte anställd"):
        alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["sara"]), now=NOW)
    with db.session() as s, pytest.raises(ValidationError) as error:
        alarm_loans.lend(
            s,
            LendInput(data.units["LARM-01"], data.people["lena"], due_at=at(8)),
            now=NOW,
        )
    assert error.value.field == "due_at"
    with db.session() as s, pytest.raises(NotFoundError):
        alarm_loans.lend(s, LendInput(9999, data.people["lena"]), now=NOW)
    with db.session() as s:
        assert alarm_history.list_loans(s) == []


def test_expired_training_warns_or_blocks_by_setting(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        result = alarm_loans.lend(s, LendInput(data.units["LARM-01"], data.people["lars"]), now=NOW)
    assert result.warning == "Lars Eks larmutbildning gick ut 2023-03-09."
    assert result.training_valid_until == dt.date(2023, 3, 9)
    with db.session() as s:
        settings.set_choice(s, "alarms.training_required", "block")
    with db.session() as s, pytest.raises(ValidationError) as error:
        alarm_loans.lend(s, LendInput(data.units["LARM-02"], data.people["lars"]), now=NOW)
    assert "spärrad" in str(error.value) and error.value.field == "borrower_id"
    with db.session() as s:
        assert alarms.get_unit(s, data.units["LARM-02"]).status is UnitStatus.AVAILABLE
        # Someone who never attended: named as such.
        from samverkan_desktop.services import contacts

        new = contacts.create_person(s, contacts.PersonInput("Nils Nyström", is_staff=True))
    with db.session() as s, pytest.raises(ValidationError, match="inte gått larmutbildningen"):
        alarm_loans.lend(s, LendInput(data.units["LARM-02"], new), now=NOW)


def test_return_ok_on_charge_or_with_fault(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        for code in ("LARM-01", "LARM-02", "LARM-03"):
            alarm_loans.lend(s, LendInput(data.units[code], data.people["lena"]), now=NOW)
    later = at(15)
    with db.session() as s:
        ok = alarm_loans.return_unit(s, data.units["LARM-01"], initials="cd", now=later)
        charging = alarm_loans.return_unit(s, data.units["LARM-02"], put_on_charge=True, now=later)
        broken = alarm_loans.return_unit(
            s, data.units["LARM-03"], fault="Knappen fastnar", put_on_charge=True, now=later
        )
    assert ok.status is UnitStatus.AVAILABLE and not ok.was_overdue
    assert charging.status is UnitStatus.CHARGING
    assert broken.status is UnitStatus.OUT_OF_SERVICE
    with db.session() as s:
        events = alarms.list_unit_events(s, data.units["LARM-03"])
        loans = {row.unit_code: row for row in alarm_history.list_loans(s, now=later)}
        with pytest.raises(ConflictError, match="ur drift"):
            alarm_loans.lend(s, LendInput(data.units["LARM-03"], data.people["lena"]), now=later)
    assert [(e.kind, e.note) for e in events] == [(UnitEventKind.FAULT, "Knappen fastnar")]
    assert loans["LARM-03"].return_condition_ok is False
    assert loans["LARM-03"].fault_description == "Knappen fastnar"
    assert loans["LARM-01"].returned_by_initials == "CD" and loans["LARM-01"].returned_at == later
    with db.session() as s, pytest.raises(ConflictError, match="LARM-01 är inte utlånat"):
        alarm_loans.return_unit(s, data.units["LARM-01"], now=later)
    # A charged unit becomes available; a repaired one is back in service.
    with db.session() as s:
        alarms.record_event(s, data.units["LARM-02"], UnitEventKind.CHARGED, now=later)
        alarms.record_event(s, data.units["LARM-03"], UnitEventKind.REPAIRED, "Ny knapp")
        statuses = {u.code: u.status for u in alarms.list_units(s)}
    assert statuses["LARM-02"] is UnitStatus.AVAILABLE
    assert statuses["LARM-03"] is UnitStatus.AVAILABLE


def test_undo_a_return_then_the_lend(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        unit = data.units["LARM-01"]
        lent = alarm_loans.lend(s, LendInput(unit, data.people["lena"]), now=NOW)
    with db.session() as s:
        alarm_loans.return_unit(s, unit, fault="Trasig", now=at(12))
    with db.session() as s:
        undone = alarm_loans.undo_loan_action(s, lent.loan_id, now=at(12, 1))
    assert undone.undone is alarm_loans.UndoneAction.RETURN
    with db.session() as s:
        row = alarms.get_unit(s, unit, now=at(12, 1))
        assert alarms.list_unit_events(s, unit) == []  # the fault went with the return
    assert row.status is UnitStatus.ON_LOAN and row.loan_id == lent.loan_id
    with db.session() as s, pytest.raises(ConflictError, match="inte längre ångras"):
        alarm_loans.undo_loan_action(s, lent.loan_id, now=at(12, 5))


def test_undo_a_fresh_lend_restores_the_unit_and_too_late_is_refused(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        unit = data.units["LARM-02"]
        first = alarm_loans.lend(s, LendInput(unit, data.people["lena"]), now=NOW)
        alarm_loans.return_unit(s, unit, put_on_charge=True, now=at(10))
        second = alarm_loans.lend(s, LendInput(unit, data.people["leif"]), now=at(11))
    with db.session() as s:
        result = alarm_loans.undo_loan_action(
            s, second.loan_id, now=at(11, 0) + dt.timedelta(seconds=20)
        )
    assert result.undone is alarm_loans.UndoneAction.LEND
    assert result.status is UnitStatus.CHARGING  # as it was before the mistaken lend
    with db.session() as s:
        assert [row.id for row in alarm_history.list_loans(s)] == [first.loan_id]
        late = alarm_loans.lend(s, LendInput(unit, data.people["leif"]), now=at(12))
    with db.session() as s, pytest.raises(ConflictError, match="registrera en återlämning"):
        alarm_loans.undo_loan_action(s, late.loan_id, now=at(12, 3))


def test_undo_a_lend_of_a_unit_charged_since_its_return_leaves_it_available(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        unit = data.units["LARM-02"]
        alarm_loans.lend(s, LendInput(unit, data.people["lena"]), now=NOW)
        alarm_loans.return_unit(s, unit, put_on_charge=True, now=at(10))
        # Charged without a service event (as an import or the unit form records it).
        s.get_one(AlarmUnit, unit).last_charged_at = at(10, 45)
        s.get_one(AlarmUnit, unit).status = UnitStatus.AVAILABLE
    with db.session() as s:
        lent = alarm_loans.lend(s, LendInput(unit, data.people["leif"]), now=at(11))
    with db.session() as s:
        result = alarm_loans.undo_loan_action(
            s, lent.loan_id, now=at(11) + dt.timedelta(seconds=20)
        )
    assert result.status is UnitStatus.AVAILABLE


def test_overdue_loans_are_listed_and_counted_on_the_overview(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], data.people["lena"]), now=at(8, day=20)
        )
        alarm_loans.lend(s, LendInput(data.units["LARM-02"], data.people["leif"]), now=NOW)
        done = alarm_loans.lend(
            s, LendInput(data.units["LARM-03"], data.people["karin"]), now=at(8, day=19)
        )
        alarm_loans.return_unit(s, data.units["LARM-03"], now=at(18, day=19))
    noon = at(12)
    with db.session() as s:
        overdue = alarm_history.list_loans(s, LoanFilter(overdue_only=True), now=noon)
        open_ = alarm_history.list_loans(s, LoanFilter(open_only=True), now=noon)
        by_unit = alarm_history.list_loans(s, LoanFilter(unit_id=data.units["LARM-03"]), now=noon)
        by_period = alarm_history.list_loans(
            s, LoanFilter(start=dt.date(2026, 11, 19), end=dt.date(2026, 11, 20)), now=noon
        )
        section = alarm_history.overview_section(s, NOW.date())
        sections = {sec.key for sec in overview.gather(s, NOW.date())}
    assert [row.unit_code for row in overdue] == ["LARM-01"]
    assert {row.unit_code for row in open_} == {"LARM-01", "LARM-02"}
    assert [row.id for row in by_unit] == [done.loan_id] and not by_unit[0].overdue
    assert {row.unit_code for row in by_period} == {"LARM-01", "LARM-03"}
    assert "alarm_loans" in sections
    assert section.title == "Utlånade larm (1 försenat)" and section.total == 2
    assert [item.title for item in section.items] == ["LARM-01", "LARM-02"]
    assert section.items[0].urgency is overview.Urgency.OVERDUE
    assert section.items[0].detail == "Lena Persson · försenat sedan 2026-11-20 17.00"
    assert section.items[1].detail == "Leif Pettersson · ska tillbaka i dag 17.00"


def test_a_loan_due_days_ahead_shows_its_week_on_the_overview(db: Database) -> None:
    """The card read "ska tillbaka 2026-12-18 17.00" beside the walks' "2026-12-28 (v. 53)
    kl. 18.30": a day ahead carries its week there too."""
    with db.session() as s:
        data = make(s)
        alarm_loans.lend(
            s,
            LendInput(
                data.units["LARM-13"],
                data.people["lena"],
                due_at=dt.datetime(2026, 12, 18, 17, 0),
                approved_by_id=data.people["karin"],
            ),
            now=NOW,
        )
        alarm_loans.lend(s, LendInput(data.units["LARM-02"], data.people["leif"]), now=NOW)
    with db.session() as s:
        section = alarm_history.overview_section(s, NOW.date())
    heads = {item.title: item.head.replace("\u00a0", " ") for item in section.items}
    assert heads == {
        "LARM-02": "ska tillbaka i dag 17.00",  # today: the time is what matters
        "LARM-13": "ska tillbaka 2026-12-18 (v. 51) kl. 17.00",
    }


def _history(s, data, count: int = 12) -> None:  # type: ignore[no-untyped-def]
    """``count`` returned loans spread over the units and three borrowers, one a day."""
    borrowers = [data.people["lena"], data.people["leif"], data.people["karin"]]
    units = ["LARM-01", "LARM-02", "LARM-03"]
    for n in range(count):
        out = at(9, day=1 + n)
        alarm_loans.lend(s, LendInput(data.units[units[n % 3]], borrowers[n % 3]), now=out)
        alarm_loans.return_unit(s, data.units[units[n % 3]], now=out + dt.timedelta(hours=3))


def test_loan_search_pages_the_same_whichever_way_it_reads_the_history(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search with many candidates walks the loans newest first, one with few sorts them: the
    user sees the same pages either way, newest first."""
    with db.session() as s:
        data = make(s)
        _history(s, data)
    flt = LoanFilter(search="PERSSON")  # Lena Persson (not Leif Pettersson)
    with db.session() as s:
        few = [
            [r.id for r in alarm_history.list_loans(s, flt, limit=2, offset=o)] for o in (0, 2, 4)
        ]
        total = alarm_history.count_loans(s, flt)
    monkeypatch.setattr(alarm_history, "DENSE_SEARCH", 1)
    with db.session() as s:
        many = [
            [r.id for r in alarm_history.list_loans(s, flt, limit=2, offset=o)] for o in (0, 2, 4)
        ]
        everything = alarm_history.list_loans(s, flt)
    assert few == many
    assert total == 4 and [len(page) for page in few] == [2, 2, 0]
    assert all(row.borrower == "Lena Persson" for row in everything)
    assert [r.out_at for r in everything] == sorted((r.out_at for r in everything), reverse=True)


def test_loan_search_finds_unit_code_department_and_approving_manager(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        _history(s, data, count=6)
        alarm_loans.lend(
            s,
            LendInput(
                data.units["LARM-13"],
                data.people["lars"],
                due_at=at(12, day=30),
                approved_by_id=data.people["karin"],
                reason="Hot",
            ),
            now=NOW,
        )
    with db.session() as s:
        by_code = alarm_history.list_loans(s, LoanFilter(search="larm-13"))
        by_department = alarm_history.list_loans(s, LoanFilter(search="äldreOMSORG"))
        by_manager = alarm_history.list_loans(s, LoanFilter(search="lindqvist"))
        nothing = alarm_history.list_loans(s, LoanFilter(search="zz"))
    assert [r.unit_code for r in by_code] == ["LARM-13"]
    assert [r.borrower for r in by_department] == ["Lars Ek"]  # his department
    # Karin Lindqvist borrowed two of the six, and approved the home loan.
    assert {r.borrower for r in by_manager} == {"Karin Lindqvist", "Lars Ek"}
    assert len(by_manager) == 3
    assert nothing == []


def test_loans_sort_by_any_column_with_newest_first_among_equals(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        _history(s, data, count=6)
    with db.session() as s:
        by_unit = alarm_history.list_loans(s, sort=alarm_history.LoanSort("unit", False))
        by_borrower = alarm_history.list_loans(s, sort=alarm_history.LoanSort("borrower", True))
        page = alarm_history.list_loans(
            s, sort=alarm_history.LoanSort("unit", False), limit=2, offset=2
        )
        oldest_first = alarm_history.list_loans(s, sort=alarm_history.LoanSort("out", False))
        oldest_page = alarm_history.list_loans(
            s, sort=alarm_history.LoanSort("out", False), limit=2, offset=2
        )
    lent = [r.out_at for r in oldest_first]
    assert len(lent) == 6 and lent == sorted(lent)  # "Lent" clicked again: oldest first
    assert [r.id for r in oldest_page] == [r.id for r in oldest_first[2:4]]
    assert [r.unit_code for r in by_unit] == ["LARM-01"] * 2 + ["LARM-02"] * 2 + ["LARM-03"] * 2
    assert by_unit[0].out_at > by_unit[1].out_at  # newest first among the same unit
    assert [r.borrower for r in by_borrower] == ["Lena Persson"] * 2 + ["Leif Pettersson"] * 2 + [
        "Karin Lindqvist"
    ] * 2
    assert [r.id for r in page] == [r.id for r in by_unit[2:4]]
    with pytest.raises(ValueError):
        alarm_history.LoanSort("reason")


def test_a_home_visit_unit_due_far_ahead_is_refused(db: Database) -> None:
    """A slip of the year (2027 for 2026) lent a home-visit unit for a year: it would never
    count as late. Both roads of a lend (a Session, and db.call's direct one) refuse it."""
    with db.session() as s:
        data = make(s)
    unit, lena = data.units["LARM-01"], data.people["lena"]
    far = (NOW + dt.timedelta(days=365)).replace(tzinfo=None)
    with db.session() as s, pytest.raises(ValidationError, match="inom 14 dagar") as error:
        alarm_loans.lend(s, LendInput(unit, lena, due_at=far), now=NOW)
    assert error.value.field == "due_at"
    with pytest.raises(ValidationError, match="hemlån, godkänt av en chef"):
        db.call(alarm_loans.lend, LendInput(unit, lena, due_at=far), now=NOW)
    with db.session() as s:
        assert alarm_history.list_loans(s) == []
    weekend = (NOW + dt.timedelta(days=4)).replace(tzinfo=None)  # a visit over a long weekend
    result = db.call(alarm_loans.lend, LendInput(unit, lena, due_at=weekend), now=NOW)
    assert result.loan_id


def test_a_loan_late_since_today_says_today_as_one_due_today_does() -> None:
    """Late since 17.00 today read "försenat sedan 2026-11-23 17.00" beside "ska tillbaka i dag
    17.00" on the Overview (and the take-back form, and now the reception): "i dag" for both."""
    due = at(17)
    assert alarm_loans.due_phrase(due, False, NOW.date()) == "ska tillbaka i dag 17.00"
    assert alarm_loans.due_phrase(due, True, NOW.date()) == "försenat sedan i dag 17.00"
    next_day = NOW.date() + dt.timedelta(days=1)
    assert alarm_loans.due_phrase(due, True, next_day) == "försenat sedan 2026-11-23 17.00"
    # a unit's history shows the day lent: the time alone
    assert alarm_loans.overdue_since(due, same_day=NOW.date()) == "försenat sedan 17.00"
