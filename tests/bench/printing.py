"""Printing an agenda as a whole process: ``samverkan print agenda`` against the route a
coordinator takes today, LibreOffice converting a Word agenda (``libreoffice --headless
--convert-to pdf``), both measured in the same run when LibreOffice is installed."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.bench.report import Figure

AGENDA_LINES = [
    "Kallelse och dagordning",
    "Lokal beredningsgrupp Östermalm",
    "Tid: tisdag 3 november 2026 kl. 14.00–16.00, v. 45",
    "Plats: Östermalms stadsdelsförvaltning, sal 2",
    "Dagordning",
    "1. Uppföljning av åtgärder",
    "2. Vad har vi gjort / Hur fortsätter vi",
    "3. Lägesbild från polisen",
    "4. Aktuellt i stadsdelen",
    "5. Runda bordet – läge och behov",
    "Kallade",
] + [f"Person {n}, Handläggare, Östermalms stadsdelsförvaltning" for n in range(1, 9)]


def write_docx(path: Path) -> None:
    """A comparable agenda as .docx: python-docx when installed, else a minimal WordprocessingML
    package written with zipfile (what Word needs: content types, a relationship, the body)."""
    try:
        import docx  # type: ignore[import-not-found]
    except ImportError:
        docx = None
    if docx is not None:
        document = docx.Document()
        for line in AGENDA_LINES:
            document.add_paragraph(line)
        document.save(str(path))
        return
    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in AGENDA_LINES)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )


def _time(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def figures(url: str, meeting_id: int, work: Path, runs: int, home: Path) -> list[Figure]:
    from tests.bench.__main__ import ROOT, _env

    env = _env(home)
    ours = [
        sys.executable, "-m", "samverkan_desktop", "--db", url, "print", "agenda",
        str(meeting_id), "--out", str(work / "agenda.pdf"),
    ]  # fmt: skip
    _time(ours, ROOT, env)  # warm-up
    office = libreoffice()
    source = work / "agenda.docx"
    write_docx(source)
    convert = [
        office or "libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
        str(work / "lo"), str(source),
    ]  # fmt: skip
    if office:
        _time(convert, work)  # warm-up (first start builds LibreOffice's profile)
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
