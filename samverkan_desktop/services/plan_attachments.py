"""The files attached to a plan: copied into the data folder (``plans/<plan id>/``), opened
from there, and removed with it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from samverkan_desktop import clock, file_store, paths
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import PlanAttachment
from samverkan_desktop.services.plan_rows import plan_or_raise
from samverkan_desktop.services.plan_versions import version_or_raise
from samverkan_desktop.services.validation import fitted_file_name, get_or_raise

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


def attachments_root(root: Path | None) -> Path:
    return root if root is not None else paths.attachments_dir()


def attach_file(
    session: Session,
    plan_id: int,
    source: Path,
    root: Path | None = None,
    version_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Copy ``source`` into the data folder (``plans/<plan id>/``) and attach it to the plan."""
    plan = plan_or_raise(session, plan_id)
    source = Path(source)
    size = file_store.picked_size(source, "file")
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“{name}” is {size} MB; an attachment may be at most {limit} MB.").format(
                name=source.name,
                size=round(size / 1024 / 1024),
                limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            ),
            field="file",
        )
    if version_id is not None:
        version = version_or_raise(session, version_id)
        if version.plan_id != plan.id:
            raise ValidationError(_("The version belongs to another plan."), field="version_id")
    base = attachments_root(root)
    relative = f"plans/{plan.id}/{uuid.uuid4().hex}{source.suffix.lower()}"
    target = base / relative
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    except OSError as error:
        target.unlink(missing_ok=True)
        raise file_store.not_stored(source, error, "file") from error
    attachment = PlanAttachment(
        plan_id=plan.id,
        version_id=version_id,
        file_name=fitted_file_name(source.name, PlanAttachment.file_name),
        stored_path=relative,
        byte_size=size,
        added_on=today or clock.today(),
    )
    session.add(attachment)
    try:
        session.flush()
    except Exception:
        target.unlink(missing_ok=True)
        raise
    session.expire(plan, ["attachments"])
    return attachment.id


def remove_attachment(session: Session, attachment_id: int, root: Path | None = None) -> None:
    attachment = _get_attachment(session, attachment_id)
    stored = attachment.stored_path
    plan = attachment.plan
    session.delete(attachment)
    session.flush()
    session.expire(plan, ["attachments"])
    file_store.remove_after_commit(session, attachments_root(root), stored)


def attachment_path(session: Session, attachment_id: int, root: Path | None = None) -> Path:
    """Where the copy lives; NotFoundError if the file has gone from the data folder."""
    attachment = _get_attachment(session, attachment_id)
    path = attachments_root(root) / attachment.stored_path
    if not path.is_file():
        raise NotFoundError(
            _("The file “{name}” is missing from the data folder.").format(
                name=attachment.file_name
            )
        )
    return path


def _get_attachment(session: Session, attachment_id: int) -> PlanAttachment:
    return get_or_raise(
        session, PlanAttachment, attachment_id, _("The attachment no longer exists.")
    )
