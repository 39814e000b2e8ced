"""In-process measurements run in a child process of their own, so that its peak RSS is the
memory the lists need: ``python -m tests.bench.probes MODE URL RUNS`` prints one JSON object
(MODE: services, ui-actions, ui-loans).

Lists are measured the way the window reads them: the first page (``PAGE`` rows) and one query
per keystroke of a search being typed.
"""

from __future__ import annotations

import functools
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, text

from samverkan_desktop import clock
from samverkan_desktop.peak_memory import peak_rss_kib

PAGE = 200
LOAN_SEARCH = "Lindqvist"  # a borrower's surname, typed a letter at a time
ACTION_SEARCH = "Belysning"


def timed(function: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median seconds of ``runs`` calls after one warm-up call; and the last result. A call
    that takes over a second is far past every budget here: it is timed once, not repeated."""
    started = time.perf_counter()
    result = function()
    once = time.perf_counter() - started
    if once > 1.0:
        return once, result
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), result


def typing(query: Callable[[str], Any], word: str, runs: int) -> float:
    """The median over every keystroke's query (prefixes of ``word``), each a median of runs."""
    return statistics.median(
        timed(functools.partial(query, word[:n]), runs)[0] for n in range(1, len(word) + 1)
    )


def progress(out: dict[str, Any]) -> None:
    print(json.dumps(out), file=sys.stderr, flush=True)


def measure(url: str, runs: int) -> dict[str, Any]:
    from samverkan_desktop.db import open_database
    from samverkan_desktop.models import Meeting, MeetingStatus
    from samverkan_desktop.services import alarm_history, calendar
    from samverkan_desktop.services.action_filter import ActionFilter

    db = open_database(url)
    out: dict[str, Any] = {}

    # Loans: the first page, then a borrower's name typed letter by letter.
    def loans(search: str | None = None) -> Any:
        flt = alarm_history.LoanFilter(search=search)
        return db.call(alarm_history.list_loans, flt, limit=PAGE)

    out["loans_first"], rows = timed(loans, runs)
    out["loans_first_rows"] = len(rows)
    out["loans_keystroke"] = typing(loans, LOAN_SEARCH, runs)
    progress(out)

    # Actions: the Actions area's SQL path (its first page, and typing before its in-memory
    # index is ready): first_ids then that page's rows.
    from samverkan_desktop.services import action_list
    from samverkan_desktop.services.action_list_rows import action_list_rows

    def actions(search: str | None = None, sort: str = "due_on", descending: bool = False) -> Any:
        with db.session() as session:
            ids = action_list.first_ids(session, ActionFilter(search=search), sort, descending)
            return action_list_rows(session, ids)

    out["actions_path"] = "action_list.first_ids + action_list_rows (first page)"
    out["actions_first"], rows = timed(actions, runs)
    out["actions_first_rows"] = len(rows)
    out["actions_keystroke"] = typing(actions, ACTION_SEARCH, runs)
    # The slowest of its columns to sort on (a person's or an organisation's name): Ö to A.
    out["actions_by_responsible"], _rows = timed(lambda: actions(None, "responsible", True), runs)
    progress(out)

    # The calendar's month view over every group: the busiest month of the data.
    with db.session() as session:
        month = session.execute(
            text(
                "SELECT substr(starts_at, 1, 7) AS m, count(*) AS n FROM meetings "
                "GROUP BY m ORDER BY n DESC LIMIT 1"
            )
        ).first() if db.is_sqlite else None  # fmt: skip
    year, number = (int(month[0][:4]), int(month[0][5:])) if month else (2026, 11)
    out["calendar_month"], view = timed(lambda: db.call(calendar.month_view, year, number), runs)
    out["calendar_meetings"] = sum(len(c.meetings) for w in view.weeks for c in w.days)
    out["calendar_which"] = f"{year}-{number:02d}"

    # The agenda PDF of a held meeting of a busy group (open actions carried on its agenda).
    from samverkan_desktop.reports.agenda import agenda_pdf

    with db.session() as session:
        meeting_id = session.scalar(
            select(Meeting.id)
            .where(Meeting.status == MeetingStatus.HELD)
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        )
    out["agenda_meeting_id"] = meeting_id
    out["agenda_pdf"], pdf = timed(lambda: db.call(agenda_pdf, meeting_id), runs)
    out["agenda_pdf_bytes"] = len(pdf)
    db.dispose()
    out["peak_rss_kib"] = peak_rss_kib()
    out["today"] = clock.today().isoformat()
    return out


# --- through the window's own list models ---------------------------------------------------------


def _qt_context(url: str) -> Any:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.db import open_database
    from ui.context import AppContext, ChangeBus, Navigator

    app = QApplication.instance() or QApplication([])
    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    # A list is opened in a running window, whose start-up (the Overview's first query) has
    # configured SQLAlchemy's mappers already: that one-off cost is the start-up figure's.
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    return app, AppContext(open_database(url), settings, ChangeBus(), Navigator())


def _settle(app: Any) -> None:
    app.processEvents()


def measure_ui_actions(url: str, runs: int) -> dict[str, Any]:
    """The Actions area as the user opens it: first rows in its model, then typing a search
    once its in-memory index is ready (the area builds it in the background)."""
    from ui.actions.area import ActionsArea

    app, ctx = _qt_context(url)
    out: dict[str, Any] = {}
    # As in the running window (ui/gc_guard.py), Python's cycle collector does not run inside
    # an event's handling, only from a timer between events: left automatic here, a full
    # collection of the heap (100+ ms) fell inside the timed first show. (The probe leaves
    # the collector automatic otherwise: with it off to the end, the exit's collection met a
    # PySide6 reference-count bug, "none_dealloc".)
    gc.disable()
    started = time.perf_counter()
    area = ActionsArea(ctx)
    area.resize(1200, 800)
    area.show()
    _settle(app)
    out["first"] = time.perf_counter() - started
    gc.enable()
    out["first_rows"] = area.model.rowCount()
    deadline = time.perf_counter() + 120
    while getattr(area, "_index", None) is None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    out["index_ready"] = time.perf_counter() - started

    def keystroke(prefix: str) -> int:
        area.search.setText(prefix)
        area.reload()
        _settle(app)
        return int(area.model.rowCount())

    out["keystroke"] = typing(keystroke, ACTION_SEARCH, runs)
    out["peak_rss_kib"] = peak_rss_kib()
    return out


def measure_ui_loans(url: str, runs: int) -> dict[str, Any]:
    """The Alarms area's loans page as built: ``load_rows`` then the table model."""
    from ui.alarms.loans_page import LoansPage

    app, ctx = _qt_context(url)
    out: dict[str, Any] = {}
    page = LoansPage(ctx)
    page.resize(1200, 800)
    page.show()
    started = time.perf_counter()
    page.reload()
    _settle(app)
    out["first"] = time.perf_counter() - started
    out["first_rows"] = page.table.model().rowCount()

    def keystroke(prefix: str) -> int:
        page.search.setText(prefix)
        page.reload()
        _settle(app)
        return int(page.table.model().rowCount())

    if out["first"] > 5:  # each keystroke reloads everything: one is enough to tell
        began = time.perf_counter()
        keystroke(LOAN_SEARCH[:1])
        out["keystroke"] = time.perf_counter() - began
    else:
        out["keystroke"] = typing(keystroke, LOAN_SEARCH, runs)
    out["peak_rss_kib"] = peak_rss_kib()
    return out


MODES = {"services": measure, "ui-actions": measure_ui_actions, "ui-loans": measure_ui_loans}

if __name__ == "__main__":
    print(json.dumps(MODES[sys.argv[1]](sys.argv[2], int(sys.argv[3]))))
