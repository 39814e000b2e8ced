"""ReportLab's two patterns our printouts never use are compiled only if used, and then match
exactly as ReportLab's own would; building an agenda never compiles them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from samverkan_desktop.reports.reportlab_patterns import CompiledOnFirstUse, import_paragraph

import_paragraph()  # before reportlab.platypus, were this file run alone
from reportlab.lib import textsplit  # noqa: E402
from reportlab.platypus import paragraph  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
URIS = [
    "https://www.example.com/a/b?c=1",
    "HTTP://Stockholm.SE/trygghet#kallelse",
    "ftp://user:pw@192.168.0.1:8080/x",
    "mailto-not-a-uri",
    "www.åäö.se/sida",
    "https://[::1]/x",
    "https://-bad-.com",
]


def test_the_deferred_patterns_match_as_reportlab_s_own() -> None:
    real = re.compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags)
    stand_in = CompiledOnFirstUse(real.pattern, real.flags)
    for uri in URIS:
        ours, theirs = stand_in.match(uri), real.match(uri)
        assert (ours and ours.groups()) == (theirs and theirs.groups()), uri
    assert paragraph._uri_split_pairs(URIS[0]) == [
        ("https://www.example.com/a/", "b?c=1"),
        ("https://www.example.com/", "a/b?c=1"),
        ("https://", "www.example.com/a/b?c=1"),
    ]
    text = "日本語 and Svenska åäö"
    cjk = CompiledOnFirstUse(textsplit.rx.pattern, textsplit.rx.flags)
    assert cjk.sub(r"\1\0 ", text) == re.compile("([\u2e80-\uffff])").sub(r"\1\0 ", text)


def test_printing_an_agenda_never_compiles_them(sqlite_url: str, tmp_path: Path) -> None:
    script = (
        "import datetime as dt\n"
        "from samverkan_desktop.db import open_database\n"
        "from samverkan_desktop.reports.agenda import agenda_pdf\n"
        "from samverkan_desktop.services import meetings\n"
        "from tests.core.meeting_data import at, make_group\n"
        "from reportlab.lib import textsplit\n"
        "from reportlab.platypus import paragraph\n"
        f"db = open_database({sqlite_url!r})\n"
        "with db.session() as s:\n"
        "    g = make_group(s)\n"
        "    day = dt.date(2026, 12, 1)\n"
        "    m = meetings.add_meeting(s, g, meetings.MeetingInput(at(day, 9), at(day, 10), "
        "'https://teams.example.com/möte/123 och en mycket lång plats utan mellanslag'))\n"
        "assert db.call(agenda_pdf, m).startswith(b'%PDF')\n"
        "print(paragraph.uri_pat._compiled, textsplit.rx._compiled)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "None None"
