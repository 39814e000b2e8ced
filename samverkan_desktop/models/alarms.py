"""Personal alarm units lent at the reception: the units, their loans and their service history.

Rules the database holds itself (not only the services):
- at most one open loan per unit: a partial unique index on ``unit_id`` where ``returned_at IS
  NULL`` (SQLite and PostgreSQL both support partial indexes);
- a loan is returned no earlier than it went out, and is due after it went out (CHECKs);
- a home loan has an approving manager; a loan without a borrower has been pseudonymised, and
  only returned loans are pseudonymised (CHECKs);
- a retired unit cannot be lent, and a unit on loan cannot be retired: triggers created in the
  migration ``0002_alarms`` (a CHECK cannot look at another table).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum
from samverkan_desktop.models.people import Person


class UnitKind(enum.Enum):
    """What a unit is for; also the purpose of a loan."""

    HOME_VISIT = "home_visit"  # borrowed by case workers for a home visit, back the same day
    HOME_LOAN = "home_loan"  # lent for home use to an employee threatened in service

    @property
    def label(self) -> str:
        return UNIT_KIND_LABELS[self]


UNIT_KIND_LABELS = {
    UnitKind.HOME_VISIT: N_("Home visit"),
    UnitKind.HOME_LOAN: N_("Home loan"),
}


class UnitStatus(enum.Enum):
    """A unit's status as shown. ``ON_LOAN`` is never stored (migration 0015): a unit is on
    loan exactly when it has an open loan; ``AlarmUnit.status`` holds its own condition."""

    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    CHARGING = "charging"
    OUT_OF_SERVICE = "out_of_service"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return UNIT_STATUS_LABELS[self]


UNIT_STATUS_LABELS = {
    UnitStatus.AVAILABLE: N_("Available"),
    UnitStatus.ON_LOAN: N_("On loan"),
    UnitStatus.CHARGING: N_("Charging"),
    UnitStatus.OUT_OF_SERVICE: N_("Out of service"),
    UnitStatus.RETIRED: N_("Retired"),
}

# The statuses a unit can be lent in. The lend refuses the others (alarm_lend_rules), each with
# its reason; the window and the reception offer a lend only in these.
LENDABLE_STATUSES = frozenset({UnitStatus.AVAILABLE, UnitStatus.CHARGING})


class UnitEventKind(enum.Enum):
    TESTED = "tested"  # function test passed
    CHARGED = "charged"  # fully charged (ends the "charging" status)
    FAULT = "fault"  # puts the unit out of service
    REPAIRED = "repaired"  # back in service
    RETIRED = "retired"
    NOTE = "note"

    @property
    def label(self) -> str:
        return UNIT_EVENT_KIND_LABELS[self]


UNIT_EVENT_KIND_LABELS = {
    UnitEventKind.TESTED: N_("Function tested"),
    UnitEventKind.CHARGED: N_("Charged"),
    UnitEventKind.FAULT: N_("Fault"),
    UnitEventKind.REPAIRED: N_("Repaired"),
    UnitEventKind.RETIRED: N_("Retired"),
    UnitEventKind.NOTE: N_("Note"),
}


class AlarmUnit(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "alarm_units"
    __table_args__ = (CheckConstraint("code <> ''", name="code_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # stored upper case, "LARM-01"
    kind: Mapped[UnitKind] = mapped_column(str_enum(UnitKind, "alarm_unit_kind"))
    make_model: Mapped[str | None] = mapped_column(String(200))
    serial_number: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[UnitStatus] = mapped_column(
        # Available, charging, out of service or retired; "on loan" is read from the open loan
        # (services.alarms.UnitRow), so a lend of an available unit leaves this row alone.
        # Not indexed: a few hundred units are read faster than looked up (migration 0012).
        str_enum(UnitStatus, "alarm_unit_status"),
        default=UnitStatus.AVAILABLE,
    )
    last_tested_on: Mapped[dt.date | None] = mapped_column(Date)
    last_charged_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    notes: Mapped[str | None] = mapped_column(Text)

    events: Mapped[list[UnitEvent]] = relationship(
        back_populates="unit", order_by="UnitEvent.occurred_at"
    )


OPEN_LOAN = "returned_at IS NULL"
APPROVED = "approved_by_id IS NOT NULL"


class Loan(TimestampMixin, Base):
    __tablename__ = "alarm_loans"
    __table_args__ = (
        CheckConstraint("returned_at IS NULL OR returned_at >= out_at", name="returned_after_out"),
        CheckConstraint("due_at > out_at", name="due_after_out"),
        CheckConstraint(
            "purpose <> 'home_loan' OR approved_by_id IS NOT NULL", name="home_loan_approved"
        ),
        CheckConstraint("borrower_id IS NOT NULL OR pseudonymised", name="borrower_or_pseudonym"),
        CheckConstraint(
            "NOT pseudonymised OR returned_at IS NOT NULL", name="pseudonymised_when_returned"
        ),
        # The final word on "one open loan per unit", also when two desks lend at once.
        # Both partial indexes here have the same WHERE on PostgreSQL, made by the migrations
        # (0002, 0012), which create the schema; tests/core/test_alarms_db reads both
        # databases' definitions. Naming it here as postgresql_where would make SQLAlchemy load
        # its PostgreSQL dialect to check the argument, in every start on SQLite (3 MiB, 70 ms).
        Index("uq_alarm_loans_open_unit", "unit_id", unique=True, sqlite_where=text(OPEN_LOAN)),
        # A unit's, a borrower's or a manager's loans, newest first, read from the index alone
        # (history panes, and the search of a million loans: see alarm_history.list_loans).
        # They serve the foreign keys too, so no single-column indexes beside them. The
        # manager's holds only loans with one (home loans): a home-visit lend writes no page
        # of it, and "approved_by_id = ?" implies the condition (migration 0012).
        Index("ix_alarm_loans_unit_out", "unit_id", "out_at"),
        Index("ix_alarm_loans_borrower_out", "borrower_id", "out_at"),
        Index(
            "ix_alarm_loans_approver_out",
            "approved_by_id",
            "out_at",
            sqlite_where=text(APPROVED),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("alarm_units.id", ondelete="RESTRICT"))
    # None once pseudonymised (``pseudonymised`` is then true).
    borrower_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    purpose: Mapped[UnitKind] = mapped_column(str_enum(UnitKind, "alarm_loan_purpose"))
    # Sensitive for a home loan (the threat): never shown at the reception, never printed,
    # cleared by pseudonymisation. Deferred: the reception's database role may not read it
    # (roles.RECEPTION_HIDDEN), so loading a Loan must not ask for it; the one view that shows
    # it selects it by name (alarm_history).
    reason: Mapped[str | None] = mapped_column(Text, deferred=True)
    out_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    lent_by_initials: Mapped[str | None] = mapped_column(String(10))
    returned_by_initials: Mapped[str | None] = mapped_column(String(10))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    return_condition_ok: Mapped[bool | None] = mapped_column(Boolean)
    fault_description: Mapped[str | None] = mapped_column(Text)
    put_on_charge: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    pseudonymised: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    unit: Mapped[AlarmUnit] = relationship()
    borrower: Mapped[Person | None] = relationship(foreign_keys=[borrower_id])
    approved_by: Mapped[Person | None] = relationship(foreign_keys=[approved_by_id])


class UnitEvent(Base):
    """One entry in a unit's service history."""

    __tablename__ = "alarm_unit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("alarm_units.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[UnitEventKind] = mapped_column(str_enum(UnitEventKind, "alarm_unit_event_kind"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)
    initials: Mapped[str | None] = mapped_column(String(10))
    # The loan whose return reported the fault (so undoing that return removes the event).
    loan_id: Mapped[int | None] = mapped_column(
        ForeignKey("alarm_loans.id", ondelete="SET NULL"), index=True
    )

    unit: Mapped[AlarmUnit] = relationship(back_populates="events")
