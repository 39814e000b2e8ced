"""Safety walks from the command line and in print: list as JSON, the checklist, the report and
the letters to owners (text read back with pdftotext), and the demo walks; no report of a walk
not made."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import walk_actions, walk_editing, walk_reading, walk_rows
from tests.core.test_cli import run_cli

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _walk_id(db_url: str, capsys: pytest.CaptureFixture[str], place: str, year: int) -> int:
    _code, out, _err = run_cli(capsys, "--db", db_url, "walks", "list", "--json")
    return next(
        w["id"] for w in json.loads(out) if w["place"] == place and w["date"].startswith(str(year))
    )


def test_walks_list_as_json_has_the_promised_keys(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--db", db_url, "demo")[0] == 0
    code, out, _ = run_cli(capsys, "--db", db_url, "walks", "list", "--json")
    walks = json.loads(out)
    assert code == 0
    assert {"id", "place", "date", "status", "open_actions"} <= set(walks[0])
    by_key = {(w["place"], w["date"][:4]): w for w in walks}
    tessin = by_key[("Tessinparken", "2021")]
    assert tessin["status"] == "closing_meeting_held"
    assert tessin["open_actions"] == 3
    assert by_key[("Klarakvarteren (Vasagatan–Mäster Samuelsgatan)", "2016")]["open_actions"] == 0
    assert dt.date.fromisoformat(walks[0]["date"]) > clock.today()  # newest first: the plan
    code, out, _ = run_cli(capsys, "--db", db_url, "walks", "list", "--year", "2021", "--json")
    assert {w["place"] for w in json.loads(out)} == {
        "Gyllenstiernsgatan",
        "Tessinparken",
        "Universitetet–Lappis",
    }
    code, out, _ = run_cli(capsys, "--db", db_url, "walks", "list")
    assert code == 0 and "Tessinparken" in out and "Avslutande möte hållet" in out


def test_unknown_status_is_wrong_input(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    # A value outside the choices is one line and exit 1 (tests/core/test_cli_choices.py).
    code, _out, err = run_cli(capsys, "--db", sqlite_url, "walks", "list", "--status", "done")
    assert code == 1 and "planning (Planering)" in err


@needs_pdftotext
def test_printouts_of_a_demo_walk(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, "--db", sqlite_url, "demo")
    walk_id = _walk_id(sqlite_url, capsys, "Tessinparken", 2021)

    checklist = tmp_path / "checklista.pdf"
    code, out, _ = run_cli(
        capsys, "--db", sqlite_url, "print", "checklist", str(walk_id), "--out", str(checklist)
    )
    assert code == 0 and "Sparade" in out
    text = pdf_text(checklist)
    assert "Trygghetsvandring – checklista" in text
    assert "Stopp 3: Mittstråket" in text
    assert "Upplevd trygghet" in text and "Underskrift" in text

    report = tmp_path / "rapport.pdf"
    assert (
        run_cli(
            capsys, "--db", sqlite_url, "print", "walkreport", str(walk_id), "--out", str(report)
        )[0]
        == 0
    )
    text = pdf_text(report)
    assert "Trygghetsvandring Tessinparken" in text
    assert "Laga belysningen längs mittstråket" in text
    assert "Trafikkontoret" in text and "SL (Region Stockholm)" in text

    from samverkan_desktop.db import open_database

    db = open_database(sqlite_url)
    try:
        owners = db.call(walk_actions.responsible_organisations, walk_id)
    finally:
        db.dispose()
    sl_id = next(i for i, name, _n in owners if name.startswith("SL"))
    letter = tmp_path / "brev.pdf"
    code, _out, err = run_cli(
        capsys,
        "--db",
        sqlite_url,
        "print",
        "walkletter",
        str(walk_id),
        "--organisation",
        str(sl_id),
        "--out",
        str(letter),
    )
    assert code == 0, err
    text = pdf_text(letter)
    assert "SL (Region Stockholm)" in text
    assert "Flytta hållplatsen närmare Valhallavägen" in text
    # Only this organisation's actions.
    assert "Laga belysningen längs mittstråket" not in text


def test_a_letter_to_an_organisation_without_actions_is_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, "--db", sqlite_url, "demo")
    walk_id = _walk_id(sqlite_url, capsys, "Tessinparken", 2021)
    code, _out, err = run_cli(
        capsys,
        "--db",
        sqlite_url,
        "print",
        "walkletter",
        str(walk_id),
        "--organisation",
        "999999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "checklist", "424242", "--out", str(tmp_path / "y.pdf")
    )
    # An id that never was, not "no longer exists" (that is for a walk deleted meanwhile).
    assert code == 1 and err == "Fel: Det finns ingen vandring med nummer 424242.\n"


def test_the_demo_has_the_papers_walks_and_a_walk_coming_up(demo_db: Database) -> None:
    walks = demo_db.call(walk_reading.list_walks)
    places = {(w.place, w.date.year) for w in walks}
    assert {
        ("Gyllenstiernsgatan", 2021),
        ("Tessinparken", 2021),
        ("Universitetet–Lappis", 2021),
    } <= places
    youth = next(w for w in walks if w.place == "Vasaparken")
    assert youth.format.value == "youth"
    klara = next(w for w in walks if w.place.startswith("Klara"))
    titles = {a.title for a in demo_db.call(walk_actions.list_for_walk, klara.id)}
    assert "Vitmåla bron så att området blir ljusare" in titles
    assert "Ny och bättre garageport" in titles
    assert all(a.is_closed for a in demo_db.call(walk_actions.list_for_walk, klara.id))
    upcoming = [w for w in walks if w.date > clock.today()]
    assert len(upcoming) == 1 and upcoming[0].follow_up_of_id is not None
    assert (upcoming[0].date - clock.today()).days < 31


@needs_pdftotext
def test_a_walk_without_a_route_gets_blank_stop_pages(db: Database, tmp_path: Path) -> None:
    from samverkan_desktop.reports import walk_checklist
    from samverkan_desktop.services import checklists, places

    place = db.call(places.create_place, places.PlaceInput("Karlaplan"))
    walk_id = db.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(
            place,
            dt.date(2026, 12, 20),
            checklist_template_id=db.call(checklists.default_template_id),
        ),
    )
    out = tmp_path / "blank.pdf"
    out.write_bytes(db.call(walk_checklist.build, walk_id))
    text = pdf_text(out)
    assert text.count("Stopp ____") == 3
    assert "Rutten bestäms på plats" in text


def test_a_letter_whose_actions_are_all_closed_promises_no_follow_up(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It thanked the owner for closing everything, then promised to follow the actions up
    until they are closed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from samverkan_desktop.db import open_database
    from samverkan_desktop.errors import DomainError
    from samverkan_desktop.reports import walk_letter
    from samverkan_desktop.services import contacts

    run_cli(capsys, "--db", sqlite_url, "demo")
    walk_id = _walk_id(sqlite_url, capsys, "Tessinparken", 2021)
    db = open_database(sqlite_url)
    texts = []
    for organisation in db.call(contacts.list_organisations):
        try:
            pdf = db.call(walk_letter.build, walk_id, organisation.id)
        except DomainError:  # no actions of theirs from this walk
            continue
        path = tmp_path / f"{organisation.id}.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        texts.append(" ".join(text.split()))
    db.dispose()
    closed = [t for t in texts if "är avslutade: tack" in t]
    still_open = [t for t in texts if "är avslutade: tack" not in t]
    assert closed and still_open  # the demo has both kinds of owner
    assert not any("Vi följer upp åtgärderna" in t for t in closed)
    assert all("Vi följer upp åtgärderna tills de är avslutade" in t for t in still_open)


def test_a_letter_tells_the_walk_as_a_sentence(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The letter said "Den torsdag 23 september 2021 (v. 38) kl. 19.30 ... tillsammans med
    6 organisationer, 5 namngivna personer, 11 boende": the report's facts, not a sentence."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from samverkan_desktop.db import open_database
    from samverkan_desktop.reports import walk_letter

    run_cli(capsys, "--db", sqlite_url, "demo")
    walk_id = _walk_id(sqlite_url, capsys, "Tessinparken", 2021)
    db = open_database(sqlite_url)
    organisation = db.call(walk_actions.list_for_walk, walk_id)[0].responsible_organisation_id
    out = tmp_path / "letter.pdf"
    out.write_bytes(db.call(walk_letter.build, walk_id, organisation))
    db.dispose()
    text = " ".join(pdf_text(out).split())
    assert "Den 23 september 2021 kl. 19.30 genomförde vi en trygghetsvandring" in text
    assert "tillsammans med 6 organisationer, 5 namngivna personer och 11 boende." in text


def test_the_walk_reports_latest_notes_have_room(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The actions tables' "Senaste notering" column was so narrow that a short note took
    three or four lines ("Utfört av" / "parkentreprenören.") beside a one-line action."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    run_cli(capsys, "--db", sqlite_url, "demo")
    walk_id = _walk_id(sqlite_url, capsys, "Tessinparken", 2021)
    out = tmp_path / "report.pdf"
    run_cli(capsys, "--db", sqlite_url, "print", "walkreport", str(walk_id), "--out", str(out))
    lines = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert any(line.rstrip().endswith("Utfört av parkentreprenören.") for line in lines)
    assert any("Ingår i belysningsprogrammet" in line for line in lines)


def test_the_report_of_a_walk_not_made_is_refused_in_one_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the window greys "Vandringsrapport" for a plan: the command printed a report of a
    walk not walked yet."""
    run_cli(capsys, "--db", sqlite_url, "demo")
    planned = next(
        w["id"]
        for w in json.loads(run_cli(capsys, "--db", sqlite_url, "walks", "list", "--json")[1])
        if w["status"] == "planning"
    )
    out = tmp_path / "rapport.pdf"
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "walkreport", str(planned), "--out", str(out)
    )
    assert code == 1
    assert err == "Fel: Vandringen är inte genomförd än: rapporten skrivs ut efter vandringen.\n"
    assert not out.exists()
