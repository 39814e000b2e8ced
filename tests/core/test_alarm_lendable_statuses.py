"""The statuses the window and the reception offer a lend in are those the lend accepts: a
unit available or on charge is lent, one on loan, out of service or retired is refused."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import LENDABLE_STATUSES, UnitKind, UnitStatus
from samverkan_desktop.services import alarm_loans, alarms
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import NOW, at, make


def test_a_lend_is_offered_in_the_statuses_it_is_accepted_in(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        units, lena = data.units, data.people["lena"]
        for code in ("LARM-02", "LARM-03"):
            alarm_loans.lend(s, LendInput(units[code], lena), now=NOW)
        alarm_loans.return_unit(s, units["LARM-02"], put_on_charge=True, now=at(10))
        alarm_loans.return_unit(s, units["LARM-03"], fault="Knappen fastnar", now=at(10))
        spare = alarms.create_unit(s, alarms.UnitInput("LARM-04", UnitKind.HOME_VISIT))
        alarms.retire_unit(s, spare, "Trasig", now=at(10))
        on_loan = alarms.create_unit(s, alarms.UnitInput("LARM-05", UnitKind.HOME_VISIT))
        alarm_loans.lend(s, LendInput(on_loan, lena), now=at(10))
    ids = [units["LARM-01"], units["LARM-02"], units["LARM-03"], spare, on_loan]
    seen: dict[UnitStatus, bool] = {}
    for unit_id in ids:
        with db.session() as s:
            status = alarms.get_unit(s, unit_id, now=at(11)).status
            try:
                alarm_loans.lend(s, LendInput(unit_id, data.people["leif"]), now=at(11))
                seen[status] = True
            except ConflictError:
                seen[status] = False
    assert set(seen) == set(UnitStatus)  # every status tried
    assert seen == {status: status in LENDABLE_STATUSES for status in UnitStatus}
