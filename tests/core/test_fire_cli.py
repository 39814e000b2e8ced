"""``samverkan fire list|show``: the fire-safety inspections from the command line (read only)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from tests.core.test_cli import run_cli

PREMISES = "Garnisonen, Karlavägen 104 inkl. receptionen"


def test_the_demos_inspections_are_listed_newest_first_and_shown_with_the_remark(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "Besiktigad av" in lines[0] and "Nästa besiktning" in lines[0]
    assert "Godkänt med anmärkningar" in lines[2] and "1/1" in lines[2]
    assert "2021-01-11" in lines[3] and lines[3].rstrip().endswith("Godkänt")

    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "list", "--json")
    recent, first = json.loads(out)
    assert (first["inspected_on"], first["result"], first["next_due_on"]) == (
        "2021-01-11",
        "approved",
        None,  # a later inspection replaced it
    )
    assert (recent["premises"], recent["open_remarks"]) == (PREMISES, 1)

    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "show", str(recent["id"]))
    assert (code, err) == (0, "")
    remarks = next(line for line in out.splitlines() if line.startswith("Anmärkningar:"))
    assert "Utrymningsskylt saknas vid trapphus B, plan 3 · Tobias Hedlund" in remarks
    assert remarks.endswith("Öppen")
    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "list", "--due")
    assert (code, out.splitlines()[-1]) == (0, "(inga)")  # the next one is a year away


def test_an_unknown_inspection_is_one_swedish_line(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "show", "999")
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        "Fel: Det finns ingen brandskyddsbesiktning med nummer 999."
    ]


def test_due_within_chooses_the_days_as_plans_list_does(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "list", "--json")
    latest = json.loads(out)[0]
    days_left = (dt.date.fromisoformat(latest["next_due_on"]) - clock.today()).days
    assert days_left > 60  # so --due leaves it out

    code, out, err = run_cli(
        capsys, "--db", demo_url, "fire", "list", "--due-within", str(days_left), "--json"
    )
    assert (code, err) == (0, "")
    assert [row["id"] for row in json.loads(out)] == [latest["id"]]  # only the latest counts
    code, out, err = run_cli(
        capsys, "--db", demo_url, "fire", "list", "--due-within", str(days_left - 1), "--json"
    )
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "list", "--due", "--json")
    assert (code, json.loads(out)) == (0, [])  # --due is still 60 days


@pytest.mark.parametrize(
    ("days", "said"),
    [
        ("-3", "Fel: --due-within: antalet dagar får inte vara negativt."),
        ("tre", "Fel: --due-within: inte ett antal dagar: tre."),
        ("99999999", "Fel: Antalet dagar är för stort (högst 36500)."),
    ],
)
def test_a_wrong_number_of_days_is_one_swedish_line(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    days: str,
    said: str,
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "fire", "list", f"--due-within={days}")
    assert (code, out, err) == (1, "", said + "\n")
