"""Larm → Utbildning: 'Närvarolista…' prints the chosen session's attendance list: the course,
the day, how long the training is valid, the attendees with a line to sign and empty lines for
those not on it. There was no training printout at all."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import prose_date
from tests.core.test_walks_cli import needs_pdftotext, pdf_text
from tests.ui.clicks import click_button
from tests.ui.openers import alarms_training, recent_alarm_training, recent_alarm_training_day
from tests.ui.tables import click_row
from tests.ui.windows import wait_for_preview
from ui.context import AppContext


@needs_pdftotext
def test_the_attendance_list_of_a_session_opens_in_the_preview(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = alarms_training(qtbot, demo_ctx)
    click_row(qtbot, page.table, recent_alarm_training())  # Larmutbildning, 4 attendees
    click_button(qtbot, page.detail, "Närvarolista…")
    dialog = wait_for_preview(qtbot)
    assert dialog.windowTitle() == "Närvarolista"
    assert dialog.document.pageCount() == 1
    pdf = tmp_path / "list.pdf"
    pdf.write_bytes(dialog.pdf)
    text = pdf_text(pdf)
    assert "Närvarolista: Larmutbildning" in text
    # The session's day in words under the title, as the other printouts' subtitles; the
    # footer keeps its ISO date.
    day = recent_alarm_training_day()
    assert f"{prose_date(day)} (v. {day.isocalendar()[1]})" in text
    assert f"Närvarolista Larmutbildning {day.isoformat()}" in text
    assert "giltig i 24 månader" in text
    assert "Emma Sjöström" in text and "Äldreomsorgen" in text and "Underskrift" in text
    assert "Står du inte på listan?" in text
    dialog.close()
