"""direct_sql sends what SQLAlchemy would send: its faster SQLite datetime conversion writes
the very text SQLAlchemy writes (a different text would sort, compare and read back wrong)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import DateTime, bindparam, select
from sqlalchemy.dialects import sqlite

from samverkan_desktop.direct_sql import Compiled, Statement

DIALECT = sqlite.dialect()
STAMP = DateTime(timezone=True)
ZONES: st.SearchStrategy[dt.tzinfo | None] = st.sampled_from(
    [None, dt.UTC, ZoneInfo("Europe/Stockholm"), ZoneInfo("Asia/Kolkata")]
)


def _sqlalchemy(value: object) -> object:
    processor = STAMP.dialect_impl(DIALECT).bind_processor(DIALECT)
    assert processor is not None
    return processor(value)


def _sent(compiled: Compiled, value: object) -> object:
    """What direct_sql sends for ``at``: SQLite's parameters go by position."""
    sent = compiled.parameters({"at": value})
    assert not isinstance(sent, dict)
    return sent[0]


def _direct(value: object) -> object:
    statement = Statement(lambda _d: select(bindparam("at", type_=STAMP)))
    return _sent(statement.compiled(DIALECT), value)


@given(st.datetimes(timezones=ZONES))  # any moment from year 1 (datetime.min)
def test_a_datetime_is_sent_as_sqlalchemy_sends_it(value: dt.datetime) -> None:
    assert _direct(value) == _sqlalchemy(value)


def test_dates_and_none_take_sqlalchemys_own_conversion() -> None:
    assert _direct(dt.date(2026, 11, 30)) == _sqlalchemy(dt.date(2026, 11, 30))
    assert _direct(None) is None
    assert _direct(dt.datetime(2026, 11, 30, 8, 0)) == "2026-11-30 08:00:00.000000"


def test_a_moment_sent_again_is_the_same_text_and_the_next_one_its_own() -> None:
    statement = Statement(lambda _d: select(bindparam("at", type_=STAMP)))
    compiled = statement.compiled(DIALECT)
    first = dt.datetime(2026, 11, 30, 8, 0, 0, 1, tzinfo=dt.UTC)
    later = dt.datetime(2026, 11, 30, 8, 0, 0, 2, tzinfo=dt.UTC)
    sent = [_sent(compiled, moment) for moment in (first, first, later, first)]
    assert sent == [_sqlalchemy(first), _sqlalchemy(first), _sqlalchemy(later), _sqlalchemy(first)]
