"""The started window decodes only the Swedish texts it shows (samverkan_desktop.i18n_catalog),
not the whole catalog: decoding all of it cost about 6 ms of every start and 0.5 MiB."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop import demo
from samverkan_desktop.db import open_database
from tests.ui.window_process import run_script

START = """
import sys
from samverkan_desktop import i18n
from ui import startup_probe

live_now = startup_probe.live_now


def report(app):
    catalog = i18n._translations._catalog
    print("DECODED", catalog.decoded(), len(catalog._sorted))
    live_now(app)


startup_probe.live_now = report
from ui.app import run

sys.exit(run(["main.py", "--db", sys.argv[1]]))
"""


def test_a_start_decodes_only_the_texts_it_shows(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    db.call(demo.load)
    db.dispose()
    for _ in range(2):  # the ordinary start, then the quick one from the saved Overview
        out = run_script(
            START,
            [sqlite_url],
            tmp_path / "config",
            SAMVERKAN_STARTUP_PROBE="1",
            SAMVERKAN_LANG="sv",
        )
        found = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line}
        decoded, total = (int(value) for value in found["DECODED"])
        assert total > 2000
        assert 0 < decoded < total // 10, (decoded, total)
