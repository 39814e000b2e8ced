"""No test module reads the day when pytest imports it (tests/import_time_days.py): the whole
suite takes some 22 minutes, and a run crossing Stockholm's midnight failed a test that had
read yesterday at import while the code under test read today."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.import_time_days import findings, findings_in_source

TESTS = Path(__file__).resolve().parent


def test_no_test_module_reads_the_day_when_it_is_imported() -> None:
    found = [str(replace(f, path=f.path.relative_to(TESTS.parent))) for f in findings(TESTS)]
    assert found == [], (
        "Read the day when the test runs (the `today` fixture, tests/days.py, or "
        "monkeypatch clock.today to a fixed day):\n" + "\n".join(found)
    )


def _lines(source: str) -> list[tuple[int, str]]:
    return [(f.line, f.call) for f in findings_in_source(source, Path("test_x.py"))]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # A module constant, as in the modules that failed on CI.
        (
            "from samverkan_desktop import clock\nTODAY = clock.today()\n",
            [(2, "clock.today")],
        ),
        # A parametrize list is built when the decorator runs, at import.
        (
            "import datetime as dt\nimport pytest\nfrom samverkan_desktop import clock\n"
            "@pytest.mark.parametrize('day', [clock.today() + dt.timedelta(days=1)])\n"
            "def test_x(day):\n    pass\n",
            [(4, "clock.today")],
        ),
        # A default argument, a lambda's default and a class body.
        (
            "import datetime as dt\nfrom samverkan_desktop import clock\n"
            "def _group(s, starts_on=clock.now()):\n    pass\n"
            "later = lambda day=dt.date.today(): day\n"
            "class Days:\n    first = dt.datetime.now()\n",
            [(3, "clock.now"), (5, "dt.date.today"), (7, "dt.datetime.now")],
        ),
        # Names imported bare, under another name too.
        (
            "from datetime import date, datetime as Moment\n"
            "from samverkan_desktop.clock import today as program_day\n"
            "A = date.today()\nB = Moment.today()\nC = program_day()\n",
            [(3, "date.today"), (4, "Moment.today"), (5, "program_day")],
        ),
        # Qt's day, as a widget test might read it.
        (
            "from PySide6.QtCore import QDate, QDateTime\n"
            "DAY = QDate.currentDate()\nAT = QDateTime.currentDateTime()\n",
            [(2, "QDate.currentDate"), (3, "QDateTime.currentDateTime")],
        ),
    ],
    ids=[
        "module constant",
        "parametrize list",
        "default, lambda, class body",
        "bare names",
        "Qt's day",
    ],
)
def test_a_day_read_at_import_is_named_with_its_line(
    source: str, expected: list[tuple[int, str]]
) -> None:
    assert _lines(source) == expected


def test_a_day_read_when_a_test_or_fixture_runs_is_left_alone() -> None:
    source = (
        "import datetime as dt\nimport pytest\nfrom samverkan_desktop import clock\n"
        "YEAR = 2026\nFIXED = dt.date(2026, 12, 2)\n"
        "@pytest.fixture\ndef today(monkeypatch):\n    return clock.today()\n"
        "def test_x():\n    day = clock.today() - dt.timedelta(days=1)\n"
        "    later = lambda: clock.now()\n"
        "class TestDays:\n    def test_y(self):\n        assert dt.date.today()\n"
    )
    assert _lines(source) == []
