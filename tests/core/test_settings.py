"""The settings every desk shares, saved together from the window's Settings form."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import Meeting
from samverkan_desktop.services import meeting_rules, settings
from tests.core.meeting_data import TODAY, make_group


def _count(db: Database, group_id: int) -> int:
    with db.session() as s:
        return s.scalars(select(func.count(Meeting.id)).where(Meeting.group_id == group_id)).one()


def test_a_longer_horizon_plans_the_added_months_at_once(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", starts_on=TODAY, today=TODAY)
        s.commit()
    assert _count(db, gid) == 18
    db.call(settings.save_settings, {"meetings.horizon_months": 24}, TODAY)
    assert _count(db, gid) == 24  # six more months in the calendar, not at the next start
    assert db.call(settings.current_values)["meetings.horizon_months"] == 24


def test_all_or_nothing_and_the_refusal_names_the_setting(db: Database) -> None:
    before = db.call(settings.current_values)
    with pytest.raises(ValidationError) as refused:
        db.call(settings.save_settings, {"backups.keep": 30, "alarms.retention_months": 0})
    assert refused.value.message == (
        "Månader innan låntagaren i ett återlämnat larmlån pseudonymiseras: 1–120, inte 0."
    )
    assert db.call(settings.current_values) == before  # backups.keep was not kept either


def test_the_default_weekday_is_chosen_by_name() -> None:
    spec = settings.SPECS["meetings.default_weekday"]
    assert isinstance(spec, settings.SettingSpec)
    assert len(spec.value_names) == spec.maximum - spec.minimum + 1 == 7
    assert spec.value_names[spec.default - spec.minimum] == "Tuesday"
