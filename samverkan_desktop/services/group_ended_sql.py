"""Whether a group has ended on a given day, as a SQL condition: the lists that leave the ended
groups out (the pickers' groups, the action plan's working groups, the Overview's groups
starting or ending) ask the database what ``group_standing.standing`` tells the groups list,
so a group reads ended in them exactly when its Status column reads "Avslutad".

Kept apart from ``group_standing``, which the rows read without SQL. The stored status alone
said too little: an end set for a later day left the group out at once, and a group whose end
day had come without the status said so stayed in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, or_

from samverkan_desktop.models import Group, GroupStatus


def ended_by(on: dt.date) -> ColumnElement[bool]:
    """The group's standing on ``on`` is ``Standing.ENDED``: its end day has come, or it was
    ended with no end day, or called off before it began (ended on or before a start day
    still to come). Never NULL, so ``~ended_by(on)`` keeps exactly the others."""
    return or_(
        and_(Group.ended_on.is_not(None), Group.ended_on <= on),
        and_(
            Group.status == GroupStatus.ENDED,
            or_(
                Group.ended_on.is_(None),
                and_(
                    Group.starts_on.is_not(None),
                    Group.starts_on > on,
                    Group.ended_on <= Group.starts_on,
                ),
            ),
        ),
    )
