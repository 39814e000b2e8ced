"""The minutes of a meeting as printed after it: marked held first (minutes of a meeting not
held are refused, meeting_common.no_minutes_reason), as the coordinator does before printing."""

from __future__ import annotations

from sqlalchemy.orm import Session

from samverkan_desktop.reports.minutes import minutes_pdf
from samverkan_desktop.services import meetings


def held_minutes_pdf(session: Session, meeting_id: int) -> bytes:
    meetings.mark_held(session, meeting_id)
    return minutes_pdf(session, meeting_id)
