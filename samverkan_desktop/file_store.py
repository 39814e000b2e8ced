"""Files copied into the data folder (plan attachments, walk photos) follow their records."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session


def remove_after_commit(session: Session, root: Path, *relative: str) -> None:
    """Delete the copies once the deletion of their record is committed: a failed or rolled-back
    unit of work keeps both the record and its files."""
    state = {"pending": True}

    def committed(_session: Session) -> None:
        if state["pending"]:
            state["pending"] = False
            for rel in relative:
                (root / rel).unlink(missing_ok=True)

    def rolled_back(_session: Session, _transaction: object) -> None:
        state["pending"] = False

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_soft_rollback", rolled_back, once=True)
