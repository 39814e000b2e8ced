"""Writes of a membership's days, which the database refuses too when two memberships of a
person in a group would run at the same time (triggers of migration 0037): when another desk
(or tool) wrote the pair between the service's check and its write, the coordinator reads the
service's own line, read again as the database now is, not the database's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

# The trigger's words (db/versions/0037_membership_overlap.py).
OVERLAP = "memberships of a person in a group overlap in time"


def is_overlap(error: BaseException) -> bool:
    """Whether the database refused the write for two memberships at the same time."""
    return OVERLAP in str(getattr(error, "orig", None) or error)


@contextmanager
def written_apart(session: Session, explain: Callable[[], Exception]) -> Iterator[None]:
    """The block's writes of memberships, flushed in a savepoint. Refused for an overlap, raise
    what ``explain`` returns (it reads the pair again and may raise its own refusal first); any
    other refusal is raised as it came. Start the block after the service's reads: opening the
    savepoint flushes what is already pending."""
    try:
        with session.begin_nested():
            yield
            session.flush()
    except sa_exc.IntegrityError as error:
        if not is_overlap(error):
            raise
        raise explain() from error
