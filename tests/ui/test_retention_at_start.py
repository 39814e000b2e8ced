"""The window keeps the retention period by itself: at every start, off the GUI thread, the
borrowers leave the loans returned longer ago than the setting says."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from samverkan_desktop.models import Loan
from samverkan_desktop.services import settings
from ui import app
from ui.context import AppContext


def _named_and_returned(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        count = s.scalar(
            select(func.count(Loan.id)).where(
                Loan.returned_at.is_not(None), Loan.borrower_id.is_not(None)
            )
        )
        assert count is not None  # a count always has its row
        return count


def test_a_start_takes_the_borrowers_out_of_loans_past_retention(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The demo's year of loans is within the 24 months: a start leaves them as they are ...
    before = _named_and_returned(demo_ctx)
    assert before > 400
    # ... until the coordinator shortens the period to one month.
    demo_ctx.call(settings.save_settings, {"alarms.retention_months": 1})
    monkeypatch.setattr(app, "PSEUDONYMISE_BATCH", 50)  # several batches, as after a backlog
    announced: list[frozenset[str]] = []
    demo_ctx.bus.changed.connect(announced.append)
    window = QWidget()
    qtbot.addWidget(window)
    watcher = app.start_services(demo_ctx, demo_ctx.db.url, window)
    try:
        qtbot.waitUntil(lambda: frozenset({"alarms"}) in announced, timeout=20000)
    finally:
        watcher.stop()
    left = _named_and_returned(demo_ctx)
    assert 0 < left < before / 5  # only the last month's loans keep their borrower
    with demo_ctx.db.session() as s:
        open_loans = s.scalars(select(Loan).where(Loan.returned_at.is_(None))).all()
    assert open_loans and all(loan.borrower_id is not None for loan in open_loans)
