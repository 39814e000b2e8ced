"""Set-up shared by the tests of a printout made by ``samverkan print …``: a database filled as
the window would fill it and let go of (the command opens its own), and the text of the PDF the
command wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.db import Database, open_database
from tests.core.test_alarms_reports import text_of


def fill(url: str, filler: Callable[[Database], object]) -> None:
    """``filler`` run on the database at ``url``, which is then closed."""
    db = open_database(url)
    try:
        filler(db)
    finally:
        db.dispose()


def printed_text(
    url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, *command: str
) -> str:
    """The text of ``samverkan --db URL print COMMAND… --out FILE``, which must succeed."""
    target = tmp_path / "printed-by-cli.pdf"
    code = main(["--db", url, "print", *command, "--out", str(target)])
    capsys.readouterr()
    assert code == 0
    return text_of(target.read_bytes(), tmp_path, "read")
