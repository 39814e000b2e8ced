"""Printing an agenda as a whole process: ``samverkan print agenda`` against the route a
coordinator takes today, LibreOffice converting a Word agenda (``libreoffice --headless
--convert-to pdf``), both measured in the same run when LibreOffice is installed.

The Word agenda is the same meeting's: the notice's facts, the numbered agenda, the table of
open actions (five columns, a shaded header repeated on every page, notes under the actions),
the invitees' table and a footer with "Sida x av y" on A4; so LibreOffice lays out what
ReportLab lays out (a page of plain lines would flatter it).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.bench.report import Figure

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
TEXT_WIDTH = 9638  # twips: A4 less 2 cm margins, as the PDF
NO_LINE = 'w:val="nil"'
INK, ACCENT, MUTED, HEAD_FILL, WARN = "1F2933", "1C4E80", "5F6B7A", "E8EEF4", "B42318"


def _run(text: str, size: float = 10, bold: bool = False, color: str = INK) -> str:
    props = '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
    props += "<w:b/>" if bold else ""
    props += f'<w:color w:val="{color}"/><w:sz w:val="{round(size * 2)}"/>'
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(*runs: str, after: int = 60, keep_next: bool = False) -> str:
    props = f'<w:spacing w:before="0" w:after="{after}"/>'
    props += "<w:keepNext/>" if keep_next else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{''.join(runs)}</w:p>"


def _table(
    widths_mm: Sequence[float],
    header: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    lines: bool = True,
) -> str:
    """A table (rules between rows unless ``lines`` is False); a cell is a text or a list
    of runs (paragraph contents)."""
    twips = [round(w / 25.4 * 1440) for w in widths_mm]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
    rule = 'w:val="single" w:sz="4" w:color="C8D0D9"' if lines else NO_LINE
    borders = "".join(
        f"<w:{edge} {rule if edge in ('bottom', 'insideH') else NO_LINE}/>"
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    props = (
        f'<w:tblPr><w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f"<w:tblBorders>{borders}</w:tblBorders></w:tblPr>"
    )

    def cell(width: int, content: Any, fill: str | None = None, bold: bool = False) -> str:
        shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        runs = content if isinstance(content, list) else [_run(str(content), 9, bold)]
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
            f"{_para(*runs, after=0)}</w:tc>"
        )

    body = []
    if header:
        cells = "".join(cell(w, h, HEAD_FILL, True) for w, h in zip(twips, header, strict=True))
        body.append(f"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>{cells}</w:tr>")
    for row in rows:
        cells = "".join(cell(w, c) for w, c in zip(twips, row, strict=True))
        body.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"


def agenda_body(detail: Any) -> str:
    """The notice and agenda of ``detail`` (a services.meetings.MeetingDetail), as
    WordprocessingML: what reports/agenda.py prints, the way a Word template holds it."""
    from samverkan_desktop.models.meetings import STANDING_ACTIONS

    day = detail.starts_at
    facts = [
        ("Datum", f"{day:%Y-%m-%d} (v. {detail.week})"),
        ("Tid", f"{detail.starts_at:%H.%M}–{detail.ends_at:%H.%M}"),
        ("Plats", detail.place or "Meddelas senare"),
        ("Sammankallande", detail.convener or ""),
    ]
    parts = [
        _para(_run(detail.issuer, 8.5, color=MUTED)),
        _para(_run("Kallelse och dagordning", 18, True, ACCENT), after=120),
        _para(_run(detail.group_name, 11, color=MUTED), after=200),
        _table([35, 135], None, [([_run(k, 9, True)], v) for k, v in facts], lines=False),
        _para(_run("Dagordning", 12.5, True, ACCENT), after=120, keep_next=True),
    ]
    for item in detail.agenda:
        parts.append(_para(_run(f"{item.number}.  {item.title}", 10.5, True), keep_next=True))
        if item.standing_key == STANDING_ACTIONS:
            parts.append(_actions(detail.carried_actions))
    parts += [
        _para(_run("Kallade", 12.5, True, ACCENT), after=120, keep_next=True),
        _table(
            [55, 55, 60],
            ["Namn", "Befattning", "Organisation"],
            [(i.name, i.title or "", i.organisation or "") for i in detail.invitees],
        ),
        _para(_run("Meddela sammankallande om du inte kan komma.", 8.5, color=MUTED)),
    ]
    return "".join(parts)


def _actions(actions: Sequence[Any]) -> str:
    from samverkan_desktop.i18n import _

    rows = []
    for number, action in enumerate(actions, start=1):
        what = [_run(action.title, 9)]
        if action.last_note is not None:
            note = f"{action.last_note.noted_on.isoformat()}: {action.last_note.text}"
            what += ["<w:r><w:br/></w:r>", _run(note, 8, color=MUTED)]
        label = _(action.status.label) + (" – " + _("overdue") if action.overdue else "")
        status = [_run(label, 9, color=WARN if action.overdue else INK)]
        due = action.due_on.isoformat() if action.due_on else "–"
        rows.append((str(number), what, action.responsible, due, status))
    return _table(
        [10, 68, 45, 22, 25], ["Nr", "Åtgärd", "Ansvarig", "Klart senast", "Status"], rows
    )


def write_docx(path: Path, detail: Any) -> None:
    """A Word agenda of the meeting (see agenda_body) with its footer, written with zipfile:
    content types, relationships, the document and the footer."""
    footer = (
        f'<w:ftr {W}><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs>'
        f"</w:pPr>{_run(detail.group_name, 8, color=MUTED)}<w:r><w:tab/></w:r>"
        f"{_run('Sida ', 8, color=MUTED)}"
        f'<w:fldSimple w:instr="PAGE">{_run("1", 8, color=MUTED)}</w:fldSimple>'
        f"{_run(' av ', 8, color=MUTED)}"
        f'<w:fldSimple w:instr="NUMPAGES">{_run("1", 8, color=MUTED)}</w:fldSimple></w:p></w:ftr>'
    )
    section = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1247" w:right="1134" '
        'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}>'
        f"<w:body>{agenda_body(detail)}{section}</w:body></w:document>"
    )
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/footer1.xml" ContentType="{main}.footer+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{relationships}/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdFooter" Type="{relationships}/footer" Target="footer1.xml"/>'
            "</Relationships>",
        )
        package.writestr("word/document.xml", document)
        package.writestr(
            "word/footer1.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{footer}'
        )


def _time(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def meeting_detail(url: str, meeting_id: int) -> Any:
    from samverkan_desktop.db import open_database
    from samverkan_desktop.services.meetings import get_meeting

    db = open_database(url, migrate=False)
    try:
        return db.call(get_meeting, meeting_id)
    finally:
        db.dispose()


def figures(url: str, meeting_id: int, work: Path, runs: int, home: Path) -> list[Figure]:
    from tests.bench.__main__ import ROOT, _env

    env = _env(home)
    # An installed program runs from compiled bytecode (pip compiles it at install); a shell
    # that forbids writing it (PYTHONDONTWRITEBYTECODE) would have every timed run compile our
    # modules again. The warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours = [
        sys.executable, "-m", "samverkan_desktop", "--db", url, "print", "agenda",
        str(meeting_id), "--out", str(work / "agenda.pdf"),
    ]  # fmt: skip
    _time(ours, ROOT, env)  # warm-up
    office = libreoffice()
    source = work / "agenda.docx"
    write_docx(source, meeting_detail(url, meeting_id))
    convert = [
        office or "libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
        str(work / "lo"), str(source),
    ]  # fmt: skip
    if office:
        _time(convert, work)  # warm-up (first start builds LibreOffice's profile)
        converted = work / "lo" / "agenda.pdf"
        if not converted.read_bytes().startswith(b"%PDF"):  # it ran, and it converted
            raise RuntimeError(f"{office} did not convert {source}")
    ours_samples, office_samples = [], []
    for _ in range(runs):
        ours_samples.append(_time(ours, ROOT, env))
        if office:
            office_samples.append(_time(convert, work))
    return [
        Figure(
            "`samverkan print agenda`, whole process",
            statistics.median(ours_samples),
            "s",
            statistics.median(office_samples) if office_samples else None,
            "LibreOffice docx→pdf" if office else "LibreOffice: not installed",
            max_ratio=0.5,
        )
    ]
