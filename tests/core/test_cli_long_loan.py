"""``samverkan loans out`` past alarms.long_loan_days: the window asks "Återlämning först …,
om 7 månader. Stämmer det?"; a script cannot answer, so the command line refused nothing and a
mistyped year lent a unit for months. It now refuses such a date with exit code 1 and one line
naming the date and the setting, unless --long-loan says the date is right."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.core.test_alarms_cli import _data, _one_line_error, run

HOME_LOAN = ("loans", "out", "LARM-13", "--to", "Lena Persson", "--approved-by", "Karin Lindqvist")


def _lent(capsys: pytest.CaptureFixture[str], url: str) -> list[str]:
    loans = json.loads(run(capsys, url, "loans", "list", "--json")[1])
    return [loan["due_at"][:10] for loan in loans]


def test_a_loan_past_the_setting_is_refused_naming_the_date_and_the_setting(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    _data(sqlite_url)
    far = today + dt.timedelta(days=212)
    code, out, err = run(capsys, sqlite_url, *HOME_LOAN, "--until", far.isoformat())
    assert (code, out) == (1, "")
    assert _one_line_error(err) == (
        f"Fel: Återlämning först {far.isoformat()}, om 7 månader: längre än 90 dagar "
        "(inställningen alarms.long_loan_days). Ange --long-loan om datumet stämmer."
    )
    assert _lent(capsys, sqlite_url) == []  # nothing lent

    code, out, err = run(capsys, sqlite_url, *HOME_LOAN, "--until", far.isoformat(), "--long-loan")
    assert code == 0 and out.startswith("LARM-13 utlånat till Lena Persson") and err == ""
    assert _lent(capsys, sqlite_url) == [far.isoformat()]


def test_a_loan_within_the_setting_is_lent_without_the_flag(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    _data(sqlite_url)
    assert run(capsys, sqlite_url, "settings", "set", "alarms.long_loan_days", "30")[0] == 0
    code, _out, err = run(capsys, sqlite_url, *HOME_LOAN, "--until", f"{today + dt.timedelta(31)}")
    assert code == 1 and "om 31 dagar: längre än 30 dagar" in err
    last_day = today + dt.timedelta(days=30)
    code, _out, err = run(capsys, sqlite_url, *HOME_LOAN, "--until", f"{last_day}T12:00")
    assert (code, err) == (0, "")
    assert _lent(capsys, sqlite_url) == [last_day.isoformat()]


def test_the_help_tells_of_the_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "sqlite://", "loans", "out", "--help")
    assert code == 0
    assert " ".join(out.split()).count(
        "--long-loan låna ut till datumet i --until även när det ligger längre fram än "
        "inställningen alarms.long_loan_days tillåter utan fråga"
    )
