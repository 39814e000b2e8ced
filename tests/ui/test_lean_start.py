"""Start-up stays lean to the point make bench measures its peak memory: the quick start has
shown the saved Overview, opened the database, gathered the Overview again and started the
background work (ui.startup_probe's SAMVERKAN_LIVE). What no part of that uses comes with
the first area, dialog, printout or export that needs it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.quick_start import quick_start

NOT_AT_START = (
    # The phrase reader ("varannan tisdag 18-20") compiles its patterns on import: the rule
    # dialog and the command line read phrases, planning ahead and the Overview do not.
    "samverkan_desktop.recurrence.phrases",
    "samverkan_desktop.recurrence.phrase_words",
    # The meetings service, with the agenda's and the meeting rows' modules: the Overview's
    # meetings not held need it only to cancel them.
    "samverkan_desktop.services.meetings",
    "samverkan_desktop.services.agenda",
    "samverkan_desktop.services.meeting_rows",
    # The walks' actions: the Overview's walks to follow up do not count them, the walks list does.
    "samverkan_desktop.services.walk_actions",
    # Registers whose Overview card reads through a small module of its own (walk_overview,
    # contact_rows, brief_reading): the register's whole service comes with its area.
    "samverkan_desktop.services.walk_reading",
    "samverkan_desktop.services.walk_editing",
    "samverkan_desktop.services.walk_rows",
    "samverkan_desktop.services.walk_followup",
    "samverkan_desktop.services.contacts",
    "samverkan_desktop.services.group_leaving",
    "samverkan_desktop.services.weekly_briefs",
    # The action plan's goals and figures: the agreements the plans card reads only remove them,
    # in a change (services.area_plan_removal).
    "samverkan_desktop.services.action_plan",
    # Printing, exports and the example data (tests/ui/test_lean_areas.py: not even once every
    # area has been opened).
    "reportlab",
    "icalendar",
    "PIL",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "samverkan_desktop.demo",
    # OpenSSL's libcrypto, mapped by hashlib's OpenSSL part (samverkan_desktop.without_openssl).
    "_hashlib",
    # Migrations on a current database, and other databases' dialects.
    "alembic",
    "sqlalchemy.dialects.postgresql",
    "psycopg",
)

REPORT = """
def report(wanted):
    loaded = sorted(m for m in sys.modules if m in wanted or m.startswith(tuple(w + "." for w in wanted)))
    print("LOADED", *loaded)
"""


def test_the_quick_start_loads_nothing_its_first_view_and_background_work_do_not_use(
    sqlite_url: str, tmp_path: Path
) -> None:
    quick = quick_start(sqlite_url, tmp_path, "live_now", REPORT, NOT_AT_START)
    assert "SAMVERKAN_LIVE" in quick  # then the database and the background work
    assert quick["LOADED"] == []
