"""Every "today" and "now" of the program goes through samverkan_desktop/clock.py
(tests/clock_reads.py), so a test that sets the program's day sees one day everywhere, and the
window does not disagree with itself around Stockholm's midnight. The few places that keep the
machine's real time are named below with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clock_reads import findings, findings_in_source

ROOT = Path(__file__).resolve().parent.parent
PLACES = ("samverkan_desktop", "ui", "db", "main.py")

# (file, the read as written): why it keeps the machine's clock.
ALLOWED = {
    ("samverkan_desktop/clock.py", "dt.datetime.now"): "the program's clock itself",
    ("samverkan_desktop/models/base.py", "dt.datetime.now"): (
        "row stamps and the audit trail record when a row was really written, like the "
        "database's current_timestamp default"
    ),
    ("ui/startup_probe.py", "time.time"): (
        "start-up timings printed for the launcher, compared with its own time.time()"
    ),
    ("db/versions/0036_calendar_sequences.py", "dt.datetime.now"): (
        "a migration renumbers as of the moment it runs and imports nothing of the program"
    ),
}


def test_no_code_reads_the_system_clock_but_the_clock_module() -> None:
    found = findings(ROOT, PLACES)
    strays = [str(f) for f in found if (str(f.path), f.call) not in ALLOWED]
    assert strays == [], (
        "Read the day or the time through samverkan_desktop.clock (today(), now(), utcnow()), "
        "or add the read to ALLOWED with the reason:\n" + "\n".join(strays)
    )


def test_every_allowed_read_is_still_there() -> None:
    """An allowance outliving its read would let a new one in unseen."""
    kept = {(str(f.path), f.call) for f in findings(ROOT, PLACES)}
    assert sorted(set(ALLOWED) - kept) == []


# The tests compare what the program shows with the program's clock too: one that read the
# machine's (the day a loan log is named by, a week ago) disagreed with it in a run at a set
# moment (SAMVERKAN_TEST_NOW, mark.moment), and with Stockholm's day between 23.00 and midnight.
TESTS_ALLOWED = {
    ("tests/set_moment.py", "dt.datetime.now"): "the set moment runs on with the real time",
    ("tests/core/test_migration_0036_calendar_sequences.py", "dt.datetime.now"): (
        "the migration renumbers as of the real moment it runs (ALLOWED above)"
    ),
    ("tests/bench/__main__.py", "time.time"): "start-up timings, as ui/startup_probe.py's",
    ("tests/bench/bare_window.py", "time.time"): "start-up timings, as ui/startup_probe.py's",
    ("tests/bench/lending.py", "dt.datetime.now"): (
        "a benchmark's loans written straight to the server, out of any test's clock"
    ),
}


def test_no_test_reads_the_system_clock_but_the_clock_module() -> None:
    found = findings(ROOT, ("tests",))
    strays = [str(f) for f in found if (str(f.path), f.call) not in TESTS_ALLOWED]
    assert strays == [], (
        "Compare with the program's clock (clock.today(), clock.utcnow(), the today fixture), "
        "or add the read to TESTS_ALLOWED with the reason:\n" + "\n".join(strays)
    )
    assert sorted(set(TESTS_ALLOWED) - {(str(f.path), f.call) for f in found}) == []


def _reads(source: str) -> list[tuple[int, str]]:
    return [(f.line, f.call) for f in findings_in_source(source, Path("x.py"))]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "import datetime as dt\ndef f():\n    return dt.datetime.now(dt.UTC)\n",
            [(3, "dt.datetime.now")],
        ),
        (
            "from datetime import date, datetime as Moment\n"
            "def f():\n    return date.today(), Moment.utcnow()\n",
            [(3, "date.today"), (3, "Moment.utcnow")],
        ),
        (
            "import time\nfrom time import time as wall\n"
            "def f():\n    return time.time(), wall()\n",
            [(4, "time.time"), (4, "wall")],
        ),
        # Handed on uncalled, as a default factory: read later all the same.
        (
            "import datetime as dt\nfrom dataclasses import field\n"
            "class Row:\n    day: dt.date = field(default_factory=dt.date.today)\n",
            [(4, "dt.date.today")],
        ),
        (
            "from PySide6.QtCore import QDate, QDateTime\n"
            "def f():\n    return QDate.currentDate(), QDateTime.currentDateTime()\n",
            [(3, "QDate.currentDate"), (3, "QDateTime.currentDateTime")],
        ),
    ],
    ids=["aware now", "bare names", "time.time", "uncalled reference", "Qt's day"],
)
def test_a_direct_read_is_named_with_its_line(source: str, expected: list[tuple[int, str]]) -> None:
    assert _reads(source) == expected


def test_the_programs_clock_and_durations_are_left_alone() -> None:
    source = (
        "import datetime as dt\nimport time\nfrom samverkan_desktop import clock\n"
        "from samverkan_desktop.clock import today\n"
        "def f(edit):\n"
        "    began = time.monotonic()\n    took = time.perf_counter()\n"
        "    minutes = edit.start_time.time().secsTo(edit.end_time.time())\n"
        "    return clock.today(), clock.now(), clock.utcnow(), today(), dt.date(2026, 12, 5)\n"
    )
    assert _reads(source) == []
