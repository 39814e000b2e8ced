"""What the Actions area and a meeting's Åtgärder tab share to change an action's status: the
"Mark done" command with its key, and the service call, refused if another desk changed the
action since it was shown."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.i18n import N_
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import actions
from samverkan_desktop.services.action_rows import ActionRow

MARK_DONE = N_("Mark done")
MARK_DONE_KEY = "Ctrl+D"


def set_status(
    session: Session, action: ActionRow, status: ActionStatus, on: dt.date | None = None
) -> int:
    """``action`` as shown: its version guards the change. Returns the new version."""
    return actions.set_action_status(
        session, action.id, status, on=on, expected_version=action.version
    )
