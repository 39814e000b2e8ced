"""The alarm printouts, read back as a person reads them (pdftotext) and, for the labels, as a
scanner reads them (the bars under the code are the Code 128 of that code)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.barcode.code128 import Code128
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import OrganisationKind, Person, UnitKind
from samverkan_desktop.reports import (
    alarm_card,
    alarm_handover,
    alarm_labels,
    alarm_loanlog,
    alarm_notreturned,
    alarm_stats,
)
from samverkan_desktop.services import alarm_loans, alarm_usage, alarms
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from tests.core.alarm_data import Data, at, make

REASON = "Hotad av klient efter beslut"


def text_of(pdf: bytes, tmp_path: Path, name: str = "x") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _history(db: Database) -> Data:
    with db.session() as s:
        data = make(s)
        create_organisation(
            s,
            OrganisationInput(
                "Östermalms stadsdelsförvaltning", OrganisationKind.DISTRICT, phone="08-508 10 000"
            ),
        )
        p, u = data.people, data.units
        alarm_loans.lend(s, LendInput(u["LARM-01"], p["lena"], initials="NH"), now=at(8, day=16))
        alarm_loans.return_unit(s, u["LARM-01"], initials="TH", now=at(11, day=16))
        alarm_loans.lend(s, LendInput(u["LARM-02"], p["leif"], initials="NH"), now=at(9, day=17))
        alarm_loans.return_unit(s, u["LARM-02"], fault="Skärmen svart", now=at(18, day=17))
        alarm_loans.lend(
            s,
            LendInput(
                u["LARM-13"],
                p["lars"],
                due_at=dt.datetime(2026, 12, 4, 17, 0),
                approved_by_id=p["karin"],
                reason=REASON,
            ),
            now=at(15, day=18),
        )
        alarm_loans.lend(s, LendInput(u["LARM-03"], p["lena"]), now=at(8, day=20))
    return data


def test_loan_log_is_the_binder_page_without_reasons(db: Database, tmp_path: Path) -> None:
    _history(db)
    with db.session() as s:
        pdf = alarm_loanlog.build(
            s, dt.date(2026, 11, 1), dt.date(2026, 11, 30), now=at(12, day=23)
        )
    text = text_of(pdf, tmp_path)
    assert "Utlåningslogg för larm" in text
    assert "Östermalms stadsdelsförvaltning · 1–30 november 2026 · 4 lån" in text
    assert "Vecka 47 (16–22 november 2026)" in text
    # The initials' heading on one line (it wrapped to "Sign." over "ut/in").
    assert re.search(r"Datum +Larm +Låntagare .* Sign\. ut/in\n", text), text
    lines = [line for line in text.splitlines() if "LARM-" in line]
    assert [re.search(r"LARM-\d\d", line).group(0) for line in lines] == [  # type: ignore[union-attr]
        "LARM-01",
        "LARM-02",
        "LARM-13",
        "LARM-03",
    ]
    assert re.search(
        r"2026-11-16 +LARM-01 +Lena Persson +Hembesök +08\.00 +17\.00 +11\.00 +NH / TH", text
    )
    assert re.search(r"18\.00 .*\n +\(för sent\)\n", text) and "Fel anmält" in text
    assert "(sent)" not in text
    assert "Hemlån" in text and "godk. Karin" in text
    assert re.search(r"LARM-03 .* FÖRSENAT", text)
    assert REASON not in text and "Hotad" not in text
    with db.session() as s, pytest.raises(ValidationError):
        alarm_loanlog.build(s, dt.date(2026, 11, 30), dt.date(2026, 11, 1))


def test_not_returned_lists_overdue_first(db: Database, tmp_path: Path) -> None:
    _history(db)
    with db.session() as s:
        text = text_of(alarm_notreturned.build(s, now=at(12, day=23)), tmp_path)
    assert "Larm som inte är återlämnade" in text
    assert "2 larm ute, 1 försenat" in text
    assert text.index("LARM-03") < text.index("LARM-13")
    assert "Försenat 2 dagar" in text and "Lars Ek" in text and "(hemlån)" in text
    assert REASON not in text


def test_the_receptions_copies_leave_out_a_home_loans_borrower(
    db: Database, tmp_path: Path
) -> None:
    """The desk's binder and call list: a home loan stands as "(hemlån)", without the name, the
    department or the phone of the threatened employee; the coordinator's copies name her."""
    _history(db)
    db.call(contacts_for_lars)
    day = dt.date(2026, 11, 18)
    with db.session() as s:
        desk_log = text_of(
            alarm_loanlog.build(s, day, day, at(12, day=23), for_desk=True), tmp_path
        )
        log = text_of(alarm_loanlog.build(s, day, day, at(12, day=23)), tmp_path, "log")
        desk_out = text_of(alarm_notreturned.build(s, at(12, day=23), for_desk=True), tmp_path)
        out = text_of(alarm_notreturned.build(s, at(12, day=23)), tmp_path, "out")
    for desk in (desk_log, desk_out):
        assert re.search(r"LARM-13 +\(hemlån\)", desk), desk
        assert "Lars Ek" not in desk and "08-508 10 999" not in desk
        assert "Receptionens exemplar: hemlån står utan låntagarens namn." in desk
    assert "Lena Persson" in desk_out  # a home visit keeps its borrower, to call round
    assert "Lars Ek" in log and "Lars Ek" in out and "08-508 10 999" in out
    assert "Receptionens exemplar" not in log + out


def contacts_for_lars(session: Session) -> None:
    """Lars Ek (on the home loan) with a phone number, to see it left off."""
    lars = session.scalar(select(Person).where(Person.name == "Lars Ek"))
    assert lars is not None
    lars.phone = "08-508 10 999"


def test_not_returned_writes_times_with_a_period_and_the_delay_on_one_line(
    db: Database, tmp_path: Path
) -> None:
    """The "As of" time was "12:05" beside the table's "08.00", and "FÖRSENAT 12 timmar" in
    capitals wrapped onto a third line of its cell. The subtitle says its moment as the other
    lists say their day, "per …" (it read "· Läge 21 november …", a capital mid-line)."""
    _history(db)
    with db.session() as s:
        text = text_of(alarm_notreturned.build(s, now=at(5, 5, day=21)), tmp_path)
    assert "Östermalms stadsdelsförvaltning · per 21 november 2026 kl. 05.05 · 2 larm ute" in text
    assert "Läge" not in text
    assert "05:05" not in text
    assert re.search(r"LARM-03 .* 2026-11-20 17\.00\n *Försenat 12 timmar\n", text), text


def _dark_runs(pgm: bytes) -> list[int]:
    """Bar and space widths (pixels) along the middle row of a grey PGM image."""
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    assert header is not None
    width, height = int(header.group(1)), int(header.group(2))
    pixels = pgm[header.end() :]
    row = pixels[(height // 2) * width : (height // 2 + 1) * width]
    dark = [value < 128 for value in row]
    first, last = dark.index(True), len(dark) - 1 - dark[::-1].index(True)
    runs, current, count = [], dark[first], 0
    for value in dark[first : last + 1]:
        if value == current:
            count += 1
        else:
            runs.append(count)
            current, count = value, 1
    runs.append(count)
    return runs


def _code128_widths(code: str) -> list[int]:
    barcode = Code128(code)
    barcode.validate()
    barcode.encode()
    barcode.decompose()
    return [" ABCD".index(c.upper()) for c in barcode.decomposed]


def test_labels_show_each_code_in_text_and_as_a_code_128_bar_code(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        make(s)
        pdf = alarm_labels.build(s)
        with pytest.raises(ValidationError):
            alarm_labels.build(s, skip=24)
    text = text_of(pdf, tmp_path, "labels")
    for code in ("LARM-01", "LARM-02", "LARM-03", "LARM-13"):
        assert code in text
    assert "Hemlån" in text and "Lämnas tillbaka i receptionen" in text
    # The first label (top left): a scan line through its bars, at 300 dpi.
    image = tmp_path / "label"
    subprocess.run(
        [
            "pdftoppm",
            "-gray",
            "-r",
            "300",
            "-x",
            "0",
            "-y",
            "270",
            "-W",
            "827",
            "-H",
            "20",
            "-singlefile",
            str(tmp_path / "labels.pdf"),
            str(image),
        ],
        check=True,
    )
    runs = _dark_runs((tmp_path / "label.pgm").read_bytes())
    expected = _code128_widths("LARM-01")
    assert len(runs) == len(expected)
    module = sum(runs) / sum(expected)
    assert [round(r / module) for r in runs] == expected


def _label_row(pdf: bytes, tmp_path: Path, dpi: int, top: int, rows: int) -> tuple[int, bytes]:
    """The grey pixels of ``rows`` pixel rows of the first page at ``dpi``, from ``top``, as
    (width, pixels)."""
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    image = tmp_path / "row"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-y", str(top), "-W", str(round(8.27 * dpi))]
        + ["-H", str(rows), "-singlefile", str(tmp_path / "sheet.pdf"), str(image)],
        check=True,
    )
    pgm = (tmp_path / "row.pgm").read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    assert header is not None
    return int(header.group(1)), pgm[header.end() :]


def test_a_long_code_and_owner_stay_on_their_own_label(db: Database, tmp_path: Path) -> None:
    """A code may have 40 characters: its bars, the code and a long owner's name ran onto the
    next label, and the code over "Hembesök". Everything stays on its label now, the bars still
    the code's Code 128 and the code written whole."""
    code = "OSTERMALM/HEMBESOK/LARM-2026-0014"
    owner = "Hässelby-Vällingby stadsdelsförvaltning, avdelningen för trygghet och säkerhet"
    with db.session() as s:
        make(s)
        create_organisation(s, OrganisationInput(owner, OrganisationKind.DISTRICT))
        alarms.create_unit(s, alarms.UnitInput(code, UnitKind.HOME_VISIT))
        pdf = alarm_labels.build(s, [code])
    width, pixels = _label_row(pdf, tmp_path, 100, 0, 146)  # the first row of labels
    next_label = round(70 / 25.4 * 100) + 1
    inked = {n % width for n, value in enumerate(pixels) if value < 200}
    assert inked and max(inked) < next_label, max(inked)
    text = text_of(pdf, tmp_path, "long")
    assert code in text and "Hembesök" in text
    width, pixels = _label_row(pdf, tmp_path, 300, 270, 20)  # a scan line through its bars
    header = f"P5 {width} 20 255\n".encode()
    runs = _dark_runs(header + pixels)
    expected = _code128_widths(code)
    module = sum(runs) / sum(expected)
    assert [round(r / module) for r in runs] == expected


def test_hand_over_form_for_a_home_loan(db: Database, tmp_path: Path) -> None:
    _history(db)
    with db.session() as s:
        text = text_of(alarm_handover.build(s, 3), tmp_path)
        with pytest.raises(ValidationError, match="gäller hemlån"):
            alarm_handover.build(s, 1)
    assert "Överlämningsblankett för hemlån" in text
    assert "LARM-13" in text and "Lars Ek" in text
    assert "18 november 2026 kl. 15.00 till 4 december 2026 kl. 17.00" in text
    assert "Godkänt av" in text and "Karin Lindqvist" in text
    assert "Utlämnat" in text and "Återlämnat" in text
    assert text.count("Låntagarens underskrift") == 2
    assert text.count("Underskrift, receptionen") == 2
    assert REASON not in text


def test_the_hand_over_form_never_breaks_the_borrowers_phone_number(
    db: Database, tmp_path: Path
) -> None:
    """With a long department the phone number came at the line's end and broke in two
    ("08-508 10" over "228"): the reception could not read it off the form."""
    data = _history(db)
    with db.session() as s:
        borrower = s.get(Person, data.people["lars"])
        assert borrower is not None
        borrower.department = (
            "Individ- och familjeomsorgen, enheten för ekonomiskt bistånd, Östermalm"
        )
        borrower.phone = "08-508 10 228"
        s.flush()
        text = text_of(alarm_handover.build(s, 3), tmp_path)
    assert "08-508 10 228" in text, text


def test_borrowers_card_says_how_and_whom_to_call(db: Database, tmp_path: Path) -> None:
    _history(db)
    with db.session() as s:
        general = text_of(alarm_card.build(s), tmp_path, "general")
        own = text_of(alarm_card.build(s, 4), tmp_path, "own")
    for text in (general, own):
        assert "Personlarm: så använder du det" in text
        assert "Om du känner dig hotad" in text and "Tryck bestämt på larmknappen" in text
        assert "112" in text and "114 14" in text and "08-508 10 000" in text
    assert "LARM-03 (hembesök)" in own
    assert re.search(r"Åter senast +20 november 2026 kl\. 17\.00", own), own
    assert "LARM-" not in general


def test_a_loans_card_says_when_that_loan_is_due_back(db: Database, tmp_path: Path) -> None:
    """The card of a loan gave the home visit's rule ("samma dag senast 17.00") even for a
    home loan due in weeks: it now says the loan's own time; the general card keeps the rule."""
    _history(db)
    with db.session() as s:
        general = text_of(alarm_card.build(s), tmp_path, "general")
        own = text_of(alarm_card.build(s, 4), tmp_path, "own")
    assert "Lämna tillbaka larmet i receptionen senast 20 november 2026 kl. 17.00." in own
    assert "samma dag senast 17.00" not in own
    assert "hembesök: samma dag senast 17.00" in general


def test_use_per_month_report(db: Database, tmp_path: Path) -> None:
    _history(db)
    with db.session() as s:
        text = text_of(alarm_stats.build(s, 2026, now=at(12, day=23)), tmp_path)
    assert "Larmens användning 2026" in text
    assert "Lån per månad" in text and "Timmar ute per månad" in text
    november = next(line for line in text.splitlines() if line.strip().startswith("november"))
    # Hours: 3 + 9 returned, and LARM-03 out since the 20th 08.00 until now (76 h).
    assert november.split()[1:4] == ["3", "88,0", "1"]
    assert re.search(r"Totalt +3 +88,0 +1 +117,0 +4 +205,0", text)


def _word_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float]]:
    """Each word of the first page with its left and right edge (pdftotext -bbox)."""
    path = tmp_path / "boxes.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (word, float(x_min), float(x_max))
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


def test_the_use_per_month_headings_stand_over_their_numbers(db: Database, tmp_path: Path) -> None:
    """The numbers are right-aligned; their headings were left-aligned, "Hemlån" far from its
    "1" at the column's right edge."""
    _history(db)
    with db.session() as s:
        boxes = _word_boxes(alarm_stats.build(s, 2026, now=at(12, day=23)), tmp_path)
    words = [word for word, _left, _right in boxes]
    total = words.index("Totalt")
    heading_right = boxes[words.index("Hemlån", words.index("Månad"))][2]  # not the legend's
    # Totalt, then home visits, their hours, home loans: the fourth number after "Totalt".
    number_right = boxes[total + 3][2]
    assert boxes[total + 3][0] == "1"
    assert abs(heading_right - number_right) < 1, (heading_right, number_right)


def test_the_years_use_writes_thousands_as_swedish_does(demo_db: Database, tmp_path: Path) -> None:
    # The example district's busier year (a year of history up to today): thousands of hours.
    this_year = clock.today().year
    with demo_db.session() as s:
        year = max(
            (this_year - 1, this_year),
            key=lambda y: sum(m.hours for m in alarm_usage.usage_for_year(s, y)),
        )
        text = text_of(alarm_stats.build(s, year), tmp_path)
    total = next(line for line in text.splitlines() if line.strip().startswith("Totalt"))
    hours = total.split()[-2:]  # "3 895,7", not "3895,7"
    assert re.fullmatch(r"\d{1,3}", hours[0]) and re.fullmatch(r"\d{3},\d", hours[1]), total
    assert not re.search(r"\d{4}", total)
