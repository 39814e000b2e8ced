"""Why a unit is out of service: the fault reported last, its first line and at most 80
characters; nothing once a repair came after it."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.models import UnitEventKind
from samverkan_desktop.services import alarm_faults, alarms
from tests.core.alarm_data import at, make


def test_the_fault_told_is_the_last_one_reported_until_a_repair(db: Database) -> None:
    with db.session() as s:
        unit = make(s).units["LARM-02"]
        assert alarm_faults.current_fault(s, unit) is None  # never faulty
        alarms.record_event(s, unit, UnitEventKind.FAULT, "Knappen fastnar", now=at(9))
        assert alarm_faults.current_fault(s, unit) == "Knappen fastnar"
        alarms.record_event(s, unit, UnitEventKind.REPAIRED, "Ny knapp", now=at(10))
        assert alarm_faults.current_fault(s, unit) is None
        long = "Larmet når inte larmcentralen " * 5
        alarms.record_event(s, unit, UnitEventKind.FAULT, long + "\nProvat två gånger", now=at(11))
        told = alarm_faults.current_fault(s, unit)
        assert told is not None and len(told) == 80 and told.endswith("…")
        assert told.startswith("Larmet når inte larmcentralen Larmet") and "Provat" not in told
