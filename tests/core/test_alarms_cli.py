"""``samverkan units`` and ``samverkan loans``: the contracts scripts rely on (JSON keys, exit
codes, one-line messages)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.db import open_database
from samverkan_desktop.services import alarm_loans, contacts
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.contacts import PersonInput
from tests.core.alarm_data import Data, at, make


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--db", url, *args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _data(url: str) -> Data:
    db = open_database(url)
    try:
        with db.session() as s:
            return make(s)
    finally:
        db.dispose()


def _one_line_error(err: str) -> str:
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0, err
    return err.strip()


def test_units_add_and_list_as_json(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db_url, "units", "add", "larm-20", "--kind", "home-loan")
    assert code == 0 and "LARM-20" in out and "Hemlån" in out
    code, out, err = run(capsys, db_url, "units", "add", "LARM20", "--kind", "home-visit")
    assert code == 1 and "LARM-20" in _one_line_error(err)
    code, out, _ = run(capsys, db_url, "units", "list", "--json")
    units = json.loads(out)
    assert code == 0
    assert {"code", "kind", "status", "borrower", "due_at", "overdue"} <= set(units[0])
    assert units == [{**units[0], "code": "LARM-20", "kind": "home_loan", "status": "available"}]
    assert run(capsys, db_url, "units", "add", "X", "--kind", "car")[0] == 1  # not a kind


def test_lend_return_and_list_loans(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _data(db_url)
    code, out, err = run(capsys, db_url, "loans", "out", " larm-01", "--to", "lena persson")
    assert code == 0, err
    assert "LARM-01 utlånat till Lena Persson, åter senast" in out
    code, out, err = run(capsys, db_url, "loans", "out", "LARM-01", "--to", "Leif Pettersson")
    assert code == 1
    assert _one_line_error(err).startswith("Fel: LARM-01 är utlånat till Lena Persson sedan ")
    code, out, _ = run(capsys, db_url, "loans", "list", "--open", "--json")
    loans = json.loads(out)
    assert {"unit", "borrower", "out_at", "due_at", "returned_at"} <= set(loans[0])
    assert [(x["unit"], x["borrower"], x["returned_at"]) for x in loans] == [
        ("LARM-01", "Lena Persson", None)
    ]
    assert loans[0]["purpose"] == "home_visit" and "reason" not in loans[0]
    out_at = dt.datetime.fromisoformat(loans[0]["out_at"])
    assert out_at.utcoffset() is not None  # ISO 8601 with the offset
    code, out, _ = run(capsys, db_url, "loans", "in", "LARM-01", "--fault", "Knappen lossnar")
    assert code == 0 and "Ur drift" in out
    code, out, err = run(capsys, db_url, "loans", "in", "LARM-01")
    assert code == 1 and "LARM-01 är inte utlånat" in _one_line_error(err)
    units = {u["code"]: u for u in json.loads(run(capsys, db_url, "units", "list", "--json")[1])}
    assert units["LARM-01"]["status"] == "out_of_service"
    code, out, _ = run(capsys, db_url, "loans", "list", "--json")
    assert json.loads(out)[0]["fault_description"] == "Knappen lossnar"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["LARM-99", "--to", "Lena Persson"], "Det finns inget larm med koden ”LARM-99”"),
        (["LARM-02", "--to", "Nils Holgersson"], "Ingen anställd heter ”Nils Holgersson”"),
        (["LARM-02", "--to", "Sara Holm"], "Ingen anställd heter ”Sara Holm”"),
        (["LARM-02", "--to", "Le"], "passar flera anställda: Leif Pettersson (nr "),
        (["LARM-13", "--to", "Lena Persson"], "Ett hemlån behöver ett slutdatum"),
        (
            ["LARM-13", "--to", "Lena Persson", "--until", "2030-01-10", "--long-loan"],
            "Ett hemlån behöver chefen som har godkänt det",
        ),
        (["LARM-02", "--to", "Lars Ek", "--until", "2000-01-01T10:00"], "senare än nu"),
    ],
)
def test_lending_problems_exit_1_with_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    _data(sqlite_url)
    code, out, err = run(capsys, sqlite_url, "loans", "out", *args)
    assert code == 1 and message in _one_line_error(err)
    assert json.loads(run(capsys, sqlite_url, "loans", "list", "--json")[1]) == []


def test_home_loan_from_the_command_line_and_training_warning(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _data(sqlite_url)
    code, out, err = run(
        capsys,
        sqlite_url,
        "loans",
        "out",
        "LARM-13",
        "--to",
        "Lena Persson",
        "--purpose",
        "home-loan",
        "--until",
        "2030-01-10",
        "--long-loan",  # over three years: past alarms.long_loan_days (test_cli_long_loan.py)
        "--approved-by",
        "Karin Lindqvist",
        "--reason",
        "Hotad av klient",
        "--initials",
        "nh",
    )
    assert code == 0 and "2030-01-10 17.00" in out and err == ""  # the window's clock
    loan = json.loads(run(capsys, sqlite_url, "loans", "list", "--json")[1])[0]
    assert loan["purpose"] == "home_loan" and loan["approved_by"] == "Karin Lindqvist"
    assert loan["lent_by_initials"] == "NH" and "Hotad" not in json.dumps(loan)
    code, out, err = run(capsys, sqlite_url, "loans", "out", "LARM-02", "--to", "Lars Ek")
    assert code == 0 and err.strip() == "Varning: Lars Eks larmutbildning gick ut 2023-03-09."


def test_overdue_list_undo_and_pseudonymise(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data(sqlite_url)
    db = open_database(sqlite_url)
    with db.session() as s:
        old = alarm_loans.lend(
            s, LendInput(data.units["LARM-03"], data.people["lena"]), now=at(8, year=2023)
        )
        alarm_loans.return_unit(s, data.units["LARM-03"], now=at(12, year=2023))
        late = alarm_loans.lend(
            s, LendInput(data.units["LARM-02"], data.people["leif"]), now=at(8, day=2, month=1)
        )
    db.dispose()
    code, out, _ = run(capsys, sqlite_url, "loans", "list", "--overdue")
    assert code == 0 and "LARM-02" in out and "FÖRSENAT" in out and "LARM-03" not in out
    code, out, _ = run(capsys, sqlite_url, "loans", "list", "--overdue", "--json")
    assert [(x["id"], x["overdue"]) for x in json.loads(out)] == [(late.loan_id, True)]
    code, out, err = run(capsys, sqlite_url, "loans", "undo", str(late.loan_id))
    assert code == 1 and "kan inte längre ångras" in _one_line_error(err)
    code, out, _ = run(capsys, sqlite_url, "loans", "pseudonymise")
    assert code == 0 and out.startswith("1 lån som återlämnades före ")
    loans = {x["id"]: x for x in json.loads(run(capsys, sqlite_url, "loans", "list", "--json")[1])}
    assert loans[old.loan_id]["borrower"] is None and loans[old.loan_id]["pseudonymised"]
    assert loans[late.loan_id]["borrower"] == "Leif Pettersson"


def test_printouts_from_the_command_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _data(sqlite_url)
    run(capsys, sqlite_url, "loans", "out", "LARM-01", "--to", "Lena Persson")
    for args in (
        ["loanlog", "--from", "2026-01-01", "--to", "2030-12-31"],
        ["labels"],
        ["labels", "LARM-01", "larm-02", "--skip", "3"],
        ["notreturned"],
        ["borrowercard"],
        ["borrowercard", "--loan", "1"],
        ["alarmstats", "--year", "2026"],
    ):
        target = tmp_path / f"{args[0]}.pdf"
        code, out, err = run(capsys, sqlite_url, "print", *args, "--out", str(target))
        assert code == 0, (args, err)
        assert target.read_bytes().startswith(b"%PDF")
    code, out, err = run(
        capsys, sqlite_url, "print", "handover", "1", "--out", str(tmp_path / "h.pdf")
    )
    # The form is called what the window calls it ("Överlämningsblankett").
    assert code == 1 and "Överlämningsblanketten gäller hemlån" in _one_line_error(err)
    assert "överlämningsblanketten för ett hemlån" in run(capsys, sqlite_url, "print", "--help")[1]
    code, out, err = run(
        capsys, sqlite_url, "print", "handover", "99", "--out", str(tmp_path / "h.pdf")
    )
    assert code == 1 and _one_line_error(err) == "Fel: Det finns inget lån med nummer 99."
    code, out, err = run(
        capsys,
        sqlite_url,
        "print",
        "loanlog",
        "--from",
        "2026-02-01",
        "--to",
        "2026-01-01",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Perioden kan inte sluta innan den börjar" in err
    assert (
        run(capsys, sqlite_url, "print", "loanlog", "--from", "igår", "--to", "x", "--out", "y")[0]
        == 1
    )


def _columns(table: str) -> list[str]:
    """The headers of a printed table, checked against its rule line: one name per column."""
    header, rule = table.splitlines()[:2]
    names = re.split(r"\s{2,}", header.strip())
    assert len(names) == len(rule.split()), table
    return names


def test_the_loan_id_shows_in_the_list_and_on_return_and_every_column_has_a_header(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`loans undo LOAN_ID` needs the id: `loans in` and the `loans list` table give it, and no
    column is without a name (the overdue column had none)."""
    _data(sqlite_url)
    code, out, err = run(capsys, sqlite_url, "loans", "out", "LARM-01", "--to", "Lena Persson")
    assert code == 0, err
    loan_id = json.loads(run(capsys, sqlite_url, "loans", "list", "--json")[1])[0]["id"]
    assert out.strip().endswith(f"(lån {loan_id}).")
    code, out, err = run(capsys, sqlite_url, "units", "list")
    assert code == 0, err
    assert _columns(out) == [
        "Kod",
        "Typ",
        "Status",
        "Låntagare",
        "Åter senast",
        "Försenat",
        "Funktionstest",
    ]
    code, out, err = run(capsys, sqlite_url, "loans", "in", "LARM-01")
    assert code == 0, err
    assert out.startswith("LARM-01 återlämnat av Lena Persson; status ")
    assert out.strip().endswith(f"(lån {loan_id}).")
    code, out, err = run(capsys, sqlite_url, "loans", "list")
    assert code == 0, err
    assert _columns(out) == [
        "Id", "Larm", "Låntagare", "Syfte", "Ut", "Åter senast", "Tillbaka", "Försenat"
    ]  # fmt: skip
    assert out.splitlines()[2].split()[:2] == [str(loan_id), "LARM-01"]
    # The id works where it is asked for: the return is undone.
    code, out, err = run(capsys, sqlite_url, "loans", "undo", str(loan_id))
    assert code == 0 and "LARM-01" in out, err
    # JSON is as it was (additions only).
    code, out, _ = run(capsys, sqlite_url, "loans", "list", "--json")
    assert set(json.loads(out)[0]) == {
        "id", "unit", "purpose", "borrower", "borrower_id", "pseudonymised", "out_at", "due_at",
        "returned_at", "overdue", "lent_by_initials", "returned_by_initials", "approved_by",
        "return_condition_ok", "fault_description", "put_on_charge",
    }  # fmt: skip


def test_a_loan_id_that_never_was_is_said_not_to_exist(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not "the loan no longer exists", which is for a loan deleted meanwhile (an undone lend)."""
    code, _out, err = run(capsys, sqlite_url, "loans", "undo", "99999")
    assert code == 1 and _one_line_error(err) == "Fel: Det finns inget lån med nummer 99999."


def test_a_period_ending_before_it_starts_and_a_missing_event_are_said_in_swedish(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _data(db_url)
    code, out, err = run(
        capsys, db_url, "loans", "list", "--from", "2026-11-30", "--to", "2026-11-29"
    )
    # Before: an empty table, as if no loan had been made.
    assert code == 1 and out == ""
    assert "”--from” (2026-11-30) ligger efter ”--to” (2026-11-29)" in _one_line_error(err)
    code, _out, err = run(capsys, db_url, "units", "event", "larm-01")
    assert code == 2 and err.startswith("Fel: HÄNDELSE (") and "kind" not in err
    code, out, _err = run(capsys, db_url, "units", "event", "--help")
    assert "HÄNDELSE" in out and "charged (laddat)" in out


def test_a_serial_number_longer_than_its_column_is_refused(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # PostgreSQL said "ett oväntat fel inträffade (DataError …)"; SQLite stored all 500.
    args = ("units", "add", "NY-1", "--kind", "home-visit", "--serial")
    code, _out, err = run(capsys, db_url, *args, "x" * 500)
    assert (code, _one_line_error(err)) == (1, "Fel: Serienummer får vara högst 100 tecken.")
    assert json.loads(run(capsys, db_url, "units", "list", "--json")[1]) == []


def test_two_staff_of_one_name_are_told_apart_and_chosen_by_number(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lena = _data(db_url).people["lena"]
    db = open_database(db_url)
    try:
        with db.session() as s:
            namesake = contacts.create_person(
                s, PersonInput("  Lena  Persson ", is_staff=True, department="Äldreomsorgen")
            )
    finally:
        db.dispose()
    code, _out, err = run(capsys, db_url, "loans", "out", "LARM-01", "--to", "Lena Persson")
    assert (code, _one_line_error(err)) == (
        1,
        f"Fel: ”Lena Persson” passar flera anställda: Lena Persson (nr {lena}, Socialtjänsten), "
        f"Lena Persson (nr {namesake}, Äldreomsorgen). Ange hela namnet, eller numret på den du "
        f"menar (t.ex. {lena}).",
    )
    assert json.loads(run(capsys, db_url, "loans", "list", "--open", "--json")[1]) == []
    code, out, err = run(capsys, db_url, "loans", "out", "LARM-01", "--to", f"#{namesake}")
    assert code == 0, err
    code, out, err = run(capsys, db_url, "loans", "out", "LARM-02", "--to", str(lena))
    assert code == 0, err
    loans = json.loads(run(capsys, db_url, "loans", "list", "--open", "--json")[1])
    assert sorted((x["unit"], x["borrower_id"]) for x in loans) == [
        ("LARM-01", namesake),
        ("LARM-02", lena),
    ]
    code, _out, err = run(capsys, db_url, "loans", "out", "LARM-03", "--to", "987654")
    assert (code, _one_line_error(err)) == (1, "Fel: Ingen anställd har nummer 987654.")


def _lend_larm_02(db_url: str) -> None:
    """LARM-02 out to Lars, so that both a lend and a return have something to refuse."""
    data = _data(db_url)
    db = open_database(db_url)
    try:
        with db.session() as s:
            alarm_loans.lend(s, LendInput(data.units["LARM-02"], data.people["lars"]), now=at(9))
    finally:
        db.dispose()


def _loans_and_units(capsys: pytest.CaptureFixture[str], db_url: str) -> list[str]:
    return [run(capsys, db_url, what, "list", "--json")[1] for what in ("loans", "units")]


@pytest.mark.parametrize(
    "args",
    [
        ("loans", "out", "LARM-01", "--to", "Lena Persson"),
        ("loans", "in", "LARM-02"),
        ("units", "event", "LARM-03", "charged"),
    ],
)
def test_empty_initials_are_refused_not_taken_for_none(
    db_url: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    _lend_larm_02(db_url)
    before = _loans_and_units(capsys, db_url)
    code, _out, err = run(capsys, db_url, *args, "--initials", " ")
    assert (code, _one_line_error(err)) == (
        1,
        "Fel: --initials är tomt: ange dina initialer (t.ex. AB), eller utelämna --initials.",
    )
    assert _loans_and_units(capsys, db_url) == before


@pytest.mark.parametrize("fault", ["", "   "])
def test_an_empty_fault_is_refused_not_taken_for_a_unit_in_order(
    db_url: str, capsys: pytest.CaptureFixture[str], fault: str
) -> None:
    """``loans in --fault "$FAULT"`` with the variable unset returned a broken unit as
    available for the next home visit."""
    _lend_larm_02(db_url)
    before = _loans_and_units(capsys, db_url)
    code, _out, err = run(capsys, db_url, "loans", "in", "LARM-02", "--fault", fault)
    assert (code, _one_line_error(err)) == (
        1,
        "Fel: --fault är tomt: beskriv vad som är fel, eller utelämna --fault.",
    )
    assert _loans_and_units(capsys, db_url) == before


def test_a_code_typed_over_two_lines_is_one_code_as_a_scanner_sends_it(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Kept on purpose (alarms.normalise_code): a scanner ends a code with a line break and
    # "larm - 03" is LARM-03, so white space inside a code is dropped, not refused.
    code, out, err = run(capsys, db_url, "units", "add", "NY\nRAD", "--kind", "home-visit")
    assert code == 0, err
    assert [u["code"] for u in json.loads(run(capsys, db_url, "units", "list", "--json")[1])] == [
        "NYRAD"
    ]
