"""The vocabulary the demo walks' contents are written in: observations with their remedial
actions, short names for the categories and severities, and the organisations that own them.

Actions are dicts: what, due date, status, closed-on date and dated follow-up notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from samverkan_desktop.models import ObservationCategory, Severity


@dataclass
class DemoObservation:
    stop: int | None  # position on the route
    category: ObservationCategory
    description: str
    severity: Severity
    owner: str | None
    location: str | None = None
    actions: list[dict[str, Any]] = field(default_factory=list)


Obs = DemoObservation
C = ObservationCategory
S = Severity
D = dt.date


def action(
    what: str,
    due: dt.date,
    status: str = "open",
    closed: dt.date | None = None,
    notes: tuple[tuple[dt.date, str], ...] = (),
) -> dict[str, Any]:
    return {"what": what, "due": due, "status": status, "closed": closed, "notes": notes}
