"""The action plan printout (`samverkan print actionplan`): per priority area of the agreement
its goal, the situation picture as tables with the change and the source under each, then the
groups working in the area as compact tables; the agreement in force by default, an unknown
agreement refused in one Swedish line with nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports.action_plan import build_action_plan
from samverkan_desktop.services.action_plan import FigureInput, save_area_plan
from samverkan_desktop.services.action_plan_reading import agreement_in_force
from tests.core.test_action_plan import HASSELBY, _agreement
from tests.core.test_cli import run_cli
from tests.core.test_group_structure_printout import text_of

TODAY = dt.date(2026, 12, 2)


def _flat(pdf: bytes, tmp_path: Path) -> str:
    """The words of the PDF; "9 %" read as "9%" (pdftotext keeps a narrow space or not)."""
    return " ".join(text_of(pdf, tmp_path).split()).replace(" %", "%")


def test_each_area_has_its_goal_situation_picture_and_groups(
    demo_db: Database, tmp_path: Path
) -> None:
    agreement = demo_db.call(agreement_in_force, TODAY)
    pdf = demo_db.call(build_action_plan, agreement, TODAY)
    pages = [page for page in text_of(pdf, tmp_path).split("\f") if page.strip()]
    # Every page has more than its foot (a space after the last table made an empty page).
    assert all(len(page.strip().splitlines()) > 1 for page in pages)
    # An area's heading starts the page its situation picture is on: not alone at a foot.
    (victims_page,) = [p for p in pages if "Särskilt utsatta och sårbara brottsoffer" in p]
    assert "Anmälda brott i nära relation" in victims_page
    text = _flat(pdf, tmp_path)
    assert text.startswith("Åtgärdsplan Lokal samverkansöverenskommelse Östermalm")
    places = text.index("Riktat arbete mot avgränsade platser och utsatta områden")
    victims = text.index("Särskilt utsatta och sårbara brottsoffer")
    area = text[places:victims] if places < victims else text[places:]
    assert "Övergripande mål Allmänna platser är trygga och välskötta." in area
    assert "Mått Plats 2019 2020 Förändring 2019–2020" in area
    assert "Anmälda brott: skadegörelse Stureplan 188 121 −67 (−36%)" in area
    assert "Källa: Polisens anmälningsstatistik, januari–november" in area
    assert "Källa: Trygghetsmätningen 2019" in area
    assert "Stureplan 21%" in area
    # The place collaboration works in the area: the paper's compact table.
    assert (
        "Grupper som arbetar i området Platssamverkan Platssamverkan Stureplan/Östermalmstorg"
        in (area)
    )
    assert "Löptid Tills vidare" in area and "Möts 1 gång/månad (ej juni–aug)" in area
    assert "Uppföljning T1 (jan–apr), T2 (maj–aug), VB (helår)" in area
    # The steering group leads every area and is not listed under one.
    assert "Lokal styrgrupp Östermalm" not in text


def test_an_area_without_goal_figures_or_groups_says_so(db: Database, tmp_path: Path) -> None:
    agreement, area, other = _agreement(db)
    db.call(save_area_plan, agreement, area, "Allmänna platser är trygga", HASSELBY)
    text = _flat(db.call(build_action_plan, agreement, TODAY), tmp_path)
    assert "Anmälda brott: skadegörelse Hässelby torg 274 142 −132 (−48%)" in text
    assert "Hela stadsdelsområdet 9%" in text
    assert "Inget mål är skrivet för området ännu." in text
    assert "Inga siffror är registrerade för området." in text
    assert text.count("Ingen grupp under överenskommelsen arbetar i området.") == 2


def test_printed_from_the_command_line_and_an_unknown_agreement_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(demo_db.engine.url.render_as_string(hide_password=False))
    out = tmp_path / "atgardsplan.pdf"
    code, said, _err = run_cli(capsys, "--db", url, "print", "actionplan", "--out", str(out))
    assert code == 0 and f"Sparade {out}" in said
    assert "Lokal samverkansöverenskommelse Östermalm" in text_of(out.read_bytes(), tmp_path)
    agreement = demo_db.call(agreement_in_force, TODAY)
    again = tmp_path / "igen.pdf"
    code, _said, _err = run_cli(
        capsys,
        "--db",
        url,
        "print",
        "actionplan",
        "--agreement",
        str(agreement),
        "--out",
        str(again),
    )
    assert code == 0 and again.exists()
    missing = tmp_path / "saknas.pdf"
    code, said, err = run_cli(
        capsys, "--db", url, "print", "actionplan", "--agreement", "999", "--out", str(missing)
    )
    assert code == 1 and not missing.exists()
    assert err.strip().splitlines() == ["Fel: Det finns ingen överenskommelse med nummer 999."]


def test_without_an_agreement_the_command_says_so(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "atgardsplan.pdf"
    code, _said, err = run_cli(capsys, "--db", db_url, "print", "actionplan", "--out", str(out))
    assert code == 1 and not out.exists()
    assert "Ingen överenskommelse med polisen är registrerad." in err


def test_with_more_years_than_fit_only_the_last_change_is_printed(
    db: Database, tmp_path: Path
) -> None:
    agreement, area, _other = _agreement(db)
    reports = [
        FigureInput("Händelserapporter", "Vällingby", str(year), str(value), source="Polisen")
        for year, value in ((2016, 410), (2017, 398), (2018, 405), (2019, 402))
    ]
    db.call(save_area_plan, agreement, area, None, reports)
    text = _flat(db.call(build_action_plan, agreement, TODAY), tmp_path)
    assert "Mått Plats 2016 2017 2018 2019 Förändring 2018–2019" in text
    assert "Händelserapporter Vällingby 410 398 405 402 −3 (−1%)" in text
