"""The meeting commands' contracts: ``rule``, ``meetings list``, ``actions list``, ``export ics``
and ``print agenda|minutes`` (exit codes, JSON keys, Swedish one-line errors, readable PDFs)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from samverkan_desktop import clock
from tests.core.test_cli import run_cli


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_rule_json_and_the_message_for_a_phrase_it_cannot_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(
        capsys, "rule", "1 gång/månad (ej juli)", "--from", "2027-01-01", "--to", "2027-12-31",
        "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0
    assert data["rrule"] == "FREQ=MONTHLY;BYDAY=1TU;BYMONTH=1,2,3,4,5,6,8,9,10,11,12"
    assert data["description"].startswith("Första tisdagen varje månad kl. 09.00–10.30, utom juli")
    assert data["dates"][:2] == ["2027-01-05", "2027-02-02"] and len(data["dates"]) == 11
    code, out, err = run_cli(
        capsys, "rule", "1 gång/månad utom när det regnar", "--from", "2027-01-01",
        "--to", "2027-12-31",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip() == "Fel: Förstod: 1 gång/månad. Förstod inte: ”utom när det regnar”."
    code, out, _ = run_cli(
        capsys, "rule", "varje torsdag", "--from", "2027-05-01", "--to", "2027-05-31",
        "--on-holiday", "move",
    )  # fmt: skip
    assert code == 0 and "2027-05-07" in out and "flyttat från Kristi himmelsfärdsdag" in out
    assert run_cli(capsys, "rule", "x", "--from", "2027-13-01")[0] == 1  # wrong input, one line


def test_meetings_list_actions_and_printouts_on_the_demo(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--db", db_url, "demo")[0] == 0
    today = clock.today()
    start, end = (
        (today - dt.timedelta(days=120)).isoformat(),
        (today + dt.timedelta(days=60)).isoformat(),
    )
    code, out, _ = run_cli(
        capsys, "--db", db_url, "meetings", "list", "--from", start, "--to", end, "--json"
    )
    rows = json.loads(out)
    assert code == 0 and len(rows) > 30
    assert {"id", "group", "start", "end", "place", "status"} <= set(rows[0])
    assert dt.datetime.fromisoformat(rows[0]["start"]).utcoffset() is not None
    group = next(r for r in rows if r["group"] == "Lokal beredningsgrupp Östermalm")
    code, out, _ = run_cli(
        capsys, "--db", db_url, "meetings", "list", "--from", start, "--to", end,
        "--group", str(group["group_id"]), "--json",
    )  # fmt: skip
    mine = json.loads(out)
    assert {r["group"] for r in mine} == {"Lokal beredningsgrupp Östermalm"}
    held = [r for r in mine if r["status"] == "held"]
    planned = [r for r in mine if r["status"] == "planned"]
    assert held and planned

    minutes = tmp_path / "minnesanteckningar.pdf"
    assert (
        run_cli(
            capsys, "--db", db_url, "print", "minutes", str(held[-1]["id"]), "--out", str(minutes)
        )[0]
        == 0
    )  # noqa: E501
    text = _pdf_text(minutes)
    for words in ("Minnesanteckningar", "Lokal beredningsgrupp Östermalm", "Närvarande",
                  "Vad har vi gjort", "Hur fortsätter vi", "Beslut", "Åtgärder", "Nästa möte",
                  "Sida 1 av"):  # fmt: skip
        assert words in text, words
    agenda = tmp_path / "kallelse.pdf"
    assert (
        run_cli(
            capsys, "--db", db_url, "print", "agenda", str(planned[0]["id"]), "--out", str(agenda)
        )[0]
        == 0
    )  # noqa: E501
    text = _pdf_text(agenda)
    for words in ("Kallelse och dagordning", "Dagordning", "1. Uppföljning av åtgärder",
                  "Laget runt – lägesbild och behov", "Kallade", "Sara Holm", "(v. ",
                  "Ta fram kontaktvägar mellan skolor"):  # fmt: skip
        assert words in text, words

    code, out, _ = run_cli(capsys, "--db", db_url, "actions", "list", "--overdue", "--json")
    overdue = json.loads(out)
    assert code == 0 and overdue and all(a["overdue"] for a in overdue)
    assert {"id", "title", "due_on", "status", "responsible_organisation"} <= set(overdue[0])
    code, out, _ = run_cli(capsys, "--db", db_url, "actions", "list", "--open")
    assert code == 0 and "Åtgärd" in out and "Klar" not in out.split("\n", 2)[2]

    ics = tmp_path / "moten.ics"
    code, out, _ = run_cli(capsys, "--db", db_url, "export", "ics", "--out", str(ics))
    assert code == 0 and "Sparade" in out
    parsed = Calendar.from_ical(ics.read_bytes())
    assert len(parsed.walk("VEVENT")) > 10


def test_bad_meeting_ids_and_groups_exit_1_with_one_swedish_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "x.pdf"
    code, _, err = run_cli(
        capsys, "--db", sqlite_url, "print", "agenda", "4711", "--out", str(out_file)
    )  # noqa: E501
    assert code == 1 and err.strip() == "Fel: Det finns inget möte med nummer 4711."
    assert not out_file.exists()
    code, _, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", "--group", "77")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run_cli(
        capsys, "--db", sqlite_url, "export", "ics", "--out", str(tmp_path / "nej" / "x.ics")
    )  # noqa: E501
    assert code == 1 and "finns inte" in err
    code, _, err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "list", "--from", "2027-02-01", "--to", "2027-01-01"
    )
    assert code == 1 and "före startdatum" in err


def test_set_rule_says_which_meetings_it_kept(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A meeting with an agenda of its own survives a new rule from the command line too, and
    the output says so (the window asks first; a script is told)."""
    from samverkan_desktop.db import open_database
    from samverkan_desktop.services import agenda, calendar
    from tests.core.meeting_data import make_group

    db = open_database(sqlite_url)
    with db.session() as s:
        gid = make_group(s)
    code, _out, _err = run_cli(capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid),
                               "1 gång/månad")  # fmt: skip
    assert code == 0
    today = clock.today()
    with db.session() as s:
        rows = calendar.list_calendar(s, today + dt.timedelta(days=30), today + dt.timedelta(400))
        prepared = next(r for r in rows if r.group_id == gid and r.starts_at.month not in (6, 12))
        agenda.add_agenda_item(s, prepared.id, "Presentation av trygghetsmätningen")
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid),
                              "2 gånger/år juni och dec")  # fmt: skip
    assert code == 0
    assert "1 möte behölls som det var (egen dagordning" in out
    with db.session() as s:
        assert any(r.id == prepared.id for r in calendar.list_calendar(
            s, today, today + dt.timedelta(400)))  # fmt: skip
    db.dispose()


def test_an_unknown_group_id_is_said_not_to_exist_not_to_be_gone(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped id never existed: "Det finns ingen grupp med nummer 999.", not "Gruppen finns
    inte längre." (that is for a group another desk deleted while the window showed it)."""
    from samverkan_desktop.db import open_database
    from samverkan_desktop.errors import NotFoundError
    from samverkan_desktop.services import groups

    ics = tmp_path / "moten.ics"
    expected = "Fel: Det finns ingen grupp med nummer 999."
    for args in (
        ["meetings", "list", "--group", "999"],
        ["meetings", "set-rule", "999", "1 gång/månad"],
        ["actions", "list", "--group", "999"],
        ["export", "ics", "--group", "999", "--out", str(ics)],
    ):
        code, out, err = run_cli(capsys, "--db", sqlite_url, *args)
        assert (code, out, err.strip()) == (1, "", expected), args
    assert not ics.exists()
    # The service's own message, for the window, is unchanged.
    db = open_database(sqlite_url)
    with pytest.raises(NotFoundError, match="Gruppen finns inte längre"):
        db.call(groups.get_group, 999)
    db.dispose()
