"""The fire safety inspections on paper (Kris → Brandskydd, Arkiv → Skriv ut…; ``samverkan
print fireinspections``), read back as a person reads them: each inspection with its result,
its remarks still open and the next inspection of the premises' latest, then each inspection's
remarks with who sees to them and by when. Before, Brandskydd had nothing to print."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import needs_pdftotext, pdf_text


@needs_pdftotext
def test_print_fireinspections_on_the_demo(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brandskydd.pdf"
    code, stdout, err = run_cli(
        capsys, "--db", demo_url, "print", "fireinspections", "--out", str(out)
    )
    assert (code, stdout, err) == (0, f"Sparade {out}\n", "")
    layout = pdf_text(out)
    words = " ".join(layout.split())
    assert words.startswith("Brandskyddsbesiktningar Östermalms stadsdelsförvaltning · ")
    header = "Besiktigad Lokal Besiktigad av Resultat Anmärkningar Nästa besiktning"
    assert header in words
    rows = [line.split() for line in layout.splitlines() if line.strip()[:4] in ("2021", "2026")]
    latest, first = rows[0], rows[-1]  # newest first
    assert first[0] == "2021-01-11" and "Godkänt" in first and "–" in first  # no remarks
    # Its open remark in the count, and (only the latest) when the next inspection is due.
    assert re.search(r" 1 öppen av 1 \d{4}-\d\d-\d\d \(v\. \d+\)$", " ".join(latest))
    assert "(v." not in first
    assert "Anmärkningar: Garnisonen, Karlavägen 104 inkl. receptionen, 20" in words
    assert "Anmärkning Ansvarig Klart senast Status Utrymningsskylt saknas vid trapphus B" in words
    assert "Anmärkningarna följs upp under Åtgärder." in words

    code, stdout, _err = run_cli(capsys, "print", "--help")
    assert code == 0 and "brandskyddsbesiktningarna med sina anmärkningar" in stdout
