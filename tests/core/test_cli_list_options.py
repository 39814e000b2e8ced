"""The ``list`` commands take the options a script writer knows from the others: ``plans list``
``--due`` (as ``fire list``) and ``--type`` (as groups, meetings and exercises name it), and
``--search`` on plans, fire, walks and exercises (as on groups, contacts and actions); on the demo
district; and ``fire list --result`` as the Brandskydd page filters."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta

from samverkan_desktop.db import Database
from tests.core.test_cli import run_cli


def _listed(capsys: pytest.CaptureFixture[str], url: str, *words: str) -> list[dict[str, Any]]:
    code, out, err = run_cli(capsys, "--db", url, *words, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)  # type: ignore[no-any-return]


def test_plans_list_takes_due_and_type_as_fire_list_and_the_other_lists_do(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    every = _listed(capsys, demo_url, "plans", "list")
    due = _listed(capsys, demo_url, "plans", "list", "--due")
    assert due == _listed(capsys, demo_url, "plans", "list", "--due-within", "60")
    assert due and len(due) < len(every)
    analyses = _listed(capsys, demo_url, "plans", "list", "--type", "risk_analysis")
    assert analyses == _listed(capsys, demo_url, "plans", "list", "--kind", "risk_analysis")
    assert {p["kind"] for p in analyses} == {"risk_analysis"} and len(analyses) < len(every)

    code, out, err = run_cli(
        capsys, "--db", demo_url, "plans", "list", "--due", "--due-within", "30"
    )
    assert (code, out) == (2, "") and "--due-within går inte att ge tillsammans med --due." in err


@pytest.mark.parametrize(
    ("words", "search", "field", "found"),
    [
        (("plans", "list"), "krisledning", "name", "Krisledningsplan Östermalms"),
        (("exercises", "list"), "strömavbrott", "title", "strömavbrott i kyla"),
        (("walks", "list"), "stureplan", "place", "Stureplan/Östermalmstorg"),
    ],
)
def test_search_finds_the_words_in_more_lists(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    search: str,
    field: str,
    found: str,
) -> None:
    every = _listed(capsys, demo_url, *words)
    hits = _listed(capsys, demo_url, *words, "--search", search)
    assert hits and len(hits) < len(every)
    assert all(found in row[field] for row in hits)


def test_fire_list_result_is_the_pages_result_filter(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with_remarks = _listed(capsys, demo_url, "fire", "list", "--result", "approved_with_remarks")
    assert [(r["result"], r["open_remarks"]) for r in with_remarks] == [
        ("approved_with_remarks", 1)
    ]
    approved = _listed(capsys, demo_url, "fire", "list", "--result", "Godkänt")  # its label
    assert [r["inspected_on"] for r in approved] == ["2021-01-11"]


def test_fire_list_search_looks_in_who_inspected(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    every = _listed(capsys, demo_url, "fire", "list")
    assert _listed(capsys, demo_url, "fire", "list", "--search", "brandkonsulterna") == every
    assert _listed(capsys, demo_url, "fire", "list", "--search", "Sprinkler AB") == []


def test_units_list_filters_as_the_alarms_window(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--kind as ``units add`` takes it, --status and --search as the window's filters."""
    every = _listed(capsys, demo_url, "units", "list")
    loans = _listed(capsys, demo_url, "units", "list", "--kind", "home-loan")
    assert loans == _listed(capsys, demo_url, "units", "list", "--kind", "Hemlån")
    assert {u["kind"] for u in loans} == {"home_loan"} and len(loans) < len(every)
    out = _listed(capsys, demo_url, "units", "list", "--status", "utlånat")
    assert [u["code"] for u in out] == ["LARM-07", "LARM-14"]
    assert [u["code"] for u in out] == [u["code"] for u in every if u["borrower"]]
    # The borrower's name, in any case, as the window's search field finds it.
    found = _listed(capsys, demo_url, "units", "list", "--search", "DAVID", "--status", "on_loan")
    assert [(u["code"], u["borrower"]) for u in found] == [("LARM-07", "David Karlsson")]
    assert _listed(capsys, demo_url, "units", "list", "--kind", "home-loan", "--search", "07") == []


@pytest.mark.parametrize(
    ("words", "year"),
    [(("walks", "list"), "2021"), (("exercises", "list"), None), (("meetings", "list"), None)],
)
def test_a_year_is_from_1_january_to_31_december(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    year: str | None,
) -> None:
    """--year where --from and --to were, and the other way round: the same rows."""
    if year is None:
        # The year of the first row listed (the latest exercise, the next meeting): the demo lays
        # them out around its day (on New Year's Eve 2027 no exercise is left in 2027).
        first = _listed(capsys, demo_url, *words)[0]
        year = str(first["year"]) if "year" in first else first["start"][:4]
    of_year = _listed(capsys, demo_url, *words, "--year", year)
    days = _listed(capsys, demo_url, *words, "--from", f"{year}-01-01", "--to", f"{year}-12-31")
    assert of_year and of_year == days
    for option, day in (("--from", f"{year}-01-01"), ("--to", f"{year}-12-31")):
        code, out, err = run_cli(capsys, "--db", demo_url, *words, option, day, "--year", year)
        assert (code, out) == (2, "")
        assert f"Fel: --year går inte att ge tillsammans med {option}.\n" in err


def test_walks_and_exercises_from_and_to(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    walks = _listed(capsys, demo_url, "walks", "list", "--from", "2021-06-01", "--to", "2021-12-31")
    assert [w["date"] for w in walks] == ["2021-11-10", "2021-09-23"]
    assert [
        w["date"] for w in _listed(capsys, demo_url, "walks", "list", "--to", "2016-12-31")
    ] == ["2016-04-13"]
    # An exercise planned for a month without a day is within any day of that month: the
    # seminar, planned three months from the demo's day, is found from its month's last day.
    every = _listed(capsys, demo_url, "exercises", "list")
    seminar = next(e for e in every if e["title"].startswith("Seminarieövning"))
    assert seminar["date"] is None
    month = dt.date(seminar["year"], seminar["month"], 1)
    last_day, next_months_end = (month + relativedelta(months=n, days=-1) for n in (1, 2))
    found = _listed(
        capsys, demo_url, "exercises", "list", "--from", str(last_day), "--to", str(next_months_end)
    )
    assert [e["title"] for e in found] == ["Seminarieövning: IT-attack mot verksamhetssystemen"]
    latest = max(dt.date(e["year"], e["month"], 1) for e in every)
    after = latest + relativedelta(months=1)
    assert _listed(capsys, demo_url, "exercises", "list", "--from", str(after)) == []
    code, out, err = run_cli(
        capsys, "--db", demo_url, "exercises", "list", "--from", "2027-04-01", "--to", "2027-03-01"
    )
    assert (code, out, err) == (1, "", "Fel: Slutdatum kan inte ligga före startdatum.\n")


def test_walks_list_by_group_and_area(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--group: the walks at the places the group works with; --area: at the places of the
    area, however it is typed."""
    stureplan = _listed(capsys, demo_url, "walks", "list", "--group", "5")
    assert [w["place"] for w in stureplan] == ["Stureplan/Östermalmstorg"]
    gardet = _listed(capsys, demo_url, "walks", "list", "--area", "GÄRDET")
    assert {w["area"] for w in gardet} == {"Gärdet"}
    assert {w["place"] for w in gardet} == {"Gyllenstiernsgatan", "Tessinparken"}
    assert len(gardet) == 3

    code, out, err = run_cli(capsys, "--db", demo_url, "walks", "list", "--area", "Klara")
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Ingen plats ligger i området ”Klara”; platsernas områden är: ”Gärdet”, "
        "”Norra Djurgården”, ”Norrmalm, Klara”, ”Vasastan (Norrmalm)”, ”Östermalm”.\n"
    )
    code, out, err = run_cli(capsys, "--db", demo_url, "walks", "list", "--group", "999")
    assert (code, out, err) == (1, "", "Fel: Det finns ingen grupp med nummer 999.\n")


def test_meetings_not_held_is_every_past_date_so_no_year(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(
        capsys, "--db", demo_url, "meetings", "list", "--not-held", "--year", "2025"
    )
    assert (code, out) == (1, "")
    assert err == "Fel: --not-held visar alla passerade datum: utelämna --year.\n"


def test_agreements_list_search(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--search as on the other lists: the words in an agreement's name, parties, priority
    areas or notes, in any case."""
    code, _out, err = run_cli(
        capsys, "--db", demo_url, "agreements", "create", "Samverkan Södermalm",
        "--from", "2024-01-01", "--notes", "Gäller Hornstull",
    )  # fmt: skip
    assert code == 0, err
    assert len(_listed(capsys, demo_url, "agreements", "list")) == 2
    for words, title in [
        ("HORNSTULL", "Samverkan Södermalm"),
        ("skolan som brottsplats", "Lokal samverkansöverenskommelse Östermalm"),
        ("Östermalms stadsdelsförvaltning", "Lokal samverkansöverenskommelse Östermalm"),
    ]:
        found = _listed(capsys, demo_url, "agreements", "list", "--search", words)
        assert [a["title"] for a in found] == [title]
    assert _listed(capsys, demo_url, "agreements", "list", "--search", "Kungsholmen") == []


def test_an_exercises_type_has_one_name_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    """'exercises plan --type' and 'exercises list --type' take the same values: one metavar."""
    for command in ("plan", "list"):
        code, printed, _error = run_cli(capsys, "exercises", command, "--help")
        assert code == 0
        assert "--type TYP " in printed and "SLAG" not in printed


def test_the_walk_filters_behind_the_options_on_both_databases(demo_db: Database) -> None:
    """What --from/--to, --group and --area ask of the walks service, on SQLite and
    PostgreSQL alike."""
    from samverkan_desktop.services import groups, walk_reading

    def places(**filters: Any) -> list[str]:
        return [w.place for w in demo_db.call(walk_reading.list_walks, **filters)]

    assert places(first=dt.date(2021, 6, 1), last=dt.date(2021, 12, 31)) == [
        "Universitetet–Lappis",
        "Tessinparken",
    ]
    stureplan = next(
        g.id
        for g in demo_db.call(groups.list_groups)
        if g.name == "Platssamverkan Stureplan/Östermalmstorg"
    )
    assert places(group_id=stureplan) == ["Stureplan/Östermalmstorg"]
    assert places(area="Norrmalm, Klara") == ["Klarakvarteren (Vasagatan–Mäster Samuelsgatan)"]
    assert places(area="gärdet") == []  # as stored: the command finds the spelling first
