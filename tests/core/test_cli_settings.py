"""``samverkan settings list`` / ``settings set KEY VALUE``: the window's Settings form for
scripts and for a shared database set up before the first desk starts."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.i18n import _
from samverkan_desktop.services import settings
from tests.core.test_cli import run_cli

SIGNATORY = "Samordnarens namn (skriver under anmälan till nämnden, för protokoll)"


def _values(url: str) -> dict[str, int | str]:
    db = open_database(url)
    try:
        return db.call(settings.current_values)
    finally:
        db.dispose()


def test_list_shows_every_setting_with_its_value(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "settings", "list", "--json")
    assert code == 0
    listed = {row["key"]: (row["value"], row["default"]) for row in json.loads(out)}
    assert listed["backups.keep"] == (14, 14)
    assert listed["alarms.training_required"] == ("warn", "warn")
    assert set(listed) == set(settings.SPECS)
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "settings", "list")
    assert "1 (måndag), 2 (tisdag)" in out and "warn (Varna), block (Spärra)" in out


def test_set_a_number_and_a_choice_by_its_swedish_label(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "settings", "set", "backups.keep", "30")
    assert (code, out) == (0, "Antal säkerhetskopior att spara: 30\n")
    code, out, _err = run_cli(
        capsys, "--db", sqlite_url, "settings", "set", "alarms.training_required", "spärra"
    )
    assert code == 0 and out.endswith(": Spärra\n")
    values = _values(sqlite_url)
    assert (values["backups.keep"], values["alarms.training_required"]) == (30, "block")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "backups.kept",
            "3",
            "Fel: Det finns ingen inställning backups.kept; settings list visar dem.",
        ),
        (
            " ",  # an unset variable in a script: said "ingen inställning  ;"
            "3",
            "Fel: Ange namnet på en inställning: meetings.horizon_months, "
            "meetings.default_weekday, alarms.retention_months, alarms.test_interval_days, "
            "alarms.long_loan_days, crisis.exercise_interval_months, "
            "crisis.plan_next_year_from_month, backups.keep, "
            "alarms.training_required, reports.signatory_name, reports.signatory_title.",
        ),
        (
            "backups.keep",
            "tre",
            "Fel: Antal säkerhetskopior att spara: 1–365, inte ”tre”.",
        ),
        (
            "backups.keep",
            "0",
            "Fel: Antal säkerhetskopior att spara: 1–365, inte 0.",
        ),
        (
            "alarms.training_required",
            "kanske",
            "Fel: Utlåning av larm till någon utan giltig larmutbildning: välj ett av Varna, Spärra.",
        ),
    ],
)
def test_a_wrong_key_or_value_is_one_line_exit_1_nothing_changed(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], key: str, value: str, message: str
) -> None:
    before = _values(sqlite_url)
    code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, value)
    assert (code, out, err) == (1, "", message + "\n")
    assert _values(sqlite_url) == before


def test_the_reports_signature_is_text_and_empty_says_what_it_means(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "settings", "list")
    assert "text, högst 200 tecken (tomt: kontakten i flest grupper" in out
    code, out, _err = run_cli(
        capsys, "--db", sqlite_url, "settings", "set", "reports.signatory_name", "Linda  Wikman"
    )
    assert (code, out) == (0, f"{SIGNATORY}: Linda Wikman\n")
    code, out, _err = run_cli(
        capsys, "--db", sqlite_url, "settings", "set", "reports.signatory_name", ""
    )
    assert out == f"{SIGNATORY}: tomt: kontakten i flest grupper\n"
    assert _values(sqlite_url)["reports.signatory_name"] == ""


def test_a_weekday_is_set_by_its_name_as_the_window_chooses_it(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "fredag" was refused with a list that said "5 (fredag)".
    key = "meetings.default_weekday"
    code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, "Fredag")
    assert (code, err) == (0, "")
    assert out == "Veckodag för mötesregler som inte anger någon: fredag\n"
    assert _values(sqlite_url)[key] == 5
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, "3")
    assert (code, out) == (0, "Veckodag för mötesregler som inte anger någon: onsdag\n")
    # Neither a number nor a name: the refusal says both are taken (it said "ett tal" only);
    # a number that names no weekday too (it said "… är 1–7, inte 9.").
    for wrong in ("fre", "9"):
        code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, wrong)
        assert (code, out) == (1, "")
        assert err == (
            "Fel: Veckodag för mötesregler som inte anger någon: en av 1 (måndag), 2 (tisdag), "
            "3 (onsdag), 4 (torsdag), 5 (fredag), 6 (lördag), 7 (söndag), med sitt tal eller "
            f"sitt namn, inte ”{wrong}”.\n"
        )
    assert _values(sqlite_url)[key] == 3


NUMBER_SETTINGS = [
    key
    for key, spec in settings.SPECS.items()
    if isinstance(spec, settings.SettingSpec) and not spec.value_names
]


def test_the_function_test_interval_refuses_minus_one_as_it_refuses_400(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # -1 said "ett tal 0–365 (0: inget krav), inte ”-1”" where 400 said "(0 för inget krav)".
    hint = "Fel: Dagar mellan ett larms funktionstester: 0–365 (0 för inget krav), inte"
    for typed, refused in (("400", "400"), ("-1", "-1"), ("tre", "”tre”")):
        code, out, err = run_cli(
            capsys, "--db", sqlite_url, "settings", "set", "alarms.test_interval_days", typed
        )
        assert (code, out, err) == (1, "", f"{hint} {refused}.\n")
    # Digits past what Python reads as a number are refused too, not an unexpected error.
    many = "9" * 5000
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "settings", "set", "alarms.test_interval_days", many
    )
    assert (code, out, err) == (1, "", f"{hint} ”{many}”.\n")


@pytest.mark.parametrize("key", NUMBER_SETTINGS)
def test_the_list_says_what_a_setting_may_be_in_the_words_of_its_refusal(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """The list's "Kan vara" said "0–365 (0: inget krav)" where the refusal of 400 says
    "0–365 (0 för inget krav)", and "1–365" where the refusal says "1–365 dagar": one wording
    for the one hint, its unit too unless the setting's name counts in it already."""
    code, listed, _err = run_cli(capsys, "--db", sqlite_url, "settings", "list")
    assert code == 0
    row = next(line for line in listed.splitlines() if line.startswith(f"{key} "))
    code, _out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, "9999")
    assert code == 1 and err.endswith(", inte 9999.\n"), err
    label = settings.SPECS[key].label
    said = err.removeprefix(f"Fel: {_(label)}: ").removesuffix(", inte 9999.\n")
    assert row.rstrip().endswith(f"  {said}"), (row, said)


def test_the_list_names_the_unit_of_a_range_whose_name_does_not(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, listed, _err = run_cli(capsys, "--db", sqlite_url, "settings", "list")
    rows = {line.split()[0]: line.rstrip() for line in listed.splitlines()[2:]}
    assert rows["alarms.long_loan_days"].endswith("  1–365 dagar")
    assert rows["crisis.exercise_interval_months"].endswith("  1–60 månader")
    assert rows["alarms.test_interval_days"].endswith("  0–365 (0 för inget krav)")
    assert rows["backups.keep"].endswith("  1–365")  # "Antal säkerhetskopior …" says it


@pytest.mark.parametrize("key", NUMBER_SETTINGS)
def test_what_is_no_number_is_refused_in_the_words_of_the_range(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """Every number setting says its range alike for a number outside it and for text that is
    no whole number, the text quoted as typed; nothing is stored."""
    before = _values(sqlite_url)
    code, _out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, "9999")
    assert code == 1 and err.endswith(", inte 9999.\n"), err
    hint = err.removesuffix(" 9999.\n")
    for typed, refused in (("tre", "”tre”"), ("-1", "-1"), ("", "””"), ("1,5", "”1,5”")):
        code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, typed)
        assert (code, out, err) == (1, "", f"{hint} {refused}.\n"), typed
    assert _values(sqlite_url) == before


@pytest.mark.parametrize("key", ["meetings.default_weekday", "crisis.plan_next_year_from_month"])
def test_a_named_setting_refuses_what_names_none_of_its_values_alike(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], key: str
) -> None:
    """A weekday or a month: text, a negative number, nothing and a fraction are each refused
    with the list of its values, the text quoted as typed."""
    refusals = set()
    for typed in ("tre", "-1", "", "1,5"):
        code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, typed)
        assert (code, out) == (1, "") and err.endswith(f", inte ”{typed}”.\n"), err
        refusals.add(err.removesuffix(f"”{typed}”.\n"))
    assert len(refusals) == 1 and "med sitt tal eller sitt namn" in refusals.pop()
