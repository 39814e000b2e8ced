"""Declarative base with a naming convention, so migrations name constraints the same everywhere."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from sqlalchemy import DateTime, Enum, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    """The machine's real time, for row stamps (created_at, updated_at) and the audit trail's
    ``at``: they record when a row was really written, as the database's own default
    (current_timestamp) does, so they stay off ``clock.now``. That is the real time in the
    program anyway; only a test sets it, and a test's pretend hour must not backdate evidence.
    Anything meaning "now" for a rule or a display reads ``clock.utcnow()``."""
    return dt.datetime.now(dt.UTC)


class TimestampMixin:
    """When a row was created and last changed (aware UTC)."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True),
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )


def version_column() -> Mapped[int]:
    """A row version for optimistic concurrency (RowVersioned); rows start at 1."""
    return mapped_column(Integer, default=1, server_default="1")


class RowVersioned:
    """Optimistic concurrency for records edited in forms: every UPDATE checks and bumps the
    integer column named by ``version_attribute``, so a save based on a stale copy (another desk
    saved meanwhile) matches no row and raises StaleDataError instead of silently overwriting
    (see db.Database.session). Services first compare it with the form's ``expected_version``
    (services.versions.check_version)."""

    version_attribute: ClassVar[str]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": getattr(cls, cls.version_attribute)}


class VersionedMixin(RowVersioned):
    """RowVersioned with the usual column, ``version`` (a model whose ``version`` means something
    else declares its own column and names it, e.g. Plan.row_version)."""

    version_attribute = "version"
    version: Mapped[int] = version_column()


def str_enum(enum_class: type[enum.Enum], name: str) -> Enum:
    """A portable enum column: a VARCHAR with a CHECK constraint (no native PostgreSQL type).

    Stored values are the members' ``.value`` (stable snake_case identifiers).
    """
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )
